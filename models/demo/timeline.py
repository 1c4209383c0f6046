"""One demo ticket's life, planned from receipt to closing the way the desk works it:
acknowledged within desk hours, dispatched to a crew, worked during crew hours (some
slowly, some paused for parts), resolved from the returned paper, called back, closed
— or reopened after an unhappy callback, cancelled, merged, answered at once.

The plan is a list of timed steps; the generator keeps the steps before "now" and
replays them with the state machine's own rules (models.workflow) to get the status
and timestamps a ticket handled through the app would have."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
from dataclasses import dataclass, field

from models.codes import AttemptOutcome, Kind, Priority, Solved, Status
from models.demo import texts
from models.demo.mix import RATING_WEIGHTS
from models.demo.people import Crew
from models.tickets import TARGET, TIMESTAMP_FIELD, Action

DESK_HOURS = (8, 20)
CREW_HOURS = (8, 18)
MINUTE = dt.timedelta(minutes=1)
# timedelta(0, seconds) and timedelta(days) positionally: the same values, a third of the
# keyword call's time (millions of them); keywords stay where a float's rounding could differ
_delta = dt.timedelta
_RATINGS = list(RATING_WEIGHTS)
_RATING_CUMULATIVE = list(itertools.accumulate(RATING_WEIGHTS.values()))
_RATING_TOTAL = _RATING_CUMULATIVE[-1] + 0.0
_LAST_RATING = len(_RATINGS) - 1
_ONE_DAY = dt.timedelta(days=1)
_ZERO = dt.timedelta(0)


# A step of the plan: (at, action, actor, note, field, old, new) — the timeline event it
# becomes, its old and new status filled in as planned. A plain tuple: a ticket has about
# seven, and building a class instance costs several times more.
Step = tuple
AT, ACTION = 0, 1


@dataclass
class Dispatch:
    at: dt.datetime
    by: int
    department_id: int
    crew: Crew | None
    printed_at: dt.datetime | None


@dataclass
class Result:
    arrived_at: dt.datetime
    finished_at: dt.datetime
    entered_at: dt.datetime
    entered_by: int
    crew: Crew | None
    work: tuple[str, str, int]
    signed: bool
    owner_rating: int | None


@dataclass
class Attempt:
    at: dt.datetime
    by: int
    outcome: AttemptOutcome


@dataclass
class CallbackPlan:
    resolved_at: dt.datetime
    attempts: list[Attempt] = field(default_factory=list)
    rating: int | None = None
    solved: Solved | None = None
    comment: str = ""
    # flagged for the supervisor (unhappy, partly solved, rating 3, unreachable): when
    # the supervisor looks at it (回访复核), by whom and with what note
    review_at: dt.datetime | None = None
    reviewer: int = 0
    review_note: str = ""


@dataclass
class Pause:
    start: dt.datetime
    end: dt.datetime
    reason: str


@dataclass
class Draft:
    """What the generator decided about the ticket before its life is planned."""

    received_at: dt.datetime
    kind: Kind
    category: str
    priority: Priority
    department_id: int
    department_name: str
    crews: list[Crew]
    first_responder: int
    merge_into: str | None = None


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)
    dispatches: list[Dispatch] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    callbacks: list[CallbackPlan] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)
    state: State | None = None  # after the last step, kept as the steps are planned


class Desk:
    """Who is at the desk when: two clerks per day in rotation, the supervisor dispatches."""

    def __init__(self, clerks: list[int], supervisors: list[int]) -> None:
        self.clerks = clerks or supervisors
        self.supervisors = supervisors or self.clerks

    def clerk(self, rng: random.Random, at: dt.datetime) -> int:
        clerks = self.clerks  # the day's first clerk or the next: DemoRandom's randrange(2), inlined
        return clerks[(at.toordinal() + int(rng.random() * 2)) % len(clerks)]

    def dispatcher(self, rng: random.Random, at: dt.datetime) -> int:
        return self.supervisors[0] if rng.random() < 0.85 else self.clerk(rng, at)


def within(at: dt.datetime, hours: tuple[int, int], rng: random.Random) -> dt.datetime:
    """`at` itself during the given hours, else a few minutes after the next opening."""
    start, end = hours
    if at.microsecond:  # whole seconds, as the desk's clock records them
        at -= _delta(0, 0, at.microsecond)
    hour = at.hour
    if start <= hour < end:
        return at
    opening = dt.datetime(at.year, at.month, at.day, start)
    if hour >= end:
        opening += _ONE_DAY
    return opening + _delta(0, 60 * rng.randint(1, 40) + rng.randrange(60))


def minutes(rng: random.Random, median: float, spread: float = 0.8) -> dt.timedelta:
    """A lognormal duration: most near the median, a long tail of slow ones."""
    return _delta(0, int(60 * math.exp(math.log(median) + spread * rng.gauss())))


class Planner:
    def __init__(self, rng: random.Random, desk: Desk) -> None:
        self.rng, self.desk = rng, desk

    def plan(self, draft: Draft) -> Plan:
        plan = Plan(state=State())
        self.draft, self.out, self.state, self.at = draft, plan, plan.state, None
        self._step(draft.received_at, Action.REGISTER, draft.first_responder)
        if draft.merge_into:
            self._merge(draft.merge_into)
        elif draft.kind in (Kind.INQUIRY, Kind.PRAISE):
            self._answer(draft.kind)
        elif draft.kind is Kind.SUGGESTION:
            self._reply_to_suggestion()
        elif self.rng.random() < 0.02:
            self._cancel()
        else:
            self._work(reopened=False)
        return plan

    # --- steps ---------------------------------------------------------------------
    def _step(
        self, at: dt.datetime, action: Action, actor: int, note: str = "", field: str = "status", old="", new=""
    ) -> dt.datetime:
        """The next step, never before the last one, in whole seconds; the ticket's state
        moves with it as replay() would move it (steps are planned in time order)."""
        last = self.at
        if last is not None and at < last:
            at = last
        elif at.microsecond:
            at -= _delta(0, 0, at.microsecond)
        self.at = at
        state = self.state
        state.updated_at = at
        if action is Action.REGISTER:
            new = Status.NEW
        else:
            if action is Action.STAGE_REPLY:
                state.stage_replied = True
            move = _MOVES.get(action)
            if move is None:
                if field == "status":
                    field = ""
            else:
                old, new = str(state.status), move[1]
                _move(state, action, move, at)
        self.out.steps.append((at, action, actor, note, field, old, new))
        return at

    def _last(self) -> dt.datetime:
        return self.at

    def _desk_time(self, after: dt.timedelta) -> dt.datetime:
        return within(self._last() + after, DESK_HOURS, self.rng)

    def _clerk(self, at: dt.datetime) -> int:
        return self.desk.clerk(self.rng, at)

    # --- flows ---------------------------------------------------------------------
    def _merge(self, number: str) -> None:
        at = self._desk_time(minutes(self.rng, 30))
        self._step(at, Action.MERGE, self._clerk(at), texts.MERGE_NOTE.format(number=number))

    def _answer(self, kind: Kind) -> None:
        rng = self.rng
        if kind is Kind.INQUIRY and rng.random() < 0.15:
            at = self._desk_time(minutes(rng, 20))
            self._step(at, Action.ACKNOWLEDGE, self._clerk(at), rng.choice(texts.ACK_REPLIES))
            at = self._desk_time(minutes(rng, 300))
        else:
            at = self._desk_time(_delta(0, 60 * (rng.randint(2, 15) if kind is Kind.INQUIRY else rng.randint(5, 90))))
        replies = texts.ANSWERS if kind is Kind.INQUIRY else texts.PRAISE_REPLIES
        clerk = self._clerk(at)
        at = self._step(at, Action.RESOLVE, clerk, rng.choice(replies))
        self._step(at + _delta(0, 60 * rng.randint(0, 5)), Action.CLOSE, clerk)

    def _reply_to_suggestion(self) -> None:
        rng = self.rng
        at = self._desk_time(minutes(rng, 120))
        self._step(at, Action.ACKNOWLEDGE, self._clerk(at), rng.choice(texts.ACK_REPLIES))
        at = self._desk_time(_delta(rng.uniform(1, 6)))
        resolved = self._step(at, Action.RESOLVE, self._clerk(at), rng.choice(texts.SUGGESTION_REPLIES))
        self._call_back(resolved, may_reopen=False)

    def _cancel(self) -> None:
        rng = self.rng
        if rng.random() < 0.5:
            self._acknowledge()
        at = self._desk_time(minutes(rng, 180))
        self._step(at, Action.CANCEL, self._clerk(at), rng.choice(texts.CANCEL_REASONS))

    def _acknowledge(self) -> None:
        rng, urgent = self.rng, self.draft.priority is Priority.URGENT
        if urgent:
            at = self._last() + _delta(0, 60 * rng.randint(2, 12))
        else:
            late = dt.timedelta(hours=rng.uniform(25, 40)) if rng.random() < 0.02 else _ZERO
            at = self._desk_time(minutes(rng, 20, 0.9) + late)
        self._step(at, Action.ACKNOWLEDGE, self._clerk(at), rng.choice(texts.ACK_REPLIES))

    def _work(self, reopened: bool) -> None:
        """Dispatch, the crew's visit (maybe slow or paused), the paper back, the callback.
        Some tickets are dispatched straight away, which acknowledges them too."""
        rng, draft, urgent = self.rng, self.draft, self.draft.priority is Priority.URGENT
        if not reopened and (urgent or rng.random() > 0.15):
            self._acknowledge()
        dispatch = self._dispatch(urgent)
        if urgent:
            self._step(
                draft.received_at + _delta(0, 60 * rng.randint(12, 28)),
                Action.STAGE_REPLY,
                dispatch.by,
                rng.choice(texts.STAGE_REPLIES),
            )
        arrived = self._arrive(dispatch.at, urgent)
        finished = self._do_the_work(arrived)
        entered = finished + (_delta(0, 60 * rng.randint(5, 20)) if urgent else minutes(rng, 90))
        entered = within(entered, DESK_HOURS, rng) if not urgent else entered
        self._resolve(dispatch, arrived, finished, entered)
        self._call_back(self._last(), may_reopen=not reopened)

    def _dispatch(self, urgent: bool) -> Dispatch:
        rng, draft = self.rng, self.draft
        at = self._last() + _delta(0, 60 * rng.randint(1, 8)) if urgent else self._desk_time(minutes(rng, 40))
        crew = self._crew()
        by = self.desk.dispatcher(rng, at)
        note = f"{draft.department_name}: {crew.name}" if crew else draft.department_name
        at = self._step(at, Action.DISPATCH, by, note)
        printed = at + _delta(0, 60 * rng.randint(1, 10)) if rng.random() < 0.9 else None
        dispatch = Dispatch(at, by, draft.department_id, crew, printed)
        self.out.dispatches.append(dispatch)
        if printed:
            self._step(printed, Action.PRINT, by, field="print_count", old="0", new="1")
        return dispatch

    def _crew(self) -> Crew | None:
        crews = [crew for crew in self.draft.crews if crew.on_duty]
        if not crews or (self.draft.kind is Kind.COMPLAINT and self.rng.random() < 0.3):
            return None
        return self.rng.choice(crews)

    def _arrive(self, dispatched: dt.datetime, urgent: bool) -> dt.datetime:
        rng = self.rng
        if urgent:
            arrived = dispatched + _delta(0, 60 * rng.randint(8, 35))
        else:
            arrived = within(dispatched + minutes(rng, 150) + self._delay(), CREW_HOURS, rng)
        self._step(arrived, Action.START, self.out.dispatches[-1].by)
        return self._last()

    def _delay(self) -> dt.timedelta:
        """Most crews come the same day; some wait days for the owner or a contractor,
        a few are stuck long enough to run past their deadline."""
        draw = self.rng.random()
        if draw < 0.03:
            return _delta(self.rng.uniform(4, 20))
        if draw < 0.08:
            return _delta(self.rng.uniform(1.5, 4))
        return _ZERO

    def _do_the_work(self, arrived: dt.datetime) -> dt.datetime:
        rng, draft = self.rng, self.draft
        median = 90 if draft.kind is Kind.REPAIR else 240
        if draft.category == "房屋渗漏":
            median *= 2
        finished = arrived + minutes(rng, median, 0.7)
        if draft.kind is Kind.REPAIR and rng.random() < 0.04:
            finished = self._pause(arrived, finished)
        return finished

    def _pause(self, arrived: dt.datetime, finished: dt.datetime) -> dt.datetime:
        rng = self.rng
        reason = rng.choice(list(texts.PAUSE_REASONS))
        start = arrived + _delta(0, 60 * rng.randint(20, 60))
        by = self._clerk(start)
        self._step(start, Action.PAUSE, by, texts.PAUSE_REASONS[reason], field="pause_reason", new=reason)
        end = within(start + _delta(rng.uniform(1, 4)), CREW_HOURS, rng)
        self._step(end, Action.RESUME, self._clerk(end), field="pause_reason", old=reason)
        self.out.pauses.append(Pause(start, end, reason))
        return end + (finished - arrived)

    def _resolve(self, dispatch: Dispatch, arrived: dt.datetime, finished: dt.datetime, entered: dt.datetime) -> None:
        rng, draft = self.rng, self.draft
        work = texts.work_done(rng, draft.kind, draft.category)
        clerk = self._clerk(entered)
        signed = draft.kind is Kind.REPAIR and rng.random() < 0.9
        rating = _rating(rng) if signed and rng.random() < 0.7 else None
        self.out.results.append(Result(arrived, finished, entered, clerk, dispatch.crew, work, signed, rating))
        self._step(entered, Action.RESOLVE, clerk, work[0])

    def _call_back(self, resolved: dt.datetime, may_reopen: bool) -> None:
        """Attempts until the owner answers (or three failures), then the outcome."""
        rng = self.rng
        callback = CallbackPlan(resolved)
        self.out.callbacks.append(callback)
        late = rng.random() < 0.04
        at = resolved + _delta(rng.uniform(7.2, 10)) if late else resolved + minutes(rng, 20 * 60, 0.9)
        for _ in range(3):
            at = within(at, DESK_HOURS, rng)
            outcome = self._attempt_outcome()
            callback.attempts.append(Attempt(at, self._clerk(at), outcome))
            if outcome is AttemptOutcome.REACHED:
                return self._callback_outcome(callback, at, may_reopen)
            at += dt.timedelta(hours=rng.uniform(20, 28))
        last = callback.attempts[-1]
        self._review(callback, last.at)
        at = self._step(last.at, Action.CALL_BACK, last.by, texts.UNREACHED_NOTE)
        self._step(at + _delta(0, 60 * rng.randint(1, 30)), Action.CLOSE, last.by)

    def _review(self, callback: CallbackPlan, done: dt.datetime) -> None:
        """The supervisor goes through the flagged callbacks between other work: about four
        days after the verdict (half sooner), one in thirty after more than two weeks; so
        at "now" roughly the last week or two's are waiting (a default office: tens)."""
        callback.review_at = within(done + minutes(self.rng, 4 * 24 * 60, 0.7), DESK_HOURS, self.rng)
        callback.reviewer = self.desk.supervisors[0]
        callback.review_note = self.rng.choice(texts.REVIEW_NOTES)

    def _attempt_outcome(self) -> AttemptOutcome:
        draw = self.rng.random()
        if draw < 0.8:
            return AttemptOutcome.REACHED
        if draw < 0.99:
            return AttemptOutcome.NO_ANSWER if draw < 0.94 else AttemptOutcome.BUSY
        return AttemptOutcome.WRONG_NUMBER

    def _callback_outcome(self, callback: CallbackPlan, at: dt.datetime, may_reopen: bool) -> None:
        """The owner's verdict; rating ≤ 2 or "not solved" reopens the ticket (SPEC §2).
        A second round is never reopened again, so every reopening ends."""
        rng = self.rng
        rating = _rating(rng)
        if not may_reopen:
            rating = max(rating, 3)
        solved = (
            Solved.YES
            if rating >= 4 or (rating == 3 and rng.random() < 0.6)
            else rng.choice([Solved.PARTLY, Solved.NO])
        )
        if not may_reopen and solved is Solved.NO:
            solved = Solved.PARTLY
        comment = rng.choice(texts.HAPPY_COMMENTS) if rating >= 4 else rng.choice(texts.UNHAPPY_COMMENTS)
        callback.rating, callback.solved, callback.comment = rating, solved, comment
        if rating <= 3 or solved is not Solved.YES:
            self._review(callback, at)
        clerk = callback.attempts[-1].by
        note = f"{rating} 分" + (f"：{comment}" if comment else "")
        at = self._step(at, Action.CALL_BACK, clerk, note)
        if rating <= 2 or solved is Solved.NO:
            self._step(at + _delta(0, 60 * rng.randint(1, 5)), Action.REOPEN, clerk, rng.choice(texts.REOPEN_NOTES))
            self._work(reopened=True)
            return
        self._step(at + _delta(0, 60 * rng.randint(1, 30)), Action.CLOSE, clerk)


@dataclass(slots=True)
class State:
    """A ticket's row fields after replaying its steps, as models.workflow would set them."""

    status: Status = Status.NEW
    acknowledged_at: dt.datetime | None = None
    dispatched_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    called_back_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    reopen_count: int = 0
    updated_at: dt.datetime | None = None
    stage_replied: bool = False
    last_reopened_at: dt.datetime | None = None


def _rating(rng: random.Random) -> int:
    """random.choices(_RATINGS, weights)[0], the same draw without rebuilding the totals."""
    return _RATINGS[bisect.bisect_right(_RATING_CUMULATIVE, rng.random() * _RATING_TOTAL, 0, _LAST_RATING)]


def replay(steps: list[Step]) -> State:
    """The state after the steps, moved like workflow.transition moves it (their old and
    new statuses were filled in as they were planned, in the same order)."""
    state = State()
    for at, action, *_rest in steps:
        state.updated_at = at
        if action is Action.REGISTER:
            continue
        if action is Action.STAGE_REPLY:
            state.stage_replied = True
        move = _MOVES.get(action)
        if move is not None:
            _move(state, action, move, at)
    return state


# action -> (the status it moves to, that status's text, the State field stamped with its time)
_MOVES = {action: (target, str(target), TIMESTAMP_FIELD.get(target)) for action, target in TARGET.items()}


def _move(state: State, action: Action, move: tuple, at: dt.datetime) -> None:
    """The state moved by `action` at `at` (`move`: its entry in _MOVES), as
    workflow.transition moves a ticket."""
    target, _text, stamp = move
    state.status = target
    if stamp and (getattr(state, stamp) is None or action is not Action.REOPEN):
        setattr(state, stamp, at)
    if action in (Action.DISPATCH, Action.RESOLVE) and state.acknowledged_at is None:
        state.acknowledged_at = at
    if action is Action.REOPEN:
        state.reopen_count += 1
        state.last_reopened_at = at
        state.resolved_at = state.called_back_at = state.closed_at = None
