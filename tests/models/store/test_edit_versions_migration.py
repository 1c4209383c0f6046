"""Version 9 on a file of version 8: tickets and callbacks of the earlier program get
version 1, and from then on a change anybody writes raises it (the schema's trigger);
the step is safe to run again on a file that has it."""

from __future__ import annotations

import peewee as pw

from models.opening import open_database
from models.store import DataFolder, close_database, database
from models.store.migrations import MIGRATIONS, m009_edit_versions
from tests.models.store.test_callbacks_migration import TICKET


def test_a_version_eight_office_gets_versions_that_follow_every_change(tmp_path):
    folder = DataFolder(tmp_path / "v8")
    folder.root.mkdir()
    old = pw.SqliteDatabase(str(folder.database))
    old.connect()
    for version, step in MIGRATIONS:
        if version <= 8:
            step(old)
    old.execute_sql("INSERT INTO schema_version (major, version) VALUES (1, 8)")
    old.execute_sql(
        "INSERT INTO category (id, name, default_priority, position, archived) VALUES (1, '维修', 'normal', 0, 0)"
    )
    old.execute_sql(
        "INSERT INTO user (id, username, display_name, role, password_hash, active) VALUES (1, 'old', '老员工', 'clerk', '', 1)"
    )
    old.execute_sql(TICKET, (1, "BX20261116-0001", "resolved", "2026-11-16 10:00:00", "2026-11-23 23:59:59"))
    old.close()
    open_database(folder)
    try:
        assert database.execute_sql("SELECT version FROM ticket WHERE id = 1").fetchone() == (1,)
        # a deadline recomputed: not a change a form shows; the description: a change
        database.execute_sql("UPDATE ticket SET callback_due = '2026-11-24 23:59:59' WHERE id = 1")
        assert database.execute_sql("SELECT version FROM ticket WHERE id = 1").fetchone() == (1,)
        database.execute_sql("UPDATE ticket SET description = '厨房漏水' WHERE id = 1")
        assert database.execute_sql("SELECT version FROM ticket WHERE id = 1").fetchone() == (2,)
        m009_edit_versions.apply(database)  # again: nothing added twice, nothing lost
        assert database.execute_sql("SELECT version FROM ticket WHERE id = 1").fetchone() == (2,)
    finally:
        close_database()
