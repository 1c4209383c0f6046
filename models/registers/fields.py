"""Checks shared by every way text reaches the registers (forms, Excel and CSV import):
names and notes are stored exactly as typed or refused with a reason (too long, control
characters), and dates are read in the forms offices write them, Excel serials included."""

from __future__ import annotations

import datetime as dt
import re

from models.i18n import QT_TRANSLATE_NOOP
from models.registers.contact import to_halfwidth
from models.registers.visible import MSG_INVISIBLE, has_control, shows_something

MSG_REQUIRED = QT_TRANSLATE_NOOP("models", "This field is required.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("models", "Too long: at most {limit} characters, this has {length}.")
MSG_CONTROL = QT_TRANSLATE_NOOP("models", "Contains invisible control characters; retype it without them.")
MSG_DATE = QT_TRANSLATE_NOOP("models", "Unreadable date \u201c{value}\u201d; write it like 2024-03-01.")

_SEPARATED = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_SERIALS = range(1, 2958466)

TRIMMED = " \r\n\u3000\xa0"  # what text loses at its ends; never a tab (refused as a control character)
NAME_LIMIT = 100
TEXT_LIMIT = 200
NOTES_LIMIT = 4000


def clean_text(value: object) -> str:
    """The text of a cell or field with surrounding spaces and line ends removed; None is empty."""
    if value is None:
        return ""
    return str(value).strip(TRIMMED)


def text_problem(text: str, *, limit: int, required: bool = False, multiline: bool = False) -> tuple[str, dict] | None:
    """(message, params) when `text` cannot be stored as it is, else None."""
    if required and not text:
        return MSG_REQUIRED, {}
    if len(text) > limit:
        return MSG_TOO_LONG, {"limit": limit, "length": len(text)}
    if has_control(text, multiline=multiline):
        return MSG_CONTROL, {}
    if text and not shows_something(text):
        return MSG_INVISIBLE, {}
    return None


def parse_date(value: object) -> dt.date | None:
    """A date from a cell or field: 2024-03-01, 2024/3/1, 2024年3月1日, 20240301, a date
    or datetime cell, or an Excel serial number. Empty is None; anything else ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value)
    return _from_text(to_halfwidth(str(value)).strip())


def _from_text(text: str) -> dt.date | None:
    if not text:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _from_serial(float(text))
    match = _SEPARATED.match(text) or _COMPACT.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    return dt.date(year, month, day)


def _from_serial(serial: float) -> dt.date:
    if int(serial) not in _EXCEL_SERIALS:
        raise ValueError(str(serial))
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))
