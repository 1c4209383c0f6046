"""Makes a CJK font available to Qt for on-screen text, whatever the PC has installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_app.printing.font_files import FontFile, find_cjk_font

_loaded_family: str | None = None


def install_cjk_font(configured: str | None = None) -> FontFile | None:
    """Register the resolved CJK font with Qt and make it the application font's fallback."""
    global _loaded_family
    font_file = find_cjk_font(configured)
    if font_file is None:
        return None
    if _loaded_family is None:
        font_id = QFontDatabase.addApplicationFont(str(font_file.path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _loaded_family = families[0] if families else None
    if _loaded_family:
        font = QApplication.font()
        font.setFamilies([font.family(), _loaded_family])
        font.setPointSize(max(font.pointSize(), 10))
        QApplication.setFont(font)
    return font_file


def cjk_family() -> str | None:
    return _loaded_family


def sample_font() -> QFont:
    return QApplication.font()
