"""The KPIs of SPEC §4 for a cohort of tickets, each rated against the office's target,
with the tickets it measures and those that keep it from its target."""

from __future__ import annotations

from models.codes import Kind
from models.i18n import QT_TRANSLATE_NOOP
from models.reports import rules
from models.reports.cohort import Cohort, ids
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


def all_kpis(cohort: Cohort, targets: dict[str, Target], served: set[int], survey: tuple[int, int, int]) -> list[Kpi]:
    values = kpi_values(cohort, served, survey, targets[HANDLING_HOURS].target)
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


def kpi_values(cohort: Cohort, served: set[int], survey: tuple[int, int, int], hours_target: float = 24.0) -> dict:
    """key -> (value, numerator, denominator, drill, misses)."""
    return {
        SATISFACTION: satisfaction(cohort),
        SURVEY_SCORE: survey_score(survey),
        COMPLAINT_RATE: complaint_rate(cohort, served),
        ACK_IN_TIME: acknowledged_in_time(cohort),
        RESOLUTION_RATE: resolution_rate(cohort),
        HANDLING_HOURS: handling_time(cohort, hours_target),
        CALLBACK_RATE: callback_rate(cohort),
    }


def resolution_rate(cohort: Cohort):
    resolved = {t.id for t in cohort.resolved}
    unresolved = [t for t in cohort.received if t.id not in resolved]
    return (
        percent(len(resolved), len(cohort.received)),
        len(resolved),
        len(cohort.received),
        Drill(DRILL_RECEIVED, ids(cohort.received)),
        Drill(DRILL_UNRESOLVED, ids(unresolved)),
    )


def acknowledged_in_time(cohort: Cohort):
    late = [t for t in cohort.received if not rules.acknowledged_in_time(t)]
    in_time = len(cohort.received) - len(late)
    return (
        percent(in_time, len(cohort.received)),
        in_time,
        len(cohort.received),
        Drill(DRILL_RECEIVED, ids(cohort.received)),
        Drill(DRILL_ACK_LATE, ids(late)),
    )


def handling_time(cohort: Cohort, hours_target: float):
    hours = [cohort.hours[t.id] for t in cohort.resolved]
    total = sum(hours)
    slow = [t for t, h in zip(cohort.resolved, hours, strict=True) if h > hours_target]
    return (
        total / len(hours) if hours else None,
        total,
        len(hours),
        Drill(DRILL_RESOLVED, ids(cohort.resolved)),
        Drill(DRILL_SLOW, ids(slow), {"hours": f"{hours_target:g}"}),
    )


def complaint_rate(cohort: Cohort, served: set[int]):
    complaints = [t for t in cohort.received if t.kind == Kind.COMPLAINT and t.room_id in served]
    rooms = {t.room_id for t in complaints}
    return (
        percent(len(rooms), len(served)),
        len(rooms),
        len(served),
        Drill(DRILL_COMPLAINTS, ids(complaints)),
        None,
    )


def satisfaction(cohort: Cohort):
    rated, unhappy, satisfied_count, rated_count = [], [], 0, 0
    for ticket in cohort.received:
        ratings = cohort.ratings.get(ticket.id)
        if ratings:
            rated.append(ticket)
            rated_count += len(ratings)
            happy = sum(1 for rating in ratings if rating >= rules.SATISFIED_FROM)
            satisfied_count += happy
            if happy < len(ratings):
                unhappy.append(ticket)
    return (
        percent(satisfied_count, rated_count),
        satisfied_count,
        rated_count,
        Drill(DRILL_RATED, ids(rated)),
        Drill(DRILL_UNSATISFIED, ids(unhappy)),
    )


def callback_rate(cohort: Cohort):
    due, missed = cohort.callback_due, cohort.callback_missed
    in_time = len(due) - len(missed)
    return (
        percent(in_time, len(due)),
        in_time,
        len(due),
        Drill(DRILL_CALLBACK_DUE, ids(due)),
        Drill(DRILL_CALLBACK_MISSED, ids(missed)),
    )


def survey_score(survey: tuple[int, int, int]):
    _forms, answers, total = survey
    mean = total / answers if answers else None
    return (None if mean is None else (mean - 1) / 4 * 100, total, answers, None, None)
