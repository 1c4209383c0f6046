"""Dispatching (派工) and the return of the paper (SPEC §2, §5): sending a ticket to a
department and/or crew members, the dispatch board's cards and the crews' workload,
and typing in the result a crew wrote on the returned work order.

Lanes of the board are named by the status they hold: "new" (待派工: new and
acknowledged), "dispatched" (已派工), "in_progress" (处理中), "resolved" (待回访)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import peewee as pw

from models.base import database
from models.catalog import Category
from models.clock import Clock, format_datetime
from models.codes import OPEN_STATUSES, Priority, Status
from models.contact import to_halfwidth
from models.errors import NotFound, TransitionRefused, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.places import Community, Room
from models.sla import apply_deadlines
from models.staff import Department, Staff, User
from models.tickets import Assignment, Ticket, WorkResult
from models.workflow import Action, check_allowed, record_event, transition

LANE_OF_STATUS: dict[str, str] = {
    Status.NEW: Status.NEW,
    Status.ACKNOWLEDGED: Status.NEW,
    Status.DISPATCHED: Status.DISPATCHED,
    Status.IN_PROGRESS: Status.IN_PROGRESS,
    Status.RESOLVED: Status.RESOLVED,
}
LANES: tuple[str, ...] = (Status.NEW, Status.DISPATCHED, Status.IN_PROGRESS, Status.RESOLVED)
AWAITING_RESULT = (Status.DISPATCHED, Status.IN_PROGRESS)
PRIORITY_RANK = {Priority.URGENT: 0, Priority.NORMAL: 1, Priority.LOW: 2}

MSG_CHOOSE_CREW = QT_TRANSLATE_NOOP("models", "Choose a department or at least one crew member.")
MSG_ALREADY_ASSIGNED = QT_TRANSLATE_NOOP("models", "Ticket {number} is already dispatched to exactly these crew members.")
MSG_NO_SUCH_STAFF = QT_TRANSLATE_NOOP("models", "This crew member is no longer on the staff list.")
MSG_NO_SUCH_DEPARTMENT = QT_TRANSLATE_NOOP("models", "This department is no longer on the list.")
MSG_NO_SUCH_TICKET = QT_TRANSLATE_NOOP("models", "There is no ticket with the number {number}.")
MSG_TICKET_GONE = QT_TRANSLATE_NOOP("models", "This ticket no longer exists.")
MSG_NOT_AWAITING = QT_TRANSLATE_NOOP(
    "models", "Ticket {number} is not waiting for a work result: it has not been dispatched yet or is already resolved."
)
MSG_TIME_FORMAT = QT_TRANSLATE_NOOP("models", "Enter a time such as 14:30, 11-23 14:30 or 2026-11-23 14:30.")
MSG_FINISH_REQUIRED = QT_TRANSLATE_NOOP("models", "Enter when the crew finished.")
MSG_IN_FUTURE = QT_TRANSLATE_NOOP("models", "This time is later than now.")
MSG_ARRIVED_AFTER_FINISH = QT_TRANSLATE_NOOP("models", "The arrival time is later than the finish time.")
MSG_BEFORE_RECEIVED = QT_TRANSLATE_NOOP("models", "This time is before the ticket was received ({received}).")
MSG_WORK_DONE_REQUIRED = QT_TRANSLATE_NOOP("models", "Write down what the crew did.")
MSG_COST_FORMAT = QT_TRANSLATE_NOOP("models", "Enter the cost in yuan, e.g. 35 or 35.50.")
MSG_COST_NEGATIVE = QT_TRANSLATE_NOOP("models", "The cost cannot be negative.")
MSG_RATING_RANGE = QT_TRANSLATE_NOOP("models", "The owner's rating is a whole number from 1 to 5.")


# --- plain data --------------------------------------------------------------------
@dataclass(frozen=True)
class CrewRef:
    staff_id: int
    name: str


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class BoardFilter:
    """Department: tickets dispatched to it, or awaiting dispatch in a category it
    handles by default. Community: tickets of rooms in it."""

    department_id: int | None = None
    community_id: int | None = None


@dataclass(frozen=True)
class CardData:
    ticket_id: int
    number: str
    lane: str
    status: str
    kind: str
    priority: str
    room: str
    community: str
    category: str
    description: str
    department_id: int | None
    department: str
    crew: tuple[CrewRef, ...]
    received_at: dt.datetime
    due_at: dt.datetime | None
    overdue: bool
    paused: bool
    printed: bool


@dataclass(frozen=True)
class CrewLoad:
    staff_id: int
    name: str
    role: str
    department_id: int
    on_duty: bool
    open: int
    overdue: int


@dataclass(frozen=True)
class DepartmentLoad:
    department_id: int
    name: str
    open: int
    overdue: int
    crew: tuple[CrewLoad, ...]


@dataclass(frozen=True)
class TicketBrief:
    ticket_id: int
    number: str
    status: str
    room: str
    category: str
    description: str
    department_id: int | None
    crew_ids: tuple[int, ...]


@dataclass(frozen=True)
class DispatchChoices:
    """What the dispatch dialog offers: the tickets, the department to suggest (the
    ticket's own, else its category's default) and every department with its crew."""

    tickets: tuple[TicketBrief, ...]
    suggested_department_id: int | None
    departments: tuple[DepartmentLoad, ...]


@dataclass(frozen=True)
class DispatchOutcome:
    ticket_id: int
    number: str
    department_id: int | None
    crew: tuple[CrewRef, ...]
    added: tuple[CrewRef, ...]


@dataclass(frozen=True)
class ResultEntryData:
    """What the result entry form shows about the ticket whose paper came back."""

    ticket_id: int
    number: str
    status: str
    room: str
    community: str
    category: str
    description: str
    reporter: str
    dispatched_at: dt.datetime | None
    assigned: tuple[CrewRef, ...]
    crew_choices: tuple[CrewRef, ...]


@dataclass(frozen=True)
class ResultEntry:
    """Times may be datetimes or text as typed (14:30, 11-23 14:30, 2026-11-23 14:30);
    cost is yuan, as a Decimal or as typed."""

    finished: dt.datetime | str | None
    work_done: str
    arrived: dt.datetime | str | None = None
    materials: str = ""
    cost: Decimal | str = ""
    owner_signed: bool = False
    crew_id: int | None = None
    owner_rating: int | None = None


@dataclass(frozen=True)
class ResultOutcome:
    ticket_id: int
    number: str
    resolved_at: dt.datetime


# --- dispatching -------------------------------------------------------------------
def dispatch(
    ticket_id: int, *, department_id: int | None = None, staff_ids: Iterable[int] = (), operator: User, clock: Clock
) -> DispatchOutcome:
    """Send the ticket to a department and/or crew members (one transaction). Adding crew
    to a ticket already dispatched or in progress keeps its status."""
    with database.atomic():
        return _dispatch_one(_ticket(ticket_id), department_id, tuple(staff_ids), operator, clock.now())


def dispatch_many(
    ticket_ids: Sequence[int], *, department_id: int | None = None, staff_ids: Iterable[int] = (),
    operator: User, clock: Clock,
) -> list[DispatchOutcome]:
    """Several tickets to the same crew in one transaction: all or none."""
    staff = tuple(staff_ids)
    now = clock.now()
    with database.atomic():
        return [_dispatch_one(_ticket(ticket_id), department_id, staff, operator, now) for ticket_id in ticket_ids]


def start_work(ticket_ids: Sequence[int], *, operator: User, clock: Clock) -> None:
    """The crew has begun (e.g. phoned in from the site): dispatched → in progress."""
    now = clock.now()
    with database.atomic():
        for ticket_id in ticket_ids:
            ticket = _ticket(ticket_id)
            transition(ticket, Action.START, operator=operator, at=now)
            apply_deadlines(ticket)


def _dispatch_one(
    ticket: Ticket, department_id: int | None, staff_ids: tuple[int, ...], operator: User, now: dt.datetime
) -> DispatchOutcome:
    check_allowed(ticket, Action.DISPATCH)
    department, crew = _targets(department_id, staff_ids)
    before = _current_assignments(ticket)
    added = [member for member in crew if member.id not in {a.staff_id for a in before}]
    department_only = not crew and department is not None and not any(a.department_id == department.id for a in before)
    moves = department is not None and department.id != ticket.department_id
    if not added and not department_only and not moves:
        raise ValidationError({"crew": MSG_ALREADY_ASSIGNED}, {"crew": {"number": ticket.number}})
    _write_assignments(ticket, department if department_only else None, added, operator, now)
    if department is not None or ticket.department_id is None:
        ticket.department = department or crew[0].department
    note = _assignment_note(ticket)
    if Status(ticket.status) in (Status.NEW, Status.ACKNOWLEDGED):
        transition(ticket, Action.DISPATCH, operator=operator, at=now, note=note)
    else:
        ticket.updated_at = now
        record_event(ticket, Action.DISPATCH, operator=operator, at=now, field="assignment",
                     old=_describe(before), new=note)
    apply_deadlines(ticket)
    ticket.save()
    return _outcome(ticket, added)


def _targets(department_id: int | None, staff_ids: tuple[int, ...]) -> tuple[Department | None, list[Staff]]:
    if department_id is None and not staff_ids:
        raise ValidationError({"crew": MSG_CHOOSE_CREW})
    department = None
    if department_id is not None:
        department = Department.get_or_none(Department.id == department_id, Department.archived == False)  # noqa: E712
        if department is None:
            raise ValidationError({"department": MSG_NO_SUCH_DEPARTMENT})
    crew = []
    for staff_id in dict.fromkeys(staff_ids):
        member = Staff.get_or_none(Staff.id == staff_id, Staff.archived == False)  # noqa: E712
        if member is None:
            raise ValidationError({"crew": MSG_NO_SUCH_STAFF})
        crew.append(member)
    return department, crew


def _write_assignments(
    ticket: Ticket, department: Department | None, added: list[Staff], operator: User, now: dt.datetime
) -> None:
    due = ticket.result_due
    if not added and department is not None:
        Assignment.create(ticket=ticket, department=department, assigned_at=now, assigned_by=operator, due_at=due)
    for member in added:
        Assignment.create(ticket=ticket, department=member.department, staff=member,
                          assigned_at=now, assigned_by=operator, due_at=due)
        # a crew member of the department takes over the department-only assignment
        (Assignment.update(active=False)
         .where(Assignment.ticket == ticket, Assignment.staff.is_null(), Assignment.active == True,  # noqa: E712
                Assignment.department == member.department_id)
         .execute())


def _current_assignments(ticket: Ticket) -> list[Assignment]:
    """Active assignments; those left from before a reopen end when it is dispatched again."""
    if Status(ticket.status) in (Status.NEW, Status.ACKNOWLEDGED):
        (Assignment.update(active=False)
         .where(Assignment.ticket == ticket, Assignment.active == True).execute())  # noqa: E712
        return []
    return _active_assignments(ticket)


def _active_assignments(ticket: Ticket) -> list[Assignment]:
    return list(Assignment.select().where(Assignment.ticket == ticket, Assignment.active == True)  # noqa: E712
                .order_by(Assignment.id))


def _describe(assignments: list[Assignment]) -> str:
    names = [a.staff.name for a in assignments if a.staff_id]
    departments = sorted({a.department.name for a in assignments if a.department_id and not a.staff_id})
    return ", ".join(departments + names)


def _assignment_note(ticket: Ticket) -> str:
    crew = _describe(_active_assignments(ticket))
    department = ticket.department.name if ticket.department_id else ""
    return f"{department}: {crew}" if department and crew != department else crew


def _outcome(ticket: Ticket, added: list[Staff]) -> DispatchOutcome:
    crew = tuple(CrewRef(a.staff_id, a.staff.name) for a in _active_assignments(ticket) if a.staff_id)
    return DispatchOutcome(ticket.id, ticket.number, ticket.department_id, crew,
                           tuple(CrewRef(m.id, m.name) for m in added))


def dispatch_choices(ticket_ids: Sequence[int], now: dt.datetime) -> DispatchChoices:
    tickets = [_ticket(ticket_id) for ticket_id in ticket_ids]
    briefs = tuple(_brief(ticket) for ticket in tickets)
    suggested = next((t.department_id or t.category.default_department_id for t in tickets
                      if t.department_id or t.category.default_department_id), None)
    return DispatchChoices(briefs, suggested, tuple(crew_workloads(now)))


def _brief(ticket: Ticket) -> TicketBrief:
    crew = tuple(a.staff_id for a in _active_assignments(ticket) if a.staff_id)
    if Status(ticket.status) in (Status.NEW, Status.ACKNOWLEDGED):
        crew = ()  # left from before a reopen; dispatching again starts afresh
    return TicketBrief(ticket.id, ticket.number, ticket.status, ticket.room.code if ticket.room else "",
                       ticket.category.name, summary(ticket.description, 120), ticket.department_id, crew)


def _ticket(ticket_id: int) -> Ticket:
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise NotFound(MSG_TICKET_GONE)
    return ticket


# --- the board ---------------------------------------------------------------------
def board_cards(board_filter: BoardFilter, now: dt.datetime) -> list[CardData]:
    """Every ticket on the board (open or awaiting callback), most pressing first."""
    crew, printed = _board_assignments()
    cards = [_card(row, crew.get(row[0], ()), row[0] in printed, now) for row in _board_rows(board_filter)]
    cards.sort(key=lambda c: (c.due_at is None, c.due_at or now, PRIORITY_RANK.get(c.priority, 9), c.number))
    return cards


def _board_rows(board_filter: BoardFilter):
    query = (
        Ticket.select(Ticket.id, Ticket.number, Ticket.status, Ticket.kind, Ticket.priority, Room.code,
                      Community.name, Category.name, Ticket.description, Ticket.department, Department.name,
                      Ticket.received_at, Ticket.next_due, Ticket.paused_since)
        .join(Room, pw.JOIN.LEFT_OUTER, on=(Ticket.room == Room.id))
        .join(Community, pw.JOIN.LEFT_OUTER, on=(Room.community == Community.id))
        .switch(Ticket).join(Category, on=(Ticket.category == Category.id))
        .switch(Ticket).join(Department, pw.JOIN.LEFT_OUTER, on=(Ticket.department == Department.id))
        .where(Ticket.status.in_(list(LANE_OF_STATUS)))
    )
    if board_filter.department_id is not None:
        wanted = board_filter.department_id
        query = query.where((Ticket.department == wanted)
                            | (Ticket.department.is_null() & (Category.default_department == wanted)))
    if board_filter.community_id is not None:
        query = query.where(Room.community == board_filter.community_id)
    return query.tuples()


def _board_assignments() -> tuple[dict[int, tuple[CrewRef, ...]], set[int]]:
    rows = (Assignment.select(Assignment.ticket, Assignment.staff, Staff.name, Assignment.print_count)
            .join(Staff, pw.JOIN.LEFT_OUTER, on=(Assignment.staff == Staff.id))
            .switch(Assignment).join(Ticket, on=(Assignment.ticket == Ticket.id))
            .where(Assignment.active == True, Ticket.status.in_(list(LANE_OF_STATUS)))  # noqa: E712
            .order_by(Assignment.id).tuples())
    crew: dict[int, list[CrewRef]] = {}
    printed: set[int] = set()
    for ticket_id, staff_id, name, print_count in rows:
        if staff_id is not None:
            crew.setdefault(ticket_id, []).append(CrewRef(staff_id, name))
        if print_count:
            printed.add(ticket_id)
    return {ticket_id: tuple(refs) for ticket_id, refs in crew.items()}, printed


def _card(row: tuple, crew: tuple[CrewRef, ...], printed: bool, now: dt.datetime) -> CardData:
    (ticket_id, number, status, kind, priority, room, community, category, description,
     department_id, department, received_at, next_due, paused_since) = row
    paused = paused_since is not None
    return CardData(
        ticket_id=ticket_id, number=number, lane=LANE_OF_STATUS[status], status=status, kind=kind,
        priority=priority, room=room or "", community=community or "", category=category,
        description=summary(description), department_id=department_id, department=department or "",
        crew=crew, received_at=received_at, due_at=next_due,
        overdue=is_overdue(next_due, now, paused=paused), paused=paused, printed=printed,
    )


def summary(text: str, limit: int = 60) -> str:
    """The first line of a description, shortened for a card."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def is_overdue(due_at: dt.datetime | None, now: dt.datetime, *, paused: bool = False) -> bool:
    return due_at is not None and not paused and due_at < now


def board_communities() -> list[Choice]:
    rows = Community.select(Community.id, Community.name).where(Community.archived == False)  # noqa: E712
    return [Choice(row.id, row.name) for row in rows.order_by(Community.name)]


def crew_workloads(now: dt.datetime) -> list[DepartmentLoad]:
    """Per department (tickets dispatched to it) and per crew member (tickets with an
    active assignment to them): open tickets and how many of them are overdue."""
    crew_counts = _open_counts(Assignment.staff, now)
    department_counts = _department_counts(now)
    staff_rows = (Staff.select().where(Staff.archived == False)  # noqa: E712
                  .order_by(Staff.department, Staff.name))
    crew_by_department: dict[int, list[CrewLoad]] = {}
    for member in staff_rows:
        opened, overdue = crew_counts.get(member.id, (0, 0))
        load = CrewLoad(member.id, member.name, member.role, member.department_id, member.on_duty, opened, overdue)
        crew_by_department.setdefault(member.department_id, []).append(load)
    departments = Department.select().where(Department.archived == False).order_by(Department.id)  # noqa: E712
    return [DepartmentLoad(d.id, d.name, *department_counts.get(d.id, (0, 0)), tuple(crew_by_department.get(d.id, ())))
            for d in departments]


def _open_counts(column: pw.Field, now: dt.datetime) -> dict[int, tuple[int, int]]:
    overdue = pw.fn.SUM(pw.Case(None, [((Ticket.next_due < now) & Ticket.paused_since.is_null(), 1)], 0))
    rows = (Assignment.select(column, pw.fn.COUNT(pw.fn.DISTINCT(Ticket.id)), overdue)
            .join(Ticket, on=(Assignment.ticket == Ticket.id))
            .where(Assignment.active == True, column.is_null(False), Ticket.status.in_(list(OPEN_STATUSES)))  # noqa: E712
            .group_by(column).tuples())
    return {key: (count, late or 0) for key, count, late in rows}


def _department_counts(now: dt.datetime) -> dict[int, tuple[int, int]]:
    overdue = pw.fn.SUM(pw.Case(None, [((Ticket.next_due < now) & Ticket.paused_since.is_null(), 1)], 0))
    rows = (Ticket.select(Ticket.department, pw.fn.COUNT(Ticket.id), overdue)
            .where(Ticket.department.is_null(False), Ticket.status.in_(list(OPEN_STATUSES)))
            .group_by(Ticket.department).tuples())
    return {key: (count, late or 0) for key, count, late in rows}


# --- results from returned paper ---------------------------------------------------
def find_ticket_number(number: str) -> str:
    """The stored form of a typed or scanned number (full-width, lower case, spaces)."""
    return to_halfwidth(number).strip().upper()


def result_entry_for(number: str) -> ResultEntryData:
    """What the result form needs for the ticket a scanned number names."""
    wanted = find_ticket_number(number)
    ticket = Ticket.get_or_none(Ticket.number == wanted)
    if ticket is None:
        raise NotFound(MSG_NO_SUCH_TICKET, number=wanted)
    return result_entry(ticket.id)


def result_entry(ticket_id: int) -> ResultEntryData:
    """What the result form needs for one ticket; refused unless it awaits a result."""
    ticket = _ticket(ticket_id)
    if Status(ticket.status) not in AWAITING_RESULT:
        raise TransitionRefused(MSG_NOT_AWAITING, number=ticket.number)
    assigned = tuple(CrewRef(a.staff_id, a.staff.name) for a in _active_assignments(ticket) if a.staff_id)
    room = ticket.room
    return ResultEntryData(
        ticket_id=ticket.id, number=ticket.number, status=ticket.status, room=room.code if room else "",
        community=room.community.name if room else "", category=ticket.category.name,
        description=ticket.description, reporter=ticket.reporter_name, dispatched_at=ticket.dispatched_at,
        assigned=assigned, crew_choices=_crew_choices(assigned, ticket.department_id),
    )


def _crew_choices(assigned: tuple[CrewRef, ...], department_id: int | None) -> tuple[CrewRef, ...]:
    """Assigned crew first, then the ticket's department, then everyone else."""
    others = Staff.select().where(Staff.archived == False, Staff.id.not_in([c.staff_id for c in assigned]))  # noqa: E712
    ranked = sorted(others, key=lambda s: (s.department_id != department_id, s.department_id, s.name))
    return assigned + tuple(CrewRef(s.id, s.name) for s in ranked)


def record_result(ticket_id: int, entry: ResultEntry, *, operator: User, clock: Clock) -> ResultOutcome:
    """Validate the returned paper's result, store it and resolve the ticket."""
    now = clock.now()
    ticket = _ticket(ticket_id)
    if Status(ticket.status) not in AWAITING_RESULT:
        raise TransitionRefused(MSG_NOT_AWAITING, number=ticket.number)
    values = _validated_result(entry, ticket, now)
    with database.atomic():
        WorkResult.create(ticket=ticket, entered_by=operator, entered_at=now, **values)
        transition(ticket, Action.RESOLVE, operator=operator, at=now, note=values["work_done"])
        apply_deadlines(ticket)
        ticket.save()
    return ResultOutcome(ticket.id, ticket.number, now)


def _validated_result(entry: ResultEntry, ticket: Ticket, now: dt.datetime) -> dict:
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}
    finished = _checked_time(entry.finished, "finished", ticket, now, problems, params, required=True)
    arrived = _checked_time(entry.arrived, "arrived", ticket, now, problems, params, required=False)
    if arrived and finished and arrived > finished and "arrived" not in problems:
        problems["arrived"] = MSG_ARRIVED_AFTER_FINISH
    if not entry.work_done.strip():
        problems["work_done"] = MSG_WORK_DONE_REQUIRED
    cost_cents = _cost_cents(entry.cost, problems)
    if entry.owner_rating is not None and entry.owner_rating not in range(1, 6):
        problems["owner_rating"] = MSG_RATING_RANGE
    if entry.crew_id is not None and Staff.get_or_none(Staff.id == entry.crew_id) is None:
        problems["crew"] = MSG_NO_SUCH_STAFF
    if problems:
        raise ValidationError(problems, params)
    return dict(arrived_at=arrived, finished_at=finished, work_done=entry.work_done.strip(),
                materials=entry.materials.strip(), cost_cents=cost_cents, owner_signed=entry.owner_signed,
                crew=entry.crew_id, owner_rating=entry.owner_rating)


def _checked_time(value, field: str, ticket: Ticket, now: dt.datetime, problems: dict, params: dict, *,
                  required: bool) -> dt.datetime | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems[field] = MSG_FINISH_REQUIRED
        return None
    moment = value if isinstance(value, dt.datetime) else parse_entry_time(value, now.date())
    if moment is None:
        problems[field] = MSG_TIME_FORMAT
    elif moment > now:
        problems[field] = MSG_IN_FUTURE
    elif moment < ticket.received_at.replace(second=0):
        problems[field] = MSG_BEFORE_RECEIVED
        params[field] = {"received": format_datetime(ticket.received_at)}
    return moment


_TIME = re.compile(
    r"^(?:(?:(?P<year>\d{4})\s*[-/.年]\s*)?(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?\s*)?"
    r"(?P<hour>\d{1,2})\s*[:点时]\s*(?P<minute>\d{1,2})?\s*分?$"
)


def parse_entry_time(text: str, today: dt.date) -> dt.datetime | None:
    """A time as a clerk types it from paper: 14:30 (today), 11-23 14:30 (this year),
    2026-11-23 14:30, also with / . 年月日 点分 and full-width digits; None if not a time."""
    match = _TIME.match(to_halfwidth(text).strip())
    if not match:
        return None
    parts = {key: int(value) for key, value in match.groupdict().items() if value is not None}
    try:
        return dt.datetime(parts.get("year", today.year), parts.get("month", today.month), parts.get("day", today.day),
                           parts["hour"], parts.get("minute", 0))
    except ValueError:
        return None


def _cost_cents(cost: Decimal | str, problems: dict) -> int:
    text = to_halfwidth(str(cost)).strip().removeprefix("¥").removesuffix("元").strip()
    if not text:
        return 0
    try:
        amount = Decimal(text)
    except InvalidOperation:
        problems["cost"] = MSG_COST_FORMAT
        return 0
    if not amount.is_finite() or amount.as_tuple().exponent < -2:
        problems["cost"] = MSG_COST_FORMAT
        return 0
    if amount < 0:
        problems["cost"] = MSG_COST_NEGATIVE
        return 0
    return int(amount * 100)
