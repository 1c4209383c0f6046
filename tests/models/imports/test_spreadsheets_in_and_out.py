"""Spreadsheets in and out (issue 10): exported text never becomes a live formula and
re-imports to the same text; .xls and UTF-16 "Unicode text" registers import; a file
is refused with a sentence, quickly, when it is not a regular file or breaks a limit
(rows, columns, bytes — office settings), whatever size its workbook declares."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from openpyxl import load_workbook

from models.imports import (
    LIMIT_SETTINGS,
    SheetError,
    check_households,
    export_households,
    import_households,
    read_sheet,
)
from models.registers import Household
from models.store import set_setting
from tests.acting import admin
from tests.hostile.files import (
    HOUSEHOLD_HEADER,
    empty_cells_row,
    generated_households,
    households_xlsx,
    shared_strings_bomb,
    wide_row,
    write_text,
    write_xls,
)
from tests.hostile.limits import within
from tests.models.registers.conftest import write_csv

FORMULAS = ['=HYPERLINK("http://x","y")', "=1+1", "+86 13812345678", "-2+3", "@SUM(A1)", "\t=1+1", "'=quoted"]


def _add_formula_households(office):
    room = office.rooms["5-1-0303"]
    for index, text in enumerate(FORMULAS):
        Household.create(room=room, name=f"住户{index}", notes=text)
    Household.create(room=room, name='=HYPERLINK("http://x","y")', notes="")


def test_xlsx_export_writes_text_cells_never_formulas_and_reimports_the_same_text(office, tmp_path):
    _add_formula_households(office)
    out = tmp_path / "register.xlsx"

    export_households(out, **admin())

    sheet = load_workbook(out).active  # the full reader: it would report a formula as data_type "f"
    notes = {row[3].value: row[7] for row in sheet.iter_rows(min_row=2)}
    assert all(
        notes[f"住户{i}"].data_type == "s" and notes[f"住户{i}"].value == text for i, text in enumerate(FORMULAS)
    )
    names = [row[3] for row in sheet.iter_rows(min_row=2)]
    assert [(c.value, c.data_type) for c in names if c.value.startswith("=")] == [('=HYPERLINK("http://x","y")', "s")]
    plan = check_households(out, community="另一个小区")
    assert {r.name: r.notes for r in plan.good if r.name.startswith("住户")} == {
        f"住户{i}": text for i, text in enumerate(FORMULAS)
    }


def test_csv_export_escapes_what_would_start_a_formula_and_reimports_the_same_text(office, tmp_path):
    _add_formula_households(office)
    out = tmp_path / "register.csv"

    export_households(out, **admin())

    raw = out.read_text(encoding="utf-8-sig")
    # each such cell starts with an apostrophe; a text already starting with one gets a second
    for escaped in ["'=1+1", "'+86 13812345678", "'-2+3", "'@SUM(A1)", "'\t=1+1", "''=quoted"]:
        assert f",{escaped}," in raw
    assert "\n=" not in raw and ",=" not in raw
    plan = check_households(out, community="另一个小区")
    assert {r.name: r.notes for r in plan.good if r.name.startswith("住户")} == {
        f"住户{i}": text for i, text in enumerate(FORMULAS)
    }
    assert '=HYPERLINK("http://x","y")' in {r.name for r in plan.good}


def test_a_leading_tab_is_kept_on_import(office, tmp_path):
    path = write_csv(
        tmp_path / "tabs.csv", [HOUSEHOLD_HEADER, ["3", "2", "1901", "赵六", "", "", "", "\t备注在缩进后"]]
    )

    plan = check_households(path)

    assert [record.notes for record in plan.good] == ["\t备注在缩进后"]


def test_a_workbook_declaring_the_whole_grid_is_read_by_what_it_holds(office, tmp_path):
    """10,000 rows declared as A1:XFD1048576 (16,384 × 1,048,576 cells): read in seconds."""
    path = households_xlsx(tmp_path / "declared.xlsx", generated_households(10_000))

    with within():  # was 115 s and a MemoryError for the bare declaration; bench/imports.py times it
        sheet = read_sheet(path)

    assert len(sheet.rows) == 10_000 and len(sheet.headers) == 8
    assert max(len(cells) for _, cells in sheet.rows) == 7  # 入住日期 is the last filled column


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: shared_strings_bomb(p / "bomb.xlsx"), "holds more text than"),
        (lambda p: wide_row(p / "wide.xlsx"), "has something in column 101"),
        (lambda p: empty_cells_row(p / "cells.xlsx"), "is larger than 50 MB"),
    ],
    ids=["shared-strings", "16384-columns", "200000-empty-cells"],
)
def test_workbooks_beyond_the_limits_are_refused_with_a_sentence(office, tmp_path, make, words):
    path = make(tmp_path)

    with pytest.raises(SheetError) as refused:
        read_sheet(path)

    assert words in str(refused.value) and path.name in str(refused.value)


def test_the_limits_are_office_settings(office, tmp_path):
    path = households_xlsx(tmp_path / "six.xlsx", generated_households(6))
    set_setting(LIMIT_SETTINGS["rows"], 5)
    with pytest.raises(SheetError, match="has more than 5 rows"):
        read_sheet(path)
    set_setting(LIMIT_SETTINGS["rows"], 6)
    assert len(read_sheet(path).rows) == 6
    set_setting(LIMIT_SETTINGS["columns"], 6)
    with pytest.raises(SheetError, match="Row 1 of six.xlsx has something in column 7"):
        read_sheet(path)


def test_a_file_over_the_byte_limit_is_refused_before_it_is_read(office, tmp_path):
    set_setting(LIMIT_SETTINGS["megabytes"], 1)
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" + b"x" * (1024 * 1024))
    with pytest.raises(SheetError, match="big.csv is larger than 1 MB"):
        read_sheet(path)


@pytest.mark.parametrize("target", ["/dev/zero", "folder", "fifo"])
def test_devices_folders_and_pipes_are_refused_at_once(office, tmp_path, target):
    if target == "folder":
        path = tmp_path / "register.xlsx"
        path.mkdir()
    elif target == "fifo":
        path = tmp_path / "pipe.csv"
        os.mkfifo(path)  # no writer: reading it would wait forever
    else:
        path = target
    with within(), pytest.raises(SheetError, match="is not a file"):
        import_households(path, **admin())


def test_a_csv_cell_over_131072_characters_is_refused_with_its_row(office, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("楼栋,单元,房号,姓名\n3,2,1901,赵六\n3,2,1902," + "长" * 131_073 + "\n", encoding="utf-8")

    with pytest.raises(SheetError) as refused:
        read_sheet(path)

    assert (
        str(refused.value) == "Row 3 of long.csv has a cell longer than 32767 characters, more than any field can hold."
    )


def test_excel_97_2003_registers_import(office, tmp_path):
    rows = [HOUSEHOLD_HEADER, [3, 2, 1901, "赵六", 13611112222, "", dt.date(2024, 3, 1), "老住户"]]
    path = write_xls(tmp_path / "old.xls", rows)

    plan, outcome = import_households(path, **admin())

    assert plan.problems == [] and outcome.created == 1
    household = Household.get(Household.name == "赵六")
    assert (household.room.code, str(household.move_in), household.notes) == ("3-2-1901", "2024-03-01", "老住户")
    assert [p.number for p in household.phones] == ["13611112222"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_unicode_text_exported_by_excel_and_wps_imports(office, tmp_path, encoding):
    rows = [HOUSEHOLD_HEADER, ["3", "2", "1901", "赵六", "13611112222", "", "2024/3/1", "备注,带逗号"]]
    data = "\r\n".join("\t".join(row) for row in rows).encode(encoding)
    path = tmp_path / "unicode.txt"
    path.write_bytes(("\ufeff".encode(encoding) if encoding.endswith("be") else b"") + data)

    plan, outcome = import_households(path, **admin())

    assert plan.problems == [] and outcome.created == 1
    assert [(r.name, r.notes, r.move_in) for r in plan.good] == [("赵六", "备注,带逗号", dt.date(2024, 3, 1))]


def test_gbk_csv_still_imports(office, tmp_path):
    path = write_text(tmp_path / "gbk.csv", [HOUSEHOLD_HEADER, ["3", "2", "1901", "赵六"]], encoding="gbk")
    assert [r.name for r in check_households(path).good] == ["赵六"]
