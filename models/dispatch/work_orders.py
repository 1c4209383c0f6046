"""Work orders (派工单) as plain data: what goes on the paper a crew takes to the job,
which tickets still await their paper, the print events that record each printing, and
the office's printing settings (office name and phone, copies, layout, full phones)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from peewee import JOIN

from models.clock import Clock
from models.codes import Location
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import Permission, User, record_settings, require
from models.registers import (
    Category,
    Community,
    Department,
    Room,
    Staff,
    clean_search_text,
    mask_phone,
    normalise_phone,
)
from models.store import database, get_settings, set_setting, unindexed
from models.tickets import Action, Assignment, Ticket, TicketEvent, check_allowed, record_event

LAYOUTS = ("a5", "a4x2")
MAX_COPIES = 9

MSG_NO_TICKET = QT_TRANSLATE_NOOP("models", "There is no ticket numbered {number}.")
MSG_TICKET_GONE = QT_TRANSLATE_NOOP("models", "A ticket to print no longer exists.")
MSG_COPIES = QT_TRANSLATE_NOOP("models", "Copies per work order must be between 1 and {most}.")
MSG_LAYOUT = QT_TRANSLATE_NOOP("models", "Choose A5 or two work orders per A4 sheet.")
MSG_OFFICE_PHONE = QT_TRANSLATE_NOOP(
    "models", "Enter the office phone as a landline with area code, a mobile or a 400 number."
)
MSG_OFFICE_NAME = QT_TRANSLATE_NOOP("models", "The office name can have at most 40 characters.")


@dataclass(frozen=True)
class PrintSettings:
    """Settings keys office.name, office.phone, print.copies, print.layout,
    print.crew_full_phone and print.font_file (empty: the font is found automatically)."""

    office_name: str = ""
    office_phone: str = ""
    copies: int = 2
    layout: str = "a5"
    crew_full_phone: bool = False
    font_file: str = ""


@dataclass(frozen=True)
class WorkOrderData:
    """Everything one work order prints; codes (kind, priority, location) stay codes and
    the paper turns them into Chinese."""

    ticket_id: int
    number: str
    office_name: str
    office_phone: str
    received_at: dt.datetime
    community: str
    room: str
    location: str
    reporter: str
    phone: str
    kind: str
    category: str
    priority: str
    description: str
    stage_reply_due: dt.datetime | None
    result_due: dt.datetime | None
    crew_due: dt.datetime | None
    dispatched_at: dt.datetime | None
    dispatched_by: str
    departments: tuple[str, ...] = field(default_factory=tuple)
    crew: tuple[str, ...] = field(default_factory=tuple)
    reprint: bool = False
    prepared_at: dt.datetime | None = None


# --- settings ------------------------------------------------------------------------
def print_settings() -> PrintSettings:
    defaults = PrintSettings()
    stored = get_settings(
        {
            "office.name": defaults.office_name,
            "office.phone": defaults.office_phone,
            "print.copies": defaults.copies,
            "print.layout": defaults.layout,
            "print.crew_full_phone": defaults.crew_full_phone,
            "print.font_file": defaults.font_file,
        }
    )  # one query: a work order's data is a few milliseconds in all
    return PrintSettings(
        office_name=str(stored["office.name"] or ""),
        office_phone=str(stored["office.phone"] or ""),
        copies=_as_copies(stored["print.copies"]),
        layout=_as_layout(stored["print.layout"]),
        crew_full_phone=bool(stored["print.crew_full_phone"]),
        font_file=str(stored["print.font_file"] or ""),
    )


def save_print_settings(settings: PrintSettings, *, operator: User, clock: Clock) -> PrintSettings:
    """Validate and store (a role that may change settings; audited old → new); the office
    phone is stored in its normalised form."""
    require(operator, Permission.EDIT_SETTINGS)
    problems, phone = _validate_settings(settings)
    if problems:
        raise ValidationError(problems, {"copies": {"most": MAX_COPIES}})
    before = asdict(print_settings())
    with database.atomic():
        set_setting("office.name", settings.office_name.strip())
        set_setting("office.phone", phone)
        set_setting("print.copies", settings.copies)
        set_setting("print.layout", settings.layout)
        set_setting("print.crew_full_phone", bool(settings.crew_full_phone))
        set_setting("print.font_file", settings.font_file.strip())
        record_settings("print", before, asdict(print_settings()), actor=operator, at=clock.now())
    return print_settings()


OFFICE_NAME_LIMIT = 40
OFFICE_PHONE_LIMIT = 30


def _validate_settings(settings: PrintSettings) -> tuple[dict[str, str], str]:
    problems: dict[str, str] = {}
    if len(settings.office_name.strip()) > OFFICE_NAME_LIMIT:
        problems["office_name"] = MSG_OFFICE_NAME
    phone = settings.office_phone.strip()
    if phone:
        phone = normalise_phone(phone) or ""
        if not phone:
            problems["office_phone"] = MSG_OFFICE_PHONE
    if not 1 <= settings.copies <= MAX_COPIES:
        problems["copies"] = MSG_COPIES
    if settings.layout not in LAYOUTS:
        problems["layout"] = MSG_LAYOUT
    return problems, phone


def _as_copies(value: object) -> int:
    try:
        return min(MAX_COPIES, max(1, int(value)))
    except (TypeError, ValueError):
        return PrintSettings.copies


def _as_layout(value: object) -> str:
    return value if value in LAYOUTS else PrintSettings.layout


# --- building work orders --------------------------------------------------------------
def work_order_for_number(number: str, *, now: dt.datetime | None = None) -> WorkOrderData:
    typed = clean_search_text(number)
    ticket = Ticket.get_or_none(Ticket.number == typed.upper())
    if ticket is None:
        raise NotFound(MSG_NO_TICKET, number=typed)
    return work_orders_for([ticket.id], now=now)[0]


def work_orders_for(ticket_ids: list[int], *, now: dt.datetime | None = None) -> list[WorkOrderData]:
    """The work orders of these tickets in the order given; a few queries for any number."""
    ids = list(dict.fromkeys(ticket_ids))
    if not ids:
        return []
    tickets = _tickets_with_places(ids)
    if len(tickets) != len(ids):
        raise NotFound(MSG_TICKET_GONE)
    assignments = _active_assignments(ids)
    printed = _printed_before(ids)
    settings = print_settings()
    categories = _category_paths()
    return [
        _work_order(tickets[ticket_id], assignments.get(ticket_id, []), ticket_id in printed, settings, categories, now)
        for ticket_id in ids
    ]


def _tickets_with_places(ids: list[int]) -> dict[int, Ticket]:
    query = (
        Ticket.select(Ticket, Room, Community)
        .join(Room, on=(Ticket.room == Room.id), join_type=JOIN.LEFT_OUTER)
        .join(Community, on=(Room.community == Community.id), join_type=JOIN.LEFT_OUTER)
        .where(Ticket.id.in_(ids))
    )
    return {ticket.id: ticket for ticket in query}


def _active_assignments(ids: list[int]) -> dict[int, list[Assignment]]:
    query = (
        Assignment.select(Assignment, Department, Staff, User)
        .join(Department, on=(Assignment.department == Department.id), join_type=JOIN.LEFT_OUTER)
        .switch(Assignment)
        .join(Staff, on=(Assignment.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
        .switch(Assignment)
        .join(User, on=(Assignment.assigned_by == User.id))
        .where(Assignment.ticket.in_(ids), Assignment.active == True)
        .order_by(Assignment.assigned_at, Assignment.id)
    )
    grouped: dict[int, list[Assignment]] = defaultdict(list)
    for assignment in query:
        grouped[assignment.ticket_id].append(assignment)
    return grouped


def _printed_before(ids: list[int]) -> set[int]:
    # the few events of each ticket through the ticket's index, never a walk of every print event
    query = TicketEvent.select(TicketEvent.ticket).where(
        TicketEvent.ticket.in_(ids), unindexed(TicketEvent.action) == Action.PRINT
    )
    return {row.ticket_id for row in query.distinct()}


def _category_paths() -> dict[int, str]:
    rows = Category.select(Category.id, Category.parent, Category.name).tuples()
    names = {cid: (parent_id, name) for cid, parent_id, name in rows}
    return {cid: _category_path(parent_id, name, names) for cid, (parent_id, name) in names.items()}


def _category_path(parent_id: int | None, name: str, names: dict[int, tuple[int | None, str]]) -> str:
    parent = names.get(parent_id)
    return f"{parent[1]} / {name}" if parent else name


def _work_order(
    ticket: Ticket,
    assignments: list[Assignment],
    printed_before: bool,
    settings: PrintSettings,
    categories: dict[int, str],
    now: dt.datetime | None,
) -> WorkOrderData:
    room = ticket.room if ticket.room_id else None
    community = room.community if room else None
    return WorkOrderData(
        ticket_id=ticket.id,
        number=ticket.number,
        office_name=settings.office_name or (community.name if community else ""),
        office_phone=settings.office_phone or (community.phone if community else ""),
        received_at=ticket.received_at,
        community=community.name if community else "",
        room=room.code if room else "",
        location=ticket.location or Location.IN_HOME,
        reporter=ticket.reporter_name,
        phone=ticket.reporter_phone if settings.crew_full_phone else mask_phone(ticket.reporter_phone),
        kind=ticket.kind,
        category=categories.get(ticket.category_id, ""),
        priority=ticket.priority,
        description=ticket.description,
        stage_reply_due=ticket.stage_reply_due,
        result_due=ticket.result_due,
        crew_due=min((a.due_at for a in assignments if a.due_at), default=None),
        dispatched_at=ticket.dispatched_at,
        dispatched_by=assignments[-1].assigned_by.display_name if assignments else "",
        departments=_unique(a.department.name for a in assignments if a.department_id),
        crew=_unique(a.staff.name for a in assignments if a.staff_id),
        reprint=printed_before and all(a.print_count > 0 for a in assignments),
        prepared_at=now,
    )


def _unique(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


# --- what to print and what was printed ---------------------------------------------
def tickets_to_print(day: dt.date) -> list[int]:
    """Tickets with an active assignment made on `day` that has never been printed,
    oldest dispatch first."""
    start = dt.datetime.combine(day, dt.time())
    end = dt.datetime.combine(day, dt.time.max)  # 9999-12-31 has no next day to stop before
    query = (
        Assignment.select(Assignment.ticket, Assignment.assigned_at)
        .where(
            Assignment.active == True,
            Assignment.print_count == 0,
            Assignment.assigned_at >= start,
            Assignment.assigned_at <= end,
        )
        .order_by(Assignment.assigned_at, Assignment.id)
    )
    return list(dict.fromkeys(row.ticket_id for row in query))


def record_printed(ticket_ids: list[int], *, operator: User, clock: Clock) -> None:
    """One `print` event per ticket (old → new print count of its paper) and the active
    assignments stamped as printed, in one transaction."""
    require(operator, Permission.PRINT_WORK_ORDERS)
    at = clock.now()
    with database.atomic():
        for ticket_id in dict.fromkeys(ticket_ids):
            _record_one(ticket_id, operator, at)


def _record_one(ticket_id: int, operator: User, at: dt.datetime) -> None:
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise NotFound(MSG_TICKET_GONE)
    check_allowed(ticket, Action.PRINT)
    times = (
        TicketEvent.select().where(TicketEvent.ticket == ticket, unindexed(TicketEvent.action) == Action.PRINT).count()
    )
    record_event(
        ticket, Action.PRINT, operator=operator, at=at, field="print_count", old=str(times), new=str(times + 1)
    )
    (
        Assignment.update(print_count=Assignment.print_count + 1, printed_at=at)
        .where(Assignment.ticket == ticket, Assignment.active == True)
        .execute()
    )
