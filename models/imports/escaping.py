"""Text that a spreadsheet would run as a formula stays text. In .xlsx every text is
written as a string cell; in CSV (which has no cell types) a text starting with = + - @,
a tab or a carriage return — or with the escape itself — gets a leading apostrophe, which
the CSV import takes off again, so an exported register re-imports to the same text."""

from __future__ import annotations

ESCAPE = "'"
_STARTS_A_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def escape_text_cell(text: str) -> str:
    """'=1+1 for =1+1; text that cannot start a formula is written as it is."""
    if text.startswith(_STARTS_A_FORMULA) or text.startswith(ESCAPE):
        return ESCAPE + text
    return text


def unescape_text_cell(text: str) -> str:
    """The text an escaped CSV cell stands for: '=1+1 → =1+1, ''x → 'x; others unchanged."""
    if text.startswith(ESCAPE) and text[1:].startswith(_STARTS_A_FORMULA + (ESCAPE,)):
        return text[1:]
    return text
