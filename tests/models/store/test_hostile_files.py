"""What a hostile week does to the data file, met with a sentence and nothing lost: a forged
timeline, a second writer holding the lock, a read-only file, flipped bytes, an emptied
file, a mangled schema version — and every database error sorted into the machine's
conditions (said plainly) and bugs (logged with their statement)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import peewee
import pytest

from desktop_app.cli import main
from models.errors import DataFileError
from models.opening import open_database
from models.store import (
    Condition,
    DatabaseCondition,
    DataFolder,
    EmptyDataFile,
    bug_report,
    close_database,
    condition_of,
    database,
    dialect,
    file_place,
    make_append_only,
    pending_check,
    refuse_if_damaged,
    set_setting,
)
from models.tickets import Ticket, TicketEvent, acknowledge
from tests.office import build_small_office

ROOT = Path(__file__).resolve().parents[3]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_settings(rows: int = 3000) -> None:
    """About 1 MB of rows, so that damage in the middle of the file lands on table pages."""
    with database.atomic():
        for index in range(rows):
            set_setting(f"filler.{index:05d}", "填充" * 150)


# --- the timeline cannot be forged -------------------------------------------------------


def _first_event(office, register) -> TicketEvent:
    ref = register()
    return TicketEvent.select().where(TicketEvent.ticket == ref.id).order_by(TicketEvent.id).get()


@pytest.mark.sqlite_only("SQLite's REPLACE; the server's UPSERT refusal: test_server_office")
@pytest.mark.parametrize("verb", ["REPLACE INTO", "INSERT OR REPLACE INTO"])
def test_a_replace_cannot_overwrite_a_timeline_event(office, register, verb):
    event = _first_event(office, register)
    before = (event.at, event.actor_id, event.note)
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        database.execute_sql(
            f"{verb} ticket_event (id, ticket_id, at, actor_id, action, field, old_value, new_value, note) "
            "VALUES (?, ?, '2020-01-01 00:00:00', NULL, 'register', '', '', '', '伪造')",
            (event.id, event.ticket_id),
        )
    again = TicketEvent.get_by_id(event.id)
    assert (again.at, again.actor_id, again.note) == before


def test_a_file_from_before_the_protection_gets_it_when_opened(tmp_path):
    folder = DataFolder(tmp_path / "old")
    open_database(folder)
    close_database()
    old = sqlite3.connect(folder.database)  # what a file from the version before looks like
    old.execute("DROP TRIGGER ticket_event_no_replace")
    old.execute("UPDATE schema_version SET version = 5")  # version 6 brought the protection
    old.commit()
    old.close()
    open_database(folder)
    triggers = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"ticket_event_no_update", "ticket_event_no_delete", "ticket_event_no_replace"} <= triggers
    close_database()


@pytest.mark.sqlite_only("SQLite's REPLACE and DDL")
def test_any_append_only_table_gets_the_same_protection_in_one_call(folder):
    database.execute_sql("CREATE TABLE example_log (id INTEGER PRIMARY KEY, note TEXT)")
    make_append_only(database, "example_log")
    database.execute_sql("INSERT INTO example_log (note) VALUES ('登录')")
    for forgery in (
        "REPLACE INTO example_log (id, note) VALUES (1, '伪造')",
        "UPDATE example_log SET note = '伪造'",
        "DELETE FROM example_log",
        "INSERT INTO example_log (id, note) VALUES (1, '伪造') ON CONFLICT (id) DO UPDATE SET note = excluded.note",
    ):
        with pytest.raises(peewee.IntegrityError, match="append-only"):
            database.execute_sql(forgery)
    assert database.execute_sql("SELECT id, note FROM example_log").fetchall() == [(1, "登录")]


# --- several writers -----------------------------------------------------------------------


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another desk: takes the write lock, writes, keeps it `seconds`, then commits."""
    started = threading.Event()

    def run():
        other = sqlite3.connect(path, timeout=10, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO setting (key, value) VALUES ('other.desk', '1')")
        started.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=run)
    thread.start()
    started.wait(5)
    return thread


@pytest.mark.sqlite_only("SQLite's write lock on the file")
def test_a_transaction_holds_the_write_lock_from_its_start(office, folder):
    with database.atomic():
        Ticket.select().count()  # reading first: a deferred transaction would not hold the lock yet
        other = sqlite3.connect(folder.database, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError) as waited:
            other.execute("INSERT INTO setting (key, value) VALUES ('other.desk', '1')")
        other.close()
        set_setting("this.desk", 1)  # and our own write goes through
    assert waited.value.sqlite_errorname == "SQLITE_BUSY"


@pytest.mark.sqlite_only("SQLite's write lock on the file")
def test_a_save_waits_for_another_desk_instead_of_failing(office, folder, register, clock):
    ref = register()
    other = hold_write_lock(folder.database, 0.8)
    started = time.perf_counter()
    acknowledge(ref.id, "已回复业主", operator=office.clerk, clock=clock)
    waited = time.perf_counter() - started
    other.join()
    assert Ticket.get_by_id(ref.id).status == "acknowledged"
    assert waited >= 0.5  # it waited for the other desk's commit (the busy timeout is 5 s)


@pytest.mark.sqlite_only("SQLite's write lock on the file")
def test_a_save_that_cannot_get_the_lock_says_so_and_writes_nothing(office, folder, register, clock, monkeypatch):
    ref = register()
    database.execute_sql("PRAGMA busy_timeout = 200")
    # the store takes turns with the other writer for RETRY_SECONDS (30 s) before it gives up
    monkeypatch.setattr(file_place, "RETRY_SECONDS", 0.3)
    other = hold_write_lock(folder.database, 1.5)
    with pytest.raises(DatabaseCondition) as busy:
        acknowledge(ref.id, "已回复业主", operator=office.clerk, clock=clock)
    other.join()
    assert busy.value.condition is Condition.BUSY
    assert "stayed busy" in str(busy.value) and "what you typed is still here" in str(busy.value)
    assert Ticket.get_by_id(ref.id).status == "new"


def run_as_nobody(*argv: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "desktop_app", *argv]
    if os.geteuid() == 0:  # root writes read-only files: try it as an ordinary user
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    environment = {**os.environ, "HOME": tempfile.gettempdir(), "PROPERTY_DESK_LANG": "zh_CN"}
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120)


def test_a_read_only_data_file_in_a_writable_folder_is_refused_at_open(tmp_path):
    root = Path(tempfile.mkdtemp(prefix="read-only-office-"))
    try:
        folder = DataFolder(root)
        open_database(folder)
        close_database()
        for path in (root, *root.iterdir()):
            os.chown(path, 65534, 65534)
        folder.database.chmod(0o444)
        before = digest(folder.database)
        result = run_as_nobody("info", "--data-dir", str(root))
        assert result.returncode != 0, result.stdout
        assert "是只读的" in result.stderr and "Traceback" not in result.stderr
        assert digest(folder.database) == before
    finally:
        shutil.rmtree(root, ignore_errors=True)


# --- damaged files -------------------------------------------------------------------------


def damaged_office(tmp_path) -> DataFolder:
    """An office whose file has 8 KB of flipped bytes in the middle, among table pages."""
    folder = DataFolder(tmp_path / "damaged")
    open_database(folder)
    build_small_office()
    fill_settings()
    close_database()
    data = bytearray(folder.database.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = bytes(b ^ 0xA5 for b in data[middle : middle + 8192])
    folder.database.write_bytes(bytes(data))
    return folder


def test_a_damaged_file_is_refused_at_open_and_nothing_is_written(tmp_path):
    folder = damaged_office(tmp_path)
    before = digest(folder.database)
    with pytest.raises(DataFileError) as refused:
        open_database(folder)
    assert "is damaged" in str(refused.value) and "restore the latest backup" in str(refused.value)
    assert digest(folder.database) == before


def test_damage_met_later_stops_every_further_write(tmp_path, monkeypatch):
    folder = damaged_office(tmp_path)
    # as if the bounded check ran out of time before it reached the damage
    monkeypatch.setattr("models.store.data_file.OPEN_CHECK_SECONDS", 0.0)
    open_database(folder)
    with pytest.raises(DatabaseCondition) as met:
        list(database.execute_sql("SELECT key, value FROM setting ORDER BY key"))
    assert met.value.condition is Condition.DAMAGED
    with pytest.raises(DatabaseCondition) as refused:
        set_setting("after.damage", 1)
    assert refused.value.condition is Condition.DAMAGED and "Nothing more is written" in str(refused.value)
    close_database()


def test_the_check_left_to_a_thread_finds_the_same_damage_and_stops_writes(tmp_path):
    # the desktop opens with the check on a thread, so the window shows at once
    folder = damaged_office(tmp_path)
    before = digest(folder.database)
    open_database(folder, check_later=True)
    with pytest.raises(DataFileError) as refused:
        refuse_if_damaged()  # waits for the check: the same sentence as a refusal at open
    assert "is damaged" in str(refused.value) and "restore the latest backup" in str(refused.value)
    with pytest.raises(DatabaseCondition) as stopped:
        set_setting("after.damage", 1)
    assert stopped.value.condition is Condition.DAMAGED
    close_database()
    assert digest(folder.database) == before


def test_a_sound_file_checked_on_a_thread_opens_as_before(tmp_path):
    folder = DataFolder(tmp_path / "sound")
    open_database(folder)
    build_small_office()
    close_database()
    open_database(folder, check_later=True)
    refuse_if_damaged()  # nothing found, nothing raised
    assert pending_check().state.checked_fully
    set_setting("after.check", 1)
    close_database()


def test_check_says_what_it_found_with_its_own_exit_code(tmp_path, capsys):
    folder = damaged_office(tmp_path)
    before = digest(folder.database)
    assert main(["check", "--data-dir", str(folder.root)]) == 10  # damaged (README: exit codes)
    out = capsys.readouterr()
    assert "已损坏" in out.err and "Traceback" not in out.err
    assert digest(folder.database) == before


def test_check_counts_broken_references(tmp_path, capsys):
    folder = DataFolder(tmp_path / "links")
    open_database(folder)
    office = build_small_office()
    close_database()
    with sqlite3.connect(folder.database) as raw:  # foreign keys are off in a plain connection
        raw.execute("UPDATE household SET room_id = 99999 WHERE id = ?", (office.households["3-2-1501"].id,))
    assert main(["check", "--data-dir", str(folder.root)]) == 11
    assert "失效的关联记录：1 条" in capsys.readouterr().out


def test_check_of_a_file_from_a_newer_program(tmp_path):
    folder = DataFolder(tmp_path / "newer")
    open_database(folder)
    close_database()
    with sqlite3.connect(folder.database) as raw:
        raw.execute("UPDATE schema_version SET version = 999")
    assert main(["check", "--data-dir", str(folder.root)]) == 12


@pytest.mark.parametrize("content", ["zero bytes", "sqlite without tables"])
def test_an_empty_data_file_is_not_silently_turned_into_a_new_office(tmp_path, capsys, content):
    folder = DataFolder(tmp_path / "emptied")
    folder.root.mkdir()
    if content == "zero bytes":
        folder.database.write_bytes(b"")
    else:
        sqlite3.connect(folder.database).execute("PRAGMA user_version = 0").connection.close()
        with sqlite3.connect(folder.database) as raw:
            raw.execute("CREATE TABLE t (x)")
            raw.execute("DROP TABLE t")
    before = digest(folder.database)
    with pytest.raises(EmptyDataFile):
        open_database(folder)
    assert main(["info", "--data-dir", str(folder.root)]) == 2
    assert "是空的" in capsys.readouterr().err
    assert digest(folder.database) == before
    assert not folder.backups.exists()  # no "before-migration" copy of nothing
    open_database(folder, start_new=True)  # what the GUI does when the user says so
    assert Ticket.select().count() == 0 and database.get_tables()
    close_database()


@pytest.mark.parametrize("version", [None, "''", "'三'", "'abc'", "-1"])
def test_a_mangled_schema_version_is_refused_with_a_sentence(tmp_path, capsys, version):
    folder = DataFolder(tmp_path / "mangled")
    open_database(folder)
    close_database()
    with sqlite3.connect(folder.database) as raw:
        if version is None:
            raw.execute("DELETE FROM schema_version")
        else:
            raw.execute(f"UPDATE schema_version SET version = {version}")
    before = digest(folder.database)
    with pytest.raises(DataFileError) as refused:
        open_database(folder)
    assert "does not say which version" in str(refused.value)
    assert main(["info", "--data-dir", str(folder.root)]) == 2
    assert "结构版本" in capsys.readouterr().err
    assert main(["check", "--data-dir", str(folder.root)]) == 12
    assert digest(folder.database) == before


# --- errors sorted by SQLite's code, not its words ----------------------------------------


@pytest.mark.sqlite_only("a full disk under the data file")
def test_a_full_disk_is_a_condition_with_a_sentence(office, folder, register):
    register()
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
    with pytest.raises(DatabaseCondition) as full:
        fill_settings(200)
    assert full.value.condition is Condition.DISK_FULL and "is full" in str(full.value)


def test_the_machines_conditions_are_told_by_sqlites_code(tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all " * 300)
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    assert condition_of(notadb.value) is Condition.NOT_A_DATABASE
    good = tmp_path / "good.sqlite3"
    sqlite3.connect(good).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(sqlite3.OperationalError) as readonly:
        sqlite3.connect(f"file:{good}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")
    assert condition_of(readonly.value) is Condition.READ_ONLY
    with pytest.raises(sqlite3.OperationalError) as cannot:
        sqlite3.connect(tmp_path)  # a folder where the file should be
    assert condition_of(cannot.value) is Condition.CANNOT_OPEN


def test_a_bug_keeps_its_type_and_the_log_gets_its_statement(folder):
    with pytest.raises((peewee.OperationalError, peewee.ProgrammingError)) as bug:
        database.execute_sql("SELECT no_such_column FROM setting WHERE key = ?", ("x",))
    assert condition_of(bug.value) is None
    report = bug_report(bug.value)
    assert "SELECT no_such_column FROM setting WHERE key = ?" in report and "('x',)" in report
    # SQLite's error name, or PostgreSQL's SQLSTATE for an unknown column
    assert ("SQLITE_ERROR" if dialect() == "sqlite" else "PostgreSQL SQLSTATE: 42703") in report
