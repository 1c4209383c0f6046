"""Callbacks (回访, SPEC §2–§3): scheduled when a ticket is resolved, cancelled when it
is reopened, cancelled, merged or closed first; each call typed in by the desk.

A call that does not reach the owner is counted and plans the next one (the office's
rules in callback_settings); after the maximum the callback ends as 无法联系 and the
supervisor decides whether to close the ticket. A reached owner gives a verdict:
rating ≤ 2 or "not solved" reopens the ticket (回访不满意, new deadlines from the
reopening, marked on the dispatch board, flagged for the supervisor); rating 3 or
"partly" reopens or is flagged, by a setting; otherwise the ticket is 已回访 and closed
at once or by the supervisor, by a setting. Every step is a timeline event; every
action is one transaction.

A time the owner names ("call me later at …") is kept even past the maximum of attempts.

The callback is made by someone other than the crew who did the job: an operator
linked to a staff member on the ticket's work is refused (`check_caller`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.clock import Clock, format_datetime
from models.codes import AttemptOutcome, AuditKind, CallbackStatus, Channel, Permission, Solved, Status
from models.dispatch import parse_entry_time
from models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from models.followup.callback_settings import CallbackRules, callback_rules, next_attempt_at
from models.followup.tables import CALLBACK_CHANNELS, Callback, CallbackAttempt
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_audit, require
from models.registers import to_halfwidth
from models.service_levels import add_amount, load_calendar, policy_for
from models.store import database, retrying
from models.tickets import (
    Action,
    Assignment,
    Ticket,
    WorkResult,
    apply_deadlines,
    record_event,
    ticket_conflict,
    transition,
)

COMMENT_LIMIT = 2000
NOT_REACHED = (AttemptOutcome.NO_ANSWER, AttemptOutcome.BUSY, AttemptOutcome.WRONG_NUMBER, AttemptOutcome.CALL_LATER)

MSG_NO_CALLBACK = QT_TRANSLATE_NOOP("models", "This callback no longer exists.")
MSG_NOT_OPEN = QT_TRANSLATE_NOOP("models", "This callback is no longer open; it was already finished or cancelled.")
MSG_CREW_CALLS = QT_TRANSLATE_NOOP(
    "models", "A callback is made by someone other than the crew who did the job; ask a colleague to call."
)
MSG_CHOOSE_SOLVED = QT_TRANSLATE_NOOP("models", "Was the problem solved? Choose yes, partly or no.")
MSG_RATING = QT_TRANSLATE_NOOP("models", "The rating is a whole number from 1 to 5.")
MSG_COMMENT_NEEDED = QT_TRANSLATE_NOOP(
    "models", "Write down what the owner is unhappy about; the ticket goes back to work with it."
)
MSG_COMMENT_LONG = QT_TRANSLATE_NOOP("models", "Keep this under {limit} characters.")
MSG_CHANNEL = QT_TRANSLATE_NOOP("models", "Choose phone, walk-in or WeChat.")
MSG_OUTCOME = QT_TRANSLATE_NOOP("models", "Choose why the owner was not reached.")
MSG_CALL_LATER_TIME = QT_TRANSLATE_NOOP("models", "Enter when the owner wants to be called, e.g. 18:30 or 11-24 10:00.")
MSG_CALL_LATER_PAST = QT_TRANSLATE_NOOP("models", "The time to call again must be later than now.")
MSG_NOT_FOR_SUPERVISOR = QT_TRANSLATE_NOOP(
    "models", "Only a callback that could not reach the owner, or a ticket waiting to be closed, is closed here."
)


@dataclass(frozen=True)
class CallEntry:
    """One call as the desk types it in. Not reached: `outcome` says why and, for
    call_later, `call_again` when (a datetime or text such as 18:30). Reached: `solved`
    (yes/partly/no), `rating` 1–5 or None when the owner would not rate, `comment`,
    `channel` (phone, walk_in, online)."""

    reached: bool
    outcome: str | None = None
    call_again: dt.datetime | str | None = None
    solved: str | None = None
    rating: int | None = None
    comment: str = ""
    channel: str = Channel.PHONE


@dataclass(frozen=True)
class CallOutcome:
    callback_id: int
    ticket_id: int
    number: str
    status: str  # the callback's status after the call
    ticket_status: str
    next_call_at: dt.datetime | None
    reopened: bool
    flagged: bool


# --- following the ticket ----------------------------------------------------------
def follow_ticket(ticket: Ticket, action: Action, operator: User | None, at: dt.datetime) -> None:
    """Every status change of a ticket: the area's door listens with this (models.followup)."""
    if action is Action.RESOLVE:
        schedule_callback(ticket, operator, at)
    elif action in (Action.REOPEN, Action.CANCEL, Action.MERGE, Action.CLOSE, Action.CLOSE_UNREACHED):
        cancel_open_callback(ticket, operator, at)


def callback_due(ticket: Ticket, resolved_at: dt.datetime) -> dt.datetime:
    """The policy's callback deadline for this ticket's kind × priority (SPEC §3)."""
    policy = policy_for(ticket.kind, ticket.priority)
    return add_amount(resolved_at, policy.callback_amount, policy.callback_unit, load_calendar())


def schedule_callback(ticket: Ticket, operator: User | None, at: dt.datetime) -> Callback:
    """A new pending callback for the ticket's resolution at `at` (inside its transaction)."""
    cancel_open_callback(ticket, operator, at)
    due = callback_due(ticket, at)
    callback = Callback.create(
        ticket=ticket, resolved_at=at, due_at=due, call_at=due, status=CallbackStatus.PENDING, attempts=0
    )
    record_event(
        ticket, Action.CALLBACK_SCHEDULE, operator=operator, at=at, field="callback_due", new=format_datetime(due)
    )
    return callback


def cancel_open_callback(ticket: Ticket, operator: User | None, at: dt.datetime) -> bool:
    """The ticket's pending callback, if any, is cancelled (the ticket moved on without it)."""
    callback = Callback.get_or_none(Callback.ticket == ticket, Callback.status == CallbackStatus.PENDING)
    if callback is None:
        return False
    callback.status, callback.cancelled_at = CallbackStatus.CANCELLED, at
    callback.save()
    record_event(
        ticket,
        Action.CALLBACK_CANCEL,
        operator=operator,
        at=at,
        field="callback_status",
        old=CallbackStatus.PENDING,
        new=CallbackStatus.CANCELLED,
    )
    return True


# --- the desk's calls --------------------------------------------------------------
def check_caller(ticket: Ticket, operator: User) -> None:
    """Refuse an operator who is one of the crew that did the job (SPEC §2)."""
    if operator.staff_id is not None and operator.staff_id in _crew_ids(ticket):
        raise PermissionDenied(MSG_CREW_CALLS)


def _crew_ids(ticket: Ticket) -> set[int]:
    assigned = Assignment.select(Assignment.staff).where(Assignment.ticket == ticket, Assignment.staff.is_null(False))
    reported = WorkResult.select(WorkResult.crew).where(WorkResult.ticket == ticket, WorkResult.crew.is_null(False))
    return {row.staff_id for row in assigned} | {row.crew_id for row in reported}


def record_call(
    callback_id: int, entry: CallEntry, *, operator: User, clock: Clock, expected_version: int | None = None
) -> CallOutcome:
    """Store one call on a pending callback and everything that follows from it. With
    `expected_version` (CallbackEntryData.version) a callback another desk has called or
    changed since the panel was filled is refused with EditConflict, nothing written."""
    require(operator, Permission.CALL_BACK)
    now = clock.now()
    rules = callback_rules()

    def work() -> CallOutcome:
        claim_callback(callback_id, expected_version)
        callback = _open_callback(callback_id)
        ticket = callback.ticket
        check_caller(ticket, operator)
        if entry.reached:
            return _reached(callback, ticket, _checked_verdict(entry, rules), operator, now, rules)
        return _not_reached(callback, ticket, entry, operator, now, rules)

    return retrying(work)


def claim_callback(callback_id: int, expected_version: int | None = None) -> None:
    """Raise the callback's version for this save; with `expected_version`, only while it
    is still at it, else EditConflict naming the last call or ticket change."""
    query = Callback.update(version=Callback.version + 1).where(Callback.id == callback_id)
    if expected_version is not None:
        query = query.where(Callback.version == expected_version)
    if query.execute() == 1:
        return
    callback = Callback.get_or_none(Callback.id == callback_id)
    if callback is None:
        raise NotFound(MSG_NO_CALLBACK)
    attempt = (
        CallbackAttempt.select(CallbackAttempt.at, CallbackAttempt.by)
        .where(CallbackAttempt.callback == callback.id)
        .order_by(CallbackAttempt.at.desc(), CallbackAttempt.id.desc())
        .first()
    )
    last_call = (attempt.at, attempt.by_id) if attempt is not None else None
    raise ticket_conflict(callback.ticket, callback.version, last_change=last_call)


def _open_callback(callback_id: int) -> Callback:
    callback = Callback.get_or_none(Callback.id == callback_id)
    if callback is None:
        raise NotFound(MSG_NO_CALLBACK)
    if callback.status != CallbackStatus.PENDING:
        raise TransitionRefused(MSG_NOT_OPEN)
    return callback


@dataclass(frozen=True)
class _Verdict:
    solved: str
    rating: int | None
    comment: str
    channel: str
    reopens: bool
    flagged: bool


def _checked_verdict(entry: CallEntry, rules: CallbackRules) -> _Verdict:
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}
    if entry.solved not in {s.value for s in Solved}:
        problems["solved"] = MSG_CHOOSE_SOLVED
    rating = entry.rating
    if rating is not None and (isinstance(rating, bool) or rating not in range(1, 6)):
        problems["rating"] = MSG_RATING
    if entry.channel not in {str(c) for c in CALLBACK_CHANNELS}:
        problems["channel"] = MSG_CHANNEL
    comment = (entry.comment or "").strip()
    if len(comment) > COMMENT_LIMIT:
        problems["comment"] = MSG_COMMENT_LONG
        params["comment"] = {"limit": COMMENT_LIMIT}
    if problems:
        raise ValidationError(problems, params)
    unhappy = entry.solved == Solved.NO or (rating is not None and rating <= 2)
    middling = entry.solved == Solved.PARTLY or rating == 3
    reopens = unhappy or (middling and rules.partly_reopens)
    if reopens and not comment:
        raise ValidationError({"comment": MSG_COMMENT_NEEDED})
    return _Verdict(entry.solved, rating, comment, entry.channel, reopens, reopens or middling)


def _log_attempt(callback: Callback, outcome: str, operator: User, now: dt.datetime, **extra) -> None:
    callback.attempts += 1
    CallbackAttempt.create(callback=callback, at=now, by=operator, outcome=outcome, **extra)


def _reached(
    callback: Callback, ticket: Ticket, verdict: _Verdict, operator: User, now: dt.datetime, rules: CallbackRules
) -> CallOutcome:
    _log_attempt(callback, AttemptOutcome.REACHED, operator, now, note=verdict.comment)
    callback.status, callback.reached, callback.done_by, callback.done_at = CallbackStatus.DONE, True, operator, now
    callback.solved, callback.rating, callback.comment = verdict.solved, verdict.rating, verdict.comment
    callback.channel, callback.flagged = verdict.channel, verdict.flagged
    callback.save()
    action = Action.CALLBACK_UNHAPPY if verdict.reopens else Action.CALLBACK_RESULT
    record_event(ticket, action, operator=operator, at=now, field="solved", new=verdict.solved, note=verdict.comment)
    if verdict.rating is not None:
        record_event(ticket, action, operator=operator, at=now, field="rating", new=str(verdict.rating))
    ticket.callback_unhappy = verdict.reopens
    if verdict.reopens:
        transition(ticket, Action.REOPEN, operator=operator, at=now, note=verdict.comment)
        _restart_result_clock(ticket, operator, now)
    else:
        transition(ticket, Action.CALL_BACK, operator=operator, at=now, note=verdict.comment)
        if rules.auto_close and not verdict.flagged:
            transition(ticket, Action.CLOSE, operator=operator, at=now)
    apply_deadlines(ticket)
    return _outcome(callback, ticket, None, reopened=verdict.reopens)


def _restart_result_clock(ticket: Ticket, operator: User, now: dt.datetime) -> None:
    """As a reopening from the ticket page does: paused time is forgotten."""
    if ticket.paused_seconds or ticket.paused_since:
        record_event(
            ticket,
            Action.EDIT,
            operator=operator,
            at=now,
            field="paused_seconds",
            old=str(ticket.paused_seconds),
            new="0",
        )
        ticket.paused_seconds, ticket.paused_since, ticket.pause_reason = 0, None, None
        ticket.save()


def _not_reached(
    callback: Callback, ticket: Ticket, entry: CallEntry, operator: User, now: dt.datetime, rules: CallbackRules
) -> CallOutcome:
    if entry.outcome not in {str(o) for o in NOT_REACHED}:
        raise ValidationError({"outcome": MSG_OUTCOME})
    owner_time = _owner_time(entry, now) if entry.outcome == AttemptOutcome.CALL_LATER else None
    last = callback.attempts + 1 >= rules.max_attempts and owner_time is None
    next_call = None if last else owner_time or next_attempt_at(now, rules, load_calendar())
    _log_attempt(callback, entry.outcome, operator, now, note=(entry.comment or "").strip(), next_call_at=next_call)
    record_event(
        ticket,
        Action.CALLBACK_ATTEMPT,
        operator=operator,
        at=now,
        field="call_outcome",
        new=entry.outcome,
        note=(entry.comment or "").strip(),
    )
    if last:
        _give_up(callback, ticket, operator, now)
    else:
        callback.call_at = next_call
        callback.save()
        record_event(
            ticket,
            Action.CALLBACK_SCHEDULE,
            operator=operator,
            at=now,
            field="next_call",
            new=format_datetime(next_call),
        )
    return _outcome(callback, ticket, next_call, reopened=False)


def _owner_time(entry: CallEntry, now: dt.datetime) -> dt.datetime:
    value = entry.call_again
    if isinstance(value, str):
        value = parse_entry_time(to_halfwidth(value), now.date()) if value.strip() else None
    if value is None:
        raise ValidationError({"call_again": MSG_CALL_LATER_TIME})
    if value <= now:
        raise ValidationError({"call_again": MSG_CALL_LATER_PAST})
    return value


def _give_up(callback: Callback, ticket: Ticket, operator: User, now: dt.datetime) -> None:
    """无法联系: the callback ends, the ticket stops waiting for it, the supervisor decides."""
    callback.status, callback.reached, callback.done_at, callback.flagged = CallbackStatus.ABANDONED, False, now, True
    callback.done_by = operator
    callback.save()
    record_event(
        ticket,
        Action.CALLBACK_UNREACHABLE,
        operator=operator,
        at=now,
        field="callback_status",
        old=CallbackStatus.PENDING,
        new=CallbackStatus.ABANDONED,
    )
    apply_deadlines(ticket)


def _outcome(callback: Callback, ticket: Ticket, next_call: dt.datetime | None, *, reopened: bool) -> CallOutcome:
    return CallOutcome(
        callback_id=callback.id,
        ticket_id=ticket.id,
        number=ticket.number,
        status=callback.status,
        ticket_status=ticket.status,
        next_call_at=next_call,
        reopened=reopened,
        flagged=callback.flagged,
    )


# --- the supervisor ----------------------------------------------------------------
def mark_reviewed(callback_id: int, note: str = "", *, operator: User, clock: Clock) -> None:
    """The supervisor has seen a flagged callback; it leaves the list of those to look at."""
    require(operator, Permission.CLOSE)
    now = clock.now()
    with database.atomic():
        callback = Callback.get_or_none(Callback.id == callback_id)
        if callback is None:
            raise NotFound(MSG_NO_CALLBACK)
        _review(callback, operator, now, note)


def _review(callback: Callback, operator: User, now: dt.datetime, note: str) -> None:
    if callback.reviewed_at is not None:
        return
    callback.reviewed_at, callback.reviewed_by = now, operator
    callback.save()
    record_event(callback.ticket, Action.CALLBACK_REVIEW, operator=operator, at=now, note=(note or "").strip())


def supervisor_close(callback_id: int, note: str = "", *, operator: User, clock: Clock) -> None:
    """Close the ticket of a callback that ended 无法联系, or of a callback left 已回访 for
    the supervisor (flagged, or offices that close by hand); the callback counts as seen."""
    require(operator, Permission.CLOSE)
    now = clock.now()
    with database.atomic():
        callback = Callback.get_or_none(Callback.id == callback_id)
        if callback is None:
            raise NotFound(MSG_NO_CALLBACK)
        ticket = callback.ticket
        if callback.status == CallbackStatus.ABANDONED and ticket.status == Status.RESOLVED:
            transition(ticket, Action.CLOSE_UNREACHED, operator=operator, at=now, note=(note or "").strip())
        elif callback.status == CallbackStatus.DONE and ticket.status == Status.CALLED_BACK:
            transition(ticket, Action.CLOSE, operator=operator, at=now, note=(note or "").strip())
        else:
            raise TransitionRefused(MSG_NOT_FOR_SUPERVISOR)
        _review(callback, operator, now, note)
        apply_deadlines(ticket)


def reveal_phone(callback_id: int, *, operator: User, clock: Clock) -> str:
    """The full number for dialling; the reveal is written on the ticket's timeline
    (SPEC §6: one deliberate action, logged) and in the audit log."""
    require(operator, Permission.REVEAL_PHONE)
    now = clock.now()
    with database.atomic():
        callback = Callback.get_or_none(Callback.id == callback_id)
        if callback is None:
            raise NotFound(MSG_NO_CALLBACK)
        ticket = callback.ticket
        record_event(ticket, Action.NOTE, operator=operator, at=now, field="phone_revealed")
        record_audit(AuditKind.REVEAL, f"ticket:{ticket.number}", actor=operator, at=now, new="reporter_phone")
    return ticket.reporter_phone
