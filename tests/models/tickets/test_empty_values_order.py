"""Tickets with no deadline, room or crew are listed in the same place on a PostgreSQL
server as in the data file (issue 18): SQLite's order, where an empty value is the
smallest — first ascending, last descending — and on the server an index still serves
the sort (migration 13 built it NULLS FIRST)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest

from models.opening import open_database
from models.registers import Department
from models.store import DataFolder, close_database, database, latest_schema_version, on_server
from models.store.migrations.m013_nulls_first import nulls_first
from models.tickets import RegistryFilter, Ticket, fetch_page
from models.tickets.registry import page_query
from tests.office import OFFICE_NOW


@pytest.fixture
def six(office, register, clock):
    """Six tickets a, b, c, d, e, f registered in that order (ids rising), their next
    deadlines and crews set by hand; b, d and f have no deadline, c and e no room."""
    clock.advance(hours=-6)
    made = {}
    for key, room in [
        ("a", "3-2-1501"),
        ("b", "3-2-1502"),
        ("c", None),
        ("d", "5-1-0302"),
        ("e", None),
        ("f", "3-1-0101"),
    ]:
        made[key] = register(room=room)
        clock.advance(hours=1)
    due = {
        "a": dt.datetime(2026, 11, 24, 10, 0),
        "b": None,
        "c": dt.datetime(2026, 11, 23, 12, 0),
        "d": None,
        "e": dt.datetime(2026, 11, 25, 9, 0),
        "f": None,
    }
    crews = list(Department.select().order_by(Department.id))
    crew = {"a": crews[1].id, "c": crews[0].id, "e": crews[1].id}  # b, d, f: not dispatched
    for key, ref in made.items():
        Ticket.update(next_due=due[key], department=crew.get(key)).where(Ticket.id == ref.id).execute()
    return made


def _order(six, sort, descending):
    by_number = {ref.number: key for key, ref in six.items()}
    rows = fetch_page(RegistryFilter(), now=OFFICE_NOW, sort=sort, descending=descending)
    return "".join(by_number[row.number] for row in rows)


def test_no_deadline_first_ascending_last_descending_on_both(six):
    # ascending: empty deadlines first, by id (b, d, f), then 23 Nov 12:00 (c),
    # 24 Nov 10:00 (a), 25 Nov 09:00 (e); descending is the exact reverse
    assert _order(six, "next_due", False) == "bdfcae"
    assert _order(six, "next_due", True) == "eacfdb"
    assert _order(six, "time_left", False) == "bdfcae"
    assert _order(six, "time_left", True) == "eacfdb"


def test_no_room_or_crew_first_ascending_last_descending_on_both(six):
    # by room id: the public-area tickets (c, e, no room) first, by receipt time, then the
    # rooms in the order tests/office.py creates them: 3-2-1501 (a), 3-2-1502 (b),
    # 3-1-0101 (f), 5-1-0302 (d)
    assert _order(six, "room", False) == "ceabfd"
    assert _order(six, "room", True) == "dfbaec"
    # by crew id: undispatched b, d, f first (by receipt time), then crew 1 (c), crew 2 (a, e)
    assert _order(six, "department", False) == "bdfcae"
    assert _order(six, "department", True) == "eacfdb"


def _plan(query) -> str:
    sql, params = query.sql()
    return "\n".join(row[0] for row in database.execute_sql("EXPLAIN " + sql, params).fetchall())


@pytest.mark.parametrize(
    ("sort", "index", "first"),
    [
        ("next_due", "ticket_next_due", "next_due"),
        ("room", "ticket_room_id_received_at_cover", "room_id"),
        ("department", "ticket_department_received_at", "department_id"),
    ],
)
def test_server_serves_both_directions_from_one_index(six, sort, index, first):
    if not on_server():
        pytest.skip("the server's plan; the data file's plans are in test_query_plans.py")
    # six tickets: show the index can serve the sort (with the index unable to, a full
    # Sort would still be planned, only costed as disabled)
    database.execute_sql("ANALYZE ticket")
    database.execute_sql("SET enable_seqscan = off")
    database.execute_sql("SET enable_sort = off")
    try:
        for descending, scan in [(False, f"Index Scan using {index} "), (True, f"Index Scan Backward using {index} ")]:
            plan = _plan(page_query(RegistryFilter(), now=OFFICE_NOW, sort=sort, descending=descending))
            assert scan in plan, plan
            # the index gives the column's order: no sort of every row (at most the ties, by id)
            assert not re.search(r"^\s*(->\s*)?Sort  \(", plan, re.MULTILINE), plan
    finally:
        database.execute_sql("RESET enable_seqscan")
        database.execute_sql("RESET enable_sort")
    definition = database.execute_sql("SELECT indexdef FROM pg_indexes WHERE indexname = ?", (index,)).fetchone()
    assert f"({first} NULLS FIRST" in definition[0]


def test_index_definitions_are_rewritten_nulls_first():
    made = "CREATE INDEX ticket_next_due ON public.ticket USING btree (next_due)"
    assert (
        nulls_first(made, "next_due")
        == "CREATE INDEX ticket_next_due ON public.ticket USING btree (next_due NULLS FIRST)"
    )
    cover = "CREATE INDEX ticket_room_id_received_at_cover ON public.ticket USING btree (room_id, received_at, kind)"
    assert nulls_first(cover, "room_id").endswith("(room_id NULLS FIRST, received_at, kind)")
    assert nulls_first(nulls_first(made, "next_due"), "next_due") == nulls_first(made, "next_due")  # once only


@pytest.mark.sqlite_only
def test_data_file_of_version_12_is_raised_to_13_without_a_backup_copy(tmp_path):
    # versions 13 to 15 change only the server's side: the file is not copied first
    folder = DataFolder(tmp_path / "office")
    open_database(folder)
    close_database()
    with sqlite3.connect(folder.database) as connection:
        connection.execute("UPDATE schema_version SET version = 12")
        plan_before = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'ticket_next_due'").fetchone()
    connection.close()
    open_database(folder)
    try:
        assert database.execute_sql("SELECT version FROM schema_version").fetchone()[0] == latest_schema_version() == 15
        after = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'ticket_next_due'").fetchone()
        assert after == plan_before  # the file's index is as it was
        assert not list(folder.backups.glob("before-migration-*")) if folder.backups.exists() else True
    finally:
        close_database()
