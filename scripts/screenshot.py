"""Save a PNG of the real main window on a data folder, one page at a time, for the
README and for looking at layout and Chinese rendering without a screen.

  QT_QPA_PLATFORM=offscreen python -m scripts.screenshot --data-dir D --page registry --out docs/screenshot.png
"""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QApplication

from desktop_app import create_main_window


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--page", default="registry")
    parser.add_argument("--out", required=True)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    window = create_main_window(args.data_dir)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.show_page(args.page)
    for _ in range(20):
        QApplication.processEvents()
    window.grab().save(args.out)
    print(args.out)


if __name__ == "__main__":
    main()
