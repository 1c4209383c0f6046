"""Several desks on one PostgreSQL server (issue 18): another desk's commit is heard
through NOTIFY within a poll, this desk's own saves are not; a server restart refuses
the save made meanwhile with a sentence, keeps what was typed, and once the server is
back the desk saves again and hears the other desks again. A real server of the session's
own (tests/services.py), restarted for real."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from models.clock import FixedClock
from models.opening import open_database
from models.store import Condition, DatabaseCondition, DataFolder, changes_since, close_database, database
from models.tickets import Ticket
from tests.models.store.test_server_office import new_database
from tests.office import OFFICE_NOW, build_small_office, register_ticket_for

POLL = 1.5  # desktop_app.change_watch.POLL_MS: the window asks this often


@pytest.fixture
def desk(tmp_path, postgres_url):
    """This desk: a small office on a database of its own on the session's server."""
    folder = DataFolder(tmp_path / "data", url=new_database(postgres_url))
    open_database(folder)
    office = build_small_office()
    yield office, folder
    close_database()


def heard_within(token, seconds: float) -> tuple[float | None, tuple]:
    """Poll as the window does (but every 10 ms): when the change was heard, or None."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        try:
            changed, token = changes_since(token)
        except DatabaseCondition:  # the server still away (the status bar says so): ask again
            changed = False
        if changed:
            return time.monotonic() - started, token
        time.sleep(0.01)
    return None, token


def test_another_desks_commit_is_heard_and_this_desks_own_saves_are_not(desk):
    office, folder = desk
    _, token = changes_since(None)
    assert changes_since(token) == (False, token)  # nothing happened
    register_ticket_for(office, folder, FixedClock(OFFICE_NOW))  # this desk's own save
    time.sleep(0.2)  # its announcement reaches the listener too, and is recognised as ours
    changed, token = changes_since(token)
    assert not changed
    with psycopg.connect(folder.url, autocommit=True) as other:  # another desk, a command line
        other.execute("UPDATE ticket SET description = '另一台电脑改的' WHERE id = 1")
        waited, token = heard_within(token, POLL)
        assert waited is not None  # heard well within one poll of the window
        assert changes_since(token) == (False, token)  # once
        other.execute("SELECT 1")  # a read announces nothing
        assert heard_within(token, 0.3)[0] is None
        with other.transaction():  # a transaction's changes are heard when it commits
            other.execute("UPDATE ticket SET description = '再改一次' WHERE id = 1")
            other.execute("UPDATE ticket SET priority = 'urgent' WHERE id = 1")
            assert heard_within(token, 0.3)[0] is None  # not yet committed: nothing to see
        waited, token = heard_within(token, POLL)
        assert waited is not None
    assert Ticket.get_by_id(1).description == "再改一次"  # this desk reads what it heard about


def test_a_server_restart_refuses_the_save_keeps_the_typing_and_the_desk_carries_on(desk, postgres_server):
    office, folder = desk
    clock = FixedClock(OFFICE_NOW)
    register_ticket_for(office, folder, clock, description="重启前登记")
    _, token = changes_since(None)
    listening = database.obj.listener.connections
    typed = {"description": "服务器重启时登记的报修", "reporter_name": "王建国"}

    def while_down():
        with pytest.raises(DatabaseCondition) as refused:
            register_ticket_for(office, folder, clock, **typed)
        with pytest.raises(DatabaseCondition) as polled:
            changes_since(token)  # the window's poll says so too (the status bar shows it)
        return refused.value, polled.value

    refused, polled = postgres_server.restart(during=while_down)
    back = time.monotonic()
    for condition in (refused, polled):
        assert condition.condition is Condition.CONNECTION_LOST
        assert str(condition).startswith(f"The connection to the database server {folder.where} was lost")
    assert typed == {"description": "服务器重启时登记的报修", "reporter_name": "王建国"}  # the form's data, untouched
    ref = register_ticket_for(office, folder, clock, **dict(typed))  # the same save, once the server is back
    saved_after = time.monotonic() - back
    assert Ticket.get_by_id(ref.id).description == "服务器重启时登记的报修"
    with psycopg.connect(folder.url) as other:
        # the first ticket and the one saved after the restart; nothing of the refused save
        descriptions = [row[0] for row in other.execute("SELECT description FROM ticket ORDER BY id")]
        assert descriptions == ["重启前登记", "服务器重启时登记的报修"]
    # the listener comes back on its own (first try a poll after it noticed) and says so
    waited, token = heard_within(token, 2 * POLL + 1)
    assert waited is not None
    assert database.obj.listener.connections == listening + 1
    with psycopg.connect(folder.url, autocommit=True) as other:  # and it hears other desks again
        other.execute("UPDATE ticket SET description = '重启后另一台电脑改的' WHERE id = 1")
        assert heard_within(token, POLL)[0] is not None
    print(f"\nsaved again {saved_after * 1000:.0f} ms after the server accepted connections")


def test_desks_writing_the_audit_log_at_once_keep_its_chain_whole(desk, tmp_path, capsys, monkeypatch):
    from desktop_app.cli import main
    from models.codes import AuditKind
    from models.office import audit_lines, record_audit, verify_chain

    office, folder = desk
    writers, entries = 4, 50
    before = len(audit_lines())
    start = threading.Barrier(writers)
    failures = []

    def writer(index: int) -> None:  # a desk of its own: each thread has its own connection
        try:
            start.wait()
            for n in range(entries):
                record_audit(AuditKind.SETTING, f"desk {index} #{n}", actor="admin", at=OFFICE_NOW, new={"n": n})
        except Exception as error:  # pragma: no cover - shown by the assertion below
            failures.append(error)
        finally:
            database.close()

    threads = [threading.Thread(target=writer, args=(index,)) for index in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    # 4 desks × 50 entries, each linked to the one written just before it, whoever wrote it
    assert len(audit_lines()) == before + writers * entries
    assert verify_chain() == []
    close_database()
    monkeypatch.setenv("PROPERTY_DESK_LANG", "en")
    capsys.readouterr()
    assert main(["--database", folder.url, "--data-dir", str(folder.root), "check"]) == 0
    assert "Audit log: every entry is as it was written." in capsys.readouterr().out
