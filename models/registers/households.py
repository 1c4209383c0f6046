"""The household register (业主档案): pages of households filtered in SQL by name, room code
or phone digits for the 10,000-row table, a household's form with its checks, and the
room page (the room, its households and its full ticket history).

Places (communities, buildings, rooms) live in models.register_places, staff and
departments in models.register_staff, categories in models.register_categories,
deleting and archiving in models.register_archive."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from models.clock import Clock
from models.codes import HouseholdRole, Permission
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers.contact import mask_id_number, mask_phone, normalise_id_number, split_phones
from models.registers.fields import MSG_DATE, NAME_LIMIT, NOTES_LIMIT, TEXT_LIMIT, clean_text, parse_date, text_problem
from models.registers.guard import audit_change, require
from models.registers.place_tables import Community, Household, HouseholdPhone, Room
from models.registers.places import find_room, resolve_community
from models.registers.room_codes import normalise_room_code, room_code_prefix
from models.registers.visible import clean_search_text
from models.store import database

MSG_NO_ROOM = QT_TRANSLATE_NOOP("models", "There is no room \u201c{room}\u201d in {community}.")
MSG_NO_ROOM_ANYWHERE = QT_TRANSLATE_NOOP(
    "models", "There is no room “{room}” in the register; add it on the Places tab first."
)
MSG_ROOM_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "models", "Room {room} exists in several communities; open the room and add the household there."
)
MSG_BAD_ROOM = QT_TRANSLATE_NOOP(
    "models", "\u201c{room}\u201d is not a room number; write it like 3-2-1501 or 3栋2单元1501."
)
MSG_BAD_PHONE = QT_TRANSLATE_NOOP("models", "\u201c{value}\u201d is not a possible phone number.")
MSG_BAD_ID = QT_TRANSLATE_NOOP("models", "An ID card number has 18 characters (the last may be X).")
MSG_DUPLICATE = QT_TRANSLATE_NOOP("models", "{name} is already registered in room {room}.")
MSG_HOUSEHOLD_GONE = QT_TRANSLATE_NOOP(
    "models", "This household no longer exists; it may have been deleted at another desk."
)
MSG_ROOM_GONE = QT_TRANSLATE_NOOP("models", "This room no longer exists; it may have been deleted at another desk.")
MSG_BAD_ROLE = QT_TRANSLATE_NOOP("models", "Choose owner, tenant or family member.")

PAGE_SIZE = 200


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    room_id: int
    room_code: str
    community: str
    name: str
    role: str
    phones: tuple[str, ...]
    id_number: str
    move_in: dt.date | None
    tags: str
    notes: str
    archived: bool

    @property
    def masked_phones(self) -> str:
        return " / ".join(mask_phone(phone) for phone in self.phones)

    @property
    def masked_id_number(self) -> str:
        return mask_id_number(self.id_number)


@dataclass(frozen=True)
class HouseholdForm:
    """What the household dialog sends; `phones` is one text with several numbers."""

    room_code: str
    name: str
    community_id: int | None = None
    role: str = HouseholdRole.OWNER
    phones: str = ""
    id_number: str = ""
    move_in: str | dt.date | None = None
    tags: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class RoomPage:
    room_id: int
    code: str
    community: str
    kind: str
    archived: bool
    households: list[HouseholdRow] = field(default_factory=list)


# --- browsing --------------------------------------------------------------------------
def count_households(filter_text: str = "", *, include_archived: bool = False) -> int:
    return _household_query(filter_text, include_archived).count()


def household_page(
    filter_text: str = "", offset: int = 0, limit: int = PAGE_SIZE, *, include_archived: bool = False
) -> list[HouseholdRow]:
    """One page of the register, ordered by community, room code and name."""
    query = (
        _household_query(filter_text, include_archived)
        .select(Household, Room.code, Community.name.alias("community_name"))
        .order_by(Community.name, Room.code, Household.name, Household.id)
        .offset(offset)
        .limit(limit)
    )
    rows = list(query.dicts())
    phones = _phones_of([row["id"] for row in rows])
    return [_row_from(row, phones.get(row["id"], ())) for row in rows]


def household(household_id: int) -> HouseholdRow:
    rows = _household_query("", True).where(Household.id == household_id)
    found = list(rows.select(Household, Room.code, Community.name.alias("community_name")).dicts())
    if not found:
        raise NotFound(MSG_HOUSEHOLD_GONE)
    return _row_from(found[0], _phones_of([household_id]).get(household_id, ()))


def _household_query(filter_text: str, include_archived: bool) -> pw.ModelSelect:
    query = Household.select(Household.id).join(Room).join(Community)
    if not include_archived:
        query = query.where(Household.archived == False)
    text = clean_text(clean_search_text(filter_text))
    if text:
        query = query.where(_matches(text))
    return query


def _matches(text: str) -> pw.Expression:
    """Name or room code contains the text; or, with 3+ digits typed, a phone contains them."""
    pattern = f"%{_escape_like(text)}%"
    condition = Household.name**pattern | Room.code**pattern
    code = normalise_room_code(text)
    if code:
        condition |= Room.code == code
    prefix = room_code_prefix(text)
    if prefix:
        condition |= Room.code.startswith(prefix)
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 3 and len(digits) == len(text.replace("-", "").replace(" ", "")):
        phone_owners = HouseholdPhone.select(HouseholdPhone.household).where(
            pw.fn.replace(HouseholdPhone.number, "-", "") ** f"%{digits}%"
        )
        condition |= Household.id.in_(phone_owners)
    return condition


def _escape_like(text: str) -> str:
    # peewee's ILIKE (**) has no ESCAPE clause; the wildcards are rare in names, so drop them.
    return text.replace("%", "").replace("_", "")


def _phones_of(household_ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    if not household_ids:
        return {}
    query = (
        HouseholdPhone.select(HouseholdPhone.household, HouseholdPhone.number)
        .where(HouseholdPhone.household.in_(household_ids))
        .order_by(HouseholdPhone.household, HouseholdPhone.position, HouseholdPhone.id)
        .tuples()
    )
    for owner, number in query:
        found.setdefault(owner, []).append(number)
    return {owner: tuple(numbers) for owner, numbers in found.items()}


def _row_from(row: dict, phones: tuple[str, ...]) -> HouseholdRow:
    return HouseholdRow(
        id=row["id"],
        room_id=row["room"],
        room_code=row["code"],
        community=row["community_name"],
        name=row["name"],
        role=row["role"],
        phones=phones,
        id_number=row["id_number"],
        move_in=_as_date(row["move_in"]),
        tags=row["tags"],
        notes=row["notes"],
        archived=bool(row["archived"]),
    )


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# --- the room page -----------------------------------------------------------------------
def room_page(room_id: int) -> RoomPage:
    room = Room.select(Room, Community).join(Community).where(Room.id == room_id).first()
    if room is None:
        raise NotFound(MSG_ROOM_GONE)
    households = _rows_of_room(room_id)
    return RoomPage(
        room_id=room.id,
        code=room.code,
        community=room.community.name,
        kind=room.kind,
        archived=room.archived,
        households=households,
    )


def _rows_of_room(room_id: int) -> list[HouseholdRow]:
    query = (
        Household.select(Household, Room.code, Community.name.alias("community_name"))
        .join(Room)
        .join(Community)
        .where(Household.room == room_id)
        .order_by(Household.archived, Household.id)
    )
    rows = list(query.dicts())
    phones = _phones_of([row["id"] for row in rows])
    return [_row_from(row, phones.get(row["id"], ())) for row in rows]


# --- editing -----------------------------------------------------------------------------
def save_household(form: HouseholdForm, *, operator, clock: Clock) -> int:
    """Create or update a household from its form (registers' editors only); ValidationError
    names each bad field; the audit gets what changed, old → new."""
    require(operator, Permission.EDIT_REGISTERS)
    with database.atomic():
        room, values, phones = _validated(form)
        before = None
        if form.id is None:
            record = Household.create(room=room, **values)
        else:
            record = Household.get_or_none(Household.id == form.id)
            if record is None:
                raise NotFound(MSG_HOUSEHOLD_GONE)
            before = _audited(record.room.code, record.__data__, _phones_of([record.id]).get(record.id, ()))
            Household.update(room=room, **values).where(Household.id == form.id).execute()
        replace_phones(record.id, phones)
        after = _audited(room.code, values, tuple(phones))
        audit_change(f"household:{record.id}", before, after, operator=operator, at=clock.now())
        return record.id


def _audited(room_code: str, values: dict, phones: tuple[str, ...]) -> dict:
    fields = ("name", "role", "id_number", "move_in", "tags", "notes")
    return {"room": room_code, **{name: values.get(name) for name in fields}, "phones": tuple(phones)}


def replace_phones(household_id: int, phones: list[str]) -> None:
    HouseholdPhone.delete().where(HouseholdPhone.household == household_id).execute()
    rows = [{"household": household_id, "number": number, "position": index} for index, number in enumerate(phones)]
    if rows:
        HouseholdPhone.insert_many(rows).execute()


def _validated(form: HouseholdForm) -> tuple[Room, dict, list[str]]:
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}

    def problem(name: str, found: tuple[str, dict] | None) -> None:
        if found:
            problems[name], params[name] = found

    room = _room_of(form, problem)
    name = clean_text(form.name)
    problem("name", text_problem(name, limit=NAME_LIMIT, required=True))
    phones, rejected = split_phones(form.phones)
    if rejected:
        problem("phones", (MSG_BAD_PHONE, {"value": rejected[0]}))
    id_number = _id_number(form.id_number, problem)
    move_in = _move_in(form.move_in, problem)
    tags, notes = clean_text(form.tags), clean_text(form.notes)
    problem("tags", text_problem(tags, limit=TEXT_LIMIT))
    problem("notes", text_problem(notes, limit=NOTES_LIMIT, multiline=True))
    if form.role not in list(HouseholdRole):
        problem("role", (MSG_BAD_ROLE, {}))
    if room is not None and "name" not in problems and _is_duplicate(room, name, form.id):
        problem("name", (MSG_DUPLICATE, {"name": name, "room": room.code}))
    if problems:
        raise ValidationError(problems, params)
    values = {"name": name, "role": form.role, "id_number": id_number, "move_in": move_in, "tags": tags, "notes": notes}
    return room, values, phones


def _room_of(form: HouseholdForm, problem) -> Room | None:
    typed = clean_text(form.room_code)
    code = normalise_room_code(typed)
    if not code:
        problem("room_code", (MSG_BAD_ROOM, {"room": typed}) if typed else text_problem("", limit=1, required=True))
        return None
    if form.community_id is not None:
        community = resolve_community(form.community_id)
        room = find_room(code, community.id)
        if room is None:
            problem("room_code", (MSG_NO_ROOM, {"room": code, "community": community.name}))
        return room
    return _room_in_any_community(code, problem)


def _room_in_any_community(code: str, problem) -> Room | None:
    rooms = list(Room.select().where(Room.code == code).limit(2))
    if len(rooms) == 1:
        return rooms[0]
    problem("room_code", (MSG_ROOM_AMBIGUOUS if rooms else MSG_NO_ROOM_ANYWHERE, {"room": code}))
    return None


def _id_number(raw: str, problem) -> str:
    typed = clean_text(raw)
    if not typed:
        return ""
    normalised = normalise_id_number(typed)
    if normalised is None:
        problem("id_number", (MSG_BAD_ID, {}))
    return normalised or ""


def _move_in(raw: str | dt.date | None, problem) -> dt.date | None:
    try:
        return parse_date(raw)
    except ValueError:
        problem("move_in", (MSG_DATE, {"value": str(raw)}))
        return None


def _is_duplicate(room: Room, name: str, own_id: int | None) -> bool:
    query = Household.select().where((Household.room == room) & (Household.name == name))
    if own_id is not None:
        query = query.where(Household.id != own_id)
    return query.exists()
