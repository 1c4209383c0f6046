"""Values that only look valid are refused by the domain's own checks, so the forms, the
imports and intake refuse them alike, each with its row (imports) or field and a reason:
digits of another script in phones and ID numbers, names that show nothing or carry bidi
controls, NUL or ESC in a description, a reporter called U+200B, room 0-0-0, a 21-digit
building. Search text is cleaned and capped before it reaches SQLite."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.imports import check_households, check_staff
from models.registers import (
    HouseholdForm,
    StaffForm,
    count_households,
    household_page,
    list_staff,
    normalise_id_number,
    normalise_phone,
    parse_room_code,
    save_household,
    save_staff,
    search_rooms,
)
from models.tickets import (
    NewTicket,
    RegistryFilter,
    add_call_to_ticket,
    fetch_page,
    find_rooms,
    find_ticket_ids,
    search_expression,
)
from tests.acting import admin
from tests.hostile.files import HOUSEHOLD_HEADER
from tests.models.registers.conftest import write_csv
from tests.models.tickets.conftest import category_id
from tests.office import OFFICE_NOW

ARABIC_INDIC_PHONE = "13\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"  # 13٨١٢٣٤٥٦٧٨
ARABIC_INDIC_ID = "11010119800101123" + "\u0664"


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        (["3", "2", "1901", "赵六", ARABIC_INDIC_PHONE], "电话", "is not a possible phone number"),
        (["3", "2", "1901", "赵六", "", ARABIC_INDIC_ID], "身份证号", "An ID card number has 18 characters"),
        (["3", "2", "1901", "\u3164\u3164"], "姓名", "Shows no visible character"),
        (["3", "2", "1901", "\u200b"], "姓名", "invisible control characters"),
        (["3", "2", "1901", "赵\u202e六"], "姓名", "invisible control characters"),
        (["3", "2", "1901", "赵\u2066六\u2069"], "姓名", "invisible control characters"),
        (["3", "2", "1901", "赵六", "", "", "", "备注\x1b[31m"], "备注", "invisible control characters"),
        (["0", "0", "0", "赵六"], "房号", "is not a room number"),
        (["1" * 21, "2", "1901", "赵六"], "房号", "is not a room number"),
    ],
    ids=[
        "arabic-phone",
        "arabic-id",
        "filler-name",
        "zwsp-name",
        "rlo-name",
        "isolate-name",
        "esc-notes",
        "0-0-0",
        "21-digit",
    ],
)
def test_an_import_refuses_the_row_with_its_number_column_and_reason(office, tmp_path, row, column, reason):
    good = ["3", "2", "1902", "钱七"]
    path = write_csv(tmp_path / "register.csv", [HOUSEHOLD_HEADER, good, row])

    plan = check_households(path)

    assert [(p.row, p.column) for p in plan.problems] == [(3, column)]
    assert reason in plan.problems[0].message.format(**plan.problems[0].params)
    assert [r.name for r in plan.good] == ["钱七"]


def test_the_parsers_refuse_what_only_looks_like_a_number():
    assert normalise_phone(ARABIC_INDIC_PHONE) is None
    assert normalise_phone("１３８１２３４５６７８") == "13812345678"  # full-width digits are still digits
    assert normalise_id_number(ARABIC_INDIC_ID) is None
    assert parse_room_code("0-0-0") is None and parse_room_code("0栋0单元0室") is None
    assert parse_room_code("1" * 21 + "-1501") is None
    assert parse_room_code("3-2-0101").code == "3-2-0101"  # leading zeros of a room stay


def test_the_household_and_staff_forms_refuse_alike(office):
    with pytest.raises(ValidationError) as refused:
        save_household(HouseholdForm(room_code="3-2-1501", name="\u2800", phones=ARABIC_INDIC_PHONE), **admin())
    assert set(refused.value.problems) == {"name", "phones"}
    with pytest.raises(ValidationError) as refused:
        save_staff(StaffForm(name="赵\u202e师傅", department_id=office.staff["赵师傅"].department_id), **admin())
    assert set(refused.value.problems) == {"name"}


def test_the_staff_import_refuses_a_bidi_name(office, tmp_path):
    path = write_csv(tmp_path / "staff.csv", [["姓名", "部门"], ["\u202e傅师赵", "工程维修"]])
    assert [(p.row, p.column) for p in check_staff(path).problems] == [(2, "姓名")]


def _ticket(**fields) -> NewTicket:
    base = dict(
        category_id=category_id("房屋渗漏"), reporter_name="王建国", reporter_phone="13812345678", description="漏水"
    )
    return NewTicket(**{**base, **fields})


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"description": "漏水\x00"}, "description"),
        ({"description": "漏水\x1b[2J"}, "description"),
        ({"description": "\u200b"}, "description"),
        ({"reporter_name": "\u200b"}, "reporter"),
        ({"reporter_name": "王\u202e国"}, "reporter"),
        ({"reporter_phone": ARABIC_INDIC_PHONE}, "phone"),
    ],
)
def test_intake_refuses_what_only_looks_valid(office, fields, problem):
    from models.tickets import validate_new_ticket

    data = _ticket(room_id=office.rooms["3-2-1501"].id, **fields)
    assert set(validate_new_ticket(data)) == {problem}


def test_a_note_of_another_call_refuses_control_characters(office, folder):
    from models.clock import FixedClock
    from tests.office import register_ticket_for

    ref = register_ticket_for(office, folder, FixedClock(OFFICE_NOW))
    with pytest.raises(ValidationError):
        add_call_to_ticket(ref.id, "又打来\x00了", operator=office.clerk, clock=FixedClock(OFFICE_NOW))


SEARCHES = {
    "count_households": lambda text: count_households(text),
    "household_page": lambda text: household_page(text),
    "list_staff": lambda text: list_staff(text),
    "search_rooms": lambda text: search_rooms(text),
    "find_rooms": lambda text: find_rooms(text),
    "find_ticket_ids": lambda text: find_ticket_ids(text),
    "search_expression": lambda text: search_expression(text),
    "registry": lambda text: fetch_page(RegistryFilter(text=text), now=OFFICE_NOW, limit=50),
}


@pytest.mark.parametrize("search", sorted(SEARCHES))
@pytest.mark.parametrize("text", ["\ud800", "王\udfff建国", "漏" * 10_000, "\x00", "1501\u202e"])
def test_every_search_takes_any_text(office, search, text):
    SEARCHES[search](text)  # no UnicodeEncodeError, no 10-second query


def test_search_text_is_cleaned_not_lost(office):
    assert [row.name for row in household_page("王\ud800建国")] == []  # the surrogate splits the words
    assert [row.name for row in household_page("\u200b王建国\u202e")] == ["王建国"]
