"""The KPIs of SPEC §4 for the tickets of a report (or of one community), each rated against the office's target,
with the tickets it measures and those that keep it from its target."""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP
from models.reports.definitions import (
    ACK_IN_TIME,
    CALLBACK_RATE,
    COMPLAINT_RATE,
    HANDLING_HOURS,
    KPI_KEYS,
    KPI_LABELS,
    KPI_UNITS,
    RESOLUTION_RATE,
    SATISFACTION,
    SURVEY_SCORE,
    Target,
)
from models.reports.figures import Drill, Kpi
from models.reports.loading import ACK_LATE, CALLBACK_DUE, CALLBACK_MISSED, RESOLVED
from models.reports.tally import Basis

DRILL_RECEIVED = QT_TRANSLATE_NOOP("models", "Received")
DRILL_UNRESOLVED = QT_TRANSLATE_NOOP("models", "Received, not resolved by the period's end")
DRILL_ACK_LATE = QT_TRANSLATE_NOOP("models", "Not acknowledged in time")
DRILL_RESOLVED = QT_TRANSLATE_NOOP("models", "Resolved")
DRILL_SLOW = QT_TRANSLATE_NOOP("models", "Resolved in more than {hours} hours")
DRILL_COMPLAINTS = QT_TRANSLATE_NOOP("models", "Complaints of households served")
DRILL_RATED = QT_TRANSLATE_NOOP("models", "Callbacks with a rating")
DRILL_UNSATISFIED = QT_TRANSLATE_NOOP("models", "Callbacks rated 3 or less")
DRILL_CALLBACK_DUE = QT_TRANSLATE_NOOP("models", "Resolved, callback due")
DRILL_CALLBACK_MISSED = QT_TRANSLATE_NOOP("models", "Not called back within policy")


def percent(part: float, whole: float) -> float | None:
    return None if not whole else part / whole * 100


def all_kpis(basis: Basis, targets: dict[str, Target], served: set[int], survey: tuple[int, int, int]) -> list[Kpi]:
    values = kpi_values(basis, served, survey, targets[HANDLING_HOURS].target)
    return [_kpi(key, targets[key], *values[key]) for key in KPI_KEYS]


def _kpi(key, target: Target, value, numerator, denominator, drill, misses) -> Kpi:
    return Kpi(
        key=key,
        label=KPI_LABELS[key],
        unit=KPI_UNITS[key],
        value=value,
        numerator=numerator,
        denominator=denominator,
        target=target.target,
        flag=target.flag,
        higher_is_better=target.higher_is_better,
        rating=target.rate(value),
        drill=drill,
        misses=misses,
    )


def kpi_values(basis: Basis, served: set[int], survey: tuple[int, int, int], hours_target: float = 24.0) -> dict:
    """key -> (value, numerator, denominator, drill, misses)."""
    return {
        SATISFACTION: satisfaction(basis),
        SURVEY_SCORE: survey_score(survey),
        COMPLAINT_RATE: complaint_rate(basis, served),
        ACK_IN_TIME: acknowledged_in_time(basis),
        RESOLUTION_RATE: resolution_rate(basis),
        HANDLING_HOURS: handling_time(basis, hours_target),
        CALLBACK_RATE: callback_rate(basis),
    }


def resolution_rate(basis: Basis):
    resolved = basis.count(RESOLVED)
    return (
        percent(resolved, basis.received),
        resolved,
        basis.received,
        basis.drill(DRILL_RECEIVED, count=basis.received),
        basis.drill(DRILL_UNRESOLVED, count=basis.received - resolved, without=RESOLVED),
    )


def acknowledged_in_time(basis: Basis):
    late = basis.count(ACK_LATE)
    in_time = basis.received - late
    return (
        percent(in_time, basis.received),
        in_time,
        basis.received,
        basis.drill(DRILL_RECEIVED, count=basis.received),
        basis.drill(DRILL_ACK_LATE, count=late, flags=ACK_LATE),
    )


def handling_time(basis: Basis, hours_target: float):
    hours = basis.hours
    total = sum(hours)
    slow = sum(1 for h in hours if h > hours_target)
    spent = basis.columns.hours
    return (
        total / len(hours) if hours else None,
        total,
        len(hours),
        basis.drill(DRILL_RESOLVED, count=len(hours), flags=RESOLVED),
        basis.drill(
            DRILL_SLOW,
            {"hours": f"{hours_target:g}"},
            count=slow,
            flags=RESOLVED,
            extra=lambda place: spent[place] > hours_target,
        ),
    )


def complaint_rate(basis: Basis, served: set[int]):
    complaints = [(t, room) for t, room in basis.complaints if room in served]
    rooms = {room for _t, room in complaints}
    return (
        percent(len(rooms), len(served)),
        len(rooms),
        len(served),
        Drill(DRILL_COMPLAINTS, tuple(t for t, _room in complaints)),
        None,
    )


def satisfaction(basis: Basis):
    ratings = basis.ratings
    rated_count = sum(rated for rated, _satisfied in ratings.values())
    satisfied_count = sum(satisfied for _rated, satisfied in ratings.values())
    unhappy = sum(1 for rated, satisfied in ratings.values() if satisfied < rated)
    ids = basis.columns.ids
    return (
        percent(satisfied_count, rated_count),
        satisfied_count,
        rated_count,
        basis.drill(DRILL_RATED, count=len(ratings), extra=lambda place: ids[place] in ratings),
        basis.drill(
            DRILL_UNSATISFIED,
            count=unhappy,
            extra=lambda place: ids[place] in ratings and ratings[ids[place]][1] < ratings[ids[place]][0],
        ),
    )


def callback_rate(basis: Basis):
    due, missed = basis.count(CALLBACK_DUE), basis.count(CALLBACK_DUE | CALLBACK_MISSED)
    in_time = due - missed
    return (
        percent(in_time, due),
        in_time,
        due,
        basis.drill(DRILL_CALLBACK_DUE, count=due, flags=CALLBACK_DUE),
        basis.drill(DRILL_CALLBACK_MISSED, count=missed, flags=CALLBACK_DUE | CALLBACK_MISSED),
    )


def survey_score(survey: tuple[int, int, int]):
    _forms, answers, total = survey
    mean = total / answers if answers else None
    return (None if mean is None else (mean - 1) / 4 * 100, total, answers, None, None)
