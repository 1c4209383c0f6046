"""Makes a CJK font available to Qt for on-screen text, whatever the PC has installed.

The application font's families are the system's own font, then the shipped sign fonts
(℃ ℉ ㎡ ㎥ …, resources/fonts/desk-symbols.ttf and desk-units.ttf), then the CJK font:
WenQuanYi Micro Hei holds those signs as empty glyphs, and Qt takes the first family
whose character map has a sign, so without them a typed ℃ would show as a gap."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_app.printing.font_files import RESOURCES, FontFile, find_cjk_font

SIGN_FONTS = [RESOURCES / "fonts" / "desk-symbols.ttf", RESOURCES / "fonts" / "desk-units.ttf"]

_loaded_family: str | None = None
_sign_families: list[str] | None = None


def sign_families() -> list[str]:
    """The shipped sign fonts' families, registered with Qt on first use."""
    global _sign_families
    if _sign_families is None:
        _sign_families = []
        for path in SIGN_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
            _sign_families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return _sign_families


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
        font.setFamilies([font.family(), *sign_families(), _loaded_family])
        font.setPointSize(max(font.pointSize(), 10))
        QApplication.setFont(font)
    return font_file


def cjk_family() -> str | None:
    return _loaded_family


def sample_font() -> QFont:
    return QApplication.font()
