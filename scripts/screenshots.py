"""Screenshots of every page and the main dialogs of the real window on a demo office, at
1024×768 and 1366×768, into docs/screenshots/ (the README shows two of them). A dialog is
drawn centred over the window, as the clerk sees it on that screen.

  QT_QPA_PLATFORM=offscreen python -m scripts.screenshots [--data-dir DIR] [--out docs/screenshots]

Without --data-dir a small demo office (600 households, 3 months) is built in a temporary
folder first. Look at the pictures: clipped Chinese, empty boxes and empty areas are bugs."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget  # noqa: E402

from desktop_app import create_main_window  # noqa: E402
from desktop_app.pages import PAGES  # noqa: E402

SIZES = ((1024, 768), (1366, 768))
ROOT = Path(__file__).resolve().parent.parent


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def build_demo(folder: Path) -> None:
    from models.clock import SystemClock
    from models.demo import DemoOptions, build_demo_office
    from models.opening import open_database
    from models.store import DataFolder

    open_database(DataFolder(folder))
    build_demo_office(DemoOptions(households=600, months=3), now=SystemClock().now())


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with `dialog` drawn centred over it, dimmed behind like a modal one."""
    shot = window.grab()
    dialog.resize(min(dialog.width(), window.width() - 20), min(dialog.height(), window.height() - 20))
    settle()
    picture = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
    at = QPoint((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 2)
    painter.drawPixmap(at, picture)
    painter.end()
    return shot


def save(pixmap: QPixmap, out: Path, name: str, size: tuple[int, int]) -> Path:
    path = out / f"{name}-{size[0]}x{size[1]}.png"
    pixmap.save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


def page_shots(window, out: Path, size) -> None:
    for spec in PAGES:
        page = window.show_page(spec.key)
        settle()
        tabs = page.findChildren(QTabWidget)
        if not tabs:
            save(window.grab(), out, spec.key, size)
            continue
        for index in range(tabs[0].count()):
            tabs[0].setCurrentIndex(index)
            settle()
            save(window.grab(), out, f"{spec.key}-{index + 1}", size)


def dialog_shots(window, out: Path, size) -> None:
    from models.tickets import RegistryFilter

    registry = window.show_page("registry")
    registry.show_filter(RegistryFilter())
    settle()
    first = registry.model.row_at(0)
    shots = []
    intake = registry.start_intake()
    shots.append(("intake", intake))
    if first is not None:
        shots.append(("ticket-detail", registry.open_ticket(first.id)))
    board = window.page("dispatch")
    board.reload()
    waiting = board.lanes.get("new")
    if waiting is not None and waiting.card_model().cards:
        shots.append(("dispatch-dialog", board.open_dispatch([waiting.card_model().cards[0].ticket_id])))
    active = board.lanes.get("dispatched")
    if active is not None and active.card_model().cards:
        shots.append(("result-entry", board.open_result_entry(active.card_model().cards[0].ticket_id)))
    registers = window.page("registers")
    shots.append(("urgent-words", registers.categories.edit_urgent_words()))
    for name, dialog in shots:
        if dialog is None:
            continue
        dialog.show()
        settle()
        save(with_dialog(window, dialog), out, name, size)
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.hide()
        settle()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    data = args.data_dir
    if data is None:
        data = Path(tempfile.mkdtemp(prefix="desk-screenshots-"))
        print(f"building a demo office in {data} …")
        build_demo(data)
    args.out.mkdir(parents=True, exist_ok=True)
    window = create_main_window(data)
    window.show()
    for size in SIZES:
        window.resize(*size)
        settle()
        page_shots(window, args.out, size)
        dialog_shots(window, args.out, size)
    window.close()
    print(f"done {dt.datetime.now():%H:%M}")


if __name__ == "__main__":
    main()
