"""Finds a CJK TrueType font file for the screen and for ReportLab paper, without Qt.

Resolution order: the file configured in Settings (or PROPERTY_DESK_FONT) → the
operating system's Chinese fonts (Windows, macOS, Linux) → the font the project ships
in resources/fonts (WenQuanYi Micro Hei, Apache 2.0). Only TrueType outlines are
accepted, because ReportLab cannot embed CFF/OpenType-PostScript fonts (Noto CJK .otf/.ttc
files are skipped for that reason); fonts without Latin letters (Droid Sans Fallback) are
not listed, so one embedded font carries every character of a document.

It lives in printing because paper needs it without Qt; the screen's font setup
(desktop_app.fonts) and the translations find the shipped resources through RESOURCES
here too, beside the code or inside the frozen bundle (sys._MEIPASS)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

RESOURCES = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2])) / "resources"
BUNDLED_FONT = RESOURCES / "fonts" / "wqy-microhei.ttc"
ENV_VARIABLE = "PROPERTY_DESK_FONT"

SYSTEM_CANDIDATES = [
    # Windows
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    # macOS
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    # Linux
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
]


@dataclass(frozen=True)
class FontFile:
    path: Path
    subfont_index: int
    source: str  # "configured", "system" or "bundled"


def find_cjk_font(configured: str | None = None) -> FontFile | None:
    """The first usable CJK TrueType font in the documented order, or None."""
    for path, index, source in _candidates(configured):
        if _is_truetype(path):
            return FontFile(path, index, source)
    return None


def _candidates(configured: str | None):
    for chosen in (configured, os.environ.get(ENV_VARIABLE)):
        if chosen:
            yield Path(chosen), 0, "configured"
    for path, index in SYSTEM_CANDIDATES:
        yield Path(path), index, "system"
    yield BUNDLED_FONT, 0, "bundled"


def _is_truetype(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    if head[:4] == b"ttcf":
        return head[12:16] != b"OTTO" and _ttc_first_font_is_truetype(path)
    return head[:4] in (b"\x00\x01\x00\x00", b"true")


def _ttc_first_font_is_truetype(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(16)
        offset = int.from_bytes(header[12:16], "big")
        handle.seek(offset)
        return handle.read(4) in (b"\x00\x01\x00\x00", b"true")
