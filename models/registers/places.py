"""The register of places: communities → buildings → units → rooms, listed level by level
for the places tree (natural order: building 3 before building 10), looked up by the
normalised room code, and created or edited from forms and imports (a room's building
and unit are created with it when they do not exist yet)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import peewee as pw

from models.clock import Clock
from models.codes import Permission, RoomKind
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers.fields import MSG_REQUIRED, TEXT_LIMIT, clean_text, text_problem
from models.registers.guard import audit_change, require
from models.registers.place_tables import Building, Community, Household, Room, Unit
from models.registers.room_codes import RoomCode, normalise_room_code, parse_room_code, room_code_variants
from models.registers.visible import clean_search_text
from models.store import database

MSG_NO_COMMUNITY = QT_TRANSLATE_NOOP(
    "models",
    "There is no community yet; name the community the rooms belong to, or add it on the Places tab of Registers.",
)
MSG_CHOOSE_COMMUNITY = QT_TRANSLATE_NOOP("models", "There are several communities ({names}); say which one.")
MSG_UNKNOWN_COMMUNITY = QT_TRANSLATE_NOOP("models", "There is no community named \u201c{name}\u201d.")
MSG_COMMUNITY_EXISTS = QT_TRANSLATE_NOOP("models", "A community named \u201c{name}\u201d already exists.")
MSG_ROOM_EXISTS = QT_TRANSLATE_NOOP("models", "Room {room} already exists in this community.")
MSG_ROOM_CODE = QT_TRANSLATE_NOOP(
    "models", "\u201c{room}\u201d is not a room number; write it like 3-2-1501 or 3栋2单元1501."
)
MSG_AREA = QT_TRANSLATE_NOOP("models", "Write the area in square metres, e.g. 89.5.")
MSG_PLACE_GONE = QT_TRANSLATE_NOOP("models", "This place no longer exists; it may have been deleted at another desk.")


@dataclass(frozen=True)
class PlaceNode:
    """One line of the places tree; `level` is community, building, unit or room."""

    id: int
    level: str
    name: str
    archived: bool = False
    count: int = 0


@dataclass(frozen=True)
class CommunityForm:
    name: str
    address: str = ""
    phone: str = ""
    id: int | None = None


@dataclass(frozen=True)
class RoomForm:
    community_id: int
    code: str
    kind: str = RoomKind.RESIDENCE
    area_m2: str = ""
    id: int | None = None


def natural_key(text: str) -> list:
    """Sort key putting 3 before 10 and A-2 before A-10."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part]


# --- listing -----------------------------------------------------------------------------
def list_communities(*, include_archived: bool = False) -> list[PlaceNode]:
    query = Community.select().order_by(Community.name)
    if not include_archived:
        query = query.where(Community.archived == False)
    return [PlaceNode(c.id, "community", c.name, c.archived) for c in query]


def list_buildings(community_id: int, *, include_archived: bool = False) -> list[PlaceNode]:
    query = Building.select().where(Building.community == community_id)
    if not include_archived:
        query = query.where(Building.archived == False)
    nodes = [PlaceNode(b.id, "building", b.name, b.archived) for b in query]
    return sorted(nodes, key=lambda node: natural_key(node.name))


def list_units(building_id: int, *, include_archived: bool = False) -> list[PlaceNode]:
    """Units of a building; a unit has no archive flag of its own, so it counts as archived
    when it holds rooms and every one of them is archived."""
    rooms = pw.fn.COUNT(Room.id)
    archived_rooms = pw.fn.COALESCE(pw.fn.SUM(Room.archived), 0)
    query = (
        Unit.select(Unit.id, Unit.name, rooms.alias("rooms"), archived_rooms.alias("archived_rooms"))
        .join(Room, pw.JOIN.LEFT_OUTER, on=(Room.unit == Unit.id))
        .where(Unit.building == building_id)
        .group_by(Unit.id)
    )
    nodes = [PlaceNode(u.id, "unit", u.name, bool(u.rooms) and u.archived_rooms == u.rooms) for u in query]
    if not include_archived:
        nodes = [node for node in nodes if not node.archived]
    return sorted(nodes, key=lambda node: natural_key(node.name))


def list_rooms(building_id: int, unit_id: int | None = None, *, include_archived: bool = False) -> list[PlaceNode]:
    """Rooms of a unit, or the rooms of a building that have no unit when unit_id is None."""
    query = Room.select().where(Room.building == building_id)
    query = query.where(Room.unit.is_null() if unit_id is None else Room.unit == unit_id)
    if not include_archived:
        query = query.where(Room.archived == False)
    return sorted((PlaceNode(r.id, "room", r.code, r.archived) for r in query), key=lambda node: natural_key(node.name))


def search_rooms(text: str, limit: int = 200, *, include_archived: bool = False) -> list[PlaceNode]:
    """Rooms whose code contains the typed text (typed forms are normalised first)."""
    typed = clean_text(clean_search_text(text))
    parsed = parse_room_code(typed)
    pattern = f"%{(parsed.code if parsed else typed).replace('%', '').replace('_', '')}%"
    query = Room.select().where(Room.code**pattern).order_by(Room.code).limit(limit)
    if not include_archived:
        query = query.where(Room.archived == False)
    return [PlaceNode(r.id, "room", r.code, r.archived) for r in query]


# --- lookups -----------------------------------------------------------------------------
def resolve_community(community_id: int | None = None, name: str | None = None) -> Community:
    """The community named or given, else the only active one; NotFound says what to do."""
    if community_id is not None:
        found = Community.get_or_none(Community.id == community_id)
        if found is None:
            raise NotFound(MSG_PLACE_GONE)
        return found
    if name:
        found = Community.get_or_none(Community.name == clean_text(name))
        if found is None:
            raise NotFound(MSG_UNKNOWN_COMMUNITY, name=name)
        return found
    active = list(Community.select().where(Community.archived == False).order_by(Community.name))
    if not active:
        raise NotFound(MSG_NO_COMMUNITY)
    if len(active) > 1:
        raise NotFound(MSG_CHOOSE_COMMUNITY, names="、".join(c.name for c in active))
    return active[0]


def find_room(code: str, community_id: int) -> Room | None:
    return Room.get_or_none((Room.community == community_id) & (Room.code == code))


def ensure_room(community: Community, parts: RoomCode, kind: str = RoomKind.RESIDENCE) -> Room:
    """The room with this code, created with its building and unit when missing."""
    room = find_room(parts.code, community.id)
    if room is not None:
        return room
    building, _ = Building.get_or_create(community=community, name=parts.building)
    unit = Unit.get_or_create(building=building, name=parts.unit)[0] if parts.unit else None
    return Room.create(community=community, building=building, unit=unit, number=parts.room, code=parts.code, kind=kind)


# --- editing -----------------------------------------------------------------------------
def save_community(form: CommunityForm, *, operator, clock: Clock) -> int:
    require(operator, Permission.EDIT_REGISTERS)
    name = clean_text(form.name)
    problems, params = {}, {}
    for field_name, value in (("name", name), ("address", clean_text(form.address)), ("phone", clean_text(form.phone))):
        found = text_problem(value, limit=TEXT_LIMIT if field_name != "name" else 100, required=field_name == "name")
        if found:
            problems[field_name], params[field_name] = found
    clash = "name" not in problems and (
        Community.select().where((Community.name == name) & (Community.id != (form.id or 0))).exists()
    )
    if name and clash:
        problems["name"], params["name"] = MSG_COMMUNITY_EXISTS, {"name": name}
    if problems:
        raise ValidationError(problems, params)
    values = {"name": name, "address": clean_text(form.address), "phone": clean_text(form.phone)}
    with database.atomic():
        if form.id is None:
            community_id = Community.create(**values).id
            before = None
        else:
            community_id = form.id
            found = Community.get_or_none(Community.id == form.id)
            before = {key: getattr(found, key) for key in values} if found else None
            Community.update(**values).where(Community.id == form.id).execute()
        audit_change(f"community:{community_id}", before, values, operator=operator, at=clock.now())
        return community_id


def save_room(form: RoomForm, *, operator, clock: Clock) -> int:
    """Create a room (and its building and unit) or change its code, kind and area."""
    require(operator, Permission.EDIT_REGISTERS)
    typed = clean_text(form.code)
    parts = parse_room_code(typed)
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}
    if parts is None:
        problems["code"], params["code"] = (MSG_ROOM_CODE, {"room": typed}) if typed else (MSG_REQUIRED, {})
    elif (
        Room.select()
        .where((Room.community == form.community_id) & (Room.code == parts.code) & (Room.id != (form.id or 0)))
        .exists()
    ):
        problems["code"], params["code"] = MSG_ROOM_EXISTS, {"room": parts.code}
    area = _area(form.area_m2, problems)
    if not Community.select().where(Community.id == form.community_id).exists():
        problems["community"] = MSG_NO_COMMUNITY
    if form.kind not in list(RoomKind):
        problems["kind"] = MSG_REQUIRED
    if problems:
        raise ValidationError(problems, params)
    with database.atomic():
        community = resolve_community(form.community_id)
        if form.id is None:
            room_id, before = ensure_room(community, parts, form.kind).id, None
        else:
            before = _room_fields(form.id)
            room_id = _update_room(form.id, community, parts, form.kind, area)
        audit_change(f"room:{room_id}", before, _room_fields(room_id), operator=operator, at=clock.now())
        return room_id


def _room_fields(room_id: int) -> dict | None:
    room = Room.get_or_none(Room.id == room_id)
    if room is None:
        return None
    area = str(room.area_m2) if room.area_m2 is not None else ""
    return {"community": room.community.name, "code": room.code, "kind": room.kind, "area_m2": area}


def _update_room(room_id: int, community: Community, parts: RoomCode, kind: str, area: Decimal | None) -> int:
    building, _ = Building.get_or_create(community=community, name=parts.building)
    unit = Unit.get_or_create(building=building, name=parts.unit)[0] if parts.unit else None
    changed = Room.update(building=building, unit=unit, number=parts.room, code=parts.code, kind=kind, area_m2=area)
    if not changed.where(Room.id == room_id).execute():
        raise NotFound(MSG_PLACE_GONE)
    return room_id


def _area(text: str, problems: dict) -> Decimal | None:
    typed = clean_text(text)
    if not typed:
        return None
    try:
        area = Decimal(typed)
    except InvalidOperation:
        area = None
    if area is None or not area.is_finite() or area <= 0 or area >= Decimal("1000000"):
        problems["area_m2"] = MSG_AREA
        return None
    return area.quantize(Decimal("0.01"))


def households_in_room(room_id: int) -> int:
    return Household.select().where(Household.room == room_id).count()


def stored_room_code(text: str) -> str | None:
    """The normalised code of a typed room number as the register holds it: 3栋1单元301
    is 3-1-0301 when the office writes its doors that way (the code as typed when a room
    has it, or when neither way is in the register); None when the text is not a room number."""
    code = normalise_room_code(text)
    if code is None:
        return None
    variants = room_code_variants(code)
    if len(variants) == 1:
        return code
    held = {room.code for room in Room.select(Room.code).where(Room.code.in_(variants)).limit(2)}
    return next((variant for variant in variants if variant in held), code)
