"""The one function behind the monthly summary, the reports page and the ledger's KPI
sheet: every figure of a period and scope, computed from the database in one go."""

from __future__ import annotations

import datetime as dt

from models.reports import kpis, loading, places, sections
from models.reports.cohort import read_cohort
from models.reports.definitions import DEFINITIONS, HANDLING_HOURS, targets
from models.reports.figures import ReportFigures
from models.reports.periods import COMMUNITY, Period, Scope, office_scope


def report_figures(period: Period, scope: Scope | None = None, *, now: dt.datetime) -> ReportFigures:
    """Every KPI and section of the report for `period` and `scope` (the whole office by
    default), as the database stands at `now`."""
    scope = scope or office_scope()
    cohort = read_cohort(period, scope, now)
    served = loading.households_served(scope)
    survey = loading.survey_answers(period, scope)
    goals = targets()
    previous = loading.breakdown_between(period.previous(), scope)
    repeat_rows, repeat_drill = places.repeats(cohort)
    late = loading.open_at(cohort.cutoff, scope)
    overdue_rows, overdue_drill = places.overdue(cohort, late)
    hours_target = goals[HANDLING_HOURS].target

    def community_values(part, rooms, community_id):
        community = Scope(COMMUNITY, community_id)
        return kpis.kpi_values(part, rooms, loading.survey_answers(period, community), hours_target)

    return ReportFigures(
        period=period,
        scope=scope,
        made_at=now,
        cutoff=cohort.cutoff,
        kpis=kpis.all_kpis(cohort, goals, set(served), survey),
        volume=sections.volume(cohort),
        kinds=sections.kinds(cohort, previous),
        categories=sections.categories(cohort, previous),
        timeliness=sections.timeliness(cohort),
        callbacks=sections.callbacks(cohort),
        repeats=repeat_rows,
        repeat_drill=repeat_drill,
        departments=places.departments(cohort),
        crews=places.crews(cohort),
        peaks=places.peaks(cohort),
        buildings=places.buildings(cohort),
        communities=places.communities(cohort, community_values, served, set(repeat_drill.ticket_ids), late),
        warnings=places.warnings(cohort, previous),
        overdue=overdue_rows,
        overdue_drill=overdue_drill,
        definitions=list(DEFINITIONS),
        survey_forms=survey[0],
    )
