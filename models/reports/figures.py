"""The plain data a report is made of: every figure with the tickets behind it (a Drill
the registry can show and name), grouped by the sections of the monthly summary. The
screen, the paper and the spreadsheet read these; nothing is computed twice."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from models.reports.definitions import Definition
from models.reports.periods import Period, Scope


class Drill:
    """The tickets behind a figure. `label` is English (context "models") with {named}
    fields filled from `params` (names as they are, domain labels translated).

    A drill knows how many tickets it stands for (`count`); which ones it works out when
    asked (`ids`, `ticket_ids`), from the columns of numbers the report was counted from
    (`find`), unless it was given them. A year's report has thousands of figures and a few
    million tickets behind them, most never asked for. The ids are kept in an array of
    integers, which Python's cycle collector does not walk."""

    __slots__ = ("label", "params", "count", "_ids", "_find")

    def __init__(self, label: str, ids: Sequence[int] = (), params: dict | None = None, *, count=None, find=None):
        self.label = label
        self.params = params if params is not None else {}
        self._find = find
        self._ids = None if find is not None else ids if isinstance(ids, array) else array("q", ids)
        self.count = count if find is not None else len(self._ids)

    @property
    def ids(self) -> array:
        """The tickets, in the order the figure met them (worked out once, when first asked)."""
        if self._ids is None:
            found = self._find()
            self._ids = found if isinstance(found, array) else array("q", found)
            self._find = None
        return self._ids

    @property
    def ticket_ids(self) -> tuple[int, ...]:
        """The tickets, in the order the figure met them (a new tuple at each call)."""
        return tuple(self.ids)

    def __repr__(self) -> str:
        return f"Drill({self.label!r}, count={self.count}, params={self.params!r})"


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    unit: str  # "%", "h" or "score"
    value: float | None  # None: nothing to measure in the period
    numerator: float
    denominator: float
    target: float
    flag: float
    higher_is_better: bool
    rating: str  # green, amber, red or none
    drill: Drill | None  # the tickets the figure measures
    misses: Drill | None  # those of them that keep it from its target


@dataclass(frozen=True)
class CountRow:
    """One line of a breakdown: this period's count against the period before."""

    key: str
    label: str
    count: int
    previous: int
    drill: Drill
    group: str = ""

    @property
    def change(self) -> float | None:
        return change(self.count, self.previous)


def change(current: float, previous: float) -> float | None:
    """Percentage change; None when there was nothing before to compare with."""
    return None if not previous else (current - previous) / previous * 100


@dataclass(frozen=True)
class TrendPoint:
    month: str  # YYYY-MM
    count: int


@dataclass(frozen=True)
class Volume:
    registered: int
    cancelled: int
    merged: int
    received: int
    resolved: int
    previous: int
    year_before: int
    trend: list[TrendPoint]
    drills: dict[str, Drill]  # registered, cancelled, merged, received, resolved, unresolved

    @property
    def change(self) -> float | None:
        return change(self.received, self.previous)

    @property
    def year_change(self) -> float | None:
        return change(self.received, self.year_before)


@dataclass(frozen=True)
class StageRow:
    stage: str  # ack, stage_reply, result, callback
    label: str
    measured: int
    in_time: int
    drill: Drill
    misses: Drill

    @property
    def percent(self) -> float | None:
        return None if not self.measured else self.in_time / self.measured * 100


@dataclass(frozen=True)
class Timeliness:
    average_ack_hours: float | None
    average_resolution_hours: float | None
    stages: list[StageRow]
    paused_tickets: int
    paused_hours: float
    average_paused_hours: float | None
    paused_drill: Drill


@dataclass(frozen=True)
class ReasonRow:
    category: str
    count: int
    drill: Drill


@dataclass(frozen=True)
class CommentRow:
    ticket_id: int
    number: str
    category: str
    rating: int | None
    solved: str | None
    comment: str


@dataclass(frozen=True)
class Callbacks:
    made: int  # callbacks finished (owner reached or given up)
    reached: int
    rated: int
    satisfied: int
    unreached: int
    due: int  # resolved tickets whose callback counts for the rate
    in_time: int
    dissatisfied: int
    reasons: list[ReasonRow]
    comments: list[CommentRow]
    reopened: Drill  # tickets reopened by an unhappy callback
    drills: dict[str, Drill]  # rated, satisfied, dissatisfied, due, missed

    @property
    def satisfaction(self) -> float | None:
        return None if not self.rated else self.satisfied / self.rated * 100

    @property
    def rate(self) -> float | None:
        return None if not self.due else self.in_time / self.due * 100


@dataclass(frozen=True)
class RepeatRow:
    room: str
    owner: str
    category: str
    dates: list[dt.datetime]  # receipts of the room's tickets of this category, the earlier one first
    numbers: list[str]
    repeats: int  # how many of them are repeats received in the period
    drill: Drill


@dataclass(frozen=True)
class TeamRow:
    """A department or a crew member: their received tickets and how they went."""

    key: int
    name: str
    count: int
    resolved: int
    average_hours: float | None
    on_time: int
    rated: int
    satisfied: int
    reopened: int
    drill: Drill
    late: Drill

    @property
    def sla_percent(self) -> float | None:
        return None if not self.resolved else self.on_time / self.resolved * 100

    @property
    def satisfaction(self) -> float | None:
        return None if not self.rated else self.satisfied / self.rated * 100

    @property
    def reopen_percent(self) -> float | None:
        return None if not self.count else self.reopened / self.count * 100


@dataclass(frozen=True)
class PeakCell:
    weekday: int  # 0 Monday … 6 Sunday
    hour: int
    count: int
    drill: Drill


@dataclass(frozen=True)
class Peaks:
    grid: list[list[int]]  # [weekday][hour]
    busiest: list[PeakCell]
    cells: dict[tuple[int, int], Drill]


@dataclass(frozen=True)
class BuildingRow:
    building_id: int
    name: str
    count: int
    categories: list[tuple[str, int]]  # the building's busiest categories
    drill: Drill


@dataclass(frozen=True)
class CommunityRow:
    community_id: int
    name: str
    received: int
    kpis: dict[str, float | None]
    repeats: int
    overdue: int
    drill: Drill


@dataclass(frozen=True)
class WarningRow:
    reason: str  # "repeating" (one room) or "rising" (one building)
    label: str
    place: str
    category: str
    count: int
    previous: int | None
    drill: Drill


@dataclass(frozen=True)
class OverdueRow:
    ticket_id: int
    number: str
    room: str
    category: str
    kind: str
    stage: str  # ack or result
    due: dt.datetime
    age_hours: float
    status: str


@dataclass(frozen=True)
class ReportFigures:
    period: Period
    scope: Scope
    made_at: dt.datetime
    cutoff: dt.datetime  # the period's end, or the moment of the report for a period still running
    kpis: list[Kpi]
    volume: Volume
    kinds: list[CountRow]
    categories: list[CountRow]
    timeliness: Timeliness
    callbacks: Callbacks
    repeats: list[RepeatRow]
    repeat_drill: Drill
    departments: list[TeamRow]
    crews: list[TeamRow]
    peaks: Peaks
    buildings: list[BuildingRow]
    communities: list[CommunityRow]
    warnings: list[WarningRow]
    overdue: list[OverdueRow]
    overdue_drill: Drill
    definitions: list[Definition]
    survey_forms: int = 0

    def kpi(self, key: str) -> Kpi:
        return next(k for k in self.kpis if k.key == key)
