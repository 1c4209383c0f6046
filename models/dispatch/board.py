"""The dispatch board (SPEC §5): one card per ticket that is open or awaiting its
callback, in lanes named by the status they hold, most pressing first; and the crews'
workload, open and overdue tickets per department and per crew member.

Lanes: "new" (待派工: new and acknowledged), "dispatched" (已派工), "in_progress"
(处理中), "resolved" (待回访)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import peewee as pw

from models.codes import OPEN_STATUSES, Priority, Status
from models.dispatch.assignments import CrewRef
from models.registers import Category, Community, Department, Room, Staff
from models.tickets import Action, Assignment, Ticket, action_allowed_from

LANE_OF_STATUS: dict[str, str] = {
    Status.NEW: Status.NEW,
    Status.ACKNOWLEDGED: Status.NEW,
    Status.DISPATCHED: Status.DISPATCHED,
    Status.IN_PROGRESS: Status.IN_PROGRESS,
    Status.RESOLVED: Status.RESOLVED,
}
LANES: tuple[str, ...] = (Status.NEW, Status.DISPATCHED, Status.IN_PROGRESS, Status.RESOLVED)
# Lanes whose cards a crew holds: the ones a card can be dropped on to (re)dispatch it.
ACTIVE_LANES: tuple[str, ...] = (Status.DISPATCHED, Status.IN_PROGRESS)
DISPATCHABLE = frozenset(action_allowed_from(Action.DISPATCH))
PRIORITY_RANK = {Priority.URGENT: 0, Priority.NORMAL: 1, Priority.LOW: 2}


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
    dispatchable: bool = True  # the workflow still allows (re)dispatching it
    unhappy: bool = False  # reopened by an unsatisfied callback (回访不满意)


class BoardMode(StrEnum):
    """How the board groups its cards: by status, by crew member, or by department."""

    STATUS = "status"
    CREW = "crew"
    DEPARTMENT = "department"


class LaneKind(StrEnum):
    STATUS = "status"
    STAFF = "staff"
    DEPARTMENT = "department"


@dataclass(frozen=True)
class LaneKey:
    """A lane: the status it holds, or the crew member or department whose cards it shows."""

    kind: LaneKind
    id: str | int

    def __str__(self) -> str:
        return str(self.id) if self.kind is LaneKind.STATUS else f"{self.kind}.{self.id}"


@dataclass(frozen=True)
class Lane:
    key: LaneKey
    accepts_drops: bool
    cards: list[CardData]
    name: str = ""  # a crew member's or a department's name; status lanes are named by their status
    department: str = ""  # the department of a crew member's lane
    without_crew: bool = False  # the crew view's lane of a department's tickets that no crew member holds


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


# --- the board ---------------------------------------------------------------------
def board_cards(board_filter: BoardFilter, now: dt.datetime) -> list[CardData]:
    """Every ticket on the board (open or awaiting callback), most pressing first."""
    crew, printed = _board_assignments()
    cards = [_card(row, crew.get(row[0], ()), row[0] in printed, now) for row in _board_rows(board_filter)]
    cards.sort(key=lambda c: (c.due_at is None, c.due_at or now, PRIORITY_RANK.get(c.priority, 9), c.number))
    return cards


def _board_rows(board_filter: BoardFilter):
    query = (
        Ticket.select(
            Ticket.id,
            Ticket.number,
            Ticket.status,
            Ticket.kind,
            Ticket.priority,
            Room.code,
            Community.name,
            Category.name,
            Ticket.description,
            Ticket.department,
            Department.name,
            Ticket.received_at,
            Ticket.next_due,
            Ticket.paused_since,
            Ticket.callback_unhappy,
        )
        .join(Room, pw.JOIN.LEFT_OUTER, on=(Ticket.room == Room.id))
        .join(Community, pw.JOIN.LEFT_OUTER, on=(Room.community == Community.id))
        .switch(Ticket)
        .join(Category, on=(Ticket.category == Category.id))
        .switch(Ticket)
        .join(Department, pw.JOIN.LEFT_OUTER, on=(Ticket.department == Department.id))
        .where(Ticket.status.in_(list(LANE_OF_STATUS)))
    )
    if board_filter.department_id is not None:
        wanted = board_filter.department_id
        query = query.where(
            (Ticket.department == wanted) | (Ticket.department.is_null() & (Category.default_department == wanted))
        )
    if board_filter.community_id is not None:
        query = query.where(Room.community == board_filter.community_id)
    return query.tuples()


def _board_assignments() -> tuple[dict[int, tuple[CrewRef, ...]], set[int]]:
    rows = (
        Assignment.select(Assignment.ticket, Assignment.staff, Staff.name, Assignment.print_count)
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(Assignment.staff == Staff.id))
        .switch(Assignment)
        .join(Ticket, on=(Assignment.ticket == Ticket.id))
        .where(Assignment.active == True, Ticket.status.in_(list(LANE_OF_STATUS)))
        .order_by(Assignment.id)
        .tuples()
    )
    crew: dict[int, list[CrewRef]] = {}
    printed: set[int] = set()
    for ticket_id, staff_id, name, print_count in rows:
        if staff_id is not None:
            crew.setdefault(ticket_id, []).append(CrewRef(staff_id, name))
        if print_count:
            printed.add(ticket_id)
    return {ticket_id: tuple(refs) for ticket_id, refs in crew.items()}, printed


def _card(row: tuple, crew: tuple[CrewRef, ...], printed: bool, now: dt.datetime) -> CardData:
    (
        ticket_id,
        number,
        status,
        kind,
        priority,
        room,
        community,
        category,
        description,
        department_id,
        department,
        received_at,
        next_due,
        paused_since,
        unhappy,
    ) = row
    paused = paused_since is not None
    return CardData(
        ticket_id=ticket_id,
        number=number,
        lane=LANE_OF_STATUS[status],
        status=status,
        kind=kind,
        priority=priority,
        room=room or "",
        community=community or "",
        category=category,
        description=summary(description),
        department_id=department_id,
        department=department or "",
        crew=crew,
        received_at=received_at,
        due_at=next_due,
        overdue=is_overdue(next_due, now),
        paused=paused,
        printed=printed,
        dispatchable=status in DISPATCHABLE,
        unhappy=bool(unhappy),
    )


def summary(text: str, limit: int = 60) -> str:
    """The first line of a description, shortened for a card."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def is_overdue(due_at: dt.datetime | None, now: dt.datetime) -> bool:
    """The reminders' rule: the stored next deadline has passed. A pause stops the result
    clock only (a paused ticket has no result deadline), so a paused ticket whose
    acknowledgement or stage reply is late is overdue here as it is there."""
    return due_at is not None and due_at < now


def board_communities() -> list[Choice]:
    rows = Community.select(Community.id, Community.name).where(Community.archived == False)
    return [Choice(row.id, row.name) for row in rows.order_by(Community.name)]


def crew_workloads(now: dt.datetime) -> list[DepartmentLoad]:
    """Per department (tickets dispatched to it) and per crew member (tickets with an
    active assignment to them): open tickets and how many of them are overdue."""
    crew_counts = _open_counts(Assignment.staff, now)
    department_counts = _department_counts(now)
    staff_rows = Staff.select().where(Staff.archived == False).order_by(Staff.department, Staff.name)
    crew_by_department: dict[int, list[CrewLoad]] = {}
    for member in staff_rows:
        opened, overdue = crew_counts.get(member.id, (0, 0))
        load = CrewLoad(member.id, member.name, member.role, member.department_id, member.on_duty, opened, overdue)
        crew_by_department.setdefault(member.department_id, []).append(load)
    departments = Department.select().where(Department.archived == False).order_by(Department.id)
    return [
        DepartmentLoad(d.id, d.name, *department_counts.get(d.id, (0, 0)), tuple(crew_by_department.get(d.id, ())))
        for d in departments
    ]


def _open_counts(column: pw.Field, now: dt.datetime) -> dict[int, tuple[int, int]]:
    overdue = pw.fn.SUM(pw.Case(None, [(Ticket.next_due < now, 1)], 0))
    rows = (
        Assignment.select(column, pw.fn.COUNT(pw.fn.DISTINCT(Ticket.id)), overdue)
        .join(Ticket, on=(Assignment.ticket == Ticket.id))
        .where(Assignment.active == True, column.is_null(False), Ticket.status.in_(list(OPEN_STATUSES)))
        .group_by(column)
        .tuples()
    )
    return {key: (count, late or 0) for key, count, late in rows}


def _department_counts(now: dt.datetime) -> dict[int, tuple[int, int]]:
    overdue = pw.fn.SUM(pw.Case(None, [(Ticket.next_due < now, 1)], 0))
    rows = (
        Ticket.select(Ticket.department, pw.fn.COUNT(Ticket.id), overdue)
        .where(Ticket.department.is_null(False), Ticket.status.in_(list(OPEN_STATUSES)))
        .group_by(Ticket.department)
        .tuples()
    )
    return {key: (count, late or 0) for key, count, late in rows}


# --- lanes -------------------------------------------------------------------------
def board_lanes(
    cards: list[CardData], loads: list[DepartmentLoad], mode: BoardMode, department_id: int | None = None
) -> list[Lane]:
    """The board's lanes in order, each with its cards (in the cards' order). The first lane
    always holds what awaits dispatch; then the statuses, or one lane per department, or one
    per crew member followed by each department's tickets that no crew member holds yet."""
    waiting = Lane(LaneKey(LaneKind.STATUS, Status.NEW), False, [c for c in cards if c.lane == Status.NEW])
    if mode is BoardMode.STATUS:
        return [waiting] + [
            Lane(LaneKey(LaneKind.STATUS, status), status in ACTIVE_LANES, [c for c in cards if c.lane == status])
            for status in LANES[1:]
        ]
    departments = [d for d in loads if department_id is None or d.department_id == department_id]
    active = [c for c in cards if c.lane in ACTIVE_LANES]
    if mode is BoardMode.DEPARTMENT:
        return [waiting] + [_department_lane(d, active) for d in departments]
    crew = [
        Lane(
            LaneKey(LaneKind.STAFF, m.staff_id),
            True,
            [c for c in active if any(member.staff_id == m.staff_id for member in c.crew)],
            name=m.name,
            department=d.name,
        )
        for d in departments
        for m in d.crew
    ]
    uncrewed = [c for c in active if not c.crew]
    held = {c.department_id for c in uncrewed}
    return [waiting, *crew] + [
        _department_lane(d, uncrewed, without_crew=True) for d in departments if d.department_id in held
    ]


def _department_lane(department: DepartmentLoad, cards: list[CardData], *, without_crew: bool = False) -> Lane:
    mine = [c for c in cards if c.department_id == department.department_id]
    key = LaneKey(LaneKind.DEPARTMENT, department.department_id)
    return Lane(key, True, mine, name=department.name, without_crew=without_crew)
