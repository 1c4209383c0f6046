"""Turns a planned ticket life into table rows as they stand at "now": the steps
before now become the ticket's status, timestamps and timeline; dispatches become
assignments, returned papers work results, callbacks their rows and attempts; the
deadlines come from the SLA rules. Rows collect in a batch written in one go."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from models.codes import AttemptOutcome, CallbackStatus, Solved
from models.demo.bulk import IdSequence, insert_rows
from models.demo.deadlines import DeadlineRules
from models.demo.timeline import ACTION, AT, CallbackPlan, Plan, State, replay
from models.tickets import Action

REVIEW = str(Action.CALLBACK_REVIEW)
_iso = dt.datetime.isoformat  # _iso(x, " ") is str(x), without str()'s detour through a method call

TICKET_COLUMNS = (
    "id",
    "number",
    "kind",
    "category_id",
    "channel",
    "priority",
    "status",
    "room_id",
    "household_id",
    "reporter_name",
    "reporter_phone",
    "location",
    "description",
    "first_responder_id",
    "department_id",
    "received_at",
    "acknowledged_at",
    "dispatched_at",
    "resolved_at",
    "called_back_at",
    "closed_at",
    "ack_due",
    "stage_reply_due",
    "result_due",
    "callback_due",
    "next_due",
    "paused_since",
    "pause_reason",
    "paused_seconds",
    "reopen_count",
    "merged_into_id",
    "updated_at",
    "callback_unhappy",
)
EVENT_COLUMNS = ("ticket_id", "at", "actor_id", "action", "field", "old_value", "new_value", "note")
ASSIGNMENT_COLUMNS = (
    "ticket_id",
    "department_id",
    "staff_id",
    "assigned_at",
    "assigned_by_id",
    "due_at",
    "active",
    "printed_at",
    "print_count",
)
RESULT_COLUMNS = (
    "ticket_id",
    "arrived_at",
    "finished_at",
    "work_done",
    "materials",
    "cost_cents",
    "owner_signed",
    "crew_id",
    "owner_rating",
    "entered_by_id",
    "entered_at",
)
CALLBACK_COLUMNS = (
    "id",
    "ticket_id",
    "due_at",
    "status",
    "attempts",
    "reached",
    "solved",
    "rating",
    "comment",
    "done_by_id",
    "done_at",
    "resolved_at",
    "call_at",
    "flagged",
    "reviewed_at",
    "reviewed_by_id",
)
ATTEMPT_COLUMNS = ("callback_id", "at", "by_id", "outcome", "note")
COUNTER_COLUMNS = ("prefix", "day", "last")
# what a batch writes, table by table, in this order; a part file (parts.py) holds the same
PART_TABLES = {
    "ticket": TICKET_COLUMNS,
    "ticket_event": EVENT_COLUMNS,
    "assignment": ASSIGNMENT_COLUMNS,
    "work_result": RESULT_COLUMNS,
    "callback": CALLBACK_COLUMNS,
    "callback_attempt": ATTEMPT_COLUMNS,
    "daily_counter": COUNTER_COLUMNS,
}


@dataclass
class Identity:
    """What the ticket row says about who, what and where (decided before its life)."""

    id: int
    number: str
    kind: str
    category_id: int
    channel: str
    priority: str
    room_id: int | None
    household_id: int | None
    reporter_name: str
    reporter_phone: str
    location: str
    description: str
    first_responder: int
    department_id: int
    received_at: dt.datetime
    merged_into: int | None = None


@dataclass
class Batch:
    """A batch's rows, named after their tables."""

    ticket: list[tuple] = field(default_factory=list)
    ticket_event: list[tuple] = field(default_factory=list)
    assignment: list[tuple] = field(default_factory=list)
    work_result: list[tuple] = field(default_factory=list)
    callback: list[tuple] = field(default_factory=list)
    callback_attempt: list[tuple] = field(default_factory=list)
    counters: Counter = field(default_factory=Counter)

    def write(self, connection=None) -> None:
        """Into the office, or through `connection` into a part file (see PART_TABLES)."""
        for table, columns in PART_TABLES.items():
            if table in self.__dict__:
                insert_rows(table, columns, self.__dict__[table], connection)


@dataclass
class _Pauses:
    seconds: int = 0
    finished: list = field(default_factory=list)  # (start, end) of each finished pause
    since: dt.datetime | None = None
    reason: str | None = None


class RowMaker:
    def __init__(self, rules: DeadlineRules, now: dt.datetime, first_callback_id: int) -> None:
        self.rules, self.now = rules, now
        self.callback_ids = IdSequence(start=first_callback_id)
        self.statuses: Counter = Counter()

    def add(self, batch: Batch, ticket: Identity, plan: Plan) -> None:
        now = self.now
        steps = plan.steps
        if steps[-1][AT] <= now:  # most tickets: their whole life lies before now
            state = plan.state
        else:
            steps = [step for step in steps if step[AT] <= now]
            state = replay(steps)
        pauses = self._pauses(plan) if plan.pauses else _NO_PAUSES
        deadlines = self.rules.clocks[(ticket.kind, ticket.priority)].due_times(
            ticket.received_at,
            [p for p in pauses.finished if state.last_reopened_at is None or p[0] >= state.last_reopened_at]
            if pauses.finished
            else (),
            state.resolved_at,
            state.acknowledged_at,
            state.status,
            state.stage_replied,
            pauses.since,
            state.last_reopened_at,
        )
        # stamp()'s form (isoformat, twice as quick as str()); steps carry whole seconds. The
        # ticket's times and most of its rows' are its steps' times: each written once
        stamps = self.stamps = {step[AT]: _iso(step[AT], " ") for step in steps}
        batch.ticket.append(self._ticket_row(ticket, state, pauses, deadlines, self._unhappy(plan)))
        tid = ticket.id
        events = [
            (tid, stamps[at], actor, str(action), field, old, new, note)
            for at, action, actor, note, field, old, new in steps
        ]
        if plan.callbacks:
            reviews = [c for c in plan.callbacks if c.review_at is not None and c.review_at <= now]
            if reviews:  # mark_reviewed's event, in its place on the timeline (the status stays)
                events += [
                    (tid, _iso(c.review_at, " "), c.reviewer, REVIEW, "", "", "", c.review_note) for c in reviews
                ]
                events.sort(key=_event_time)
            for callback in plan.callbacks:
                if callback.resolved_at <= now:
                    self._callback(batch, ticket, callback)
        batch.ticket_event += events
        if plan.dispatches:
            self._assignments(batch, ticket, plan)
        if plan.results:
            self._results(batch, ticket, plan)
        self.statuses[state.status] += 1

    def _unhappy(self, plan: Plan) -> bool:
        """The last callback that reached the owner found them unsatisfied (回访不满意)."""
        reached = [c for c in plan.callbacks if c.attempts and c.attempts[-1].at <= self.now and c.rating is not None]
        return bool(reached) and (reached[-1].rating <= 2 or reached[-1].solved is Solved.NO)

    def _pauses(self, plan: Plan) -> _Pauses:
        pauses = _Pauses()
        for pause in plan.pauses:
            if pause.end <= self.now:
                pauses.seconds += int((pause.end - pause.start).total_seconds())
                pauses.finished.append((pause.start, pause.end))
            elif pause.start <= self.now:
                pauses.since, pauses.reason = pause.start, pause.reason
        return pauses

    def _ticket_row(self, t: Identity, state: State, pauses: _Pauses, d: tuple, unhappy: bool) -> tuple:
        # `x and ...`: stamp() without its call (a datetime is always true, None stays None)
        ack_due, stage_reply_due, result_due, callback_due, _next_kind, next_due = d
        stamps = self.stamps
        return (
            t.id,
            t.number,
            t.kind,
            t.category_id,
            t.channel,
            t.priority,
            str(state.status),
            t.room_id,
            t.household_id,
            t.reporter_name,
            t.reporter_phone,
            t.location,
            t.description,
            t.first_responder,
            t.department_id,
            stamps[t.received_at],
            state.acknowledged_at and stamps[state.acknowledged_at],
            state.dispatched_at and stamps[state.dispatched_at],
            state.resolved_at and stamps[state.resolved_at],
            state.called_back_at and stamps[state.called_back_at],
            state.closed_at and stamps[state.closed_at],
            ack_due and _iso(ack_due, " "),
            stage_reply_due and _iso(stage_reply_due, " "),
            result_due and _iso(result_due, " "),
            callback_due and _iso(callback_due, " "),
            next_due and _iso(next_due, " "),
            pauses.since and _iso(pauses.since, " "),
            pauses.reason,
            pauses.seconds,
            state.reopen_count,
            t.merged_into,
            state.updated_at and stamps[state.updated_at],
            int(unhappy),
        )

    def _assignments(self, batch: Batch, ticket: Identity, plan: Plan) -> None:
        """One row per dispatch; a re-dispatch after reopening supersedes the earlier one."""
        now, stamps = self.now, self.stamps
        kept = [d for d in plan.dispatches if d.at <= now]
        reopenings = [s[AT] for s in plan.steps if s[ACTION] is Action.REOPEN] if len(kept) > 1 else []
        result_due = self.rules.clocks[(ticket.kind, ticket.priority)].result
        for index, dispatch in enumerate(kept):
            clock_from = (
                max((at for at in reopenings if at <= dispatch.at), default=ticket.received_at)
                if reopenings
                else ticket.received_at
            )
            due = result_due(clock_from)
            printed = dispatch.printed_at if dispatch.printed_at and dispatch.printed_at <= now else None
            batch.assignment.append(
                (
                    ticket.id,
                    dispatch.department_id,
                    dispatch.crew.id if dispatch.crew else None,
                    _stamp(stamps, dispatch.at),
                    dispatch.by,
                    _iso(due, " "),
                    int(index == len(kept) - 1),
                    printed and _stamp(stamps, printed),
                    int(printed is not None),
                )
            )

    def _results(self, batch: Batch, ticket: Identity, plan: Plan) -> None:
        for result in plan.results:
            if result.entered_at > self.now:
                continue
            work, materials, cost = result.work
            batch.work_result.append(
                (
                    ticket.id,
                    _stamp(self.stamps, result.arrived_at),
                    _iso(result.finished_at, " "),
                    work,
                    materials,
                    cost,
                    int(result.signed),
                    result.crew.id if result.crew else None,
                    result.owner_rating,
                    result.entered_by,
                    _stamp(self.stamps, result.entered_at),
                )
            )

    def _callback(self, batch: Batch, ticket: Identity, callback: CallbackPlan) -> None:
        callback_id = self.callback_ids.take()
        attempts = [a for a in callback.attempts if a.at <= self.now]
        for attempt in attempts:
            batch.callback_attempt.append(
                (callback_id, _stamp(self.stamps, attempt.at), attempt.by, str(attempt.outcome), "")
            )
        reached = bool(attempts) and attempts[-1].outcome is AttemptOutcome.REACHED
        abandoned = not reached and len(attempts) == len(callback.attempts) == 3
        status = CallbackStatus.DONE if reached else CallbackStatus.ABANDONED if abandoned else CallbackStatus.PENDING
        finished = reached or abandoned
        due = self.rules.callback_due(ticket.kind, ticket.priority, callback.resolved_at)
        planned = attempts[-1].at + dt.timedelta(days=1) if attempts and not finished else due
        flagged = abandoned or (reached and (callback.rating <= 3 or callback.solved is not Solved.YES))
        reviewed = flagged and callback.review_at is not None and callback.review_at <= self.now
        batch.callback.append(
            (
                callback_id,
                ticket.id,
                _iso(due, " "),
                str(status),
                len(attempts),
                (1 if reached else 0) if finished else None,
                str(callback.solved) if reached else None,
                callback.rating if reached else None,
                callback.comment if reached else "",
                attempts[-1].by if finished else None,
                _stamp(self.stamps, attempts[-1].at) if finished else None,
                _stamp(self.stamps, callback.resolved_at),
                _iso(planned, " "),
                int(flagged),
                _iso(callback.review_at, " ") if reviewed else None,
                callback.reviewer if reviewed else None,
            )
        )


_NO_PAUSES = _Pauses()  # shared by the tickets without any (never changed)


def _stamp(stamps: dict[dt.datetime, str], at: dt.datetime) -> str:
    """A time's stamp: one of the ticket's steps' or formatted afresh."""
    text = stamps.get(at)
    return text if text is not None else _iso(at, " ")


def _event_time(event: tuple) -> str:
    return event[1]
