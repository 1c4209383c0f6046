"""What the callbacks page, the callback sheet and the global search read: the views of
callbacks (due today, overdue, upcoming, done, for the supervisor), one page at a time,
sorted by deadline, with filters and footer counts; one callback's entry (the owner,
the job done and by whom, the calls so far); a scanned ticket number's open callback.

- due today: open (pending), not yet past its deadline, next call planned for today or
  earlier;
- overdue: open and past its deadline — a callback's deadline counts only while it is
  open, so a done, abandoned or cancelled callback is never overdue;
- upcoming: open, not past its deadline, next call planned after today;
- done: finished (done or abandoned) within a date range, by the time it finished;
- supervisor: flagged (unhappy, partly solved, rating 3, unreachable) and not yet seen.

The open views walk the (status, due_at) and (status, call_at) indexes: open callbacks
are a few days' worth whatever the size of the office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

import peewee as pw

from models.clock import format_datetime
from models.codes import AuditKind, CallbackStatus, Permission
from models.dispatch import find_ticket_number
from models.errors import NotFound
from models.followup.callback_settings import sheet_full_phone
from models.followup.callbacks import MSG_NO_CALLBACK
from models.followup.supervisor_queue import supervisor_condition
from models.followup.tables import Callback, CallbackAttempt
from models.office import User, may, record_audit, require
from models.registers import Category, Community, Department, Household, Room, Staff, mask_phone
from models.tickets import Ticket, WorkResult

PAGE_LIMIT = 200
FINISHED = (CallbackStatus.DONE, CallbackStatus.ABANDONED)


class View(StrEnum):
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    DONE = "done"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class CallbackFilter:
    """`clerk_id`: the ticket's first responder in the open views, who made the call in
    done; `done_from` / `done_to`: the done view's dates (both days included)."""

    view: str = View.DUE_TODAY
    clerk_id: int | None = None
    community_id: int | None = None
    kind: str | None = None
    department_id: int | None = None
    done_from: dt.date | None = None
    done_to: dt.date | None = None


@dataclass(frozen=True)
class CallbackRow:
    callback_id: int
    ticket_id: int
    number: str
    status: str
    ticket_status: str
    kind: str
    category: str
    room: str
    community: str
    owner: str
    phone_masked: str
    department: str
    due_at: dt.datetime
    due_text: str
    call_at: dt.datetime | None
    call_text: str
    attempts: int
    overdue: bool
    solved: str | None
    rating: int | None
    done_at: dt.datetime | None
    flagged: bool
    unhappy: bool


@dataclass(frozen=True)
class CallbackCounts:
    due_today: int
    overdue: int
    upcoming: int
    supervisor: int


@dataclass(frozen=True)
class AttemptLine:
    at: dt.datetime
    by: str
    outcome: str
    note: str
    next_call_at: dt.datetime | None


@dataclass(frozen=True)
class CallbackEntryData:
    """What the phone panel shows for one callback."""

    callback_id: int
    ticket_id: int
    number: str
    status: str
    ticket_status: str
    owner: str
    reporter: str
    room: str
    community: str
    phone: str
    phone_masked: str
    category: str
    description: str
    work_done: str
    crew: str
    finished_at: dt.datetime | None
    resolved_at: dt.datetime | None
    due_at: dt.datetime
    call_at: dt.datetime | None
    attempts: int
    overdue: bool
    attempt_lines: list[AttemptLine] = field(default_factory=list)
    version: int = 1  # the callback's version the panel was filled from (record_call's expected_version)


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


def view_condition(view: str, now: dt.datetime, done_from: dt.date | None = None, done_to: dt.date | None = None):
    _, tomorrow = _day_bounds(now.date())
    pending = Callback.status == CallbackStatus.PENDING
    if view == View.OVERDUE:
        return pending & (Callback.due_at < now)
    if view == View.DUE_TODAY:
        return pending & (Callback.call_at < tomorrow) & (Callback.due_at >= now)
    if view == View.UPCOMING:
        return pending & (Callback.call_at >= tomorrow) & (Callback.due_at >= now)
    if view == View.SUPERVISOR:
        return supervisor_condition()
    condition = Callback.status.in_(list(FINISHED))
    if done_from is not None:
        condition &= Callback.done_at >= _day_bounds(done_from)[0]
    if done_to is not None:
        condition &= Callback.done_at < _day_bounds(done_to)[1]
    return condition


def _filtered(query: pw.ModelSelect, f: CallbackFilter, now: dt.datetime) -> pw.ModelSelect:
    query = query.where(view_condition(f.view, now, f.done_from, f.done_to))
    if f.clerk_id is not None:
        query = query.where(
            (Callback.done_by == f.clerk_id) if f.view == View.DONE else (Ticket.first_responder == f.clerk_id)
        )
    if f.community_id is not None:
        query = query.where(Room.community == f.community_id)
    if f.kind:
        query = query.where(Ticket.kind == f.kind)
    if f.department_id is not None:
        query = query.where(Ticket.department == f.department_id)
    return query


def _joined(*columns) -> pw.ModelSelect:
    return (
        Callback.select(*columns)
        .join(Ticket, on=(Callback.ticket == Ticket.id))
        .join(Room, pw.JOIN.LEFT_OUTER, on=(Ticket.room == Room.id))
        .switch(Callback)
    )


ROW_COLUMNS = (
    Callback.id,
    Ticket.id,
    Ticket.number,
    Callback.status,
    Ticket.status,
    Ticket.kind,
    Category.name,
    Room.code,
    Community.name,
    Household.name,
    Ticket.reporter_name,
    Ticket.reporter_phone,
    Department.name,
    Callback.due_at,
    Callback.call_at,
    Callback.attempts,
    Callback.solved,
    Callback.rating,
    Callback.done_at,
    Callback.flagged,
    Ticket.callback_unhappy,
)


def fetch_callbacks(f: CallbackFilter, now: dt.datetime, offset: int = 0, limit: int = PAGE_LIMIT) -> list[CallbackRow]:
    """One page of the view, by deadline (done: latest finished first)."""
    query = (
        _filtered(_joined(*ROW_COLUMNS), f, now)
        .join_from(Ticket, Category, on=(Ticket.category == Category.id))
        .join_from(Room, Community, pw.JOIN.LEFT_OUTER, on=(Room.community == Community.id))
        .join_from(Ticket, Household, pw.JOIN.LEFT_OUTER, on=(Ticket.household == Household.id))
        .join_from(Ticket, Department, pw.JOIN.LEFT_OUTER, on=(Ticket.department == Department.id))
    )
    order = (Callback.done_at.desc(), Callback.id.desc()) if f.view == View.DONE else (Callback.due_at, Callback.id)
    rows = query.order_by(*order).offset(offset).limit(limit).tuples()
    return [_row(values, now) for values in rows]


def _row(values: tuple, now: dt.datetime) -> CallbackRow:
    (cid, tid, number, status, ticket_status, kind, category, room, community, household, reporter, phone) = values[:12]
    (department, due_at, call_at, attempts, solved, rating, done_at, flagged, unhappy) = values[12:]
    return CallbackRow(
        callback_id=cid,
        ticket_id=tid,
        number=number,
        status=status,
        ticket_status=ticket_status,
        kind=kind,
        category=category,
        room=room or "",
        community=community or "",
        owner=household or reporter,
        phone_masked=mask_phone(phone),
        department=department or "",
        due_at=due_at,
        due_text=format_datetime(due_at),
        call_at=call_at,
        call_text=format_datetime(call_at),
        attempts=attempts,
        overdue=status == CallbackStatus.PENDING and due_at < now,
        solved=solved,
        rating=rating,
        done_at=done_at,
        flagged=bool(flagged),
        unhappy=bool(unhappy),
    )


def count_callbacks(f: CallbackFilter, now: dt.datetime) -> int:
    """How many callbacks the view holds. Without a filter on the ticket or its room the
    callbacks are counted on their own table: every callback has its ticket, and joining
    it only read one ticket row per callback (3 s for the supervisor's 100,000 on the
    1,000,000-ticket demo office)."""
    if not _reads_ticket(f):
        return _filtered(Callback.select(Callback.id), f, now).count()
    return _filtered(_joined(Callback.id), f, now).count()


def _reads_ticket(f: CallbackFilter) -> bool:
    """Whether the filter looks at the ticket or its room (see _filtered)."""
    clerk_on_ticket = f.clerk_id is not None and f.view != View.DONE
    return clerk_on_ticket or f.community_id is not None or bool(f.kind) or f.department_id is not None


def callback_counts(f: CallbackFilter, now: dt.datetime) -> CallbackCounts:
    """The footer: how many callbacks each open view and the supervisor's list hold,
    under the same clerk / community / kind / department filters."""
    counts = {
        view: count_callbacks(CallbackFilter(view, f.clerk_id, f.community_id, f.kind, f.department_id), now)
        for view in (View.DUE_TODAY, View.OVERDUE, View.UPCOMING, View.SUPERVISOR)
    }
    return CallbackCounts(**{str(view): count for view, count in counts.items()})


def open_callback_overdue_count(now: dt.datetime) -> int:
    return Callback.select().where(view_condition(View.OVERDUE, now)).count()


# --- one callback ------------------------------------------------------------------
def callback_entry(callback_id: int, now: dt.datetime) -> CallbackEntryData:
    callback = Callback.get_or_none(Callback.id == callback_id)
    if callback is None:
        raise NotFound(MSG_NO_CALLBACK)
    ticket = callback.ticket
    room = Room.get_or_none(Room.id == ticket.room_id) if ticket.room_id else None
    household = Household.get_or_none(Household.id == ticket.household_id) if ticket.household_id else None
    result = WorkResult.select().where(WorkResult.ticket == ticket).order_by(WorkResult.id.desc()).first()
    crew = Staff.get_or_none(Staff.id == result.crew_id) if result and result.crew_id else None
    return CallbackEntryData(
        callback_id=callback.id,
        ticket_id=ticket.id,
        number=ticket.number,
        status=callback.status,
        ticket_status=ticket.status,
        owner=household.name if household else ticket.reporter_name,
        reporter=ticket.reporter_name,
        room=room.code if room else "",
        community=room.community.name if room else "",
        phone=ticket.reporter_phone,
        phone_masked=mask_phone(ticket.reporter_phone),
        category=Category.get_by_id(ticket.category_id).name,
        description=ticket.description,
        work_done=result.work_done if result else "",
        crew=crew.name if crew else "",
        finished_at=result.finished_at if result else None,
        resolved_at=callback.resolved_at,
        due_at=callback.due_at,
        call_at=callback.call_at,
        attempts=callback.attempts,
        overdue=callback.status == CallbackStatus.PENDING and callback.due_at < now,
        attempt_lines=_attempt_lines(callback),
        version=callback.version,
    )


def _attempt_lines(callback: Callback) -> list[AttemptLine]:
    rows = (
        CallbackAttempt.select(CallbackAttempt, User.display_name)
        .join(User, on=(CallbackAttempt.by == User.id))
        .where(CallbackAttempt.callback == callback)
        .order_by(CallbackAttempt.at, CallbackAttempt.id)
    )
    return [AttemptLine(a.at, a.by.display_name, a.outcome, a.note, a.next_call_at) for a in rows]


def open_callback_for_number(text: str) -> int | None:
    """The pending callback of the ticket a typed or scanned number names, if any."""
    number = find_ticket_number(text)
    row = (
        Callback.select(Callback.id)
        .join(Ticket, on=(Callback.ticket == Ticket.id))
        .where(Ticket.number == number, Callback.status == CallbackStatus.PENDING)
        .first()
    )
    return row.id if row else None


def latest_callback_of_ticket(ticket_id: int) -> int | None:
    row = Callback.select(Callback.id).where(Callback.ticket == ticket_id).order_by(Callback.id.desc()).first()
    return row.id if row else None


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class CallbackFilterChoices:
    clerks: list[Choice]
    communities: list[Choice]
    departments: list[Choice]


def filter_choices() -> CallbackFilterChoices:
    """What the page's clerk, community and department filters offer."""
    clerks = User.select().where(User.active == True).order_by(User.display_name)
    communities = Community.select().where(Community.archived == False).order_by(Community.name)
    departments = Department.select().where(Department.archived == False).order_by(Department.id)
    return CallbackFilterChoices(
        [Choice(u.id, u.display_name) for u in clerks],
        [Choice(c.id, c.name) for c in communities],
        [Choice(d.id, d.name) for d in departments],
    )


# --- the callback sheet (回访单) ------------------------------------------------------


@dataclass(frozen=True)
class SheetLine:
    """One callback on the paper sheet (plain data; the PDF loads no Qt)."""

    callback_id: int
    number: str
    owner: str
    room: str
    community: str
    phone: str  # masked unless the office prints full numbers
    kind: str
    category: str
    description: str
    work_done: str
    crew: str
    finished_at: dt.datetime | None
    due_at: dt.datetime
    attempts: int


def callback_sheet(day: dt.date, *, operator: User, at: dt.datetime) -> list[SheetLine]:
    """The callbacks to make on `day`: open, next call planned for that day or earlier
    (overdue ones included), by deadline. See `sheet_lines` for who may and the numbers."""
    _, next_day = _day_bounds(day)
    ids = (
        Callback.select(Callback.id)
        .where(Callback.status == CallbackStatus.PENDING, Callback.call_at < next_day)
        .order_by(Callback.due_at, Callback.id)
    )
    return sheet_lines([row.id for row in ids], operator=operator, at=at, subject=f"callback_sheet:{day}")


def sheet_lines(
    callback_ids: list[int], *, operator: User, at: dt.datetime, subject: str = "callback_sheet"
) -> list[SheetLine]:
    """The sheet's lines for chosen callbacks, in the order given: a role that makes
    callbacks. Phone numbers are masked (SPEC §6) unless the office prints full numbers on
    the sheet and the operator's role may see them; then the sheet is a reveal, logged in
    the audit (who, when, which sheet, how many numbers)."""
    require(operator, Permission.CALL_BACK)
    full = sheet_full_phone() and may(operator, Permission.REVEAL_PHONE)
    lines = []
    for callback_id in callback_ids:
        entry = callback_entry(callback_id, dt.datetime.min)
        ticket = Ticket.get_by_id(entry.ticket_id)
        lines.append(
            SheetLine(
                callback_id=entry.callback_id,
                number=entry.number,
                owner=entry.owner,
                room=entry.room,
                community=entry.community,
                phone=entry.phone if full else entry.phone_masked,
                kind=ticket.kind,
                category=entry.category,
                description=entry.description,
                work_done=entry.work_done,
                crew=entry.crew,
                finished_at=entry.finished_at,
                due_at=entry.due_at,
                attempts=entry.attempts,
            )
        )
    if full and lines:
        numbers = {"numbers": len(lines), "tickets": [line.number for line in lines]}
        record_audit(AuditKind.REVEAL, subject, actor=operator, at=at, new=numbers)
    return lines
