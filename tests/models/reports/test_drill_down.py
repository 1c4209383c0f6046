"""Each figure's drill-down is a filter the registry applies and names: it lists exactly
the tickets behind the figure, and combines with the registry's other filters."""

from __future__ import annotations

from models.tickets import RegistryFilter, count_tickets, fetch_page, footer_counts
from tests.models.reports.report_office import NOW


def registry_numbers(drill, **more) -> set[str]:
    f = RegistryFilter(ticket_ids=drill.ticket_ids, ticket_set_name=drill.label, **more)
    rows = fetch_page(f, now=NOW, limit=500)
    assert count_tickets(f, NOW) == len(rows)
    return {row.number for row in rows}


def every_drill(figures):
    for k in figures.kpis:
        yield from (d for d in (k.drill, k.misses) if d is not None)
    yield from figures.volume.drills.values()
    yield from (row.drill for row in figures.kinds + figures.categories)
    for row in figures.timeliness.stages:
        yield from (row.drill, row.misses)
    yield figures.timeliness.paused_drill
    yield figures.callbacks.reopened
    yield from figures.callbacks.drills.values()
    yield from (row.drill for row in figures.callbacks.reasons)
    yield from (row.drill for row in figures.repeats)
    yield figures.repeat_drill
    for row in figures.departments + figures.crews:
        yield from (row.drill, row.late)
    yield from figures.peaks.cells.values()
    yield from (row.drill for row in figures.buildings + figures.communities + figures.warnings)
    yield figures.overdue_drill


def test_every_figure_opens_exactly_its_tickets_in_the_registry(march):
    for drill in every_drill(march):
        f = RegistryFilter(ticket_ids=drill.ticket_ids, ticket_set_name=drill.label)
        shown = {row.id for row in fetch_page(f, now=NOW, limit=500)}
        assert shown == set(drill.ticket_ids), drill.label


def test_overdue_figure_lists_the_two_late_tickets(march):
    assert registry_numbers(march.overdue_drill) == {"T11", "T08"}


def test_a_figure_with_no_tickets_shows_none_rather_than_everything(march):
    stage = next(row for row in march.timeliness.stages if row.stage == "stage_reply")
    assert stage.misses.count == 0
    assert registry_numbers(stage.misses) == set()


def test_the_drill_down_combines_with_other_registry_filters(march):
    repeats = march.repeat_drill  # T1 T2 T5 T7
    assert registry_numbers(repeats) == {"T01", "T02", "T05", "T07"}
    assert registry_numbers(repeats, kinds=("complaint",)) == {"T07"}
    counts = footer_counts(RegistryFilter(ticket_ids=repeats.ticket_ids, ticket_set_name=repeats.label), NOW)
    # open now: none of them (T2 T7 resolved awaiting callback, T1 closed, T5 called back)
    assert (counts.total, counts.open) == (4, 0)
