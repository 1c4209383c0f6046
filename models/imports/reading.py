"""Reading the files offices import, within limits: .xlsx workbooks, .xls (Excel 97–2003),
.csv in UTF-8 or the GBK/GB18030 that Chinese Excel writes, and the UTF-16 "Unicode text"
that Excel and WPS export. Only regular files are opened (a folder, a device or a pipe is
refused before anything is read), never more bytes than the limit, and a workbook is read
as a stream: its declared size is ignored, its shared strings are counted as they are
read, and a row is never held whole in XML form. Whatever breaks a limit is refused with a
sentence naming it; the limits are office settings (imports/max_rows, imports/max_columns,
imports/max_megabytes)."""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from models.i18n import QT_TRANSLATE_NOOP
from models.imports.escaping import unescape_text_cell
from models.imports.sheets import Progress, Sheet, SheetError, cell_text, filled, report
from models.imports.xlsx_stream import ColumnBeyond, SheetTooLarge, StringsTooMany, Total, stream_first_sheet
from models.store import database, get_setting

MSG_NOT_SHEET = QT_TRANSLATE_NOOP(
    "models",
    "{file} is not an Excel workbook (.xlsx or .xls) or a CSV or text file, or it is damaged. Open it in Excel and save it as .xlsx or CSV.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("models", "{file} cannot be read: {reason}")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "models", "{file} is not a file (it is a folder, a device or a pipe); choose the spreadsheet itself."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("models", "{file} has no rows to import: the first sheet is empty.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "models", "{file} is larger than {limit} MB, the office's import limit. Split it into smaller files."
)
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "models", "{file} has more than {limit} rows, the office's import limit. Split it into smaller files."
)
MSG_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "models",
    "Row {row} of {file} has something in column {column}; an import reads at most {limit} columns. Delete what lies beyond them.",
)
MSG_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "models", "Row {row} of {file} has a cell longer than {limit} characters, more than any field can hold."
)
MSG_TOO_MANY_STRINGS = QT_TRANSLATE_NOOP(
    "models", "{file} holds more text than {limit} rows of a register could; it cannot be imported."
)

MEGABYTE = 1024 * 1024
CELL_CHARACTERS = 32_767  # Excel's own limit for one cell
UNPACKED_FACTOR = 4  # a workbook's sheet and strings may unpack to 4 × the file limit
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"

# What openpyxl and xlrd really raise for a damaged or hostile file (found by feeding them
# truncated, bit-flipped and hand-made files; see tests/hostile/test_corpus.py).
_XLSX_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError, ParseError, IndexError)


@dataclass(frozen=True)
class ImportLimits:
    rows: int = 100_000
    columns: int = 100
    megabytes: int = 50

    @property
    def bytes(self) -> int:
        return self.megabytes * MEGABYTE


SETTING_KEYS = {"rows": "imports/max_rows", "columns": "imports/max_columns", "megabytes": "imports/max_megabytes"}


def import_limits() -> ImportLimits:
    """The office's limits (Settings), or the defaults when no data file is open."""
    defaults = ImportLimits()
    if database.database is None or database.is_closed():
        return defaults
    values = {}
    for name, key in SETTING_KEYS.items():
        value = get_setting(key, getattr(defaults, name))
        values[name] = value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None
    return ImportLimits(**{name: value for name, value in values.items() if value is not None})


# --- the file ------------------------------------------------------------------------------
def read_sheet(path: str | Path, *, progress: Progress | None = None, limits: ImportLimits | None = None) -> Sheet:
    """The first sheet of an .xlsx or .xls, or a .csv/.txt; SheetError with a plain reason
    otherwise. Rows read are reported to `progress` (CancelledError when it says stop)."""
    path = Path(path)
    limits = limits or import_limits()
    data = read_file_bytes(path, limits)
    if data.startswith(_OLE_MAGIC):
        rows = _xls_rows(path.name, data)
    elif data.startswith(_ZIP_MAGIC):
        rows = _xlsx_rows(path.name, data, limits)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        rows = _text_rows(path.name, _decode_utf16(data, path.name), delimiter="\t")
    else:
        rows = _text_rows(path.name, _decode(data, path.name))
    return _sheet_from(path.name, rows, limits, progress)


def read_file_bytes(path: Path, limits: ImportLimits) -> bytes:
    """The bytes of a regular file of at most limits.bytes; a folder, a device or a pipe
    is refused without waiting on it (opened non-blocking, checked before reading)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except IsADirectoryError as error:
        raise SheetError(MSG_NOT_A_FILE, file=path.name) from error
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        raise SheetError(MSG_UNREADABLE, file=path.name, reason=_reason(error)) from error
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode) or status.st_size > limits.bytes:
        os.close(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise SheetError(MSG_NOT_A_FILE, file=path.name)
        raise SheetError(MSG_TOO_BIG, file=path.name, limit=limits.megabytes)
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        try:
            data = _read_at_most(handle, limits.bytes + 1)
        except OSError as error:
            raise SheetError(MSG_UNREADABLE, file=path.name, reason=_reason(error)) from error
    if len(data) > limits.bytes:
        raise SheetError(MSG_TOO_BIG, file=path.name, limit=limits.megabytes)
    return data


def _read_at_most(handle, size: int) -> bytes:
    chunks, left = [], size
    while left > 0:
        chunk = handle.read(min(left, MEGABYTE))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)


# --- rows into a sheet ---------------------------------------------------------------------
def _sheet_from(file_name: str, rows: Iterable[list[object]], limits: ImportLimits, progress: Progress | None) -> Sheet:
    """The header and the data rows, numbered as the spreadsheet shows them; empty rows are
    skipped, trailing empty cells dropped, and a row or column beyond the limits refused."""
    numbered: list[tuple[int, list[object]]] = []
    total = 0
    for number, cells in _numbered(rows):
        if isinstance(cells, Total):
            total = min(cells.rows, limits.rows + 1)
            continue
        cells = _trimmed(cells)
        report(progress, number, max(total, number) if total else 0)
        if not cells:
            continue
        _check_row(file_name, number, cells, limits)
        numbered.append((number, cells))
        if len(numbered) > limits.rows + 1:
            raise SheetError(MSG_TOO_MANY_ROWS, file=file_name, limit=limits.rows)
    if not numbered:
        raise SheetError(MSG_EMPTY, file=file_name)
    header_number, header_cells = numbered[0]
    return Sheet(file_name=file_name, headers=[cell_text(cell) for cell in header_cells], rows=numbered[1:])


def _numbered(rows: Iterable) -> Iterator[tuple[int, object]]:
    number = 0
    for item in rows:
        if isinstance(item, Total):
            yield 0, item
            continue
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], int) and isinstance(item[1], list):
            number = item[0]  # a workbook row that carries its own number (rows may be missing)
            yield number, item[1]
        else:
            number += 1
            yield number, item


def _trimmed(cells: list[object]) -> list[object]:
    end = len(cells)
    while end and not filled(cells[end - 1]):
        end -= 1
    return cells[:end] if any(filled(cell) for cell in cells[:end]) else []


def _check_row(file_name: str, number: int, cells: list[object], limits: ImportLimits) -> None:
    if len(cells) > limits.columns:
        raise SheetError(MSG_TOO_MANY_COLUMNS, file=file_name, row=number, column=len(cells), limit=limits.columns)
    for cell in cells:
        if isinstance(cell, str) and len(cell) > CELL_CHARACTERS:
            raise SheetError(MSG_CELL_TOO_LONG, file=file_name, row=number, limit=CELL_CHARACTERS)


# --- text files ----------------------------------------------------------------------------
def _decode(data: bytes, file_name: str) -> str:
    if b"\x00" in data:
        raise SheetError(MSG_NOT_SHEET, file=file_name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError(MSG_NOT_SHEET, file=file_name)


def _decode_utf16(data: bytes, file_name: str) -> str:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise SheetError(MSG_NOT_SHEET, file=file_name) from error
    if "\x00" in text:
        raise SheetError(MSG_NOT_SHEET, file=file_name)
    return text


def _text_rows(file_name: str, text: str, delimiter: str | None = None) -> Iterator[list[object]]:
    """CSV (or tab-separated) rows; a cell that an export escaped ('=1+1) is read back as
    it was written (=1+1); a cell beyond the csv module's field limit is refused."""
    if delimiter is None:
        first_line = text.split("\n", 1)[0]
        delimiter = max((",", "\t", ";"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise SheetError(MSG_CELL_TOO_LONG, file=file_name, row=reader.line_num, limit=CELL_CHARACTERS) from error
        yield [unescape_text_cell(cell) for cell in row]


# --- .xls (Excel 97–2003) ------------------------------------------------------------------
def _xls_rows(file_name: str, data: bytes) -> list[list[object]]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
        try:
            sheet = book.sheet_by_index(0)
            return [[_xls_value(book, cell) for cell in sheet.row(index)] for index in range(sheet.nrows)]
        finally:
            book.release_resources()
    except (xlrd.XLRDError, xlrd.compdoc.CompDocError, struct.error, AssertionError, IndexError, KeyError) as error:
        raise SheetError(MSG_NOT_SHEET, file=file_name) from error
    except (ValueError, TypeError, UnicodeDecodeError, OverflowError, ZeroDivisionError) as error:
        raise SheetError(MSG_NOT_SHEET, file=file_name) from error


def _xls_value(book, cell) -> object:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell.value
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return cell.value


# --- .xlsx ---------------------------------------------------------------------------------
def _xlsx_rows(file_name: str, data: bytes, limits: ImportLimits) -> Iterator:
    try:
        yield from stream_first_sheet(io.BytesIO(data), limits, unpacked_limit=UNPACKED_FACTOR * limits.bytes)
    except ColumnBeyond as error:
        raise SheetError(
            MSG_TOO_MANY_COLUMNS, file=file_name, row=error.row, column=error.column, limit=limits.columns
        ) from error
    except StringsTooMany as error:
        raise SheetError(MSG_TOO_MANY_STRINGS, file=file_name, limit=limits.rows) from error
    except SheetTooLarge as error:
        raise SheetError(MSG_TOO_BIG, file=file_name, limit=limits.megabytes) from error
    except _XLSX_ERRORS as error:
        raise SheetError(MSG_NOT_SHEET, file=file_name) from error
