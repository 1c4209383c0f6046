"""The working-day calendar of SPEC §3: China's public holidays and make-up working days
(调休) from the `chinesecalendar` package, the office's own overrides on top, and
Monday–Friday as an estimate past the package's last year.

Working-day arithmetic is defined here once: "within N working days of receipt" ends
at 23:59:59 of the Nth working day *after* the day of receipt (the day of receipt
never counts, whatever the hour)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chinese_calendar import constants as official

from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.service_levels.tables import CalendarOverride
from models.store import database

END_OF_DAY = dt.time(23, 59, 59)
MAX_NOTE_LENGTH = 100

MSG_NOTE_TOO_LONG = QT_TRANSLATE_NOOP("models", "Keep the note under {limit} characters.")
MSG_NO_OVERRIDE = QT_TRANSLATE_NOOP("models", "There is no office override on {day}.")


class WorkingCalendar:
    """Which days are working days; official data, then office overrides, then Mon–Fri."""

    def __init__(self, overrides: dict[dt.date, bool] | None = None) -> None:
        self.overrides = dict(overrides or {})
        self._first = dt.date(min(official.holidays).year, 1, 1)
        self._last = dt.date(max(official.holidays).year, 12, 31)

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if self._first <= day <= self._last:
            # chinese_calendar.is_workday() without its per-call range check over all years
            return day in official.workdays or (day.weekday() < 5 and day not in official.holidays)
        return day.weekday() < 5

    def official_data_until(self) -> dt.date:
        """The last day the chinesecalendar package has the State Council's data for."""
        return self._last

    def is_estimated(self, day: dt.date) -> bool:
        """True when the day is outside the official data and the office has not said."""
        return day not in self.overrides and not self._first <= day <= self._last

    def holiday_name(self, day: dt.date) -> str | None:
        """The official holiday's English name (e.g. "National Day"), if the day is one."""
        return official.holidays.get(day)

    def is_makeup_workday(self, day: dt.date) -> bool:
        """A weekend day the State Council made a working day (调休上班)."""
        return day in official.workdays

    def add_working_days(self, start: dt.datetime, days: int) -> dt.datetime:
        """End (23:59:59) of the `days`-th working day after the day of `start`."""
        day = start.date()
        counted = 0
        while counted < days:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                counted += 1
        return dt.datetime.combine(day, END_OF_DAY)

    def add_working_time(self, moment: dt.datetime, seconds: int) -> dt.datetime:
        """`moment` moved later by `seconds` of time on working days only: the result
        clock stands still on holidays, so paused time is given back in working time."""
        remaining = dt.timedelta(seconds=seconds)
        while remaining > dt.timedelta(0):
            next_midnight = dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())
            if not self.is_workday(moment.date()):
                moment = next_midnight
                continue
            step = min(remaining, next_midnight - moment)
            moment += step
            remaining -= step
        return moment

    def working_seconds_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Seconds of [start, end) that fall on working days: the part of a pause the
        result clock of a working-day policy would have run (a Friday 18:00 to Monday
        09:00 pause covers 6 + 9 = 15 hours of it)."""
        seconds = 0
        moment = start
        while moment < end:
            next_midnight = dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())
            step_end = min(end, next_midnight)
            if self.is_workday(moment.date()):
                seconds += int((step_end - moment).total_seconds())
            moment = step_end
        return seconds

    def estimated_between(self, first: dt.date, last: dt.date) -> bool:
        """True when any day in [first, last] had to be estimated."""
        if self._first <= first and last <= self._last:
            return False
        return any(self.is_estimated(first + dt.timedelta(days=k)) for k in range((last - first).days + 1))


def load_calendar() -> WorkingCalendar:
    """The calendar with the office's overrides read from the data file."""
    overrides = {row.day: row.is_workday for row in CalendarOverride.select()}
    return WorkingCalendar(overrides)


@dataclass(frozen=True)
class OverrideData:
    day: dt.date
    is_workday: bool
    note: str = ""


def list_overrides() -> list[OverrideData]:
    return [
        OverrideData(row.day, row.is_workday, row.note)
        for row in CalendarOverride.select().order_by(CalendarOverride.day)
    ]


def store_override(data: OverrideData) -> None:
    """Add or change the office's own ruling on one day (the tickets area recomputes deadlines)."""
    note = (data.note or "").strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise ValidationError({"note": MSG_NOTE_TOO_LONG}, {"note": {"limit": MAX_NOTE_LENGTH}})
    with database.atomic():
        CalendarOverride.insert(day=data.day, is_workday=data.is_workday, note=note).on_conflict(
            conflict_target=[CalendarOverride.day],
            update={CalendarOverride.is_workday: data.is_workday, CalendarOverride.note: note},
        ).execute()


def remove_override(day: dt.date) -> None:
    with database.atomic():
        deleted = CalendarOverride.delete().where(CalendarOverride.day == day).execute()
        if not deleted:
            raise NotFound(MSG_NO_OVERRIDE, day=day.isoformat())
