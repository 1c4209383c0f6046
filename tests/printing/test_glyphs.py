"""Every character the program itself shows or prints has a glyph with ink in the font we
ship: the Chinese of every catalogue and every text the program writes into an office
(default categories, knowledge base, demo data). A character the font maps to an empty
glyph (WenQuanYi Micro Hei's ℃) would show and print as a gap."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from desktop_app.printing.font_files import BUNDLED_FONT
from desktop_app.printing.fonts import paper_fonts
from scripts.translations import CATALOGUES, messages

ROOT = Path(__file__).resolve().parents[2]
# modules whose non-ASCII literals are characters to recognise in what people type
# (invisible marks, full-width digits, dashes), never shown
READERS_OF_INPUT = {"registers/visible.py", "registers/contact.py", "registers/room_codes.py", "imports/escaping.py"}


def catalogue_texts() -> list[str]:
    return [text for ts_file in sorted(CATALOGUES.glob("*.ts")) for _c, _s, text in messages(ts_file) if text]


def default_texts() -> list[str]:
    """String literals with non-ASCII characters in the domain: the texts it writes into
    a new office (defaults) and into the demo office."""
    found = []
    for path in sorted((ROOT / "models").rglob("*.py")):
        if path.relative_to(ROOT / "models").as_posix() in READERS_OF_INPUT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        patterns = {id(arg) for node in ast.walk(tree) if _is_regex(node) for arg in node.args}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and not node.value.isascii():
                if id(node) not in patterns:  # a pattern that reads typed dashes is not shown
                    found.append(node.value)
    return found


def _is_regex(node) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"


def characters(texts: list[str]) -> set[str]:
    return {
        char
        for text in texts
        for char in text
        if not unicodedata.category(char).startswith(("Z", "C"))  # spaces and controls have no ink
    }


@pytest.fixture(scope="module")
def shipped(qapp) -> QRawFont:
    raw = QRawFont(str(BUNDLED_FONT), 24)
    assert raw.isValid()
    return raw


def inkless(raw: QRawFont, chars: set[str]) -> list[str]:
    """The characters the font has no glyph for, or only an empty one."""
    missing = []
    for char in sorted(chars):
        glyphs = raw.glyphIndexesForString(char)
        if not glyphs or glyphs[0] == 0 or raw.pathForGlyph(glyphs[0]).isEmpty():
            missing.append(f"{char} U+{ord(char):04X}")
    return missing


def test_the_texts_to_check_are_really_there():
    # a few hundred translations and the default texts: an empty harvest would prove nothing
    assert len(catalogue_texts()) > 500
    assert any("室温" in text for text in default_texts())


def test_every_character_of_the_catalogues_has_ink_in_the_shipped_font(shipped):
    assert inkless(shipped, characters(catalogue_texts())) == []


def test_every_character_of_the_default_and_demo_texts_has_ink_in_the_shipped_font(shipped):
    assert inkless(shipped, characters(default_texts())) == []


def test_paper_draws_a_degree_sign_where_the_font_has_an_empty_celsius_glyph():
    fonts = paper_fonts(str(BUNDLED_FONT))
    # WenQuanYi maps ℃ to a glyph without ink: a clerk's typed ℃ is printed as °C, which it draws
    assert ord("℃") not in fonts.glyphs
    assert fonts.drawable("室温应不低于 18℃") == "室温应不低于 18°C"
    assert fonts.runs("18℃") == [(fonts.cjk, "18°C")]
