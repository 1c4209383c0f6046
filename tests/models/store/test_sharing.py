"""The store with other desks beside it (models.store.sharing): it notices another
connection's commit cheaply, refuses to save into a data file whose folder has gone
(SQLite would go on writing into the vanished file) and reconnects once the file is
back, and takes turns with a writer that holds the file past SQLite's busy timeout."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing

import pytest

from models.clock import FixedClock
from models.store import DatabaseCondition, change_token, changes_since, database
from models.store.conditions import Condition
from models.tickets import Ticket
from tests.office import OFFICE_NOW, register_ticket_for

# SQLite's own file: its data_version, its folder on a share, its write lock (a server
# office announces changes by NOTIFY and reconnects through the store's lost-connection path)
pytestmark = pytest.mark.sqlite_only("the SQLite data file beside other desks")


def test_another_connections_commit_is_noticed_and_nothing_else(office, folder):
    _, token = changes_since(None)
    assert changes_since(token) == (False, token)  # nothing happened
    register_ticket_for(office, folder, FixedClock(OFFICE_NOW))  # this desk's own save
    changed, token = changes_since(token)
    assert not changed  # the desk knows its own saves already
    with closing(sqlite3.connect(folder.database)) as other:  # another desk, a command line
        other.execute("UPDATE ticket SET description = '另一台电脑改的' WHERE id = 1")
        other.commit()
    changed, token = changes_since(token)
    assert changed
    assert changes_since(token) == (False, token)


def test_a_vanished_folder_refuses_the_save_and_the_desk_reconnects_when_it_is_back(office, folder):
    clock = FixedClock(OFFICE_NOW)
    register_ticket_for(office, folder, clock)
    moved = folder.root.with_name("elsewhere")
    folder.root.rename(moved)  # the network share went away (or someone moved the folder)
    with pytest.raises(DatabaseCondition) as refused:
        register_ticket_for(office, folder, clock, description="断网时登记")
    assert refused.value.condition is Condition.LOST
    assert str(folder.database) in str(refused.value)
    with pytest.raises(DatabaseCondition):
        change_token()  # the window's poll says so too
    with closing(sqlite3.connect(moved / folder.database.name)) as vanished:
        # nothing went into the file while it was away from its place
        assert vanished.execute("SELECT count(*) FROM ticket").fetchone()[0] == 1
    moved.rename(folder.root)  # the share is back
    ref = register_ticket_for(office, folder, clock, description="断网时登记")  # the same save again
    assert Ticket.get_by_id(ref.id).description == "断网时登记"
    with closing(sqlite3.connect(folder.database)) as back:
        assert back.execute("SELECT count(*) FROM ticket").fetchone()[0] == 2


def test_a_data_file_replaced_under_the_desk_is_opened_anew(office, folder, tmp_path):
    clock = FixedClock(OFFICE_NOW)
    register_ticket_for(office, folder, clock)
    copy = tmp_path / "restored.sqlite3"
    with closing(sqlite3.connect(folder.database)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)  # another desk restores this backup over the file
    copy.replace(folder.database)
    for leftover in ("-wal", "-shm"):
        folder.database.with_name(folder.database.name + leftover).unlink(missing_ok=True)
    register_ticket_for(office, folder, clock)
    with closing(sqlite3.connect(folder.database)) as restored:
        # the save went into the file now at the path, not into the replaced one
        assert restored.execute("SELECT count(*) FROM ticket").fetchone()[0] == 2


def test_a_save_waits_its_turn_past_the_busy_timeout(office, folder):
    database.execute_sql("PRAGMA busy_timeout = 100")  # SQLite gives up after 0.1 s
    holding = threading.Event()

    def long_writer():
        with closing(sqlite3.connect(folder.database, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")  # an import holding the file for a second
            holding.set()
            time.sleep(1.0)
            other.execute("COMMIT")

    writer = threading.Thread(target=long_writer)
    writer.start()
    holding.wait(5)
    started = time.monotonic()
    ref = register_ticket_for(office, folder, FixedClock(OFFICE_NOW))
    waited = time.monotonic() - started
    writer.join()
    assert Ticket.get_by_id(ref.id).number.endswith("-0001")
    assert waited >= 0.5  # it did wait for the other writer rather than fail at 0.1 s
