"""Migration 12 (issue 12): the search index reads each ticket's text from the view it is
built from instead of keeping a copy, and the indexes no query reads are gone. A file of
version 11 keeps finding what it found; after every kind of change (a ticket's text, its
room, a room's code, a household's name, written by anybody) the index holds exactly the
current texts, which FTS5's own integrity check compares entry by entry."""

from __future__ import annotations

import sqlite3

import peewee as pw
import pytest

from models.opening import open_database
from models.store import DataFolder, close_database, database
from models.store.migrations import MIGRATIONS
from models.tickets import RegistryFilter, count_tickets
from tests.models.store.test_callbacks_migration import TICKET
from tests.office import OFFICE_NOW

pytestmark = pytest.mark.sqlite_only("FTS5's external-content index is the data file's")


def found(text: str) -> int:
    return count_tickets(RegistryFilter(text=text), OFFICE_NOW)


def index_matches_texts() -> None:
    """FTS5 compares every entry of the index with the texts the view gives (raises if not)."""
    database.execute_sql("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('integrity-check', 1)")


def test_a_version_eleven_office_keeps_its_search_without_a_copy_of_the_texts(tmp_path):
    folder = DataFolder(tmp_path / "v11")
    folder.root.mkdir()
    old = pw.SqliteDatabase(str(folder.database))
    old.connect()
    for version, step in MIGRATIONS:
        if version <= 11:
            step(old)
    old.execute_sql("INSERT INTO schema_version (major, version) VALUES (1, 11)")
    old.execute_sql(
        "INSERT INTO category (id, name, default_priority, position, archived) VALUES (1, '维修', 'normal', 0, 0)"
    )
    old.execute_sql(
        "INSERT INTO user (id, username, display_name, role, password_hash, active) VALUES (1, 'old', '老员工', 'clerk', '', 1)"
    )
    old.execute_sql(TICKET, (1, "BX20261116-0001", "resolved", "2026-11-16 10:00:00", "2026-11-23 23:59:59"))
    old.execute_sql("UPDATE ticket SET description = '卫生间水管爆裂' WHERE id = 1")
    old.close()
    open_database(folder)
    try:
        tables = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master")}
        assert "ticket_fts" in tables
        assert "ticket_fts_content" not in tables and "ticket_fts_docsize" not in tables
        assert {"assignment_assigned_by_id", "work_result_entered_by_id", "callback_attempt_by_id"}.isdisjoint(tables)
        merged = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'ticket_merged_into_id'").fetchone()
        assert "WHERE merged_into_id IS NOT NULL" in merged[0]
        assert found("水管爆裂") == 1 and found("爆") == 1 and found("BX20261116") == 1
        index_matches_texts()
    finally:
        close_database()


def test_every_change_keeps_the_index_exactly_in_step(office, folder, register):
    first = register(room="3-2-1501", description="厨房水龙头一直滴水")
    register(room="3-2-1502", description="阳台推拉门卡住")
    index_matches_texts()
    assert found("滴水") == 1 and found("王建国") == 1

    database.execute_sql("UPDATE ticket SET description = '客厅插座没电' WHERE id = ?", (first.id,))
    assert found("滴水") == 0 and found("插座") == 1
    database.execute_sql("UPDATE household SET name = '王国庆' WHERE id = ?", (office.households["3-2-1501"].id,))
    # the reporter's own name stays (王建国 reported); the household's new name is found too
    assert found("王国庆") == 1
    database.execute_sql("UPDATE room SET code = '3-2-1509' WHERE id = ?", (office.rooms["3-2-1501"].id,))
    assert found("3-2-1509") == 1 and found("3-2-1501") == 0
    database.execute_sql("UPDATE ticket SET room_id = ? WHERE id = ?", (office.rooms["5-1-0302"].id, first.id))
    assert found("3-2-1509") == 0 and found("5-1-0302") == 1
    index_matches_texts()
    close_database()

    # a program that knows nothing of the search (plain sqlite3) keeps it in step too
    with sqlite3.connect(folder.database) as plain:
        plain.execute("UPDATE ticket SET reporter_phone = '010-66668888' WHERE id = ?", (first.id,))
    open_database(folder)
    assert found("66668888") == 1 and found("010-66668888") == 1
    index_matches_texts()
