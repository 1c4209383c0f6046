"""Hostile input is stored exactly or refused with a message: very long names, emoji,
quotes and SQL fragments, control characters, empty sheets, files that are not sheets."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.imports import SheetError, import_households
from models.registers import Household, HouseholdForm, household_page, save_household
from tests.acting import admin
from tests.models.registers.conftest import write_csv, write_xlsx

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]
SQL = "Robert'); DROP TABLE household;--"


def test_emoji_quotes_and_sql_are_stored_exactly(office, tmp_path):
    names = ["王🏠小明", SQL, 'O"Brien \u201c老李\u201d', "100% 张_三"]
    rows = [HEADER] + [["3", "2", f"190{i}", name, "", "", "", f"备注 {name}"] for i, name in enumerate(names)]
    path = write_xlsx(tmp_path / "hostile.xlsx", rows)

    plan, outcome = import_households(path, **admin())

    assert plan.problems == [] and outcome.created == 4
    stored = {h.name: h.notes for h in Household.select().where(Household.name.in_(names))}
    assert stored == {name: f"备注 {name}" for name in names}
    assert household_page("🏠")[0].name == "王🏠小明"
    assert Household.select().count() == 9


def test_overlong_names_and_control_characters_are_refused(office, tmp_path):
    rows = [
        HEADER,
        ["3", "2", "1901", "长" * 101, "", "", "", ""],
        ["3", "2", "1902", "坏\x07名字", "", "", "", ""],
        ["3", "2", "1903", "好名字", "", "", "", "第一行\n第二行"],
    ]
    path = write_csv(tmp_path / "hostile.csv", rows)

    plan, outcome = import_households(path, **admin())

    reasons = {p.row: p.message.format(**p.params) for p in plan.problems}
    assert reasons == {
        2: "Too long: at most 100 characters, this has 101.",
        3: "Contains invisible control characters; retype it without them.",
    }
    assert [record.notes for record in plan.good] == ["第一行\n第二行"]
    assert not outcome.written


def test_the_household_form_refuses_the_same_way(office):
    with pytest.raises(ValidationError) as refused:
        save_household(
            HouseholdForm(room_code="3-2-1501", name="x" * 101, phones="12345", move_in="someday"), **admin()
        )
    assert set(refused.value.problems) == {"name", "phones", "move_in"}


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.csv", b"", "has no rows to import"),
        ("blank.csv", b"\n\n ,, \n", "has no rows to import"),
        ("picture.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not an Excel workbook"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "is not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "is not an Excel workbook (.xlsx or .xls)"),
    ],
)
def test_files_that_cannot_be_imported_say_why(office, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(SheetError) as refused:
        import_households(path, **admin())

    assert reason in str(refused.value) and name in str(refused.value)


def test_an_empty_workbook_is_refused(office, tmp_path):
    path = write_xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(SheetError, match="has no rows"):
        import_households(path, **admin())


def test_a_workbook_with_only_headers_imports_nothing(office, tmp_path):
    plan, outcome = import_households(write_xlsx(tmp_path / "headers.xlsx", [HEADER]), **admin())
    assert plan.rows_read == 0 and outcome.created == 0
