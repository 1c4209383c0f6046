"""Hostile import files made by hand, small on disk: workbooks whose parts say one thing
and hold another (a declared size of A1:XFD1048576, shared strings that unpack to
millions, a row of a hundred thousand cells), text files in the encodings offices meet,
.xls written by xlwt. Used by the spreadsheet tests and the hostile-input corpus."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HOUSEHOLD_HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "{strings}</Types>"
)
STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def column_letter(index: int) -> str:
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def inline_row(number: int, cells: list[str]) -> str:
    body = "".join(
        f'<c r="{column_letter(i)}{number}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>'
        for i, v in enumerate(cells, start=1)
        if v != ""
    )
    return f'<row r="{number}">{body}</row>'


def sheet_xml(rows_xml: str | list[str], dimension: str | None = "A1:H2") -> str:
    rows = rows_xml if isinstance(rows_xml, str) else "".join(rows_xml)
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">{declared}<sheetData>{rows}</sheetData></worksheet>'


def workbook_bytes(sheet: str | bytes, shared_strings: str | bytes | None = None) -> bytes:
    """An .xlsx made of the given sheet XML (and shared strings), deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(strings=STRINGS_TYPE if shared_strings else ""))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
    return buffer.getvalue()


def households_xlsx(path: Path, rows: list[list[str]], dimension: str = "A1:XFD1048576") -> Path:
    """The household header and `rows` as inline strings, declaring `dimension`."""
    lines = [inline_row(1, HOUSEHOLD_HEADER)] + [inline_row(n, row) for n, row in enumerate(rows, start=2)]
    path.write_bytes(workbook_bytes(sheet_xml(lines, dimension)))
    return path


def generated_households(count: int, building: str = "9") -> list[list[str]]:
    return [[building, "1", f"{n + 1:05d}", f"住户{n}", f"139{n:08d}", "", "2024-03-01", ""] for n in range(count)]


def shared_strings_bomb(path: Path, strings: int = 3_000_000) -> Path:
    """A header row pointing at shared string 0, and `strings` tiny strings (unpacks to ~40 MB, zips to ~100 KB)."""
    sst = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}" count="{strings}" uniqueCount="{strings}">'
    body = sst.encode() + b"<si><t>a</t></si>" * strings + b"</sst>"
    sheet = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', "A1:A1")
    path.write_bytes(workbook_bytes(sheet, body))
    return path


def long_string_bomb(path: Path, characters: int = 300_000_000) -> Path:
    """One shared string of `characters` letters (unpacks past any limit)."""
    sst = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}" count="1" uniqueCount="1"><si><t>'
    body = sst.encode() + b"a" * characters + b"</t></si></sst>"
    path.write_bytes(workbook_bytes(sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', "A1:A1"), body))
    return path


def wide_row(path: Path, cells: int = 16_384) -> Path:
    """A header and one row with a value in every one of `cells` columns."""
    row = "".join(f'<c r="{column_letter(i)}2"><v>{i}</v></c>' for i in range(1, cells + 1))
    header = inline_row(1, HOUSEHOLD_HEADER)
    path.write_bytes(workbook_bytes(sheet_xml([header, f'<row r="2">{row}</row>'], "A1:XFD2")))
    return path


def empty_cells_row(path: Path, cells: int = 200_000) -> Path:
    """A row of `cells` empty formatted cells (more than Excel's 16,384 columns)."""
    row = '<c s="1"/>' * cells
    header = inline_row(1, HOUSEHOLD_HEADER)
    path.write_bytes(workbook_bytes(sheet_xml([header, f'<row r="2">{row}</row>'], None)))
    return path


def write_text(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str = ",") -> Path:
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xls(path: Path, rows: list[list[object]]) -> Path:
    import datetime as dt

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("住户")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write(r, c, value, date_style)
            else:
                sheet.write(r, c, value)
    book.save(str(path))
    return path
