"""The fonts of our paper: the office's CJK TrueType font, registered once with ReportLab
(which embeds only the glyphs a document uses). The fonts we resolve carry Latin letters
too, so everything is drawn in the one embedded font; only a character the CJK font
lacks (or maps to a glyph without ink) falls back to Helvetica, so nothing prints as a
box or a gap; signs neither font draws are written the way people write them by hand
(℃ as °C)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.printing.font_files import find_cjk_font
from models.errors import DeskError
from models.i18n import QT_TRANSLATE_NOOP

LATIN = "Helvetica"
MSG_NO_FONT = QT_TRANSLATE_NOOP(
    "models",
    "No Chinese TrueType font was found, so work orders cannot be printed. Choose a font file in Settings › Printing.",
)

# signs that fonts often lack, written as a person would write them without the sign
SUBSTITUTES = {"℃": "°C", "℉": "°F", "㎡": "m²", "㎥": "m³"}

_registered: dict[tuple[str, int], PaperFonts] = {}

# Streams stay binary (compressed only): the ASCII85 text form made the file a quarter
# larger and its pure-Python encoder was a tenth of a work order's time. Every document
# of ours goes through these fonts, so this is set before any is drawn.
rl_config.useA85 = 0


class FontMissingError(DeskError):
    """No usable CJK TrueType font: paper with Chinese text cannot be made."""


@dataclass(frozen=True)
class PaperFonts:
    cjk: str
    glyphs: frozenset[int]
    latin: str = LATIN

    def font_for(self, char: str) -> str:
        return self.cjk if ord(char) in self.glyphs or not _latin_has(char) else self.latin

    def runs(self, text: str) -> list[tuple[str, str]]:
        """(font name, text) pieces of `text`, each drawable in one font."""
        if self.glyphs.issuperset(map(ord, text)):  # the usual case, without a step per character
            return [(self.cjk, text)] if text else []
        pieces: list[tuple[str, str]] = []
        for char in self.drawable(text):
            font = self.font_for(char)
            if pieces and pieces[-1][0] == font:
                pieces[-1] = (font, pieces[-1][1] + char)
            else:
                pieces.append((font, char))
        return pieces

    def drawable(self, text: str) -> str:
        """`text` with the signs the CJK font draws empty written out (℃ → °C)."""
        if self.glyphs.issuperset(map(ord, text)):
            return text
        return "".join(char if ord(char) in self.glyphs else SUBSTITUTES.get(char, char) for char in text)

    def markup(self, text: str) -> str:
        """Paragraph markup for plain text: escaped, Latin runs in the Latin font,
        line breaks kept."""
        lines = []
        for line in text.splitlines() or [""]:
            lines.append(
                "".join(
                    escape(piece) if font == self.cjk else f'<font face="{font}">{escape(piece)}</font>'
                    for font, piece in self.runs(line)
                )
            )
        return "<br/>".join(lines)

    def width(self, text: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in self.runs(text))

    def draw(self, canvas, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
        """Draw one line of mixed text; `align` is left, right or centre about x."""
        shift = {"left": 0.0, "right": 1.0, "centre": 0.5}[align] * self.width(text, size)
        cursor = x - shift
        for font, piece in self.runs(text):
            canvas.setFont(font, size)
            canvas.drawString(cursor, y, piece)
            cursor += pdfmetrics.stringWidth(piece, font, size)


def paper_fonts(configured: str | None = None) -> PaperFonts:
    """The registered fonts for the configured file (or the one found automatically);
    raises FontMissingError when there is no CJK TrueType font at all."""
    found = find_cjk_font(configured or None)
    if found is None:
        raise FontMissingError(MSG_NO_FONT)
    key = (str(found.path), found.subfont_index)
    if key not in _registered:
        _registered[key] = _register(found.path, found.subfont_index, len(_registered))
    return _registered[key]


def _register(path, subfont_index: int, serial: int) -> PaperFonts:
    name = f"DeskCJK{serial}"
    font = TTFont(name, str(path), subfontIndex=subfont_index)
    _keep_tables(font.face)
    pdfmetrics.registerFont(font)
    return PaperFonts(cjk=name, glyphs=_inked(font.face))


def _keep_tables(face) -> None:
    """Each embedded subset copies the tables it is cut from out of the font file's bytes
    (`get_table`): the glyph table alone is megabytes, copied for every document. The
    tables never change, so each is copied once and kept (this face's own method)."""
    kept: dict[str, bytes] = {}
    read = face.get_table

    def get_table(tag: str) -> bytes:
        if tag not in kept:
            kept[tag] = read(tag)
        return kept[tag]

    face.get_table = get_table


def _inked(face) -> frozenset[int]:
    """The characters the font draws with ink: its character map, less the visible
    characters mapped to an empty glyph (a glyph's data is empty when two consecutive
    'loca' offsets are equal); spaces are meant to be empty."""
    positions = face.glyphPos
    return frozenset(
        code
        for code, glyph in face.charToGlyph.items()
        if chr(code).isspace() or glyph + 1 >= len(positions) or positions[glyph + 1] > positions[glyph]
    )


def _latin_has(char: str) -> bool:
    """Helvetica's WinAnsi repertoire: printable ASCII and Latin-1 signs such as ¥."""
    code = ord(char)
    return 0x20 <= code < 0x7F or 0xA0 <= code <= 0xFF
