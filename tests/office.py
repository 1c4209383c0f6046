"""A small hand-built office whose every figure is known in advance: one community,
two buildings, a handful of rooms and households, crews in every department.
Tests state expected numbers by hand against this office; `register_ticket_for`
registers a ticket in it the way the intake form would."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.clock import Clock
from models.codes import Role
from models.office import User
from models.registers import Building, Category, Community, Department, Household, HouseholdPhone, Room, Staff, Unit
from models.store import DataFolder
from models.tickets import NewTicket, TicketRef, register_ticket

OFFICE_NOW = dt.datetime(2026, 11, 23, 10, 0)


@dataclass
class SmallOffice:
    community: Community
    rooms: dict[str, Room] = field(default_factory=dict)
    households: dict[str, Household] = field(default_factory=dict)
    staff: dict[str, Staff] = field(default_factory=dict)
    clerk: User | None = None
    supervisor: User | None = None
    manager: User | None = None
    admin: User | None = None


ROOMS = [
    # code, building, unit, number, owner, phones
    ("3-2-1501", "3", "2", "1501", "王建国", ["13812345678"]),
    ("3-2-1502", "3", "2", "1502", "李秀英", ["13987654321", "010-62345678"]),
    ("3-1-0101", "3", "1", "0101", "张伟", ["15011112222"]),
    ("5-1-0302", "5", "1", "0302", "刘洋", ["18600001111"]),
    ("5-1-0303", "5", "1", "0303", "陈静", ["17722223333"]),
]

CREWS = [
    ("赵师傅", "engineering", "水电工"),
    ("钱师傅", "engineering", "木工"),
    ("孙阿姨", "cleaning", "保洁员"),
    ("周队长", "security", "安保队长"),
]


def build_small_office() -> SmallOffice:
    community = Community.create(name="阳光花园", phone="010-88886666")
    office = SmallOffice(community=community)
    buildings: dict[str, Building] = {}
    units: dict[tuple[str, str], Unit] = {}
    for code, building_name, unit_name, number, owner, phones in ROOMS:
        building = buildings.get(building_name) or Building.create(community=community, name=building_name)
        buildings[building_name] = building
        unit = units.get((building_name, unit_name)) or Unit.create(building=building, name=unit_name)
        units[(building_name, unit_name)] = unit
        room = Room.create(community=community, building=building, unit=unit, number=number, code=code)
        household = Household.create(room=room, name=owner, id_number="110101198001011234")
        for position, phone in enumerate(phones):
            HouseholdPhone.create(household=household, number=phone, position=position)
        office.rooms[code] = room
        office.households[code] = household
    departments = {d.code: d for d in Department.select()}
    for name, department, role in CREWS:
        office.staff[name] = Staff.create(name=name, department=departments[department], role=role, phone="13700000000")
    office.clerk = User.create(username="clerk", display_name="小林", role=Role.CLERK)
    office.supervisor = User.create(username="boss", display_name="马主管", role=Role.SUPERVISOR)
    office.manager = User.create(username="manager", display_name="周经理", role=Role.MANAGER)
    office.admin = User.create(username="admin", display_name="系统管理员", role=Role.ADMIN)
    return office


def small_office_in_file() -> SmallOffice:
    """The small office already in the open data file (another process built it)."""
    office = SmallOffice(community=Community.get(Community.name == "阳光花园"))
    for code, *_ in ROOMS:
        office.rooms[code] = Room.get(Room.code == code)
        office.households[code] = Household.get(Household.room == office.rooms[code])
    office.staff = {name: Staff.get(Staff.name == name) for name, *_ in CREWS}
    office.clerk = User.get(User.username == "clerk")
    office.supervisor = User.get(User.username == "boss")
    return office


def category_id(name: str) -> int:
    """The id of the sub-category called `name` (the level a ticket is filed under)."""
    return Category.get(Category.name == name, Category.parent.is_null(False)).id


def register_ticket_for(
    office: SmallOffice,
    folder: DataFolder,
    clock: Clock,
    room: str | None = "3-2-1501",
    category: str = "房屋渗漏",
    operator: User | None = None,
    **fields,
) -> TicketRef:
    """A ticket for `room` (None: a public area) registered the way the intake form
    would, by the office's clerk unless `operator` is given; `fields` override the form."""
    household = office.households.get(room) if room else None
    data = NewTicket(
        kind=fields.pop("kind", "repair"),
        category_id=category_id(category),
        channel=fields.pop("channel", "phone"),
        priority=fields.pop("priority", "normal"),
        room_id=office.rooms[room].id if room else None,
        household_id=household.id if household else None,
        reporter_name=fields.pop("reporter_name", household.name if household else "巡检员"),
        reporter_phone=fields.pop("reporter_phone", "13812345678"),
        location=fields.pop("location", "in_home" if room else "public_area"),
        description=fields.pop("description", "卫生间天花板渗水"),
        **fields,
    )
    return register_ticket(data, operator=operator or office.clerk, clock=clock, folder=folder)
