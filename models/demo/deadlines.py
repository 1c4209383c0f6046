"""Deadlines of demo tickets computed by the app's own SLA rules (models.service_levels) — the
policies read once, the working-day calendar memoised — so that a generated ticket
carries exactly the due times the app would have stored."""

from __future__ import annotations

import datetime as dt

from models.service_levels import (
    Deadlines,
    PolicyClock,
    PolicyData,
    WorkingCalendar,
    deadlines_for,
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


class DeadlineRules:
    def __init__(self) -> None:
        self.calendar = _MemoCalendar(load_calendar())
        self.policies: dict[tuple[str, str], PolicyData] = {(p.kind, p.priority): p for p in list_policies()}
        # each policy's deadlines with their steps worked out once (the app's own rules)
        self.clocks = {key: PolicyClock(policy, self.calendar) for key, policy in self.policies.items()}

    def result_due(self, kind: str, priority: str, clock_from: dt.datetime) -> dt.datetime:
        """The result deadline as it stood when the clock (receipt or reopening) started."""
        return self.clocks[(kind, priority)].result(clock_from)

    def callback_due(self, kind: str, priority: str, resolved_at: dt.datetime) -> dt.datetime:
        return self.clocks[(kind, priority)].callback(resolved_at)

    def for_ticket(self, kind: str, priority: str, received_at: dt.datetime, **state) -> Deadlines:
        """All deadlines of a ticket in the given state (see models.service_levels.deadlines_for)."""
        return deadlines_for(
            kind, priority, received_at, calendar=self.calendar, policy=self.policies[(kind, priority)], **state
        )

    def is_holiday(self, day: dt.date) -> bool:
        return self.calendar.holiday_name(day) is not None
