"""Deleting and archiving register records. A record that tickets (or other records) refer
to is never deleted: the refusal says what refers to it and to archive it instead.
Archived records leave the lists and pickers but keep every ticket that names them; they
can be listed again (the list services take include_archived) and restored, together with
the archived building, community, department or group that holds them."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import peewee as pw

from models.clock import Clock
from models.codes import Permission
from models.errors import DeskError, NotFound
from models.i18n import QT_TRANSLATE_NOOP
from models.registers.catalog_tables import Category
from models.registers.guard import audit_change, require
from models.registers.place_tables import Building, Community, Household, Room, Unit
from models.registers.staff_tables import Department, Staff
from models.store import database

MSG_TICKETS = QT_TRANSLATE_NOOP(
    "models", "{name} cannot be deleted: {count} ticket(s) refer to it. Archive it instead; its tickets keep it."
)
MSG_ROOMS = QT_TRANSLATE_NOOP("models", "{name} cannot be deleted: it still holds {count} room(s). Archive it instead.")
MSG_HOUSEHOLDS = QT_TRANSLATE_NOOP(
    "models", "{name} cannot be deleted: {count} household(s) live there. Archive it instead."
)
MSG_STAFF = QT_TRANSLATE_NOOP(
    "models", "{name} cannot be deleted: {count} staff member(s) belong to it. Archive it instead."
)
MSG_WORK = QT_TRANSLATE_NOOP(
    "models", "{name} cannot be deleted: {count} work order(s) or result(s) name this person. Archive it instead."
)
MSG_USERS = QT_TRANSLATE_NOOP(
    "models", "{name} cannot be deleted: {count} user account(s) are linked to it. Archive it instead."
)
MSG_CATEGORIES = QT_TRANSLATE_NOOP(
    "models", "{name} cannot be deleted: it still holds {count} categories. Archive it instead."
)
MSG_SURVEYS = QT_TRANSLATE_NOOP(
    "models", "{name} cannot be deleted: {count} survey form(s) or quota(s) refer to it. Archive it instead."
)
MSG_UNIT_ROOMS = QT_TRANSLATE_NOOP(
    "models", "Unit {name} cannot be deleted: it still holds {count} room(s). Archive the rooms instead."
)
MSG_GONE = QT_TRANSLATE_NOOP("models", "This record no longer exists; it may have been deleted at another desk.")


class Record(StrEnum):
    COMMUNITY = "community"
    BUILDING = "building"
    UNIT = "unit"
    ROOM = "room"
    HOUSEHOLD = "household"
    DEPARTMENT = "department"
    STAFF = "staff"
    CATEGORY = "category"


class RecordInUseError(DeskError):
    """Deleting was refused because other records refer to this one."""


MODELS: dict[Record, type[pw.Model]] = {
    Record.COMMUNITY: Community,
    Record.BUILDING: Building,
    Record.UNIT: Unit,
    Record.ROOM: Room,
    Record.HOUSEHOLD: Household,
    Record.DEPARTMENT: Department,
    Record.STAFF: Staff,
    Record.CATEGORY: Category,
}

# For each kind of record: (message, query counting what refers to a record id). The
# registers' own references are listed here; the areas built on the registers (tickets,
# dispatch, follow-up, users) add theirs with add_reference_check() where their tables are
# defined, so this area never imports them. Theirs are asked first.
Check = tuple[str, Callable[[int], pw.ModelSelect]]
REFERRERS: dict[Record, list[Check]] = {record: [] for record in Record}
CHECKS: dict[Record, list[Check]] = {
    Record.COMMUNITY: [
        (MSG_ROOMS, lambda i: Room.select().where(Room.community == i)),
    ],
    Record.BUILDING: [
        (MSG_ROOMS, lambda i: Room.select().where(Room.building == i)),
    ],
    Record.UNIT: [(MSG_UNIT_ROOMS, lambda i: Room.select().where(Room.unit == i))],
    Record.ROOM: [
        (MSG_HOUSEHOLDS, lambda i: Household.select().where(Household.room == i)),
    ],
    Record.HOUSEHOLD: [],
    Record.DEPARTMENT: [
        (MSG_STAFF, lambda i: Staff.select().where(Staff.department == i)),
    ],
    Record.STAFF: [],
    Record.CATEGORY: [
        (MSG_CATEGORIES, lambda i: Category.select().where(Category.parent == i)),
    ],
}


def add_reference_check(record: Record, message: str, query: Callable[[int], pw.ModelSelect]) -> None:
    """Refuse to delete a record of this kind while `query(record_id)` finds rows."""
    REFERRERS[record].append((message, query))


def delete_record(record: Record, record_id: int, *, operator, clock: Clock) -> None:
    """Delete a record nothing refers to; RecordInUseError (with the reason) otherwise."""
    require(operator, Permission.EDIT_REGISTERS)
    model = MODELS[record]
    with database.atomic():
        instance = model.get_or_none(model.id == record_id)
        if instance is None:
            raise NotFound(MSG_GONE)
        refusal = why_not_deletable(record, record_id)
        if refusal:
            message, params = refusal
            raise RecordInUseError(message, name=display_name(record, instance), **params)
        _delete_empty_children(record, record_id)
        model.delete().where(model.id == record_id).execute()
        gone = {"name": display_name(record, instance)}
        audit_change(f"{record}:{record_id}", gone, None, operator=operator, at=clock.now())


def _delete_empty_children(record: Record, record_id: int) -> None:
    """Buildings and units hold no rooms by now; they go with their community or building."""
    if record is Record.COMMUNITY:
        buildings = Building.select(Building.id).where(Building.community == record_id)
        Unit.delete().where(Unit.building.in_(buildings)).execute()
        Building.delete().where(Building.community == record_id).execute()
    elif record is Record.BUILDING:
        Unit.delete().where(Unit.building == record_id).execute()


def why_not_deletable(record: Record, record_id: int) -> tuple[str, dict] | None:
    """(message, {count}) for the first thing that refers to the record, else None."""
    for message, query in [*REFERRERS[record], *CHECKS[record]]:
        count = query(record_id).count()
        if count:
            return message, {"count": count}
    return None


def set_archived(record: Record, record_id: int, archived: bool = True, *, operator, clock: Clock) -> None:
    """Archive (or bring back) a record; a unit has no archive flag, so its rooms are archived."""
    require(operator, Permission.EDIT_REGISTERS)
    with database.atomic():
        _set_archived(record, record_id, archived, operator, clock)


def _set_archived(record: Record, record_id: int, archived: bool, operator, clock: Clock) -> None:
    model = MODELS[record]
    instance = model.get_or_none(model.id == record_id)
    if instance is None:
        raise NotFound(MSG_GONE)
    if record is Record.UNIT:
        Room.update(archived=archived).where(Room.unit == record_id).execute()
        before = None
    else:
        before = bool(instance.archived)
        model.update(archived=archived).where(model.id == record_id).execute()
    if before != archived:
        audit_change(
            f"{record}:{record_id}", {"archived": before}, {"archived": archived}, operator=operator, at=clock.now()
        )


def restore_record(record: Record, record_id: int, *, operator, clock: Clock) -> None:
    """Bring an archived record back, with whatever archived record holds it (a room's
    building and community, a staff member's department, a category's group): a record
    under an archived one would otherwise stay out of the lists and pickers."""
    require(operator, Permission.EDIT_REGISTERS)
    with database.atomic():
        _set_archived(record, record_id, False, operator, clock)
        for holder, holder_id in holders(record, record_id):
            model = MODELS[holder]
            if model.get_by_id(holder_id).archived:
                _set_archived(holder, holder_id, False, operator, clock)


def holders(record: Record, record_id: int) -> list[tuple[Record, int]]:
    """The records that hold this one, nearest first: household → room → building → community."""
    model = MODELS[record]
    instance = model.get_or_none(model.id == record_id)
    parent = None if instance is None else _parent(record, instance)
    if parent is None:
        return []
    return [parent, *holders(*parent)]


def _parent(record: Record, instance: pw.Model) -> tuple[Record, int] | None:
    if record is Record.HOUSEHOLD:
        return Record.ROOM, instance.room_id
    if record in (Record.ROOM, Record.UNIT):
        return Record.BUILDING, instance.building_id
    if record is Record.BUILDING:
        return Record.COMMUNITY, instance.community_id
    if record is Record.STAFF:
        return Record.DEPARTMENT, instance.department_id
    if record is Record.CATEGORY and instance.parent_id is not None:
        return Record.CATEGORY, instance.parent_id
    return None


def display_name(record: Record, instance: pw.Model) -> str:
    if record is Record.ROOM:
        return instance.code
    return instance.name
