"""Text that only looks valid: characters that show nothing (zero-width and filler
characters, a name of blanks only), bidi controls that turn the text around on screen and
paper (U+202A–202E, U+2066–2069), lone surrogates that no file or printer can encode, and
digits of other scripts (Arabic-Indic ٨) that look like a number but are not one. Every
check of typed or imported text uses these, and so does the cleaning of search text."""

from __future__ import annotations

import re
import unicodedata

from models.i18n import QT_TRANSLATE_NOOP

MSG_INVISIBLE = QT_TRANSLATE_NOOP("models", "Shows no visible character; type the text itself.")

SEARCH_LIMIT = 100  # characters of search text used; more never narrows a search further

# Control and format characters refused in any text; line breaks and tabs are allowed in
# notes only. Zero-width joiner (U+200D) stays out: emoji sequences need it.
_FORMAT = "\u200b\u200c\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\ufff9-\ufffb"
_SURROGATES = "\ud800-\udfff"
CONTROL = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_FORMAT}{_SURROGATES}]")
LINE_CONTROL = re.compile(rf"[\x00-\x1f\x7f-\x9f{_FORMAT}{_SURROGATES}]")
_BLANK_LETTERS = {"\u3164", "\u2800", "\u115f", "\u1160", "\uffa0", "\u180e", "\u200d", "\u034f"}
_SHOWS_NOTHING = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"}


def shows_something(text: str) -> bool:
    """True when at least one character of `text` is visible."""
    return any(ch not in _BLANK_LETTERS and unicodedata.category(ch) not in _SHOWS_NOTHING for ch in text)


def has_control(text: str, *, multiline: bool = False) -> bool:
    return (CONTROL if multiline else LINE_CONTROL).search(text) is not None


def clean_search_text(text: object) -> str:
    """Search text as it may be searched: control and format characters and lone
    surrogates become spaces, and at most SEARCH_LIMIT characters are kept."""
    cleaned = LINE_CONTROL.sub(" ", str(text or "")[: SEARCH_LIMIT * 4])
    return " ".join(cleaned.split())[:SEARCH_LIMIT]
