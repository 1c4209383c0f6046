"""Browsing and editing the registers: SQL filtering and paging, the room page with its
ticket history, and deleting refused (archive instead) for what tickets refer to."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.registers import (
    CategoryForm,
    CommunityForm,
    HouseholdForm,
    Record,
    RecordInUseError,
    RoomForm,
    StaffForm,
    category_tree,
    count_households,
    delete_record,
    household_page,
    knowledge_entries,
    list_buildings,
    list_departments,
    list_rooms,
    list_units,
    room_page,
    save_category,
    save_community,
    save_household,
    save_room,
    save_staff,
    set_archived,
)
from models.tickets import room_tickets
from tests.acting import admin
from tests.office import OFFICE_NOW


def test_filter_by_name_room_code_and_phone_digits(office):
    assert [r.name for r in household_page("王")] == ["王建国"]
    assert [r.name for r in household_page("3栋2单元1502")] == ["李秀英"]
    assert [r.name for r in household_page("6234")] == ["李秀英"]  # the landline 010-62345678
    assert [r.name for r in household_page("5-1")] == ["刘洋", "陈静"]
    assert count_households("3-") == 3
    assert [r.name for r in household_page("3栋2单元")] == ["王建国", "李秀英"]
    assert household_page("")[0].masked_phones == "150****2222"
    assert household_page("")[0].masked_id_number == "110***********1234"


def test_paging_returns_each_household_once(office):
    pages = [household_page("", offset, 2) for offset in (0, 2, 4)]
    names = [row.name for page in pages for row in page]
    assert names == ["张伟", "王建国", "李秀英", "刘洋", "陈静"]


def test_room_page_shows_households_and_full_ticket_history(office, make_ticket):
    make_ticket("3-2-1501", "BX20261101-0001", received_at=OFFICE_NOW - dt.timedelta(days=22))
    make_ticket("3-2-1501", "BX20261123-0001", description="卫生间渗水")
    make_ticket("3-2-1502", "BX20261123-0002")
    save_household(HouseholdForm(room_code="3-2-1501", name="王小丫", role="tenant", phones="13900002222"), **admin())

    page = room_page(office.rooms["3-2-1501"].id)

    assert (page.code, page.community) == ("3-2-1501", "阳光花园")
    assert [h.name for h in page.households] == ["王建国", "王小丫"]
    history = room_tickets(office.rooms["3-2-1501"].id)
    assert [t.number for t in history] == ["BX20261123-0001", "BX20261101-0001"]
    assert history[0].category == "房屋渗漏" and history[0].description == "卫生间渗水"


def test_deleting_what_tickets_refer_to_is_refused_with_the_reason(office, make_ticket):
    for n in range(1, 4):
        make_ticket("3-2-1501", f"BX20261123-000{n}")
    room_id = office.rooms["3-2-1501"].id

    with pytest.raises(RecordInUseError) as refused:
        delete_record(Record.ROOM, room_id, **admin())
    assert (
        str(refused.value)
        == "3-2-1501 cannot be deleted: 3 ticket(s) refer to it. Archive it instead; its tickets keep it."
    )
    with pytest.raises(RecordInUseError, match="王建国 cannot be deleted: 3 ticket"):
        delete_record(Record.HOUSEHOLD, office.households["3-2-1501"].id, **admin())

    set_archived(Record.HOUSEHOLD, office.households["3-2-1501"].id, **admin())
    assert count_households() == 4 and count_households(include_archived=True) == 5


def test_a_room_without_tickets_or_households_can_be_deleted(office):
    room_id = save_room(RoomForm(community_id=office.community.id, code="7栋1单元101"), **admin())
    building = next(b for b in list_buildings(office.community.id) if b.name == "7")
    unit = list_units(building.id)[0]
    assert [r.name for r in list_rooms(building.id, unit.id)] == ["7-1-101"]

    delete_record(Record.ROOM, room_id, **admin())
    delete_record(Record.BUILDING, building.id, **admin())

    assert [b.name for b in list_buildings(office.community.id)] == ["3", "5"]


def test_household_with_people_refuses_room_deletion(office):
    with pytest.raises(RecordInUseError, match="1 household"):
        delete_record(Record.ROOM, office.rooms["5-1-0303"].id, **admin())


def test_household_form_checks_and_saves(office):
    with pytest.raises(ValidationError) as refused:
        save_household(HouseholdForm(room_code="9-9-9999", name="王建国"), **admin())
    assert (
        str(refused.value) == "There is no room \u201c9-9-9999\u201d in the register; add it on the Places tab first."
    )
    with pytest.raises(ValidationError, match="in 阳光花园"):
        save_household(HouseholdForm(room_code="9-9-9999", name="王建国", community_id=office.community.id), **admin())

    with pytest.raises(ValidationError, match="already registered"):
        save_household(HouseholdForm(room_code="3栋2单元1501", name="王建国"), **admin())

    new_id = save_household(
        HouseholdForm(
            room_code="3-2-1502",
            name="李明",
            phones="13500001111 / 13500002222",
            id_number="11010119900307803x",
            move_in="2024年3月1日",
            tags="养宠物",
        ),
        **admin(),
    )
    row = next(r for r in household_page("李明") if r.id == new_id)
    assert row.phones == ("13500001111", "13500002222") and row.move_in == dt.date(2024, 3, 1)
    assert row.masked_phones == "135****1111 / 135****2222"


def test_staff_departments_and_categories_are_edited(office):
    with pytest.raises(ValidationError) as refused:
        save_staff(StaffForm(name="", department_id=None, phone="123"), **admin())
    assert set(refused.value.problems) == {"name", "department", "phone"}
    engineering = next(d for d in list_departments() if d.name == "工程维修")
    assert engineering.staff_count == 2
    save_staff(StaffForm(name="小吴", department_id=engineering.id, skills="电工 焊工"), **admin())
    assert next(d for d in list_departments() if d.name == "工程维修").staff_count == 3

    save_community(CommunityForm(name="翠湖苑"), **admin())
    with pytest.raises(ValidationError, match="already exists"):
        save_community(CommunityForm(name="翠湖苑"), **admin())

    repairs = next(g for g in category_tree() if g.name == "维修")
    entry = knowledge_entries()[0]
    new_id = save_category(
        CategoryForm(
            name="燃气",
            parent_id=repairs.id,
            default_priority="urgent",
            default_department_id=engineering.id,
            knowledge_ids=(entry.id,),
        ),
        **admin(),
    )
    gas = next(c for c in next(g for g in category_tree() if g.name == "维修").children if c.id == new_id)
    assert (gas.default_priority, gas.default_department, [k.id for k in gas.knowledge]) == (
        "urgent",
        "工程维修",
        [entry.id],
    )
    with pytest.raises(ValidationError, match="two levels"):
        save_category(CategoryForm(name="更深", parent_id=new_id), **admin())
