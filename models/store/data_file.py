"""Opens the office database: pragmas for durability, the schema version check,
migrations (with a backup copy first) and the translation of SQLite's environmental
failures into DataFileError sentences a clerk can act on."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from models.errors import DamagedDataFile, DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.base import database
from models.store.data_folder import DataFolder
from models.store.migrations import MAJOR, MIGRATIONS, latest_version

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,
    "temp_store": "memory",
}

MSG_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "models",
    "The data folder {path} cannot be written. Choose another folder or ask the administrator for write access.",
)
MSG_NOT_DATABASE = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} is damaged or is not a Property Office Desk database. Nothing was changed; restore a backup or choose another data folder.",
)
MSG_TOO_NEW = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} was made by a newer version of the program (schema {found}, this program knows {known}). Nothing was changed; install the newer version.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("models", "The data file {path} cannot be opened: {reason}. Nothing was changed.")
MSG_BUSY = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} is in use by another program (perhaps another copy of Property Office Desk). Close it and try again; nothing was changed.",
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "models", "The disk holding {path} is full. Free some space and try again; nothing was lost."
)


def open_store(folder: DataFolder, prepare: Callable[[], None] | None = None) -> pw.SqliteDatabase:
    """Bind the models to the folder's database, creating or migrating it as needed;
    `prepare` runs after the migrations, under the same error translation (models.opening
    seeds a new office's defaults there)."""
    _ensure_writable_folder(folder.root)
    path = folder.database
    found = read_schema_version(path) if path.exists() else (MAJOR, 0)
    _refuse_if_newer(path, found)
    if path.exists() and found[1] < latest_version():
        backup_before_migration(path, folder.backups, found[1])
    close_database()
    database.init(str(path), pragmas=PRAGMAS)
    try:
        database.connect()
        migrate_to_latest(found[1])
        if prepare is not None:
            prepare()
    except sqlite3.DatabaseError as error:
        close_database()
        raise translate_environment_error(error, path) from error
    return database


def close_database() -> None:
    if not database.is_closed():
        database.close()


def read_schema_version(path: Path) -> tuple[int, int]:
    """(major, version) of an existing file, read without changing it."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as probe:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "schema_version" not in tables:
                if tables:
                    raise DamagedDataFile(MSG_NOT_DATABASE, path=str(path))
                return (MAJOR, 0)
            major, version = probe.execute("SELECT major, version FROM schema_version").fetchone()
            return int(major), int(version)
    except sqlite3.DatabaseError as error:
        raise translate_environment_error(error, path) from error


def migrate_to_latest(current: int) -> None:
    for version, step in MIGRATIONS:
        if version > current:
            with database.atomic():
                step(database)
                database.execute_sql("DELETE FROM schema_version")
                database.execute_sql("INSERT INTO schema_version (major, version) VALUES (?, ?)", (MAJOR, version))


def backup_before_migration(path: Path, backups: Path, version: int) -> Path:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"before-migration-v{version}-{stamp}.sqlite3"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def translate_environment_error(error: Exception, path: Path) -> DataFileError:
    text = str(error).lower()
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DamagedDataFile(MSG_NOT_DATABASE, path=str(path))
    if "database is locked" in text or "database is busy" in text:
        return DataFileError(MSG_BUSY, path=str(path))
    if "database or disk is full" in text:
        return DataFileError(MSG_DISK_FULL, path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataFileError(MSG_NOT_WRITABLE, path=str(path.parent))
    return DataFileError(MSG_UNREADABLE, path=str(path), reason=str(error))


def _refuse_if_newer(path: Path, found: tuple[int, int]) -> None:
    if found[0] > MAJOR or found[1] > latest_version():
        raise DataFileError(
            MSG_TOO_NEW, path=str(path), found=f"{found[0]}.{found[1]}", known=f"{MAJOR}.{latest_version()}"
        )


def _ensure_writable_folder(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
        probe = root / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise DataFileError(MSG_NOT_WRITABLE, path=str(root)) from error
