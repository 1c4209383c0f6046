"""The staff list import, and the household export that re-imports to the same register."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from models.imports import export_households, import_households, import_staff
from models.opening import open_database
from models.registers import Household, HouseholdForm, HouseholdPhone, Staff, household_page, list_staff, save_household
from models.store import DataFolder
from tests.acting import admin
from tests.models.registers.conftest import write_xlsx


def test_staff_import_reports_bad_rows_and_updates_in_place(office, tmp_path):
    rows = [
        ["姓名", "部门", "岗位", "电话", "技能"],
        ["吴师傅", "工程维修", "电工", "13700001111", "强电, 弱电/水管"],
        ["郑阿姨", "保洁", "保洁员", "", ""],
        ["王保安", "门卫", "保安", "", ""],
        ["赵师傅", "engineering", "水电工", "1370000", ""],
        ["", "安保", "", "", ""],
        ["周队长", "安保", "安保主管", "", "消防"],
    ]
    path = write_xlsx(tmp_path / "员工.xlsx", rows)

    plan, outcome = import_staff(path, skip_invalid=True, **admin())

    reasons = {(p.row, p.column): p.message.format(**p.params) for p in plan.problems}
    assert reasons == {
        (
            4,
            "部门",
        ): "There is no department \u201c门卫\u201d; the departments are 工程维修、保洁、安保、绿化、财务、客服.",
        (5, "电话"): "\u201c1370000\u201d is not a possible phone number.",
        (6, "姓名"): "This field is required.",
    }
    assert (outcome.created, outcome.updated) == (2, 1)
    wu = next(s for s in list_staff("吴师傅"))
    assert (wu.department, wu.skills, wu.masked_phone) == ("工程维修", "强电、弱电、水管", "137****1111")
    zhou = Staff.get(Staff.name == "周队长")
    assert (zhou.role, zhou.skills, zhou.phone) == ("安保主管", "消防", "13700000000")

    _, again = import_staff(path, skip_invalid=True, **admin())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_export_writes_the_import_columns_and_reimports_unchanged(office, tmp_path):
    save_household(
        HouseholdForm(
            room_code="3-2-1501",
            name="王小丫",
            role="family",
            phones="13900002222",
            id_number="",
            move_in="2025-05-01",
            tags="独居老人",
            notes='说"你好"',
        ),
        **admin(),
    )
    out = tmp_path / "export.xlsx"

    assert export_households(out, **admin()) == 6

    sheet = load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注", "标签", "身份")
    assert values[1][:6] == ("3", "1", "0101", "张伟", "15011112222", "110101198001011234")
    li = next(row for row in values if row[3] == "李秀英")
    assert li[4] == "13987654321/010-62345678"
    girl = next(row for row in values if row[3] == "王小丫")
    assert girl[6] == dt.datetime(2025, 5, 1) and girl[7:] == ('说"你好"', "独居老人", "家属")
    counts = (Household.select().count(), HouseholdPhone.select().count())

    _, outcome = import_households(out, **admin())

    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 0, 6)
    assert (Household.select().count(), HouseholdPhone.select().count()) == counts


def test_export_to_a_fresh_office_rebuilds_the_same_register(office, tmp_path):
    out = tmp_path / "export.csv"
    export_households(out, **admin())
    before = [(r.room_code, r.name, r.phones, r.id_number) for r in household_page("", 0, 100)]

    open_database(DataFolder(tmp_path / "another office"))
    _, outcome = import_households(out, community="阳光花园", **admin())

    assert (outcome.created, outcome.rooms_created) == (5, 5)
    assert [(r.room_code, r.name, r.phones, r.id_number) for r in household_page("", 0, 100)] == before
