"""Office-local time: the one place that reads the system clock.

Rules never call datetime.now(); they take a Clock. Timestamps are naive office-local
datetimes with whole seconds (China has no daylight saving), stored as text by peewee.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

DISPLAY_FORMAT = "%Y-%m-%d %H:%M"


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """The wall clock of the office PC, truncated to seconds."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock tests and the demo generator set and move by hand."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at = self.at + dt.timedelta(**delta)


def format_datetime(value: dt.datetime | None) -> str:
    """The one display format of the app and its paper: YYYY-MM-DD HH:mm, 24-hour."""
    return value.strftime(DISPLAY_FORMAT) if value else ""
