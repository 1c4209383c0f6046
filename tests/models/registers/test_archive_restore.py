"""Archived records are listed on request and brought back: the list services take
include_archived, restoring a record restores the archived records that hold it, and
intake never offers an archived household or a room that is (or stands in) archived."""

from __future__ import annotations

from models.registers import (
    Department,
    Record,
    category_tree,
    count_households,
    holders,
    household_page,
    list_buildings,
    list_communities,
    list_departments,
    list_rooms,
    list_staff,
    list_units,
    restore_record,
    search_rooms,
    set_archived,
)
from models.tickets import find_rooms
from tests.acting import admin


def names(rows) -> list[str]:
    return [row.name for row in rows]


def test_archived_households_are_listed_on_request_and_restored(office):
    wang = office.households["3-2-1501"].id
    set_archived(Record.HOUSEHOLD, wang, **admin())

    assert "王建国" not in names(household_page())
    everyone = household_page(include_archived=True)
    assert [(row.name, row.archived) for row in everyone if row.room_code.startswith("3-2")] == [
        ("王建国", True),
        ("李秀英", False),
    ]
    assert count_households("王", include_archived=True) == 1 and count_households("王") == 0

    restore_record(Record.HOUSEHOLD, wang, **admin())

    assert count_households() == 5 and "王建国" in names(household_page())


def test_restoring_a_household_brings_back_its_archived_room_building_and_community(office):
    room = office.rooms["3-2-1501"]
    set_archived(Record.HOUSEHOLD, office.households["3-2-1501"].id, **admin())
    set_archived(Record.ROOM, room.id, **admin())
    set_archived(Record.BUILDING, room.building_id, **admin())
    set_archived(Record.COMMUNITY, office.community.id, **admin())
    assert list_communities() == []

    restore_record(Record.HOUSEHOLD, office.households["3-2-1501"].id, **admin())

    assert names(list_communities()) == ["阳光花园"]
    assert names(list_buildings(office.community.id)) == ["3", "5"]
    assert "3-2-1501" in names(list_rooms(room.building_id, room.unit_id))
    assert holders(Record.HOUSEHOLD, office.households["3-2-1501"].id) == [
        (Record.ROOM, room.id),
        (Record.BUILDING, room.building_id),
        (Record.COMMUNITY, office.community.id),
    ]


def test_a_unit_whose_rooms_are_all_archived_counts_as_archived(office):
    room = office.rooms["5-1-0302"]
    set_archived(Record.ROOM, room.id, **admin())
    assert [(u.name, u.archived) for u in list_units(room.building_id)] == [("1", False)]  # 5-1-0303 is still in use

    set_archived(Record.UNIT, room.unit_id, **admin())

    assert list_units(room.building_id) == []
    assert [(u.name, u.archived) for u in list_units(room.building_id, include_archived=True)] == [("1", True)]
    assert list_rooms(room.building_id, room.unit_id) == []
    restore_record(Record.UNIT, room.unit_id, **admin())
    assert names(list_rooms(room.building_id, room.unit_id)) == ["5-1-0302", "5-1-0303"]


def test_archived_rooms_leave_the_room_search_unless_asked_for(office):
    set_archived(Record.ROOM, office.rooms["3-2-1502"].id, **admin())

    assert names(search_rooms("3-2")) == ["3-2-1501"]
    assert [(n.name, n.archived) for n in search_rooms("3-2", include_archived=True)] == [
        ("3-2-1501", False),
        ("3-2-1502", True),
    ]


def test_restoring_staff_brings_back_the_archived_department(office):
    zhao = office.staff["赵师傅"]
    set_archived(Record.STAFF, zhao.id, **admin())
    set_archived(Record.DEPARTMENT, zhao.department_id, **admin())
    assert "赵师傅" not in names(list_staff())
    assert ("赵师傅", True) in [(s.name, s.archived) for s in list_staff(include_archived=True)]

    restore_record(Record.STAFF, zhao.id, **admin())

    assert "赵师傅" in names(list_staff())
    assert Department.get_by_id(zhao.department_id).name in names(list_departments())


def test_restoring_a_category_brings_back_its_group(office):
    repairs = next(g for g in category_tree() if g.name == "维修")
    leak = next(c for c in repairs.children if c.name == "房屋渗漏")
    set_archived(Record.CATEGORY, repairs.id, **admin())
    assert "维修" not in names(category_tree())
    shown = next(g for g in category_tree(include_archived=True) if g.name == "维修")
    assert shown.archived and "房屋渗漏" in names(shown.children)

    restore_record(Record.CATEGORY, leak.id, **admin())

    assert "房屋渗漏" in names(next(g for g in category_tree() if g.name == "维修").children)


def test_intake_offers_no_archived_household_or_room(office):
    set_archived(Record.HOUSEHOLD, office.households["3-2-1501"].id, **admin())
    assert [(m.code, m.owner_name) for m in find_rooms("3-2-1501")] == [("3-2-1501", "")]  # the room, nobody in it
    assert find_rooms("王建国") == [] and find_rooms("13812345678") == []

    set_archived(Record.ROOM, office.rooms["3-2-1502"].id, **admin())  # 李秀英 herself is not archived
    assert find_rooms("3-2-1502") == [] and find_rooms("李秀英") == [] and find_rooms("62345678") == []

    set_archived(Record.BUILDING, office.rooms["5-1-0302"].building_id, **admin())
    assert find_rooms("5-1-0302") == [] and find_rooms("刘洋") == [] and find_rooms("18600001111") == []
    assert [m.code for m in find_rooms("3-1")] == ["3-1-0101"]

    restore_record(Record.HOUSEHOLD, office.households["3-2-1501"].id, **admin())
    restore_record(Record.ROOM, office.rooms["3-2-1502"].id, **admin())
    restore_record(Record.ROOM, office.rooms["5-1-0302"].id, **admin())
    assert [m.owner_name for m in find_rooms("王建国")] == ["王建国"]
    assert [m.owner_name for m in find_rooms("李秀英")] == ["李秀英"]
    assert [m.owner_name for m in find_rooms("刘洋")] == ["刘洋"]
