"""The definitions of models.reports.definitions as code: one small predicate per term,
so that what the last page of the report says is what the figures count."""

from __future__ import annotations

import datetime as dt

from models.codes import CallbackStatus, Kind, Solved
from models.reports.loading import NOT_COUNTED, CallbackFacts, Facts

NO_CALLBACK_KINDS = (Kind.INQUIRY.value, Kind.PRAISE.value)


def counted(ticket: Facts) -> bool:
    """Received: neither cancelled nor merged into another ticket."""
    return ticket.status not in NOT_COUNTED


def resolved_by(ticket: Facts, moment: dt.datetime) -> bool:
    return ticket.resolved_at is not None and ticket.resolved_at < moment


def acknowledged_in_time(ticket: Facts) -> bool:
    return ticket.acknowledged_at is not None and (ticket.ack_due is None or ticket.acknowledged_at <= ticket.ack_due)


def result_on_time(ticket: Facts) -> bool:
    """For a resolved ticket: resolved no later than its result deadline."""
    return ticket.result_due is None or ticket.resolved_at <= ticket.result_due


def stage_reply_in_time(ticket: Facts, replied_at: dt.datetime | None) -> bool:
    due = ticket.stage_reply_due
    return any(moment is not None and moment <= due for moment in (replied_at, ticket.resolved_at))


def handling_hours(ticket: Facts) -> float:
    return (ticket.resolved_at - ticket.received_at).total_seconds() / 3600


def paused_seconds(ticket: Facts, cutoff: dt.datetime) -> int:
    running = 0
    if ticket.paused_since is not None and ticket.paused_since < cutoff:
        running = int((cutoff - ticket.paused_since).total_seconds())
    return (ticket.paused_seconds or 0) + running


def needs_callback(ticket: Facts) -> bool:
    return ticket.kind not in NO_CALLBACK_KINDS


def reached_after_resolution(ticket: Facts, callback: CallbackFacts) -> bool:
    return (
        callback.status == CallbackStatus.DONE
        and bool(callback.reached)
        and callback.done_at is not None
        and callback.done_at >= ticket.resolved_at
    )


def called_back_in_time(ticket: Facts, callbacks: list[CallbackFacts]) -> bool:
    return any(reached_after_resolution(ticket, c) and c.done_at <= c.due_at for c in callbacks)


def callback_counts_for_rate(ticket: Facts, callbacks: list[CallbackFacts], now: dt.datetime) -> bool:
    """A resolved ticket's callback is measured once it was made or its deadline passed."""
    if any(reached_after_resolution(ticket, c) for c in callbacks):
        return True
    due = ticket.callback_due or max((c.due_at for c in callbacks if c.due_at >= ticket.resolved_at), default=None)
    return due is None or due <= now


SATISFIED_FROM = 4


def satisfied(callback: CallbackFacts) -> bool:
    return callback.rating is not None and callback.rating >= SATISFIED_FROM


def dissatisfied(callback: CallbackFacts) -> bool:
    return (callback.rating is not None and callback.rating <= 3) or callback.solved in (Solved.PARTLY, Solved.NO)


def reopens(callback: CallbackFacts) -> bool:
    """SPEC §2: a rating of 2 or less, or 'not solved', reopens the ticket."""
    return callback.status == CallbackStatus.DONE and (
        (callback.rating is not None and callback.rating <= 2) or callback.solved == Solved.NO
    )


def rated(callback: CallbackFacts) -> bool:
    return callback.rating is not None


def is_repeat(ticket: Facts, earlier: list[tuple[int, dt.datetime]], window: dt.timedelta) -> bool:
    """`earlier`: (id, received at) of the room's counted tickets of the same category."""
    return any(other != ticket.id and ticket.received_at - window <= at < ticket.received_at for other, at in earlier)
