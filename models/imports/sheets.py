"""A sheet as every import sees it: the header row and the data rows with their row
numbers as Excel shows them (reading.py makes one from a file), a cell as text, the
column mapping (default headers and common aliases), the plain row-by-row report shared
by every import, and the progress callback long imports and exports report to
(returning False cancels them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from models.errors import DeskError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers import TRIMMED

MSG_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "models", "{file} has no column for {columns}. Name the columns as in the template or choose them in the preview."
)
MSG_IMPORT_CANCELLED = QT_TRANSLATE_NOOP("models", "Import cancelled: nothing was imported.")

Progress = Callable[[int, int], bool]
"""progress(done, total) is called while long work runs (total 0: not known yet);
returning False stops the work, and an import then writes nothing."""


class SheetError(DeskError):
    """The file cannot be imported as a whole (not a sheet, empty, missing columns)."""


class CancelledError(DeskError):
    """The user stopped the work through its progress callback; nothing was changed."""


def report(progress: Progress | None, done: int, total: int, message: str = MSG_IMPORT_CANCELLED) -> None:
    """Tell `progress` how far the work is; CancelledError(message) when it answers False."""
    if progress is not None and progress(done, total) is False:
        raise CancelledError(message)


@dataclass(frozen=True)
class Sheet:
    file_name: str
    headers: list[str]
    rows: list[tuple[int, list[object]]]  # (row number as the spreadsheet shows it, cells)

    def cell(self, cells: list[object], column: int | None) -> object:
        if column is None or column >= len(cells):
            return None
        return cells[column]


@dataclass(frozen=True)
class RowProblem:
    """Why one row was not imported; `column` is the header as written in the file."""

    row: int
    column: str
    message: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ImportOutcome:
    written: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rooms_created: int = 0


def filled(cell: object) -> bool:
    return cell is not None and str(cell).strip() != ""


def cell_text(cell: object) -> str:
    """A cell as text: 1501.0 → "1501", 13812345678 → "13812345678", dates as 2024-03-01."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime) and cell.time() == dt.time(0):
        return cell.date().isoformat()
    return str(cell).strip(TRIMMED)


# --- column mapping ----------------------------------------------------------------------
def header_key(header: str) -> str:
    """Headers compare without spaces, stars and bracketed hints: "* 电话（必填）" → "电话"."""
    text = "".join(str(header or "").split()).replace("*", "").replace("＊", "")
    for opening in ("(", "（", "["):
        if opening in text:
            text = text.split(opening, 1)[0]
    return text.strip(":：").lower()


def guess_mapping(
    headers: list[str], aliases: dict[str, list[str]], remembered: dict[str, str] | None = None
) -> dict[str, int]:
    """field → column index, from a remembered header per field, then the aliases in order."""
    keys = [header_key(header) for header in headers]
    mapping: dict[str, int] = {}
    for field_name, names in aliases.items():
        wanted = ([remembered[field_name]] if remembered and remembered.get(field_name) else []) + names
        for name in wanted:
            key = header_key(name)
            if key in keys and keys.index(key) not in mapping.values():
                mapping[field_name] = keys.index(key)
                break
    return mapping


def require_columns(sheet: Sheet, mapping: dict[str, int], required: dict[str, str]) -> None:
    """SheetError naming the default headers of required fields that have no column."""
    missing = [header for field_name, header in required.items() if mapping.get(field_name) is None]
    if missing:
        raise SheetError(MSG_NO_COLUMNS, file=sheet.file_name, columns="、".join(missing))


def column_name(sheet: Sheet, mapping: dict[str, int], field_name: str, default: str) -> str:
    index = mapping.get(field_name)
    if index is None or index >= len(sheet.headers):
        return default
    return sheet.headers[index] or default
