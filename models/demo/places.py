"""The demo office's register of places and people: two communities, numbered
buildings with units, floors and rooms (codes like 3-2-1501), a row of shops (S-101)
and public areas (P-01) per community, and the households living there — owners,
some tenants, 1–2 phones, ID numbers, move-in dates, tags."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from models.codes import HouseholdRole, RoomKind
from models.demo import names
from models.demo.bulk import IdSequence, day, insert_rows

# name, address, office phone, years since the keys were handed over
COMMUNITIES = [
    ("阳光花园", "北京市朝阳区望京东路 18 号", "010-64718800", 14),
    ("翠湖苑", "北京市朝阳区广顺北大街 36 号", "010-64729900", 9),
]
OCCUPANCY = 0.92
ROOMS_PER_BUILDING = 100
PUBLIC_AREAS = 6
TAGS = [("独居老人", 0.05), ("养宠物", 0.15), ("行动不便", 0.02), ("有婴幼儿", 0.06)]
TENANT_SHARE = 0.18


@dataclass
class Person:
    household_id: int
    name: str
    phone: str


@dataclass
class DemoRoom:
    id: int
    community_id: int
    building_id: int
    code: str
    kind: str
    delivered: dt.date | None = None
    people: list[Person] = field(default_factory=list)


@dataclass
class Register:
    """What the ticket and survey generators need to know about places and people."""

    community_ids: list[int] = field(default_factory=list)
    homes: list[DemoRoom] = field(default_factory=list)
    shops: list[DemoRoom] = field(default_factory=list)
    public_areas: dict[int, list[DemoRoom]] = field(default_factory=dict)
    occupied_by_building: dict[int, list[DemoRoom]] = field(default_factory=dict)
    phones: set[str] = field(default_factory=set)
    building_count: int = 0
    room_count: int = 0
    household_count: int = 0


def build_places(rng: random.Random, households: int, today: dt.date) -> Register:
    """Write communities, buildings, units, rooms, households and phones; return the register."""
    return _PlaceBuilder(rng, today).build(households)


class _PlaceBuilder:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng, self.today = rng, today
        self.register = Register()
        self.ids = {
            table: IdSequence(table)
            for table in ("community", "building", "unit", "room", "household", "household_phone")
        }
        self.rows: dict[str, list[tuple]] = {table: [] for table in self.ids}

    def build(self, households: int) -> Register:
        building_count = max(2, round(households / OCCUPANCY / ROOMS_PER_BUILDING))
        capacity = math.ceil(households / OCCUPANCY / building_count)
        first = min(building_count - 1, math.ceil(building_count * 0.6))
        for community, count in zip(COMMUNITIES, (first, building_count - first), strict=True):
            self._community(community, count, capacity)
        self._occupy(households)
        self._write()
        self.register.building_count = len(self.rows["building"])
        self.register.room_count = len(self.rows["room"])
        self.register.household_count = len(self.rows["household"])
        return self.register

    def _community(self, community: tuple, count: int, capacity: int) -> None:
        name, address, phone, age_years = community
        community_id = self._take("community")
        self.rows["community"].append((community_id, name, address, phone, 0))
        self.register.community_ids.append(community_id)
        delivered = self.today - dt.timedelta(days=365 * age_years)
        for position in range(1, count + 1):
            self._residential_building(community_id, str(position), position, capacity, delivered)
        shops = self._building(community_id, "S", count + 1)
        self.register.shops += [
            self._room(community_id, shops, "S", None, f"{100 + index}", RoomKind.SHOP, self.rng.randint(30, 200))
            for index in range(1, max(2, capacity // 8) + 1)
        ]
        public = self._building(community_id, "P", count + 2)
        self.register.public_areas[community_id] = [
            self._room(community_id, public, "P", None, f"{index:02d}", RoomKind.PUBLIC, None)
            for index in range(1, PUBLIC_AREAS + 1)
        ]

    def _take(self, table: str) -> int:
        return self.ids[table].take()

    def _building(self, community_id: int, name: str, position: int) -> int:
        building_id = self._take("building")
        self.rows["building"].append((building_id, community_id, name, position, 0))
        self.register.occupied_by_building[building_id] = []
        return building_id

    def _residential_building(
        self, community_id: int, name: str, position: int, capacity: int, delivered: dt.date
    ) -> None:
        """2–3 units, 2–4 rooms per floor and as many floors as the capacity needs."""
        building_id = self._building(community_id, name, position)
        unit_count, per_floor = self.rng.choice([2, 2, 3]), self.rng.choice([2, 2, 3, 4])
        floors = min(33, max(1, math.ceil(capacity / (unit_count * per_floor))))
        for unit in range(1, unit_count + 1):
            unit_id = self._take("unit")
            self.rows["unit"].append((unit_id, building_id, str(unit)))
            for floor in range(1, floors + 1):
                for index in range(1, per_floor + 1):
                    area = self.rng.choice([68, 75, 89, 96, 110, 128, 143])
                    room = self._room(
                        community_id,
                        building_id,
                        name,
                        (unit_id, str(unit)),
                        f"{floor:02d}{index:02d}",
                        RoomKind.RESIDENCE,
                        area,
                    )
                    room.delivered = delivered
                    self.register.homes.append(room)

    def _room(self, community_id, building_id, building_name, unit, number, kind, area) -> DemoRoom:
        room_id = self._take("room")
        unit_id, unit_name = unit if unit else (None, None)
        code = "-".join(part for part in (building_name, unit_name, number) if part)
        self.rows["room"].append((room_id, community_id, building_id, unit_id, number, code, str(kind), area, 0))
        return DemoRoom(room_id, community_id, building_id, code, str(kind))

    def _occupy(self, households: int) -> None:
        """Owners in `households` homes chosen at random, and in every shop."""
        homes = list(self.register.homes)
        self.rng.shuffle(homes)
        occupied = sorted(homes[:households], key=lambda room: room.id)
        for room in occupied:
            self._move_into_home(room)
            self.register.occupied_by_building[room.building_id].append(room)
        self.register.homes = occupied
        for shop in self.register.shops:
            opened = self.today - dt.timedelta(days=self.rng.randint(200, 2500))
            shop.people = [self._household(shop, HouseholdRole.OWNER, "商铺", opened)]

    def _move_into_home(self, room: DemoRoom) -> None:
        moved_in = room.delivered + dt.timedelta(days=int(self.rng.expovariate(1 / 500)))
        moved_in = min(moved_in, self.today - dt.timedelta(days=30))
        room.people = [self._household(room, HouseholdRole.OWNER, self._tags(), moved_in)]
        if self.rng.random() < TENANT_SHARE:
            rented = self.today - dt.timedelta(days=self.rng.randint(20, 1100))
            room.people.append(self._household(room, HouseholdRole.TENANT, "租户", rented))

    def _tags(self) -> str:
        return ",".join(tag for tag, share in TAGS if self.rng.random() < share)

    def _household(self, room: DemoRoom, role: HouseholdRole, tags: str, move_in: dt.date) -> Person:
        name, male = names.full_name(self.rng)
        household_id = self._take("household")
        id_number = ""
        if self.rng.random() < (0.85 if role == HouseholdRole.OWNER else 0.6):
            min_age = 70 if "独居老人" in tags else 24
            id_number = names.id_number(self.rng, names.birthday(self.rng, self.today, min_age, min_age + 45), male)
        self.rows["household"].append((household_id, room.id, name, str(role), id_number, day(move_in), tags, "", 0))
        phones = self._phones(household_id)
        return Person(household_id, name, phones[0])

    def _phones(self, household_id: int) -> list[str]:
        taken = self.register.phones
        phones = [(names.mobile(self.rng, taken), "本人")]
        if self.rng.random() < 0.3:
            home = self.rng.random() < 0.3
            phones.append(
                (names.landline(self.rng, "010", taken), "家中座机")
                if home
                else (names.mobile(self.rng, taken), "家属")
            )
        for position, (number, label) in enumerate(phones):
            self.rows["household_phone"].append((self._take("household_phone"), household_id, number, label, position))
        return [number for number, _label in phones]

    def _write(self) -> None:
        columns = {
            "community": ("id", "name", "address", "phone", "archived"),
            "building": ("id", "community_id", "name", "position", "archived"),
            "unit": ("id", "building_id", "name"),
            "room": ("id", "community_id", "building_id", "unit_id", "number", "code", "kind", "area_m2", "archived"),
            "household": ("id", "room_id", "name", "role", "id_number", "move_in", "tags", "notes", "archived"),
            "household_phone": ("id", "household_id", "number", "label", "position"),
        }
        for table, names_ in columns.items():
            insert_rows(table, names_, self.rows[table])
