"""The definitions of models.reports.definitions as code, one piece per term, so that what
the last page of the report says is what the figures count. The terms about a ticket are
SQL conditions the database evaluates in the one pass over the period's tickets
(loading.ticket_rows); the terms about one callback are predicates on its narrow row.

Timestamps are compared as the store keeps them (text 'YYYY-MM-DD HH:MM:SS[.ffffff]',
whose order is the order of time) and the moments given as parameters are written the
same way (loading.as_stored), so a comparison in SQL gives what it gives on datetimes."""

from __future__ import annotations

from models.codes import CallbackStatus, Kind, Solved, Status

NOT_COUNTED = (Status.CANCELLED.value, Status.MERGED.value)
NO_CALLBACK_KINDS = (Kind.INQUIRY.value, Kind.PRAISE.value)
SATISFIED_FROM = 4

# Received: neither cancelled nor merged into another ticket.
COUNTED = "t.status NOT IN (?, ?)"
COUNTED_PARAMS = NOT_COUNTED

# Resolved by a moment (the period's end): its last resolution came before it. (1 parameter)
RESOLVED_BY = "t.resolved_at < ?"

# Acknowledged in time: acknowledged, and no later than the acknowledge deadline if it has one.
ACKNOWLEDGED_IN_TIME = "t.acknowledged_at IS NOT NULL AND (t.ack_due IS NULL OR t.acknowledged_at <= t.ack_due)"

# Result on time (for a resolved ticket): resolved no later than its result deadline.
RESULT_ON_TIME = "t.result_due IS NULL OR t.resolved_at <= t.result_due"

# Stage reply in time (urgent tickets, those with a stage-reply deadline): a stage reply or
# the resolution no later than that deadline.
STAGE_REPLY_IN_TIME = (
    "t.resolved_at <= t.stage_reply_due OR EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id "
    "AND e.action = 'stage_reply' AND e.at <= t.stage_reply_due)"
)

# Each callback of a resolved ticket scored: 4 reached the owner after the last resolution
# no later than its deadline, 3 reached the owner after it but late, 2 not yet due (due
# after the resolution and after the moment of the report), 1 anything else. (1 parameter)
_BEST_CALLBACK = (
    "SELECT MAX(CASE WHEN c.status = 'done' AND c.reached = 1 AND c.done_at >= t.resolved_at "
    "THEN CASE WHEN c.done_at <= c.due_at THEN 4 ELSE 3 END "
    "WHEN c.due_at >= t.resolved_at AND c.due_at > ? THEN 2 ELSE 1 END) FROM callback c WHERE c.ticket_id = t.id"
)

# The callback rate's verdict on a received ticket, given the period's end and the moment
# of the report (4 parameters: end, now, now, now): NULL when it is not measured (not
# resolved by the period's end, an inquiry or praise, or its callback deadline — its own,
# else the latest of its callbacks due after the resolution — not yet passed and no
# callback made), 1 when the owner was reached after the last resolution no later than
# the callback's deadline, 0 otherwise. Its callbacks are looked up once.
CALLBACK_VERDICT = (
    f"CASE WHEN t.resolved_at < ? AND t.kind NOT IN ('{NO_CALLBACK_KINDS[0]}', '{NO_CALLBACK_KINDS[1]}') THEN "
    f"CASE ({_BEST_CALLBACK}) WHEN 4 THEN 1 WHEN 3 THEN 0 "
    "WHEN 2 THEN CASE WHEN t.callback_due IS NULL OR t.callback_due > ? THEN NULL ELSE 0 END "
    "ELSE CASE WHEN t.callback_due > ? THEN NULL ELSE 0 END END END"
)


def needs_callback(kind: str) -> bool:
    return kind not in NO_CALLBACK_KINDS


def finished(status: str) -> bool:
    """A callback made: the owner reached, or given up after the attempts."""
    return status in (CallbackStatus.DONE, CallbackStatus.ABANDONED)


def satisfied(rating: int | None) -> bool:
    return rating is not None and rating >= SATISFIED_FROM


def dissatisfied(status: str, rating: int | None, solved: str | None) -> bool:
    """A callback made whose owner rated 3 or less, or said partly or not solved."""
    return status == CallbackStatus.DONE and (
        (rating is not None and rating <= 3) or solved in (Solved.PARTLY, Solved.NO)
    )


def reopens(status: str, rating: int | None, solved: str | None) -> bool:
    """SPEC §2: a rating of 2 or less, or 'not solved', reopens the ticket."""
    return status == CallbackStatus.DONE and ((rating is not None and rating <= 2) or solved == Solved.NO)
