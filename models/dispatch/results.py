"""The return of the paper (SPEC §2, §5): finding the ticket a typed or scanned work
order number names, and typing in the result the crew wrote on it (times, work done,
materials, cost, the owner's signature and rating), which resolves the ticket."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from models.clock import Clock, format_datetime
from models.codes import Status
from models.dispatch.assignments import MSG_NO_SUCH_STAFF, CrewRef, assigned_crew, get_ticket
from models.errors import NotFound, TransitionRefused, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import Permission, User, require
from models.registers import Staff, to_halfwidth
from models.store import retrying
from models.tickets import Action, Ticket, WorkResult, apply_deadlines, claim_ticket, transition

AWAITING_RESULT = (Status.DISPATCHED, Status.IN_PROGRESS)

MSG_NO_SUCH_TICKET = QT_TRANSLATE_NOOP("models", "There is no ticket with the number {number}.")
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
    version: int = 1  # the ticket's version the form is filled from (record_result's expected_version)


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
    ticket = get_ticket(ticket_id)
    if Status(ticket.status) not in AWAITING_RESULT:
        raise TransitionRefused(MSG_NOT_AWAITING, number=ticket.number)
    assigned = assigned_crew(ticket)
    room = ticket.room
    return ResultEntryData(
        ticket_id=ticket.id,
        number=ticket.number,
        status=ticket.status,
        room=room.code if room else "",
        community=room.community.name if room else "",
        category=ticket.category.name,
        description=ticket.description,
        reporter=ticket.reporter_name,
        dispatched_at=ticket.dispatched_at,
        assigned=assigned,
        crew_choices=_crew_choices(assigned, ticket.department_id),
        version=ticket.version,
    )


def _crew_choices(assigned: tuple[CrewRef, ...], department_id: int | None) -> tuple[CrewRef, ...]:
    """Assigned crew first, then the ticket's department, then everyone else."""
    others = Staff.select().where(Staff.archived == False, Staff.id.not_in([c.staff_id for c in assigned]))
    ranked = sorted(others, key=lambda s: (s.department_id != department_id, s.department_id, s.name))
    return assigned + tuple(CrewRef(s.id, s.name) for s in ranked)


def record_result(
    ticket_id: int, entry: ResultEntry, *, operator: User, clock: Clock, expected_version: int | None = None
) -> ResultOutcome:
    """Validate the returned paper's result, store it and resolve the ticket. With
    `expected_version` (ResultEntryData.version) a ticket another desk changed since the
    form was filled is refused with EditConflict; the ticket is read inside the
    transaction, so two desks typing the same paper never both resolve it."""
    require(operator, Permission.RECORD_RESULT)
    now = clock.now()

    def work() -> Ticket:
        claim_ticket(ticket_id, expected_version)
        ticket = get_ticket(ticket_id)
        if Status(ticket.status) not in AWAITING_RESULT:
            raise TransitionRefused(MSG_NOT_AWAITING, number=ticket.number)
        values = _validated_result(entry, ticket, now)
        WorkResult.create(ticket=ticket, entered_by=operator, entered_at=now, **values)
        transition(ticket, Action.RESOLVE, operator=operator, at=now, note=values["work_done"])
        apply_deadlines(ticket)
        ticket.save()
        return ticket

    ticket = retrying(work)
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
    return dict(
        arrived_at=arrived,
        finished_at=finished,
        work_done=entry.work_done.strip(),
        materials=entry.materials.strip(),
        cost_cents=cost_cents,
        owner_signed=entry.owner_signed,
        crew=entry.crew_id,
        owner_rating=entry.owner_rating,
    )


def _checked_time(
    value, field: str, ticket: Ticket, now: dt.datetime, problems: dict, params: dict, *, required: bool
) -> dt.datetime | None:
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
        return dt.datetime(
            parts.get("year", today.year),
            parts.get("month", today.month),
            parts.get("day", today.day),
            parts["hour"],
            parts.get("minute", 0),
        )
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
