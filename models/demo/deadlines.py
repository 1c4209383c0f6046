"""Deadlines of demo tickets computed by the app's own SLA rules (models.service_levels) — the
policies read once, the working-day calendar memoised — so that a generated ticket
carries exactly the due times the app would have stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from models.codes import OPEN_STATUSES, DeadlineUnit, Status
from models.service_levels import (
    END_OF_DAY,
    Deadlines,
    PolicyData,
    WorkingCalendar,
    deadlines_for,
    give_back_paused,
    list_policies,
    load_calendar,
)


class _MemoCalendar(WorkingCalendar):
    """The office's calendar with each day's answer remembered (millions of look-ups)."""

    def __init__(self, base: WorkingCalendar) -> None:
        self.__dict__.update(base.__dict__)
        self._answers: dict[dt.date, bool] = {}
        self._ends: dict[tuple[dt.date, int], dt.datetime] = {}

    def is_workday(self, day: dt.date) -> bool:
        answer = self._answers.get(day)
        if answer is None:
            answer = self._answers[day] = super().is_workday(day)
        return answer

    def add_working_days(self, start: dt.datetime, days: int) -> dt.datetime:
        """Depends on the day of `start` only, so one answer serves a whole day's tickets."""
        key = (start.date(), days)
        end = self._ends.get(key)
        if end is None:
            end = self._ends[key] = super().add_working_days(start, days)
        return end


Adder = Callable[[dt.datetime], dt.datetime]


class _Policy:
    """One kind × priority policy as the demo reads it a million times: each deadline an
    adder with its step worked out once (add_amount's arithmetic, the same results)."""

    def __init__(self, policy: PolicyData, calendar: WorkingCalendar) -> None:
        self.ack = _adder(policy.ack_amount, policy.ack_unit, calendar)
        self.result = _adder(policy.result_amount, policy.result_unit, calendar)
        self.callback = _adder(policy.callback_amount, policy.callback_unit, calendar)
        self.stage_reply = dt.timedelta(minutes=policy.stage_reply_minutes) if policy.stage_reply_minutes else None
        self.result_unit = policy.result_unit


def _adder(amount: int, unit: str, calendar: WorkingCalendar) -> Adder:
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


class DeadlineRules:
    def __init__(self) -> None:
        self.calendar = _MemoCalendar(load_calendar())
        self.policies: dict[tuple[str, str], PolicyData] = {(p.kind, p.priority): p for p in list_policies()}
        self.adders = {key: _Policy(policy, self.calendar) for key, policy in self.policies.items()}

    def result_due(self, kind: str, priority: str, clock_from: dt.datetime) -> dt.datetime:
        """The result deadline as it stood when the clock (receipt or reopening) started."""
        return self.adders[(kind, priority)].result(clock_from)

    def callback_due(self, kind: str, priority: str, resolved_at: dt.datetime) -> dt.datetime:
        return self.adders[(kind, priority)].callback(resolved_at)

    def for_row(
        self,
        kind: str,
        priority: str,
        received_at: dt.datetime,
        pauses: Sequence[tuple[dt.datetime, dt.datetime]],
        resolved_at: dt.datetime | None,
        acknowledged_at: dt.datetime | None,
        status: Status,
        stage_replied: bool,
        paused_since: dt.datetime | None,
        result_clock_from: dt.datetime | None,
    ) -> tuple:
        """(ack, stage reply, result, callback, next) due: for_ticket()'s deadlines, the
        same values, without what a row does not store (which deadline is next, whether
        one is an estimate); the demo's tests compare the stored deadlines with the app's."""
        policy = self.adders[(kind, priority)]
        ack_due = policy.ack(received_at)
        stage_due = received_at + policy.stage_reply if policy.stage_reply is not None else None
        is_open = status in OPEN_STATUSES
        result_due = None
        if paused_since is None or not is_open:
            result_due = policy.result(result_clock_from or received_at)
            if pauses:
                result_due = give_back_paused(result_due, pauses, policy.result_unit, self.calendar)
        callback_due = policy.callback(resolved_at) if resolved_at else None
        if is_open:
            pending = [
                due
                for due in (
                    ack_due if acknowledged_at is None else None,
                    None if stage_replied else stage_due,
                    result_due,
                )
                if due is not None
            ]
            next_due = min(pending) if pending else None
        elif status is Status.RESOLVED:
            next_due = callback_due
        else:
            next_due = None
        return ack_due, stage_due, result_due, callback_due, next_due

    def for_ticket(self, kind: str, priority: str, received_at: dt.datetime, **state) -> Deadlines:
        """All deadlines of a ticket in the given state (see models.service_levels.deadlines_for)."""
        return deadlines_for(
            kind, priority, received_at, calendar=self.calendar, policy=self.policies[(kind, priority)], **state
        )

    def is_holiday(self, day: dt.date) -> bool:
        return self.calendar.holiday_name(day) is not None
