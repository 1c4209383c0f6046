"""Importing the household register from real .xlsx and .csv files with messy rows: every
good row lands, every bad row is reported with its row number and reason, nothing is
written while bad rows remain (unless skipped), and a second import changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from models.imports import SheetError, apply_households, check_households, import_households
from models.registers import Community, Household, HouseholdPhone, Room, count_households, household_page
from tests.acting import admin
from tests.models.registers.conftest import write_csv, write_xlsx

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]

# Rows 2..10 of the sheet; rows 4, 7, 8 and 10 are bad.
MESSY = [
    HEADER,
    ["3", "2", "1601", "周芳", "13811112222/010 62345678", "11010119900307803x", dt.datetime(2024, 3, 1), "独居老人"],
    ["3栋", "2单元", "1602室", "吴磊", "139 2222 3333、13933334444", "", "2024/3/1", ""],
    ["3", "2", "", "没房号", "13800000000", "", "", ""],
    ["A座", "", "1501", "郑爽", "", "", "2024年3月1日", "养宠物"],
    [None, None, "5栋1单元0401", "冯强", "+86 186-0000-2222", "", 45352, ""],
    ["3", "2", "1603", "坏电话", "12345", "", "", ""],
    ["3", "2", "1604", "坏日期", "13800001111", "", "明年春天", ""],
    ["3", "2", "1501", "王建国", "13812345678", "110101198001011234", "", "老业主"],
    ["3", "2", "1601", "周芳", "13811112222", "", "", ""],
]


def problems_by_row(plan):
    return {(p.row, p.column): p.message.format(**p.params) for p in plan.problems}


def test_messy_workbook_reports_every_bad_row_and_writes_nothing(office, tmp_path):
    path = write_xlsx(tmp_path / "业主档案.xlsx", MESSY)
    before = count_households()

    plan, outcome = import_households(path, **admin())

    assert problems_by_row(plan) == {
        (4, "房号"): "The room number is missing.",
        (7, "电话"): "\u201c12345\u201d is not a possible phone number.",
        (8, "入住日期"): "Unreadable date \u201c明年春天\u201d; write it like 2024-03-01.",
        (10, "姓名"): "The same room and name are already on row 2.",
    }
    assert [record.row for record in plan.good] == [2, 3, 5, 6, 9]
    assert not outcome.written
    assert count_households() == before == 5


def test_skipping_invalid_rows_imports_every_good_row(office, tmp_path):
    path = write_xlsx(tmp_path / "业主档案.xlsx", MESSY)

    plan, outcome = import_households(path, skip_invalid=True, **admin())

    assert (outcome.created, outcome.updated, outcome.skipped) == (4, 1, 4)
    # 3-2-1601, 3-2-1602, A-1501 and 5-1-0401 are new rooms; 3-2-1501 exists.
    assert outcome.rooms_created == 4
    rows = {(row.room_code, row.name): row for row in household_page("", 0, 100)}
    zhou = rows[("3-2-1601", "周芳")]
    assert zhou.phones == ("13811112222", "010-62345678")
    assert zhou.id_number == "11010119900307803X"
    assert zhou.move_in == dt.date(2024, 3, 1) and zhou.notes == "独居老人"
    assert rows[("3-2-1602", "吴磊")].phones == ("13922223333", "13933334444")
    assert rows[("A-1501", "郑爽")].move_in == dt.date(2024, 3, 1)
    assert rows[("5-1-0401", "冯强")].move_in == dt.date(2024, 3, 1)  # Excel serial 45352
    assert rows[("5-1-0401", "冯强")].phones == ("18600002222",)
    assert rows[("3-2-1501", "王建国")].notes == "老业主"
    assert count_households() == 5 + 4


def test_second_import_changes_nothing(office, tmp_path):
    path = write_xlsx(tmp_path / "业主档案.xlsx", MESSY)
    import_households(path, skip_invalid=True, **admin())
    counts = (Household.select().count(), HouseholdPhone.select().count(), Room.select().count())

    _, outcome = import_households(path, skip_invalid=True, **admin())

    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 0, 5)
    assert (Household.select().count(), HouseholdPhone.select().count(), Room.select().count()) == counts


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "gbk"])
def test_csv_in_the_encodings_chinese_excel_writes(office, tmp_path, encoding):
    rows = [
        HEADER,
        ["5", "1", "0302", "刘洋", "18600001111", "", "2023-09-15", "轮椅出行"],
        ["5", "1", "0501", "褚红", "13700007777", "", "", ""],
    ]
    path = write_csv(tmp_path / "owners.csv", rows, encoding)

    plan, outcome = import_households(path, **admin())

    assert plan.problems == []
    assert (outcome.created, outcome.updated) == (1, 1)
    liu = household_page("刘洋")[0]
    assert liu.notes == "轮椅出行" and liu.move_in == dt.date(2023, 9, 15)
    assert household_page("褚红")[0].room_code == "5-1-0501"


def test_aliases_and_a_single_room_column_are_understood(office, tmp_path):
    rows = [
        ["房间号", "业主姓名", "联系电话"],
        ["3号楼2单元1701室", "蒋琳", "13655556666"],
        ["3#2-1702", "沈越", "13655557777"],
    ]
    path = write_csv(tmp_path / "aliases.csv", rows)

    plan, outcome = import_households(path, **admin())

    assert outcome.created == 2
    assert [row.room_code for row in household_page("36555")] == ["3-2-1701", "3-2-1702"]


def test_dry_run_lists_problems_and_writes_nothing(office, tmp_path):
    path = write_xlsx(tmp_path / "业主档案.xlsx", MESSY)

    plan, outcome = import_households(path, dry_run=True, skip_invalid=True, **admin())

    assert len(plan.problems) == 4 and not outcome.written
    assert count_households() == 5


def test_named_community_is_created_when_the_register_is_empty(folder, tmp_path):
    path = write_csv(tmp_path / "owners.csv", [HEADER, ["1", "1", "0101", "韩梅", "13512340000", "", "", ""]])

    plan = check_households(path, community="翠湖苑")
    assert Community.select().count() == 0  # checking writes nothing
    outcome = apply_households(plan, **admin())

    assert outcome.created == 1 and outcome.rooms_created == 1
    assert household_page("韩梅")[0].community == "翠湖苑"


def test_a_mapping_chosen_in_the_preview_is_used(office, tmp_path):
    rows = [["户号", "户主名", "手机"], ["3-2-1801", "秦朗", "13600001234"]]
    path = write_csv(tmp_path / "odd.csv", rows)
    with pytest.raises(SheetError) as refused:
        check_households(path)
    assert "房号" in str(refused.value)

    plan = check_households(path, mapping={"room": 0, "name": 1, "phones": 2})

    assert apply_households(plan, **admin()).created == 1
    assert household_page("秦朗")[0].phones == ("13600001234",)


def test_empty_cells_do_not_erase_what_the_register_holds(office, tmp_path):
    path = write_csv(tmp_path / "owners.csv", [HEADER, ["3", "2", "1501", "王建国", "", "", "", ""]])

    _, outcome = import_households(path, **admin())

    wang = household_page("王建国")[0]
    assert outcome.unchanged == 1
    assert wang.id_number == "110101198001011234" and wang.phones == ("13812345678",)
