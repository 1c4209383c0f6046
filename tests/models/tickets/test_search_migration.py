"""Migration 3 on a file from version 2: tickets already there become searchable, and the
search text is kept in step by triggers whoever writes the ticket table."""

from __future__ import annotations

import sqlite3

import pytest

from models.opening import open_database
from models.store import DataFolder, close_database, database
from models.store.migrations import MAJOR, m001_initial, m002_append_only_events
from models.tickets import RegistryFilter, count_tickets, search_expression
from tests.office import OFFICE_NOW


def test_a_version_2_file_gets_its_tickets_indexed(tmp_path):
    folder = DataFolder(tmp_path / "old")
    folder.root.mkdir()
    database.init(str(folder.database))
    m001_initial.apply(database)
    m002_append_only_events.apply(database)
    database.execute_sql("INSERT INTO schema_version (major, version) VALUES (?, 2)", (MAJOR,))
    for sql in [
        "INSERT INTO community (name, address, phone, archived) VALUES ('阳光花园', '', '', 0)",
        "INSERT INTO building (community_id, name, position, archived) VALUES (1, '3', 0, 0)",
        "INSERT INTO room (community_id, building_id, number, code, kind, archived) VALUES (1, 1, '1501', '3-1501', 'residence', 0)",
        "INSERT INTO department (name, code, phone, archived) VALUES ('工程维修', 'engineering', '', 0)",
        "INSERT INTO category (name, default_priority, position, archived) VALUES ('维修', 'normal', 0, 0)",
        "INSERT INTO user (username, display_name, role, password_hash, active) VALUES ('a', '小林', 'clerk', '', 1)",
        "INSERT INTO ticket (number, kind, category_id, channel, priority, status, room_id, reporter_name, reporter_phone,"
        " location, description, first_responder_id, received_at, paused_seconds, reopen_count, updated_at) VALUES"
        " ('BX20261101-0001', 'repair', 1, 'phone', 'normal', 'new', 1, '赵先生', '13800001111', 'in_home',"
        " '阳台推拉门卡住', 1, '2026-11-01 09:00:00', 0, 0, '2026-11-01 09:00:00')",
    ]:
        database.execute_sql(sql)
    database.close()
    open_database(folder)
    try:
        assert count_tickets(RegistryFilter(text="推拉门"), OFFICE_NOW) == 1
        assert count_tickets(RegistryFilter(text="3-1501"), OFFICE_NOW) == 1
        assert list(folder.backups.glob("before-migration-v2-*.sqlite3"))
    finally:
        close_database()
    # A program that knows nothing of the search (plain sqlite3) still keeps it in step.
    with sqlite3.connect(folder.database) as plain:
        plain.execute("UPDATE ticket SET description = '阳台纱窗破了' WHERE id = 1")
    open_database(folder)
    try:
        assert count_tickets(RegistryFilter(text="纱窗"), OFFICE_NOW) == 1
        assert count_tickets(RegistryFilter(text="推拉门"), OFFICE_NOW) == 0
    finally:
        close_database()


@pytest.mark.sqlite_only("the words become FTS5's MATCH wording there")
def test_search_expression_quotes_what_was_typed(folder):
    assert search_expression('门"锁') == '"门""锁"'
    assert search_expression("3栋2单元1501") == '"3-2-1501"'
    assert search_expression("138 1234 5678") == '"13812345678"'
    assert search_expression("王 漏水到") is None  # no ticket holds 王 yet: nothing can match
    assert search_expression("010-62345678") == '"01062345678"'
    assert search_expression("  ") is None
