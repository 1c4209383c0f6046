"""Finding the caller's room at intake from whatever the clerk types: a room number in any
of the forms offices use (3-2-1501, 3栋2单元1501, or its beginning), an owner's or
tenant's name or part of it, or part of a phone number. Part of the tickets area's intake.
Archived records are never offered: not an archived household, nor a room that is
archived or stands in an archived building or community."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import fn

from models.registers import (
    Building,
    Community,
    Household,
    HouseholdPhone,
    Room,
    clean_search_text,
    mask_phone,
    stored_room_code,
    to_halfwidth,
)

MIN_PHONE_DIGITS = 3


@dataclass(frozen=True)
class PhoneChoice:
    masked: str
    full: str


@dataclass(frozen=True)
class RoomMatch:
    """One room with one of its households (None for an empty room or a public area)."""

    room_id: int
    code: str
    community: str
    household_id: int | None
    owner_name: str
    phones: list[PhoneChoice] = field(default_factory=list)
    label: str = ""


def find_rooms(text: str, limit: int = 15) -> list[RoomMatch]:
    """Rooms matching what was typed: exact room code first, then codes starting with it,
    then names containing it, then phone numbers containing its digits."""
    text = to_halfwidth(clean_search_text(text)).strip()
    if not text:
        return []
    pairs: dict[tuple[int, int | None], None] = {}
    for found in (_by_code(text, limit), _by_name(text, limit), _by_phone(text, limit)):
        for pair in found:
            pairs.setdefault(pair, None)
    return _matches(list(pairs)[:limit])


def _by_code(text: str, limit: int) -> list[tuple[int, int | None]]:
    code = stored_room_code(text) or (text.upper() if re.fullmatch(r"[0-9A-Za-z-]+", text) else None)
    if code is None:
        return []
    exact = Room.select(Room.id).where(Room.code == code, _room_in_use())
    prefix = (
        Room.select(Room.id)
        .where(Room.code.startswith(code), Room.code != code, _room_in_use())
        .order_by(Room.code)
        .limit(limit)
    )
    by_number = (
        (Room.select(Room.id).where(Room.number.startswith(text), _room_in_use()).order_by(Room.code).limit(limit))
        if text.isdigit()
        else []
    )
    room_ids = [row.id for query in (exact, prefix, by_number) for row in query]
    return _with_households(room_ids)


def _room_in_use():
    """Neither the room nor its building nor its community is archived."""
    archived_buildings = Building.select(Building.id).where(Building.archived == True)
    archived_communities = Community.select(Community.id).where(Community.archived == True)
    return (
        (Room.archived == False)
        & Room.building.not_in(archived_buildings)
        & Room.community.not_in(archived_communities)
    )


def _with_households(room_ids: list[int]) -> list[tuple[int, int | None]]:
    """Each room paired with its households (owner first), or with None when it has none."""
    if not room_ids:
        return []
    households: dict[int, list[int]] = {}
    query = (
        Household.select(Household.id, Household.room)
        .where(Household.room.in_(room_ids), Household.archived == False)
        .order_by(Household.role.desc(), Household.id)
    )
    for household in query:
        households.setdefault(household.room_id, []).append(household.id)
    return [
        (room_id, household_id)
        for room_id in dict.fromkeys(room_ids)
        for household_id in households.get(room_id, [None])
    ]


def _by_name(text: str, limit: int) -> list[tuple[int, int | None]]:
    if not re.search(r"[^\d\s\-+()]", text):
        return []
    query = (
        Household.select(Household.id, Household.room)
        .join(Room)
        .where(Household.name.contains(text), Household.archived == False, _room_in_use())
        .order_by(Household.name.startswith(text).desc(), Household.name, Household.id)
        .limit(limit)
    )
    return [(household.room_id, household.id) for household in query]


def _by_phone(text: str, limit: int) -> list[tuple[int, int | None]]:
    digits = re.sub(r"\D", "", text)
    if len(digits) < MIN_PHONE_DIGITS or len(digits) != len(re.sub(r"[\s\-+()]", "", text)):
        return []
    query = (
        HouseholdPhone.select(Household.room, HouseholdPhone.household)
        .join(Household)
        .join(Room)
        .where(_digits_of(HouseholdPhone.number).contains(digits), Household.archived == False, _room_in_use())
        .order_by(HouseholdPhone.household, HouseholdPhone.position)
        .limit(limit)
        .tuples()
    )
    return [(room_id, household_id) for room_id, household_id in query]


def _digits_of(column):
    return fn.REPLACE(column, "-", "")


def _matches(pairs: list[tuple[int, int | None]]) -> list[RoomMatch]:
    if not pairs:
        return []
    rooms = {
        room.id: room for room in Room.select(Room, Community).join(Community).where(Room.id.in_([p[0] for p in pairs]))
    }
    household_ids = [household_id for _, household_id in pairs if household_id is not None]
    names = {
        h.id: h.name for h in Household.select(Household.id, Household.name).where(Household.id.in_(household_ids))
    }
    phones = _phones_of(household_ids)
    several_communities = Community.select().where(Community.archived == False).count() > 1
    return [
        _match(
            rooms[room_id],
            household_id,
            names.get(household_id, ""),
            phones.get(household_id, []),
            with_community=several_communities,
        )
        for room_id, household_id in pairs
        if room_id in rooms
    ]


def _phones_of(household_ids: Iterable[int]) -> dict[int, list[PhoneChoice]]:
    phones: dict[int, list[PhoneChoice]] = {}
    query = (
        HouseholdPhone.select()
        .where(HouseholdPhone.household.in_(list(household_ids)))
        .order_by(HouseholdPhone.household, HouseholdPhone.position)
    )
    for phone in query:
        phones.setdefault(phone.household_id, []).append(PhoneChoice(mask_phone(phone.number), phone.number))
    return phones


def _match(
    room: Room, household_id: int | None, name: str, phones: list[PhoneChoice], *, with_community: bool = False
) -> RoomMatch:
    """One line of the room list; the community is named when the office runs several,
    since 3-2-0502 may then exist twice."""
    place = f"{room.community.name} {room.code}" if with_community else room.code
    label = "  ".join(part for part in (place, name, phones[0].masked if phones else "") if part)
    return RoomMatch(
        room_id=room.id,
        code=room.code,
        community=room.community.name,
        household_id=household_id,
        owner_name=name,
        phones=phones,
        label=label,
    )
