"""Reading the sheets offices import: .xlsx workbooks (openpyxl) and .csv files in UTF-8
or the GBK/GB18030 that Chinese Excel writes; the header row, the data rows with their
row numbers as Excel shows them, the column mapping (default headers and common
aliases), the plain row-by-row report shared by every import, and the progress callback
long imports and exports report to (returning False cancels them)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from models.errors import DeskError
from models.i18n import QT_TRANSLATE_NOOP

MSG_NOT_SHEET = QT_TRANSLATE_NOOP(
    "models",
    "{file} is not an Excel workbook (.xlsx) or a CSV file, or it is damaged. Open it in Excel and save it as .xlsx or CSV.",
)
MSG_OLD_XLS = QT_TRANSLATE_NOOP(
    "models", "{file} is in the old Excel 97–2003 format (.xls). Open it in Excel and save it as .xlsx."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("models", "{file} has no rows to import: the first sheet is empty.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("models", "{file} cannot be read: {reason}")
MSG_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "models", "{file} has no column for {columns}. Name the columns as in the template or choose them in the preview."
)
MSG_IMPORT_CANCELLED = QT_TRANSLATE_NOOP("models", "Import cancelled: nothing was imported.")

Progress = Callable[[int, int], bool]
"""progress(done, total) is called while long work runs (total 0: not known yet);
returning False stops the work, and an import then writes nothing."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


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


# --- reading -----------------------------------------------------------------------------
def read_sheet(path: str | Path, *, progress: Progress | None = None) -> Sheet:
    """The first sheet of an .xlsx, or a .csv; SheetError with a plain reason otherwise.
    Reading a workbook reports its rows to `progress` (CancelledError when it says stop)."""
    path = Path(path)
    try:
        head = path.read_bytes()
    except OSError as error:
        raise SheetError(MSG_UNREADABLE, file=path.name, reason=error.strerror or str(error)) from error
    if head.startswith(_OLE_MAGIC):
        raise SheetError(MSG_OLD_XLS, file=path.name)
    rows = _xlsx_rows(path, head, progress) if head.startswith(_ZIP_MAGIC) else _csv_rows(path, head)
    return _sheet_from(path.name, rows)


def _xlsx_rows(path: Path, data: bytes, progress: Progress | None) -> Iterable[list[object]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, Exception) as error:  # openpyxl raises many kinds for a bad file
        raise SheetError(MSG_NOT_SHEET, file=path.name) from error
    try:
        return _worksheet_rows(workbook.worksheets[0], progress) if workbook.worksheets else []
    finally:
        workbook.close()


def _worksheet_rows(worksheet, progress: Progress | None) -> list[list[object]]:
    """Every row's cells; a sheet written without its size (openpyxl's write-only mode)
    reports a total of 0."""
    total = worksheet.max_row or 0
    rows = []
    for row in worksheet.iter_rows(values_only=True):
        rows.append(list(row))
        report(progress, len(rows), max(total, len(rows)) if total else 0)
    return rows


def _csv_rows(path: Path, data: bytes) -> list[list[object]]:
    if b"\x00" in data:
        raise SheetError(MSG_NOT_SHEET, file=path.name)
    text = _decode(data, path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=first_line.count)
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _decode(data: bytes, file_name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError(MSG_NOT_SHEET, file=file_name)


def _sheet_from(file_name: str, rows: Iterable[list[object]]) -> Sheet:
    numbered = [(number, cells) for number, cells in enumerate(rows, start=1) if any(_filled(cell) for cell in cells)]
    if not numbered:
        raise SheetError(MSG_EMPTY, file=file_name)
    header_number, header_cells = numbered[0]
    headers = [cell_text(cell) for cell in header_cells]
    return Sheet(file_name=file_name, headers=headers, rows=numbered[1:])


def _filled(cell: object) -> bool:
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
    return str(cell).strip()


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
