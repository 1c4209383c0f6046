"""Opens the office database: what is at the data file's place (nothing: a new office;
an empty file: asked first; a damaged, foreign, read-only or too new file: refused with a
sentence, nothing changed), a bounded health check, pragmas for durability, migrations
(with a backup copy first) and SQLite's failures sorted by models.store.conditions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

import peewee as pw

from models.errors import DamagedDataFile, DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.base import close_database, database, sqlite_database
from models.store.conditions import Condition, DatabaseCondition, sort_database_error
from models.store.data_folder import DataFolder
from models.store.health import OPEN_CHECK_SECONDS, DataFileState, OpenCheck, probe_data_file
from models.store.migrations import MAJOR, MIGRATIONS, changes_data_file, latest_version

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -64000,
    "temp_store": "memory",
}

MSG_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "models",
    "The data folder {path} cannot be written. Choose another folder or ask the administrator for write access.",
)
MSG_TOO_NEW = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} was made by a newer version of the program (schema {found}, this program knows {known}). Nothing was changed; install the newer version.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("models", "The data file {path} cannot be opened: {reason}. Nothing was changed.")
MSG_EMPTY = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} is empty: it holds no office at all. If your data should be here, restore a backup; to start a new office in this file, confirm it (the command line never does).",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} is damaged ({details}). Nothing was written into it; restore the latest backup, or ask for help with “property-desk check”.",
)
MSG_MISSING_TABLES = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} lacks part of its contents (tables {tables}). Nothing was written into it; restore the latest backup.",
)


class EmptyDataFile(DataFileError):
    """A data file is there but holds no office (0 bytes, or SQLite without tables). Only the
    user may decide to start a new office in it: open_store(..., start_new=True)."""


def open_store(
    folder: DataFolder,
    prepare: Callable[[], None] | None = None,
    *,
    start_new: bool = False,
    expected_tables: Sequence[str] = (),
    password: str | None = None,
    check_later: bool = False,
) -> pw.Database:
    """Bind the models to the folder's database, creating or migrating it as needed;
    `prepare` runs after the migrations, under the same error sorting (models.opening
    seeds a new office's defaults there). A folder without a data file becomes a new
    office; an empty data file only with `start_new`. `expected_tables` are checked
    after migrating, before anything is written by `prepare`. A folder naming a database
    server (`folder.url`) opens that instead (models.store.server_store; `password` when
    the server asked for one). With `check_later` the bounded health check is left to a
    thread (`pending_check()`, started by whoever shows the office: `refuse_if_damaged`
    waits for it) unless the file must be migrated first."""
    _ensure_writable_folder(folder.root)
    if folder.on_server:
        from models.store.server_store import open_server_store

        return open_server_store(folder, prepare, expected_tables, password or folder.password, migrate_to_latest)
    path = folder.database
    global _pending
    _pending = None
    state = probe_data_file(path, 0 if check_later else OPEN_CHECK_SECONDS) if path.exists() else None
    if state is not None and check_later and not state.empty and state.problem is None:
        if state.version is not None and state.version[1] < latest_version():
            state = probe_data_file(path, OPEN_CHECK_SECONDS)  # nothing is migrated unchecked
        else:
            _pending = OpenCheck(path, OPEN_CHECK_SECONDS, on_damage=_refuse_writes)
    if state is not None:
        _refuse_unusable(path, state, start_new)
    found = state.version if state is not None and not state.empty else (MAJOR, 0)
    if state is not None and not state.empty and changes_data_file(found[1]):
        backup_before_migration(path, folder.backups, found[1])
    close_database()
    database.initialize(sqlite_database)
    database.init(str(path), pragmas=PRAGMAS)
    try:
        database.connect()
        _refuse_read_only_connection()
        migrate_to_latest(found[1])
        _refuse_missing_tables(path, expected_tables)
        if prepare is not None:
            prepare()
    except DataFileError:
        close_database()
        raise
    except (sqlite3.DatabaseError, pw.DatabaseError) as error:
        close_database()
        raise translate_environment_error(error, path) from error
    return database


_pending: OpenCheck | None = None


def pending_check() -> OpenCheck | None:
    """The health check of the last opening when it was left to a thread (`check_later`)."""
    return _pending


def refuse_if_damaged(timeout: float | None = None) -> None:
    """Wait (up to `timeout` seconds) for the check left to a thread at opening, and raise
    DamagedDataFile as opening itself would have when it found damage."""
    check = _pending
    state = check.result(timeout) if check is not None else None
    if state is not None and state.damage:
        raise _damaged(check.path, state)


def _refuse_writes(check: OpenCheck) -> None:
    """From the check's thread: the file it found damaged takes no more writes, when it
    is still the one open."""
    if check is _pending and database.obj is sqlite_database and database.database == str(check.path):
        sqlite_database.damaged = True


def _damaged(path: Path, state: DataFileState) -> DamagedDataFile:
    return DamagedDataFile(MSG_DAMAGED, path=str(path), details="; ".join(state.damage[:3]))


def _refuse_unusable(path: Path, state: DataFileState, start_new: bool) -> None:
    """Everything that keeps an existing file from being opened for writing, in the order
    a clerk can act on it; nothing has been written when one of these is raised."""
    if state.problem is not None:
        raise state.problem
    if state.empty and not start_new:
        raise EmptyDataFile(MSG_EMPTY, path=str(path))
    if not os.access(path, os.W_OK):
        raise DatabaseCondition.of(Condition.READ_ONLY, str(path))
    if state.empty:
        return
    _refuse_if_newer(path, state.version)
    if state.damage:
        raise _damaged(path, state)


def _refuse_read_only_connection() -> None:
    """SQLite opens a file it may not write read-only without a word; taking the write lock
    says so at once instead of at the first save (root ignores the file's mode bits)."""
    database.execute_sql("BEGIN IMMEDIATE")
    database.execute_sql("ROLLBACK")


def _refuse_missing_tables(path: Path, expected: Sequence[str]) -> None:
    if not expected:
        return
    present = set(database.get_tables())
    missing = [name for name in expected if name not in present]
    if missing:
        raise DataFileError(MSG_MISSING_TABLES, path=str(path), tables=", ".join(missing))


def migrate_to_latest(current: int) -> None:
    for version, step in MIGRATIONS:
        if version > current:
            with database.atomic():
                worded_for_dialect(step)(database)
                database.execute_sql("DELETE FROM schema_version")
                database.execute_sql("INSERT INTO schema_version (major, version) VALUES (?, ?)", (MAJOR, version))


def worded_for_dialect(step: Callable) -> Callable:
    """A migration's step for the open database: its module's `apply_postgresql` on a
    server where it has one (SQLite's wording would not do there), else the step itself."""
    if getattr(database.obj, "dialect", "sqlite") != "postgresql":
        return step
    module = sys.modules[step.__module__]
    return getattr(module, "apply_postgresql", step)


def backup_before_migration(path: Path, backups: Path, version: int) -> Path:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"before-migration-v{version}-{stamp}.sqlite3"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


def translate_environment_error(error: Exception, path: Path) -> DataFileError:
    """The sentence for an error met while opening: a machine condition by SQLite's code,
    anything else with SQLite's own words."""
    known = sort_database_error(error, str(path))
    if known is not None:
        return known
    return DataFileError(MSG_UNREADABLE, path=str(path), reason=str(error))


def _refuse_if_newer(path: Path, found: tuple[int, int]) -> None:
    if found[0] > MAJOR or found[1] > latest_version():
        raise DataFileError(
            MSG_TOO_NEW, path=str(path), found=f"{found[0]}.{found[1]}", known=f"{MAJOR}.{latest_version()}"
        )


def _ensure_writable_folder(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=root, prefix=".write-test-"):
            pass  # a name of its own: several processes may open the same folder at once
    except OSError as error:
        raise DataFileError(MSG_NOT_WRITABLE, path=str(root)) from error
