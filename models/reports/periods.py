"""What a report covers: a period (a month, a quarter, a year or any range of days) and a
scope (the whole office, one community or one building), with the periods a report
compares against (the one before, the same one a year earlier) and the twelve months
of its trend."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers import Building, Community

OFFICE, COMMUNITY, BUILDING = "office", "community", "building"

MSG_MONTH = QT_TRANSLATE_NOOP("models", "Give the month as YYYY-MM, e.g. 2026-03; “{text}” is not one.")
MSG_RANGE = QT_TRANSLATE_NOOP("models", "The period must end on or after the day it starts.")
MSG_NO_COMMUNITY = QT_TRANSLATE_NOOP("models", "There is no community called {name}.")
MSG_NO_PLACE = QT_TRANSLATE_NOOP("models", "That community or building no longer exists.")
MSG_WHOLE_OFFICE = QT_TRANSLATE_NOOP("models", "Whole office")


@dataclass(frozen=True)
class Period:
    """Days first..last inclusive; `start` and `end` are the moments that bound it
    (end exclusive: the midnight after the last day)."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError({"period": MSG_RANGE})

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first, dt.time())

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time())

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def label(self) -> str:
        """2026-03, 2026-Q1, 2026, or 2026-03-01 – 2026-03-15."""
        if self.first.day == 1 and self.last == _month_end(self.first):
            return f"{self.first:%Y-%m}"
        if self.first.day == 1 and self.first.month % 3 == 1 and self.last == _month_end(_add_months(self.first, 2)):
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        if (self.first.month, self.first.day, self.last.month, self.last.day) == (1, 1, 12, 31) and (
            self.first.year == self.last.year
        ):
            return str(self.first.year)
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    def months_covered(self) -> int:
        """Whole calendar months spanned (a month 1, a quarter 3, a year 12), 0 for a range
        that does not start on the 1st and end on a month's last day."""
        if self.first.day != 1 or self.last != _month_end(self.last):
            return 0
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    def previous(self) -> Period:
        """The period just before: the month, quarter or year before; for any other range,
        the same number of days just before it."""
        months = self.months_covered()
        if months:
            first = _add_months(self.first, -months)
            return Period(first, _month_end(_add_months(first, months - 1)))
        return Period(self.first - dt.timedelta(days=self.days), self.first - dt.timedelta(days=1))

    def year_before(self) -> Period:
        months = self.months_covered()
        first = _add_months(self.first, -12)
        if months:
            return Period(first, _month_end(_add_months(first, months - 1)))
        return Period(first, first + dt.timedelta(days=self.days - 1))

    def trend_months(self) -> list[Period]:
        """The twelve calendar months ending with the period's last month, oldest first."""
        last_month = self.last.replace(day=1)
        return [month(_add_months(last_month, offset)) for offset in range(-11, 1)]


def month(day: dt.date) -> Period:
    first = day.replace(day=1)
    return Period(first, _month_end(first))


def quarter(year: int, number: int) -> Period:
    first = dt.date(year, 3 * (number - 1) + 1, 1)
    return Period(first, _month_end(_add_months(first, 2)))


def year(number: int) -> Period:
    return Period(dt.date(number, 1, 1), dt.date(number, 12, 31))


def parse_month(text: str) -> Period:
    """'2026-03' → March 2026; anything else is a ValidationError with a sentence."""
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise ValidationError({"month": MSG_MONTH}, {"month": {"text": text}})
    return month(dt.date(int(found.group(1)), int(found.group(2)), 1))


def _add_months(day: dt.date, count: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(day: dt.date) -> dt.date:
    return _add_months(day.replace(day=1), 1) - dt.timedelta(days=1)


@dataclass(frozen=True)
class Scope:
    """The whole office, one community or one building; `name` as a manager reads it."""

    kind: str = OFFICE
    id: int | None = None
    name: str = ""
    community_id: int | None = None

    @property
    def is_office(self) -> bool:
        return self.kind == OFFICE


def office_scope() -> Scope:
    return Scope(OFFICE, None, MSG_WHOLE_OFFICE)


def community_scope(community_id: int | None = None, name: str | None = None) -> Scope:
    """A community by id, or by its name (the command line's --community NAME)."""
    if community_id is None:
        community = Community.get_or_none(Community.name == (name or "").strip())
        if community is None:
            raise NotFound(MSG_NO_COMMUNITY, name=(name or "").strip())
    else:
        community = Community.get_or_none(Community.id == community_id)
        if community is None:
            raise NotFound(MSG_NO_PLACE)
    return Scope(COMMUNITY, community.id, community.name, community.id)


def building_scope(building_id: int) -> Scope:
    building = Building.get_or_none(Building.id == building_id)
    if building is None:
        raise NotFound(MSG_NO_PLACE)
    community = building.community
    return Scope(BUILDING, building.id, f"{community.name} {building.name}", community.id)
