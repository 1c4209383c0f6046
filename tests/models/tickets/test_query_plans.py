"""The plans of the hot queries (issue 12): with the planner's statistics of the
1,000,000-ticket office installed into the small office's file, each registry
interaction, the work orders' "printed before?" lookup and the crew names are read
through the intended indexes, and no statement walks the whole ticket or timeline
table. Not timed: bench/registry.py --grid measures; this keeps a schema change from
silently bringing a full walk back."""

from __future__ import annotations

import datetime as dt

import pytest

from models.codes import Kind, Priority, Status
from models.dispatch import work_orders_for
from models.registers import Building, Category, Department
from models.reports import month, report_figures
from models.store import database
from models.tickets import RegistryFilter, Ticket, fetch_page, footer_counts, registry, ticket_detail
from tests.models.tickets.planner_statistics import MILLION_TICKET_STATISTICS
from tests.office import OFFICE_NOW

pytestmark = pytest.mark.sqlite_only("SQLite's query plans (EXPLAIN QUERY PLAN) through its indexes")

OPEN = [Status.NEW, Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS]


@pytest.fixture
def big_office_statistics(office, register):
    """The small office, with one ticket, planned as if it held the million-ticket office."""
    register(room="3-2-1501", category="房屋渗漏")
    database.execute_sql("ANALYZE")
    database.execute_sql("DELETE FROM sqlite_stat1")
    for table, index, stat in MILLION_TICKET_STATISTICS:
        database.execute_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat))
    database.execute_sql("ANALYZE sqlite_schema")  # reload the statistics just written
    return office


class PlanRecorder:
    """Every SELECT peewee sends while active, with SQLite's plan for it."""

    def __init__(self) -> None:
        self.plans: list[tuple[str, list[str]]] = []
        self._original = database.execute_sql

    def __enter__(self) -> PlanRecorder:
        def recording(sql, params=None, *args, **kwargs):
            if sql.lstrip().upper().startswith("SELECT"):
                rows = self._original(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
                self.plans.append((sql, [row[-1] for row in rows]))
            return self._original(sql, params, *args, **kwargs)

        database.execute_sql = recording
        return self

    def __exit__(self, *exc) -> None:
        database.execute_sql = self._original

    def lines(self) -> list[str]:
        return [line for _sql, plan in self.plans for line in plan]


def plans_of(action) -> PlanRecorder:
    with PlanRecorder() as recorder:
        action()
    return recorder


BIG_TABLES = ("ticket", "ticket_event", "assignment")


def full_walks(recorder: PlanRecorder) -> list[str]:
    """Plan lines that read a whole big table row by row, with no index to narrow or
    order the walk."""
    return [line for line in recorder.lines() if any(line == f"SCAN {table}" for table in BIG_TABLES)]


def uses(recorder: PlanRecorder, index: str) -> bool:
    return any(f"INDEX {index} " in f"{line} " for line in recorder.lines())


def interaction(f: RegistryFilter, **page):
    """What the registry does when the clerk applies a filter: footer counts, first page."""
    return lambda: (footer_counts(f, OFFICE_NOW), fetch_page(f, now=OFFICE_NOW, **page))


def test_first_page_walks_the_receipt_index_and_counts_nothing(big_office_statistics):
    recorder = plans_of(interaction(RegistryFilter()))
    assert uses(recorder, "ticket_received_at_cover")
    assert full_walks(recorder) == []


@pytest.mark.parametrize(
    ("label", "make_filter", "index"),
    [
        ("new tickets", lambda ids: RegistryFilter(statuses=[Status.NEW]), "ticket_status_received_at"),
        (
            "one building",
            lambda ids: RegistryFilter(building_ids=[ids["building"]]),
            "ticket_room_id_received_at_cover",
        ),
        ("mine", lambda ids: RegistryFilter(mine_user_id=ids["user"]), "ticket_first_responder_id_status"),
        ("overdue", lambda ids: RegistryFilter(overdue_only=True), "ticket_next_due"),
        (
            "one department",
            lambda ids: RegistryFilter(department_ids=[ids["department"]]),
            "ticket_department_id_status",
        ),
        (
            "complaints about repairs this year",
            lambda ids: RegistryFilter(
                kinds=[Kind.COMPLAINT], category_ids=[ids["group"]], received_from=dt.date(2026, 1, 1)
            ),
            "ticket_category_id_received_at_cover",
        ),
        ("urgent", lambda ids: RegistryFilter(priorities=[Priority.URGENT]), "ticket_priority_received_at"),
    ],
)
def test_each_filter_is_read_through_its_index(big_office_statistics, label, make_filter, index):
    ids = {
        "building": Building.select().first().id,
        "user": big_office_statistics.clerk.id,
        "department": Department.select().first().id,
        "group": Category.get(Category.name == "维修", Category.parent.is_null()).id,
    }
    recorder = plans_of(interaction(make_filter(ids)))
    assert uses(recorder, index), f"{label}: {recorder.lines()}"
    assert full_walks(recorder) == [], label


def test_quick_search_goes_through_the_search_index(big_office_statistics):
    recorder = plans_of(interaction(RegistryFilter(text="漏水")))
    assert any("VIRTUAL TABLE INDEX" in line and "ticket_fts" in line for line in recorder.lines())
    assert full_walks(recorder) == []


def test_work_orders_look_up_printed_events_through_the_ticket(big_office_statistics):
    ticket_ids = [ticket.id for ticket in Ticket.select(Ticket.id)]
    recorder = plans_of(lambda: work_orders_for(ticket_ids))
    assert uses(recorder, "ticket_event_ticket_id")
    assert not uses(recorder, "ticket_event_finished_at")
    assert full_walks(recorder) == []


def test_crew_names_and_the_timeline_use_the_ticket_indexes(big_office_statistics):
    ticket = Ticket.select().first()
    recorder = plans_of(lambda: (fetch_page(RegistryFilter(), now=OFFICE_NOW), ticket_detail(ticket.id, OFFICE_NOW)))
    assert uses(recorder, "assignment_ticket_id")
    assert uses(recorder, "ticket_event_ticket_id")
    assert full_walks(recorder) == []


def looked_up_through(recorder: PlanRecorder, index: str) -> list[str]:
    """Plan lines that read the ticket row of every entry of `index` they walk (not a
    covering read): over a broad filter, a lookup each of hundreds of thousands."""
    return [
        line
        for line in recorder.lines()
        if line.startswith(("SEARCH t1 USING INDEX", "SCAN t1 USING INDEX")) and f"INDEX {index} " in f"{line} "
    ]


@pytest.mark.parametrize(
    ("label", "make_filter", "broad_indexes"),
    [
        (
            "complaints of the engineering department",
            lambda ids: RegistryFilter(kinds=[Kind.COMPLAINT], department_ids=[ids["department"]]),
            ["ticket_department_id_status", "ticket_department_received_at", "ticket_kind_received_at"],
        ),
        (
            "urgent repairs of one clerk",
            lambda ids: RegistryFilter(kinds=[Kind.REPAIR], priorities=[Priority.URGENT], mine_user_id=ids["user"]),
            ["ticket_first_responder_id_status", "ticket_kind_received_at", "ticket_priority_received_at"],
        ),
    ],
)
def test_a_combination_of_broad_filters_is_counted_inside_one_index(
    big_office_statistics, label, make_filter, broad_indexes
):
    """Each filter matches hundreds of thousands of tickets on the big office, all of them
    together a few thousand: the footer counts them walking the receipt-time index, which
    carries every filter column, reading no ticket row (1.4 s → 0.2 s for the first one)."""
    ids = {"department": Department.select().first().id, "user": big_office_statistics.clerk.id}
    recorder = plans_of(interaction(make_filter(ids)))
    assert any(line.startswith("SCAN t1 USING COVERING INDEX ticket_received_at_cover") for line in recorder.lines()), (
        f"{label}: {recorder.lines()}"
    )
    for index in broad_indexes:
        assert looked_up_through(recorder, index) == [], f"{label}: {recorder.lines()}"
    assert full_walks(recorder) == [], label


def test_new_tickets_of_one_building_are_found_through_the_status_index(big_office_statistics):
    """New tickets are a few hundred of a million; the building's 25,000 tickets are not
    looked up one by one to find them (count and page)."""
    f = RegistryFilter(statuses=[Status.NEW], building_ids=[Building.select().first().id])
    recorder = plans_of(interaction(f))
    assert uses(recorder, "ticket_status_received_at")
    assert looked_up_through(recorder, "ticket_room_id_received_at_cover") == [], recorder.lines()
    assert full_walks(recorder) == []


def test_the_monthly_report_reads_finishing_events_through_their_partial_index(big_office_statistics):
    """Tickets finished since a moment (resolve, cancel, merge) are read from the partial
    index over those events alone, never by walking the whole timeline."""
    recorder = plans_of(lambda: report_figures(month(dt.date(2026, 11, 1)), now=OFFICE_NOW))
    finishing = [sql for sql, _plan in recorder.plans if "action IN ('resolve', 'cancel', 'merge')" in sql]
    assert finishing, "the report asks for the finishing events"
    assert uses(recorder, "ticket_event_finished_at"), recorder.lines()
    assert "SCAN ticket_event" not in recorder.lines()


@pytest.mark.parametrize(
    ("label", "make_filter", "index"),
    [
        (
            "one building, one clerk",
            lambda ids: RegistryFilter(building_ids=[ids["building"]], mine_user_id=ids["user"]),
            "ticket_room_id_received_at_cover",
        ),
        (
            "complaints in one building",
            lambda ids: RegistryFilter(kinds=[Kind.COMPLAINT], building_ids=[ids["building"]]),
            "ticket_room_id_received_at_cover",
        ),
        (
            "electricity, one clerk",
            lambda ids: RegistryFilter(category_ids=[ids["category"]], mine_user_id=ids["user"]),
            "ticket_category_id_received_at_cover",
        ),
    ],
)
def test_a_building_or_a_category_with_another_filter_is_counted_inside_its_own_index(
    big_office_statistics, label, make_filter, index
):
    """A building's (25,000) or a category's (30,000) tickets together with any other filter
    are counted reading that one index, which carries every filter column: no ticket row
    looked up, and not the whole receipt-time index walked."""
    ids = {
        "building": Building.select().first().id,
        "user": big_office_statistics.clerk.id,
        "category": Category.get(Category.name == "房屋渗漏").id,
    }
    recorder = plans_of(interaction(make_filter(ids)))
    assert any(line.startswith(f"SEARCH t1 USING COVERING INDEX {index} ") for line in recorder.lines()), (
        f"{label}: {recorder.lines()}"
    )
    assert looked_up_through(recorder, index) == [], f"{label}: {recorder.lines()}"
    assert not any("COVERING INDEX ticket_received_at_cover" in line for line in recorder.lines()), label
    assert full_walks(recorder) == [], label


@pytest.mark.parametrize(
    ("label", "make_filter"),
    [
        ("closed + a common word", lambda ids: RegistryFilter(statuses=[Status.CLOSED], text="天花板")),
        ("repairs + a common word", lambda ids: RegistryFilter(kinds=[Kind.REPAIR], text="天花板")),
        (
            "normal priority + mine + a common word",
            lambda ids: RegistryFilter(priorities=[Priority.NORMAL], mine_user_id=ids["user"], text="天花板"),
        ),
    ],
)
def test_a_common_search_beside_broad_filters_leads_the_count(big_office_statistics, monkeypatch, label, make_filter):
    """漏水 matches 25,430 tickets of the million, closed ones 900,000: the footer reads the
    search's matches and checks each ticket's status in its row (25,430 lookups, 31 ms of
    CPU) instead of walking the receipt-time index until 10,001 closed leaks turn up (76 ms).
    The small office's one ticket stands for those matches: a search of at least one match
    is taken as common here (COMMON_MATCH 1), as 漏水 is on the big office."""
    monkeypatch.setattr(registry, "COMMON_MATCH", 1)
    ticket = Ticket.select().get()  # new, a repair of normal priority, registered by the clerk
    ids = {"user": big_office_statistics.clerk.id}
    f = make_filter(ids)
    recorder = plans_of(lambda: footer_counts(f, OFFICE_NOW))
    led = [
        plan
        for sql, plan in recorder.plans
        if "ticket_fts" in sql
        and "ORDER BY" not in sql
        and any(line.startswith("SEARCH t1 USING INTEGER PRIMARY KEY") for line in plan)
    ]
    assert led, f"{label}: {recorder.plans}"
    assert not uses(recorder, "ticket_received_at_cover"), f"{label}: {recorder.lines()}"
    assert full_walks(recorder) == [], label
    # the same tickets as before: the one ticket is not closed, so 0 closed; it is a repair
    # of normal priority and the clerk's, so 1 otherwise
    expected = [] if f.statuses else [ticket.id]
    assert footer_counts(f, OFFICE_NOW).total == len(expected)
    assert [row.id for row in fetch_page(f, now=OFFICE_NOW)] == expected


def test_a_server_counts_exactly_the_filters_the_data_file_counts_in_one_index(big_office_statistics):
    """The footer of broad filters is exact where the data file reads one index holding
    every filtered column, else 'more than 10,000'; a server works that out from the
    filter (registry.file_index_holds_all) so that it shows the same numbers: here it is
    checked against SQLite's own plans, every single filter, pair and triple."""
    import itertools

    parts = {
        "status": {"statuses": [Status.CLOSED]},
        "kind": {"kinds": [Kind.REPAIR]},
        "priority": {"priorities": [Priority.NORMAL]},
        "department": {"department_ids": [Department.select().first().id]},
        "mine": {"mine_user_id": big_office_statistics.clerk.id},
        "date": {"received_from": dt.date(2026, 1, 1)},
        "month": {"received_from": dt.date(2026, 10, 1), "received_to": dt.date(2026, 10, 31)},
        "category": {"category_ids": [Category.get(Category.name == "房屋渗漏").id]},
        "building": {"building_ids": [Building.select().first().id]},
    }
    checked = {}
    for size in (1, 2, 3):
        for names in itertools.combinations(parts, size):
            if {"date", "month"} <= set(names):
                continue
            f = RegistryFilter(**{key: value for name in names for key, value in parts[name].items()})
            in_file = registry._reads_index_only(registry.count_query(f, OFFICE_NOW))
            checked[" + ".join(names)] = (in_file, registry.file_index_holds_all(f))
    assert {label: pair for label, pair in checked.items() if pair[0] != pair[1]} == {}
    # by hand: a kind and a priority share no index of the file; status and mine do
    assert checked["kind + priority"] == (False, False) and checked["status + mine"] == (True, True)
    assert checked["mine + date"] == (True, True) and checked["status + mine + date"] == (False, False)
