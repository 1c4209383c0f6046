"""Importing the household register (业主档案) from Excel or CSV.

check_households() reads and validates every row into a plain plan (good records, and
each bad row with its number, column and reason) without writing anything;
apply_households() writes a plan in one transaction: rooms (with their buildings and
units) are created as needed, a household is matched by (room code, name) and updated
in place, so importing the same file twice changes nothing. Empty cells never erase
what the register already holds; phones are added, never removed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from models.clock import Clock
from models.codes import HouseholdRole, Permission
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.imports.pipeline import (
    ImportPlan,
    Row,
    SheetImport,
    apply_plan,
    check_rows,
    dry_run_or_apply,
    open_sheet,
)
from models.imports.sheets import ImportOutcome, Progress, RowProblem, Sheet, cell_text
from models.registers import (
    MSG_DATE,
    NAME_LIMIT,
    NOTES_LIMIT,
    TEXT_LIMIT,
    Building,
    Community,
    Household,
    HouseholdPhone,
    Room,
    RoomCode,
    Unit,
    clean_text,
    compose_room_code,
    normalise_id_number,
    parse_date,
    parse_room_code,
    require_permission,
    resolve_community,
    split_phones,
    text_problem,
)

MSG_NO_ROOM = QT_TRANSLATE_NOOP("models", "The room number is missing.")
MSG_BAD_ROOM = QT_TRANSLATE_NOOP(
    "models", "\u201c{room}\u201d is not a room number; write it like 3-2-1501 or 3栋2单元1501."
)
MSG_BAD_PHONE = QT_TRANSLATE_NOOP("models", "\u201c{value}\u201d is not a possible phone number.")
MSG_BAD_ID = QT_TRANSLATE_NOOP("models", "An ID card number has 18 characters (the last may be X).")
MSG_BAD_ROLE = QT_TRANSLATE_NOOP("models", "\u201c{value}\u201d is not one of 业主, 租户, 家属.")
MSG_DUPLICATE_ROW = QT_TRANSLATE_NOOP("models", "The same room and name are already on row {row}.")

# field → default header first, then aliases offices use.
ALIASES: dict[str, list[str]] = {
    "building": ["楼栋", "楼号", "栋", "楼栋号", "楼宇", "幢", "楼"],
    "unit": ["单元", "单元号"],
    "room": ["房号", "房间号", "房屋", "房间", "门牌号", "室号", "房屋编号", "房号全称"],
    "name": ["姓名", "业主姓名", "业主", "住户姓名", "住户", "客户姓名", "户主"],
    "phones": ["电话", "手机", "联系电话", "手机号", "手机号码", "电话号码", "联系方式"],
    "id_number": ["身份证号", "身份证", "身份证号码", "证件号码", "证件号"],
    "move_in": ["入住日期", "入住时间", "入伙日期", "交房日期"],
    "notes": ["备注", "说明"],
    "tags": ["标签", "特殊标记", "住户标签"],
    "role": ["身份", "住户类型", "类型"],
}
HEADERS = {field_name: names[0] for field_name, names in ALIASES.items()}
ROLE_WORDS = {
    "业主": HouseholdRole.OWNER,
    "户主": HouseholdRole.OWNER,
    "owner": HouseholdRole.OWNER,
    "租户": HouseholdRole.TENANT,
    "租客": HouseholdRole.TENANT,
    "tenant": HouseholdRole.TENANT,
    "家属": HouseholdRole.FAMILY,
    "家庭成员": HouseholdRole.FAMILY,
    "family": HouseholdRole.FAMILY,
}
ROLE_LABELS = {HouseholdRole.OWNER: "业主", HouseholdRole.TENANT: "租户", HouseholdRole.FAMILY: "家属"}
BATCH = 400


@dataclass(frozen=True)
class HouseholdRecord:
    row: int
    room: RoomCode
    name: str
    role: str | None
    phones: tuple[str, ...]
    id_number: str
    move_in: dt.date | None
    notes: str
    tags: str


@dataclass
class HouseholdPlan(ImportPlan):
    community_id: int | None = None  # None: the named community is created on import
    community_name: str = ""


# --- checking ----------------------------------------------------------------------------
def check_households(
    source: str | Path | Sheet,
    *,
    community: str | None = None,
    community_id: int | None = None,
    mapping: dict[str, int] | None = None,
    progress: Progress | None = None,
) -> HouseholdPlan:
    """Read and check every row, each reported to `progress` (CancelledError when it answers
    False); nothing is written."""
    sheet, mapping = open_sheet(HOUSEHOLDS, source, mapping, progress)
    place_id, place_name = _community(community_id, community)
    plan = HouseholdPlan(sheet.file_name, mapping, community_id=place_id, community_name=place_name)
    return check_rows(HOUSEHOLDS, sheet, plan, progress)


def _community(community_id: int | None, name: str | None) -> tuple[int | None, str]:
    """(id, name) of the community; a named community that does not exist yet has id None
    and is created when the plan is written."""
    if name and community_id is None:
        found = Community.get_or_none(Community.name == clean_text(name))
        if found is None:
            problem = text_problem(clean_text(name), limit=NAME_LIMIT, required=True)
            if problem:
                raise ValidationError({"community": problem[0]}, {"community": problem[1]})
            return None, clean_text(name)
    place = resolve_community(community_id, name)
    return place.id, place.name


def _check_row(row: Row) -> tuple[HouseholdRecord | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(field_name: str, found: tuple[str, dict] | None) -> None:
        if found:
            problems.append(row.problem(field_name, *found))

    room = _room(row.text("building"), row.text("unit"), row.text("room"), problem)
    name = clean_text(row.text("name"))
    problem("name", text_problem(name, limit=NAME_LIMIT, required=True))
    phones, rejected = split_phones(row.text("phones"))
    problem("phones", (MSG_BAD_PHONE, {"value": rejected[0]}) if rejected else None)
    id_number = _id_number(row.text("id_number"), problem)
    move_in = _date(row.value("move_in"), problem)
    notes, tags = clean_text(row.text("notes")), clean_text(row.text("tags"))
    problem("notes", text_problem(notes, limit=NOTES_LIMIT, multiline=True))
    problem("tags", text_problem(tags, limit=TEXT_LIMIT))
    role = _role(row.text("role"), problem)
    if room is None or problems:
        return None, problems
    return HouseholdRecord(row.number, room, name, role, tuple(phones), id_number, move_in, notes, tags), problems


HOUSEHOLDS = SheetImport(
    aliases=ALIASES,
    required=("room", "name"),
    check_row=_check_row,
    same_key=lambda record: (record.room.code, record.name),
    duplicate_field="name",
    duplicate_message=MSG_DUPLICATE_ROW,
)


def _room(building: str, unit: str, room: str, problem) -> RoomCode | None:
    if not room:
        problem("room", (MSG_NO_ROOM, {}))
        return None
    code = compose_room_code(building, unit, room) if building else None
    parsed = parse_room_code(code or room)
    if parsed is None:
        typed = "".join(part for part in (building, unit, room) if part) if building else room
        problem("room", (MSG_BAD_ROOM, {"room": typed}))
    return parsed


def _id_number(text: str, problem) -> str:
    if not text:
        return ""
    normalised = normalise_id_number(text)
    if normalised is None:
        problem("id_number", (MSG_BAD_ID, {}))
    return normalised or ""


def _date(cell: object, problem) -> dt.date | None:
    try:
        return parse_date(cell.strip() if isinstance(cell, str) else cell)
    except (ValueError, OverflowError):
        problem("move_in", (MSG_DATE, {"value": cell_text(cell)}))
        return None


def _role(text: str, problem) -> str | None:
    if not text:
        return None
    role = ROLE_WORDS.get(text.strip().lower())
    if role is None:
        problem("role", (MSG_BAD_ROLE, {"value": text}))
    return role


# --- writing -----------------------------------------------------------------------------
def apply_households(
    plan: HouseholdPlan, *, operator, clock: Clock, skip_invalid: bool = False, progress: Progress | None = None
) -> ImportOutcome:
    """Write the plan's good rows in one transaction. With bad rows and no skip_invalid,
    nothing is written. Rows are written in batches, each reported to `progress`; when it
    answers False the transaction is rolled back and CancelledError raised: nothing is written."""
    outcome, writer = apply_plan(
        plan,
        lambda: _HouseholdWriter(_community_for(plan)),
        what="households",
        operator=operator,
        clock=clock,
        skip_invalid=skip_invalid,
        progress=progress,
        batch=BATCH,
    )
    if writer is not None:
        plan.community_id = writer.community.id
    return outcome


def _community_for(plan: HouseholdPlan) -> Community:
    if plan.community_id is not None:
        return Community.get_by_id(plan.community_id)
    community, _ = Community.get_or_create(name=plan.community_name)
    return community


def import_households(
    path: str | Path,
    *,
    operator,
    clock: Clock,
    community: str | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
) -> tuple[HouseholdPlan, ImportOutcome]:
    """Check a file and, unless dry_run, write it: the command line's one call (a role
    that may import, also for a dry run: it reads the register's rooms and households)."""
    require_permission(operator, Permission.IMPORT)
    plan = check_households(path, community=community)
    return dry_run_or_apply(
        plan, apply_households, dry_run=dry_run, skip_invalid=skip_invalid, operator=operator, clock=clock
    )


class _HouseholdWriter:
    """Writes batches of records into one community, reading what the register already
    holds (rooms, households, phones) once and keeping it current batch after batch."""

    def __init__(self, community: Community) -> None:
        self.community = community
        self.created = self.updated = self.rooms_created = 0
        in_community = Room.community == community
        self.rooms = dict(Room.select(Room.code, Room.id).where(in_community).tuples())
        self.buildings = dict(
            Building.select(Building.name, Building.id).where(Building.community == community).tuples()
        )
        units = Unit.select(Unit.building, Unit.name, Unit.id).join(Building).where(Building.community == community)
        self.units = {(b, n): i for b, n, i in units.tuples()}
        self.households = {(h.room_id, h.name): h for h in Household.select().join(Room).where(in_community).iterator()}
        self.ids = {key: household.id for key, household in self.households.items()}
        self.phones: dict[int, set[str]] = {}
        phones = HouseholdPhone.select(HouseholdPhone.household, HouseholdPhone.number).join(Household).join(Room)
        for owner, number in phones.where(in_community).tuples().iterator():
            self.phones.setdefault(owner, set()).add(number)

    def write(self, records: list[HouseholdRecord]) -> None:
        self._ensure_rooms([record.room for record in records])
        fresh, changed = [], set()
        for record in records:
            current = self.households.get(self._key(record))
            if current is None:
                fresh.append(record)
            elif _update_household(current, record):
                changed.add(current.id)
        fresh_ids = self._insert(fresh)
        changed |= self._add_phones(records) - fresh_ids
        self.created += len(fresh)
        self.updated += len(changed)

    def _key(self, record: HouseholdRecord) -> tuple[int, str]:
        return self.rooms[record.room.code], record.name

    def _ensure_rooms(self, codes: list[RoomCode]) -> None:
        """Create the rooms (with buildings and units) of this batch that do not exist yet."""
        missing = list({code.code: code for code in codes if code.code not in self.rooms}.values())
        if not missing:
            return
        Room.insert_many([self._room_row(code) for code in missing]).execute()
        created = Room.select(Room.code, Room.id).where(
            Room.community == self.community, Room.code.in_([c.code for c in missing])
        )
        self.rooms.update(created.tuples())
        self.rooms_created += len(missing)

    def _room_row(self, code: RoomCode) -> dict:
        if code.building not in self.buildings:
            self.buildings[code.building] = Building.create(community=self.community, name=code.building).id
        building_id = self.buildings[code.building]
        if code.unit and (building_id, code.unit) not in self.units:
            self.units[(building_id, code.unit)] = Unit.create(building=building_id, name=code.unit).id
        unit_id = self.units[(building_id, code.unit)] if code.unit else None
        return {
            "community": self.community.id,
            "building": building_id,
            "unit": unit_id,
            "number": code.room,
            "code": code.code,
        }

    def _insert(self, fresh: list[HouseholdRecord]) -> set[int]:
        """Insert new households; their ids (new ids are above every id read before)."""
        if not fresh:
            return set()
        before = Household.select(pw.fn.MAX(Household.id)).scalar() or 0
        Household.insert_many([self._household_row(record) for record in fresh]).execute()
        created = Household.select(Household.id, Household.room, Household.name).where(Household.id > before)
        self.ids.update(((room_id, name), household_id) for household_id, room_id, name in created.tuples())
        return {self.ids[self._key(record)] for record in fresh}

    def _household_row(self, r: HouseholdRecord) -> dict:
        return {
            "room": self.rooms[r.room.code],
            "name": r.name,
            "role": r.role or HouseholdRole.OWNER,
            "id_number": r.id_number,
            "move_in": r.move_in,
            "tags": r.tags,
            "notes": r.notes,
        }

    def _add_phones(self, records: list[HouseholdRecord]) -> set[int]:
        """Add numbers a household does not have yet; the ids of households that got one."""
        rows, changed = [], set()
        for record in records:
            household_id = self.ids[self._key(record)]
            known = self.phones.setdefault(household_id, set())
            position = len(known)
            for number in record.phones:
                if number not in known:
                    known.add(number)
                    rows.append({"household": household_id, "number": number, "position": position})
                    position += 1
                    changed.add(household_id)
        for start in range(0, len(rows), BATCH):
            HouseholdPhone.insert_many(rows[start : start + BATCH]).execute()
        return changed


def _changes(current: Household, record: HouseholdRecord) -> dict:
    """Columns the file changes: only cells that hold something."""
    wanted = {
        "id_number": record.id_number,
        "move_in": record.move_in,
        "notes": record.notes,
        "tags": record.tags,
        "role": record.role,
    }
    return {name: value for name, value in wanted.items() if value and _stored(getattr(current, name)) != value}


def _stored(value):
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _update_household(current: Household, record: HouseholdRecord) -> int:
    changes = _changes(current, record)
    if changes:
        Household.update(**changes).where(Household.id == current.id).execute()
    return 1 if changes else 0
