"""Version 4 on a file of version 3: the callbacks' new codes and columns, a resolved
ticket of the earlier program given the callback it waits for, past verdicts flagged."""

from __future__ import annotations

import peewee as pw
import pytest

from models.opening import open_database
from models.store import DataFolder, close_database, database
from models.store.migrations import MIGRATIONS

TICKET = (
    "INSERT INTO ticket (id, number, kind, category_id, channel, priority, status, reporter_name, reporter_phone,"
    " location, description, first_responder_id, received_at, resolved_at, callback_due, paused_seconds,"
    " reopen_count, updated_at) VALUES (?, ?, 'repair', 1, 'phone', 'normal', ?, '王建国', '13812345678',"
    " 'in_home', '漏水', 1, '2026-11-16 08:00:00', ?, ?, 0, 0, '2026-11-16 10:00:00')"
)


def _version_three_file(path) -> None:
    old = pw.SqliteDatabase(str(path))
    old.connect()
    for _version, step in MIGRATIONS[:3]:
        step(old)
    old.execute_sql("INSERT INTO schema_version (major, version) VALUES (1, 3)")
    old.execute_sql(
        "INSERT INTO category (id, name, default_priority, position, archived) VALUES (1, '维修', 'normal', 0, 0)"
    )
    old.execute_sql(
        "INSERT INTO user (id, username, display_name, role, password_hash, active) VALUES (1, 'old', '老员工', 'clerk', '', 1)"
    )
    old.execute_sql(TICKET, (1, "BX20261116-0001", "resolved", "2026-11-16 10:00:00", "2026-11-23 23:59:59"))
    old.execute_sql(TICKET, (2, "BX20261116-0002", "closed", "2026-11-16 10:00:00", "2026-11-23 23:59:59"))
    old.execute_sql(
        "INSERT INTO callback (ticket_id, due_at, status, attempts, reached, solved, rating, comment, done_by_id, done_at)"
        " VALUES (2, '2026-11-23 23:59:59', 'done', 1, 1, 'yes', 2, '态度差', 1, '2026-11-17 10:00:00')"
    )
    old.close()


@pytest.fixture
def migrated(tmp_path):
    folder = DataFolder(tmp_path / "v3")
    folder.root.mkdir()
    _version_three_file(folder.database)
    open_database(folder)
    yield folder
    close_database()


def test_a_resolved_ticket_gets_its_pending_callback_and_past_unhappy_verdicts_are_flagged(migrated):
    rows = database.execute_sql(
        "SELECT ticket_id, status, due_at, call_at, resolved_at, flagged FROM callback ORDER BY ticket_id"
    ).fetchall()
    assert rows == [
        (1, "pending", "2026-11-23 23:59:59", "2026-11-23 23:59:59", "2026-11-16 10:00:00", 0),
        (2, "done", "2026-11-23 23:59:59", "2026-11-23 23:59:59", "2026-11-16 10:00:00", 1),  # rated 2
    ]


def test_the_new_codes_are_accepted_and_unknown_ones_still_refused(migrated):
    database.execute_sql("UPDATE callback SET status = 'cancelled' WHERE ticket_id = 1")
    database.execute_sql(
        "INSERT INTO callback_attempt (callback_id, at, by_id, outcome, note) VALUES (1, '2026-11-17 09:00:00', 1, 'call_later', '')"
    )
    with pytest.raises(pw.IntegrityError):
        database.execute_sql("UPDATE callback SET status = 'lost' WHERE ticket_id = 1")
    assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
