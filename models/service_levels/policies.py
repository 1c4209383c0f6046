"""Service-level deadlines (SPEC §3): policies per kind × priority, and the arithmetic that
turns a ticket's receipt, pauses, acknowledgement and resolution into the stored
acknowledge / stage-reply / result / callback due times and the next one to watch.

Units: minutes and hours are clock time; "calendar days" and "working days" end at
23:59:59 of the Nth (working) day after the day the clock started (see working_days).
The result clock starts at receipt, or at the last reopening. Each finished pause is
given back as the time the result clock would have run during it: clock time for minute,
hour and calendar-day policies, only the part lying on working days for working-day
policies (a pause across National Day gives back none of the holiday). While a ticket is
paused it has no result deadline at all; the acknowledge and stage-reply clocks run on.
Callback deadlines count from resolution."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from models.codes import OPEN_STATUSES, DeadlineUnit, Kind, Priority, Status
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.service_levels.calendar import END_OF_DAY, WorkingCalendar
from models.service_levels.tables import SlaPolicy

WATCHED = (*OPEN_STATUSES, Status.RESOLVED)
DEADLINE_FIELDS = ("ack_due", "stage_reply_due", "result_due", "callback_due", "next_due")

ACK, STAGE_REPLY, RESULT, CALLBACK = "ack", "stage_reply", "result", "callback"
DEADLINE_LABELS = {
    ACK: QT_TRANSLATE_NOOP("models", "Acknowledge"),
    STAGE_REPLY: QT_TRANSLATE_NOOP("models", "Stage reply"),
    RESULT: QT_TRANSLATE_NOOP("models", "Result"),
    CALLBACK: QT_TRANSLATE_NOOP("models", "Callback"),
}
UNIT_LABELS = {
    DeadlineUnit.MINUTES: QT_TRANSLATE_NOOP("models", "minutes"),
    DeadlineUnit.HOURS: QT_TRANSLATE_NOOP("models", "hours"),
    DeadlineUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("models", "calendar days"),
    DeadlineUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("models", "working days"),
}
# The longest amount an office may set per unit: a month of minutes, a year of days.
UNIT_LIMITS = {
    DeadlineUnit.MINUTES: 43200,
    DeadlineUnit.HOURS: 720,
    DeadlineUnit.CALENDAR_DAYS: 365,
    DeadlineUnit.WORKING_DAYS: 250,
}
STAGE_REPLY_LIMIT = 1440

# A finished pause of the result clock: (paused at, resumed at).
Pause = tuple[dt.datetime, dt.datetime]

MSG_AMOUNT = QT_TRANSLATE_NOOP("models", "Enter a whole number from 1 to {limit}.")
MSG_UNIT = QT_TRANSLATE_NOOP("models", "Choose minutes, hours, calendar days or working days.")
MSG_STAGE_REPLY = QT_TRANSLATE_NOOP(
    "models", "Enter the stage reply time in minutes (1 to {limit}), or leave it empty."
)
MSG_KIND_PRIORITY = QT_TRANSLATE_NOOP("models", "Unknown ticket kind or priority.")


@dataclass(frozen=True)
class PolicyData:
    kind: str
    priority: str
    ack_amount: int
    ack_unit: str
    stage_reply_minutes: int | None
    result_amount: int
    result_unit: str
    callback_amount: int
    callback_unit: str


@dataclass(frozen=True)
class Deadlines:
    ack_due: dt.datetime | None
    stage_reply_due: dt.datetime | None
    result_due: dt.datetime | None
    callback_due: dt.datetime | None
    next_due: dt.datetime | None
    next_kind: str | None = None  # ACK, STAGE_REPLY, RESULT or CALLBACK
    estimated: bool = False  # a working-day deadline fell past the official calendar data


def default_policy(kind: str, priority: str) -> PolicyData:
    """SPEC §3: acknowledge in 24 h (urgent 30 min, with a stage reply in 30 min), result
    in 3 working days, callback in 7 days."""
    urgent = priority == Priority.URGENT
    return PolicyData(
        kind=str(kind),
        priority=str(priority),
        ack_amount=30 if urgent else 24,
        ack_unit=DeadlineUnit.MINUTES if urgent else DeadlineUnit.HOURS,
        stage_reply_minutes=30 if urgent else None,
        result_amount=3,
        result_unit=DeadlineUnit.WORKING_DAYS,
        callback_amount=7,
        callback_unit=DeadlineUnit.CALENDAR_DAYS,
    )


def seed_default_policies() -> None:
    """A new office starts with the SPEC §3 policy for every kind × priority."""
    if not SlaPolicy.select().exists():
        SlaPolicy.insert_many(
            [asdict(default_policy(kind, priority)) for kind in Kind for priority in Priority]
        ).execute()


def _policy_data(row: SlaPolicy) -> PolicyData:
    return PolicyData(
        kind=row.kind,
        priority=row.priority,
        ack_amount=row.ack_amount,
        ack_unit=row.ack_unit,
        stage_reply_minutes=row.stage_reply_minutes,
        result_amount=row.result_amount,
        result_unit=row.result_unit,
        callback_amount=row.callback_amount,
        callback_unit=row.callback_unit,
    )


def list_policies() -> list[PolicyData]:
    """One policy per kind × priority, in the order of the Kind and Priority lists."""
    stored = _policies_by_key()
    return [
        stored.get((kind.value, priority.value)) or default_policy(kind, priority)
        for kind in Kind
        for priority in Priority
    ]


def _policies_by_key() -> dict[tuple[str, str], PolicyData]:
    return {(row.kind, row.priority): _policy_data(row) for row in SlaPolicy.select()}


def policy_for(kind: str, priority: str) -> PolicyData:
    row = SlaPolicy.get_or_none((SlaPolicy.kind == kind) & (SlaPolicy.priority == priority))
    return _policy_data(row) if row else default_policy(kind, priority)


def validate_policy(policy: PolicyData) -> tuple[dict[str, str], dict[str, dict]]:
    """Problems by field name (ack_amount, ack_unit, stage_reply_minutes, …) and their params."""
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}
    if policy.kind not in {k.value for k in Kind} or policy.priority not in {p.value for p in Priority}:
        problems["kind"] = MSG_KIND_PRIORITY
    for name in ("ack", "result", "callback"):
        amount, unit = getattr(policy, f"{name}_amount"), getattr(policy, f"{name}_unit")
        if unit not in UNIT_LIMITS:
            problems[f"{name}_unit"] = MSG_UNIT
        elif not _whole_in_range(amount, UNIT_LIMITS[unit]):
            problems[f"{name}_amount"] = MSG_AMOUNT
            params[f"{name}_amount"] = {"limit": UNIT_LIMITS[unit]}
    if policy.stage_reply_minutes is not None and not _whole_in_range(policy.stage_reply_minutes, STAGE_REPLY_LIMIT):
        problems["stage_reply_minutes"] = MSG_STAGE_REPLY
        params["stage_reply_minutes"] = {"limit": STAGE_REPLY_LIMIT}
    return problems, params


def _whole_in_range(value: object, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= limit


def store_policy(policy: PolicyData) -> None:
    """Validate and store one kind × priority policy. The tickets area's save_policy()
    also recomputes the deadlines that follow from it, in the same transaction."""
    problems, params = validate_policy(policy)
    if problems:
        raise ValidationError(problems, params)
    values = asdict(policy)
    SlaPolicy.insert(**values).on_conflict(
        conflict_target=[SlaPolicy.kind, SlaPolicy.priority],
        update={getattr(SlaPolicy, key): value for key, value in values.items() if key not in ("kind", "priority")},
    ).execute()


def add_amount(start: dt.datetime, amount: int, unit: str, calendar: WorkingCalendar) -> dt.datetime:
    return adder(amount, unit, calendar)(start)


def adder(amount: int, unit: str, calendar: WorkingCalendar) -> Callable[[dt.datetime], dt.datetime]:
    """add_amount with its step worked out once, for many starts (PolicyClock)."""
    if unit == DeadlineUnit.MINUTES:
        step = dt.timedelta(minutes=amount)
        return lambda start: start + step
    if unit == DeadlineUnit.HOURS:
        step = dt.timedelta(hours=amount)
        return lambda start: start + step
    if unit == DeadlineUnit.CALENDAR_DAYS:
        days = dt.timedelta(days=amount)
        return lambda start: dt.datetime.combine(start.date() + days, END_OF_DAY)
    return lambda start: calendar.add_working_days(start, amount)


def give_back_paused(due: dt.datetime, pauses: Sequence[Pause], unit: str, calendar: WorkingCalendar) -> dt.datetime:
    """`due` moved on by the time the clock stood still in `pauses`: working time on the
    working-day calendar for a deadline counted in working days, plain time otherwise."""
    if unit == DeadlineUnit.WORKING_DAYS:
        seconds = sum(calendar.working_seconds_between(start, end) for start, end in pauses)
        return calendar.add_working_time(due, seconds) if seconds else due
    seconds = sum(max(0, int((end - start).total_seconds())) for start, end in pauses)
    return due + dt.timedelta(seconds=seconds)


def deadlines_for(
    kind: str,
    priority: str,
    received_at: dt.datetime,
    *,
    calendar: WorkingCalendar,
    policy: PolicyData | None = None,
    pauses: Sequence[Pause] = (),
    resolved_at: dt.datetime | None = None,
    acknowledged_at: dt.datetime | None = None,
    status: str | None = None,
    stage_replied: bool = False,
    paused_since: dt.datetime | None = None,
    result_clock_from: dt.datetime | None = None,
    callback_open: bool = True,
) -> Deadlines:
    """All deadlines of a ticket in the given state; `status` None means a new ticket.
    `pauses` are the result clock's finished pauses since it started (receipt or the
    last reopening); `paused_since` a pause still running.
    A resolved ticket whose callback was given up (`callback_open` False) still shows
    its callback deadline but no longer waits for it."""
    policy = policy or policy_for(kind, priority)
    clock = PolicyClock(policy, calendar)
    ack_due, stage_due, result_due, callback_due, next_kind, next_due = clock.due_times(
        received_at,
        pauses,
        resolved_at,
        acknowledged_at,
        Status(status or Status.NEW),
        stage_replied,
        paused_since,
        result_clock_from,
        callback_open,
    )
    start = result_clock_from or received_at
    estimated = _estimated(calendar, policy, start, result_due, resolved_at, callback_due)
    return Deadlines(ack_due, stage_due, result_due, callback_due, next_due, next_kind, estimated)


class PolicyClock:
    """One policy's deadlines worked out from a ticket's state, each deadline's step worked
    out once (the demo office applies each policy to a million tickets)."""

    __slots__ = ("ack", "result", "callback", "stage_reply", "result_unit", "calendar")

    def __init__(self, policy: PolicyData, calendar: WorkingCalendar) -> None:
        self.ack = adder(policy.ack_amount, policy.ack_unit, calendar)
        self.result = adder(policy.result_amount, policy.result_unit, calendar)
        self.callback = adder(policy.callback_amount, policy.callback_unit, calendar)
        self.stage_reply = dt.timedelta(minutes=policy.stage_reply_minutes) if policy.stage_reply_minutes else None
        self.result_unit = policy.result_unit
        self.calendar = calendar

    def due_times(
        self,
        received_at: dt.datetime,
        pauses: Sequence[Pause],
        resolved_at: dt.datetime | None,
        acknowledged_at: dt.datetime | None,
        status: Status,
        stage_replied: bool,
        paused_since: dt.datetime | None,
        result_clock_from: dt.datetime | None,
        callback_open: bool = True,
    ) -> tuple:
        """(ack, stage reply, result, callback) due, the next deadline's kind and its due
        time (see deadlines_for, which adds whether one is an estimate)."""
        ack_due = self.ack(received_at)
        stage_due = received_at + self.stage_reply if self.stage_reply is not None else None
        is_open = status in OPEN_STATUSES
        result_due = None
        if paused_since is None or not is_open:
            result_due = self.result(result_clock_from or received_at)
            if pauses:
                result_due = give_back_paused(result_due, pauses, self.result_unit, self.calendar)
        callback_due = self.callback(resolved_at) if resolved_at else None
        if is_open:
            pending = (
                (ACK, ack_due if acknowledged_at is None else None),
                (STAGE_REPLY, None if stage_replied else stage_due),
                (RESULT, result_due),
            )
        elif status is Status.RESOLVED:
            pending = ((CALLBACK, callback_due if callback_open else None),)
        else:
            pending = ()
        next_kind = next_due = None
        for name, due in pending:  # the earliest; the first of equals
            if due is not None and (next_due is None or due < next_due):
                next_kind, next_due = name, due
        return ack_due, stage_due, result_due, callback_due, next_kind, next_due


def _estimated(calendar, policy, start, result_due, resolved_at, callback_due) -> bool:
    spans = []
    if policy.result_unit == DeadlineUnit.WORKING_DAYS and result_due:
        spans.append((start.date(), result_due.date()))
    if policy.callback_unit == DeadlineUnit.WORKING_DAYS and callback_due:
        spans.append((resolved_at.date(), callback_due.date()))
    return any(calendar.estimated_between(first, last) for first, last in spans)


def time_left(due: dt.datetime | None, now: dt.datetime) -> dt.timedelta | None:
    """Time until `due`; negative when overdue, None when there is no deadline."""
    return None if due is None else due - now


def next_deadline_kind(
    ack_due,
    stage_reply_due,
    result_due,
    callback_due,
    next_due,
    *,
    acknowledged: bool = False,
    status: str | None = None,
) -> str | None:
    """Which deadline the stored next_due is: ACK, STAGE_REPLY, RESULT or CALLBACK."""
    if next_due is None:
        return None
    if status == Status.RESOLVED:
        return CALLBACK if callback_due == next_due else None
    candidates = (
        ((STAGE_REPLY, stage_reply_due), (RESULT, result_due))
        if acknowledged
        else ((ACK, ack_due), (STAGE_REPLY, stage_reply_due), (RESULT, result_due))
    )
    return next((name for name, due in candidates if due == next_due), None)


class EstimateRule:
    """Which stored deadlines are estimates: working-day deadlines that fall past the
    calendar package's data (Monday–Friday assumed) on a day the office has not ruled on.
    Loads the policies once, so a registry page asks it for each row cheaply."""

    def __init__(self, calendar: WorkingCalendar, policies: list[PolicyData]) -> None:
        self.calendar = calendar
        self.units = {
            (p.kind, p.priority): {ACK: p.ack_unit, RESULT: p.result_unit, CALLBACK: p.callback_unit} for p in policies
        }

    def is_estimate(self, kind: str, priority: str, which: str | None, due: dt.datetime | None) -> bool:
        """`which` is ACK, STAGE_REPLY, RESULT or CALLBACK (stage replies are minutes, never estimates)."""
        if due is None or which is None:
            return False
        unit = self.units.get((kind, priority), {}).get(which)
        return unit == DeadlineUnit.WORKING_DAYS and self.calendar.is_estimated(due.date())
