"""The first sheet of an .xlsx read as a stream, in bounded memory whatever the file says
about itself: the parts' unpacked sizes are checked before any is parsed, the shared
strings are read with a count and a character budget, the sheet's declared dimension
(A1:XFD1048576 in many tools' files) is a progress hint only, and each cell is parsed and
dropped as soon as it ends, so neither a row of a million cells nor a million rows is
ever held as XML. openpyxl reads the workbook's small parts and turns cells into values
(numbers, dates, text) exactly as it does for its own reader."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO
from xml.etree.ElementTree import iterparse

from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.constants import SHARED_STRINGS

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SI, _T, _R, _RPH = _NS + "si", _NS + "t", _NS + "r", _NS + "rPh"
_ROW, _CELL, _SHEET_DATA, _DIMENSION = _NS + "row", _NS + "c", _NS + "sheetData", _NS + "dimension"
_V, _IS = _NS + "v", _NS + "is"
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
OTHER_PART_BYTES = 4 * 1024 * 1024
STRINGS_PER_ROW = 8  # distinct texts a register's row may bring: name, phones, ID, notes, ...


class SheetTooLarge(Exception):
    """A part of the workbook unpacks beyond the limit, or a row beyond Excel's own size."""


class ColumnBeyond(Exception):
    """A row has something in a column past the limit."""

    def __init__(self, row: int, column: int) -> None:
        super().__init__(f"row {row}, column {column}")
        self.row, self.column = row, column


class StringsTooMany(Exception):
    """The shared strings hold more text than the row limit could use."""


@dataclass(frozen=True)
class Total:
    """How many rows the sheet declares (for progress only, never trusted)."""

    rows: int


def stream_first_sheet(source: IO[bytes], limits, *, unpacked_limit: int) -> Iterator:
    """Total(rows) when the sheet declares its size, then (row number, cells) for every row
    the sheet holds, cells as values (None where empty), up to limits.columns + 1 columns
    with something in them (the caller refuses the extra column with its row number)."""
    reader = _BoundedReader(source, limits, unpacked_limit)
    _check_part_sizes(reader.archive, unpacked_limit)
    reader.read()
    workbook = reader.wb
    if not workbook.worksheets:
        return
    sheet = workbook.worksheets[0]
    parser = WorkSheetParser(
        None,
        reader.shared_strings,
        data_only=True,
        epoch=workbook.epoch,
        date_formats=workbook._date_formats,
        timedelta_formats=workbook._timedelta_formats,
    )
    with reader.archive.open(sheet._worksheet_path) as stream:
        yield from _rows(stream, parser, limits.columns + 1)


class _BoundedReader(ExcelReader):
    """openpyxl's reader in read-only mode, with the shared strings read within a budget."""

    def __init__(self, source: IO[bytes], limits, unpacked_limit: int) -> None:
        super().__init__(source, read_only=True, data_only=True, keep_links=False)
        self.most_strings = limits.rows * STRINGS_PER_ROW
        self.most_characters = unpacked_limit

    def read_strings(self) -> None:
        part = self.package.find(SHARED_STRINGS)
        if part is not None:
            name = part.PartName[1:]
            self.shared_strings = read_shared_strings(self.archive, name, self.most_strings, self.most_characters)


def _check_part_sizes(archive: zipfile.ZipFile, unpacked_limit: int) -> None:
    """Sheets and shared strings may unpack to `unpacked_limit`, every other part to 4 MB."""
    for info in archive.infolist():
        large_allowed = info.filename.startswith("xl/worksheets/") or info.filename.endswith("sharedStrings.xml")
        if info.file_size > (unpacked_limit if large_allowed else OTHER_PART_BYTES):
            raise SheetTooLarge(info.filename)


def read_shared_strings(archive: zipfile.ZipFile, name: str, most_strings: int, most_characters: int) -> list[str]:
    """The shared strings; StringsTooMany past either budget, found by counting the part's
    <si> tags in its raw bytes before any is parsed. Phonetic guides (rPh) are not part
    of the text, as in Excel."""
    if _count_tags(archive, name, b"<si") > most_strings:
        raise StringsTooMany()
    strings: list[str] = []
    characters = 0
    with archive.open(name) as source:
        for _event, node in iterparse(source):
            if node.tag != _SI:
                continue
            text = _string_text(node)
            node.clear()
            characters += len(text)
            strings.append(text)
            if characters > most_characters:
                raise StringsTooMany()
    return strings


def _count_tags(archive: zipfile.ZipFile, name: str, tag: bytes) -> int:
    """Occurrences of `tag` (namespace-prefixed forms like <x:si counted too) in a part."""
    count, tail = 0, b""
    with archive.open(name) as source:
        while chunk := source.read(1 << 20):
            data = tail + chunk
            count += data.count(tag) + data.count(b":" + tag[1:])
            tail = data[-16:]
            count -= tail.count(tag) + tail.count(b":" + tag[1:])
    return count


def _string_text(node) -> str:
    parts = [node.findtext(_T) or ""] + [run.findtext(_T) or "" for run in node.iterfind(_R)]
    return "".join(parts).replace("x005F_", "")


def _rows(stream: IO[bytes], parser: WorkSheetParser, most_columns: int) -> Iterator:
    """(row number, cells) per <row>, parsing each <c> when it ends and dropping it."""
    events = iterparse(stream, events=("start", "end"))
    _, root = next(events)
    depth, row, row_number, cells, count, sheet_data = 1, None, 0, [], 0, None
    for event, node in events:
        if event == "start":
            depth += 1
            if node.tag == _SHEET_DATA:
                sheet_data = node
            elif node.tag == _ROW:
                row, row_number, cells, count = node, _row_number(node, row_number), [], 0
                parser.row_counter, parser.col_counter = row_number, 0
            elif node.tag == _DIMENSION:
                total = _declared_rows(node.get("ref", ""))
                if total:
                    yield Total(total)
            continue
        depth -= 1
        if node.tag == _CELL and row is not None:
            count += 1
            if count > EXCEL_COLUMNS:
                raise SheetTooLarge("row")
            _add_cell(parser, node, cells, most_columns, row_number)
            row.remove(node)
        elif node.tag == _ROW:
            yield row_number, cells
            if sheet_data is not None:
                sheet_data.remove(node)
            row = None
        elif node.tag == _SHEET_DATA:
            return
        elif depth == 1:
            root.remove(node)  # parts of the sheet before its data (columns, views): not needed


def _row_number(node, previous: int) -> int:
    text = node.get("r")
    number = int(float(text)) if text else previous + 1
    if not 1 <= number <= EXCEL_ROWS:
        raise ValueError(f"row {text}")
    return number


def _add_cell(parser: WorkSheetParser, node, cells: list[object], most_columns: int, row_number: int) -> None:
    reference = node.get("r")
    column = _column_of(reference) if reference else parser.col_counter + 1
    parser.col_counter = column
    if len(node) == 0:  # no value, no inline text: an empty (perhaps formatted) cell
        return
    value = _cell_value(parser, node)
    if value is None or value == "":
        return
    if column >= most_columns:
        raise ColumnBeyond(row_number, column)
    if len(cells) < column:
        cells.extend([None] * (column - len(cells)))
    cells[column - 1] = value


def _cell_value(parser: WorkSheetParser, node) -> object:
    """Text cells directly (most cells of a register); numbers, dates and booleans as openpyxl reads them."""
    kind = node.get("t")
    if kind == "s":
        index = node.findtext(_V)
        return parser.shared_strings[int(index)] if index else None
    if kind == "inlineStr":
        inline = node.find(_IS)
        return _string_text(inline) if inline is not None else None
    if kind == "str":
        return node.findtext(_V)
    return parser.parse_cell(node)["value"]


def _column_of(reference: str) -> int:
    column = 0
    for character in reference:
        if "A" <= character <= "Z":
            column = column * 26 + ord(character) - 64
        elif character.isdigit() or character == "$":
            continue
        else:
            raise ValueError(reference)
        if column > EXCEL_COLUMNS:
            raise ValueError(reference)
    if column == 0:
        raise ValueError(reference)
    return column


_REFERENCE = re.compile(r"^[A-Z]{1,3}(\d+)$")


def _declared_rows(reference: str) -> int:
    last = reference.split(":")[-1].replace("$", "")
    match = _REFERENCE.match(last)
    return int(match.group(1)) if match else 0
