"""An office of two communities: the registry's room cells name the community, and a room
code typed in the search finds that room — in each community — before the codes that
merely contain it (3-1-0301 before 13-1-0301)."""

from __future__ import annotations

from models.clock import FixedClock
from models.registers import Building, Community, Household, Room, Unit
from models.tickets import RegistryFilter, fetch_page
from tests.office import OFFICE_NOW, register_ticket_for


def add_room(community: Community, code: str, owner: str) -> Room:
    building_name, unit_name, number = code.split("-")
    building = Building.get_or_none(community=community, name=building_name) or Building.create(
        community=community, name=building_name
    )
    unit = Unit.get_or_none(building=building, name=unit_name) or Unit.create(building=building, name=unit_name)
    room = Room.create(community=community, building=building, unit=unit, number=number, code=code)
    Household.create(room=room, name=owner, id_number="")
    return room


def test_a_room_code_finds_that_room_in_each_community_first_and_names_the_community(office, folder):
    lake = Community.create(name="翠湖苑", phone="010-66668888")
    rooms = {
        ("阳光花园", "3-1-0301"): add_room(office.community, "3-1-0301", "孙丽"),
        ("阳光花园", "13-1-0301"): add_room(office.community, "13-1-0301", "周强"),
        ("翠湖苑", "3-1-0301"): add_room(lake, "3-1-0301", "吴芳"),
    }
    for (community, code), room in rooms.items():
        office.rooms[f"{community}:{code}"] = room
        office.households[f"{community}:{code}"] = Household.get(Household.room == room)
    clock = FixedClock(OFFICE_NOW)
    # the 13-1-0301 ticket is the newest: by time alone it would come first
    for key in ("阳光花园:3-1-0301", "翠湖苑:3-1-0301", "阳光花园:13-1-0301"):
        register_ticket_for(office, folder, clock, key, "水电暖", description="卫生间下水道堵塞")
    rows = fetch_page(RegistryFilter(text="3-1-0301"), now=OFFICE_NOW)
    assert [row.room for row in rows] == ["翠湖苑 3-1-0301", "阳光花园 3-1-0301", "阳光花园 13-1-0301"]


def test_an_office_of_one_community_shows_the_room_code_alone(office, folder):
    register_ticket_for(office, folder, FixedClock(OFFICE_NOW), "3-2-1501", "房屋渗漏")
    assert [row.room for row in fetch_page(RegistryFilter(), now=OFFICE_NOW)] == ["3-2-1501"]
