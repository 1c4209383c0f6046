"""The one function behind the monthly summary, the reports page and the ledger's KPI
sheet: every figure of a period and scope, computed from the database in one go."""

from __future__ import annotations

import datetime as dt
import gc
from contextlib import contextmanager

from models.reports import kpis, loading, places, sections
from models.reports.definitions import DEFINITIONS, HANDLING_HOURS, targets
from models.reports.figures import ReportFigures
from models.reports.periods import COMMUNITY, Period, Scope, office_scope
from models.reports.tally import read_tally


def report_figures(period: Period, scope: Scope | None = None, *, now: dt.datetime) -> ReportFigures:
    """Every KPI and section of the report for `period` and `scope` (the whole office by
    default), as the database stands at `now`."""
    with _collector_paused():
        return _figures(period, scope or office_scope(), now)


@contextmanager
def _collector_paused():
    """A report reads hundreds of thousands of rows and keeps the repeat pass's receipts
    in lists and tuples that form no reference cycles; Python's cycle collector would walk
    them again and again as they grow, so it waits until the figures are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _figures(period: Period, scope: Scope, now: dt.datetime) -> ReportFigures:
    tally = read_tally(period, scope, now)
    served = loading.households_served(scope)
    survey = loading.survey_answers(period, scope)
    goals = targets()
    previous = loading.breakdown_between(period.previous(), scope)
    repeat_rows, repeat_drill = places.repeats(tally)
    late = loading.open_at(tally.cutoff, scope)
    overdue_rows, overdue_drill = places.overdue(tally, late)
    hours_target = goals[HANDLING_HOURS].target

    def community_values(part, rooms, community_id):
        community = Scope(COMMUNITY, community_id)
        return kpis.kpi_values(part, rooms, loading.survey_answers(period, community), hours_target)

    return ReportFigures(
        period=period,
        scope=scope,
        made_at=now,
        cutoff=tally.cutoff,
        kpis=kpis.all_kpis(tally.basis, goals, set(served), survey),
        volume=sections.volume(tally, previous),
        kinds=sections.kinds(tally, previous),
        categories=sections.categories(tally, previous),
        timeliness=sections.timeliness(tally),
        callbacks=sections.callbacks(tally),
        repeats=repeat_rows,
        repeat_drill=repeat_drill,
        departments=places.departments(tally),
        crews=places.crews(tally),
        peaks=places.peaks(tally),
        buildings=places.buildings(tally),
        communities=places.communities(tally, community_values, served, set(repeat_drill.ids), late),
        warnings=places.warnings(tally, previous),
        overdue=overdue_rows,
        overdue_drill=overdue_drill,
        definitions=list(DEFINITIONS),
        survey_forms=survey[0],
    )
