"""Dispatching (派工, SPEC §2, §5): sending tickets to a department and/or crew members,
what the dispatch dialog offers to choose from, and marking work as started.

The board's cards and the crews' workload live in models.dispatch_board, typing in a
returned work order's result in models.work_results; both are re-exported here, so
`from models.dispatching import ...` serves the whole dispatch area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from models.clock import Clock
from models.codes import Status
from models.dispatch.assignments import MSG_NO_SUCH_STAFF, CrewRef, active_assignments, assigned_crew, get_ticket
from models.dispatch.board import (
    DepartmentLoad,
    crew_workloads,
    summary,
)
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import Permission, User, require
from models.registers import Department, Staff
from models.store import database
from models.tickets import (
    Action,
    Assignment,
    Ticket,
    apply_deadlines,
    check_allowed,
    clean_note,
    record_event,
    transition,
)

MSG_CHOOSE_CREW = QT_TRANSLATE_NOOP("models", "Choose a department or at least one crew member.")
MSG_ALREADY_ASSIGNED = QT_TRANSLATE_NOOP(
    "models", "Ticket {number} is already dispatched to exactly these crew members."
)
MSG_NO_SUCH_DEPARTMENT = QT_TRANSLATE_NOOP("models", "This department is no longer on the list.")
MSG_REPLY_REQUIRED = QT_TRANSLATE_NOOP(
    "models",
    "Ticket {number} has not been acknowledged yet: enter the reply given to the owner; it is recorded as the acknowledgement.",
)


# --- plain data --------------------------------------------------------------------
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


# --- dispatching -------------------------------------------------------------------
def dispatch(
    ticket_id: int,
    *,
    department_id: int | None = None,
    staff_ids: Iterable[int] = (),
    reply: str = "",
    operator: User,
    clock: Clock,
) -> DispatchOutcome:
    """Send the ticket to a department and/or crew members (one transaction). Adding crew
    to a ticket already dispatched or in progress keeps its status. A ticket still new
    is acknowledged first with `reply` (the reply given to the owner), which it needs."""
    require(operator, Permission.DISPATCH)
    with database.atomic():
        return _dispatch_one(get_ticket(ticket_id), department_id, tuple(staff_ids), reply, operator, clock.now())


def dispatch_many(
    ticket_ids: Sequence[int],
    *,
    department_id: int | None = None,
    staff_ids: Iterable[int] = (),
    reply: str = "",
    operator: User,
    clock: Clock,
) -> list[DispatchOutcome]:
    """Several tickets to the same crew in one transaction: all or none. `reply`
    acknowledges those still new (see dispatch())."""
    require(operator, Permission.DISPATCH)
    staff = tuple(staff_ids)
    now = clock.now()
    with database.atomic():
        return [
            _dispatch_one(get_ticket(ticket_id), department_id, staff, reply, operator, now) for ticket_id in ticket_ids
        ]


def start_work(ticket_ids: Sequence[int], *, operator: User, clock: Clock) -> None:
    """The crew has begun (e.g. phoned in from the site): dispatched → in progress."""
    require(operator, Permission.DISPATCH)
    now = clock.now()
    with database.atomic():
        for ticket_id in ticket_ids:
            ticket = get_ticket(ticket_id)
            transition(ticket, Action.START, operator=operator, at=now)
            apply_deadlines(ticket)


def _dispatch_one(
    ticket: Ticket,
    department_id: int | None,
    staff_ids: tuple[int, ...],
    reply: str,
    operator: User,
    now: dt.datetime,
) -> DispatchOutcome:
    check_allowed(ticket, Action.DISPATCH)
    department, crew = _targets(department_id, staff_ids)
    _acknowledge_if_new(ticket, reply, operator, now)
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
        record_event(
            ticket, Action.DISPATCH, operator=operator, at=now, field="assignment", old=_describe(before), new=note
        )
    apply_deadlines(ticket)
    ticket.save()
    return _outcome(ticket, added)


def _acknowledge_if_new(ticket: Ticket, reply: str, operator: User, now: dt.datetime) -> None:
    """SPEC §2: a ticket is acknowledged (assessed, owner told) before it is dispatched."""
    if Status(ticket.status) is not Status.NEW:
        return
    reply = clean_note(reply)
    if not reply:
        raise ValidationError({"reply": MSG_REPLY_REQUIRED}, {"reply": {"number": ticket.number}})
    transition(ticket, Action.ACKNOWLEDGE, operator=operator, at=now, note=reply)


def _targets(department_id: int | None, staff_ids: tuple[int, ...]) -> tuple[Department | None, list[Staff]]:
    if department_id is None and not staff_ids:
        raise ValidationError({"crew": MSG_CHOOSE_CREW})
    department = None
    if department_id is not None:
        department = Department.get_or_none(Department.id == department_id, Department.archived == False)
        if department is None:
            raise ValidationError({"department": MSG_NO_SUCH_DEPARTMENT})
    crew = []
    for staff_id in dict.fromkeys(staff_ids):
        member = Staff.get_or_none(Staff.id == staff_id, Staff.archived == False)
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
        Assignment.create(
            ticket=ticket, department=member.department, staff=member, assigned_at=now, assigned_by=operator, due_at=due
        )
        # a crew member of the department takes over the department-only assignment
        (
            Assignment.update(active=False)
            .where(
                Assignment.ticket == ticket,
                Assignment.staff.is_null(),
                Assignment.active == True,
                Assignment.department == member.department_id,
            )
            .execute()
        )


def _current_assignments(ticket: Ticket) -> list[Assignment]:
    """Active assignments; those left from before a reopen end when it is dispatched again."""
    if Status(ticket.status) in (Status.NEW, Status.ACKNOWLEDGED):
        (Assignment.update(active=False).where(Assignment.ticket == ticket, Assignment.active == True).execute())
        return []
    return active_assignments(ticket)


def _describe(assignments: list[Assignment]) -> str:
    names = [a.staff.name for a in assignments if a.staff_id]
    departments = sorted({a.department.name for a in assignments if a.department_id and not a.staff_id})
    return ", ".join(departments + names)


def _assignment_note(ticket: Ticket) -> str:
    crew = _describe(active_assignments(ticket))
    department = ticket.department.name if ticket.department_id else ""
    return f"{department}: {crew}" if department and crew != department else crew


def _outcome(ticket: Ticket, added: list[Staff]) -> DispatchOutcome:
    return DispatchOutcome(
        ticket.id,
        ticket.number,
        ticket.department_id,
        assigned_crew(ticket),
        tuple(CrewRef(m.id, m.name) for m in added),
    )


def dispatch_choices(ticket_ids: Sequence[int], now: dt.datetime) -> DispatchChoices:
    tickets = [get_ticket(ticket_id) for ticket_id in ticket_ids]
    briefs = tuple(_brief(ticket) for ticket in tickets)
    suggested = next(
        (
            t.department_id or t.category.default_department_id
            for t in tickets
            if t.department_id or t.category.default_department_id
        ),
        None,
    )
    return DispatchChoices(briefs, suggested, tuple(crew_workloads(now)))


def _brief(ticket: Ticket) -> TicketBrief:
    crew = tuple(a.staff_id for a in active_assignments(ticket) if a.staff_id)
    if Status(ticket.status) in (Status.NEW, Status.ACKNOWLEDGED):
        crew = ()  # left from before a reopen; dispatching again starts afresh
    return TicketBrief(
        ticket.id,
        ticket.number,
        ticket.status,
        ticket.room.code if ticket.room else "",
        ticket.category.name,
        summary(ticket.description, 120),
        ticket.department_id,
        crew,
    )
