"""Database errors sorted once, for every read and write: conditions of the machine (the
file is busy, read-only, damaged or not a database; the disk is full or failing; the
database server's connection was lost) become a DatabaseCondition with a sentence saying
what to do, decided by SQLite's result code (`sqlite_errorcode` / `sqlite_errorname`) or
PostgreSQL's SQLSTATE, never by the message text. Anything else is a bug: it keeps its
type, carries the statement that failed, and is logged by whoever shows it (the GUI's
error presenter, the command line) with `bug_report()`.

`is_connection_lost(error)` is the hook for code that reconnects: True when the server
went away (restarted, cable pulled) — the action can be tried again once it is back."""

from __future__ import annotations

import sqlite3
import traceback

from models.errors import DamagedDataFile, DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.condition_kinds import Condition
from models.store.server_conditions import SERVER_MESSAGES, SQLSTATE_CLASSES, SQLSTATES

# SQLite's primary result codes (the low byte of an extended code such as SQLITE_IOERR_WRITE).
PRIMARY_CODES = {
    5: Condition.BUSY,  # SQLITE_BUSY
    6: Condition.BUSY,  # SQLITE_LOCKED
    8: Condition.READ_ONLY,  # SQLITE_READONLY
    10: Condition.IO,  # SQLITE_IOERR
    11: Condition.DAMAGED,  # SQLITE_CORRUPT
    13: Condition.DISK_FULL,  # SQLITE_FULL
    14: Condition.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: Condition.NOT_A_DATABASE,  # SQLITE_NOTADB
}

MESSAGES = {
    Condition.BUSY: QT_TRANSLATE_NOOP(
        "models",
        "The data file {path} is being written by another program or another desk and stayed busy. Nothing was saved; what you typed is still here — try again in a moment.",
    ),
    Condition.READ_ONLY: QT_TRANSLATE_NOOP(
        "models",
        "The data file {path} is read-only, so nothing can be saved. Remove the read-only mark from the file or ask the administrator for write access, then start the program again.",
    ),
    Condition.DISK_FULL: QT_TRANSLATE_NOOP(
        "models", "The disk holding {path} is full. Free some space and try again; nothing was lost."
    ),
    Condition.IO: QT_TRANSLATE_NOOP(
        "models",
        "The disk holding {path} could not be read or written (the drive may be failing or was removed). Nothing was saved; check the drive, then run “property-desk check”.",
    ),
    Condition.DAMAGED: QT_TRANSLATE_NOOP(
        "models",
        "The data file {path} is damaged. Nothing more is written into it; restore the latest backup (or ask for help), then run “property-desk check”.",
    ),
    Condition.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "models",
        "The data file {path} is damaged or is not a Property Office Desk database. Nothing was changed; restore a backup or choose another data folder.",
    ),
    Condition.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "models",
        "The data file {path} cannot be opened (it may be a folder, or its folder cannot be read). Nothing was changed; choose another data folder or ask the administrator.",
    ),
}


MESSAGES[Condition.CONNECTION_LOST] = SERVER_MESSAGES[Condition.CONNECTION_LOST]


class DatabaseCondition(DataFileError):
    """A condition of the machine met while reading or writing the data file. Build it with
    DatabaseCondition.of(): a damaged file is also a DamagedDataFile (restore is the way out)."""

    def __init__(self, condition: Condition, path: str, error_name: str = "") -> None:
        on_server = path.startswith("postgresql://")
        super().__init__((SERVER_MESSAGES if on_server else MESSAGES)[condition], path=path)
        self.condition = condition
        self.error_name = error_name

    @property
    def retryable(self) -> bool:
        """Another writer held the database: the same transaction may go through later."""
        return self.condition in RETRYABLE

    @staticmethod
    def of(condition: Condition, path: str, error_name: str = "") -> DatabaseCondition:
        kind = DamagedCondition if condition in DAMAGE else DatabaseCondition
        return kind(condition, path, error_name)


class DamagedCondition(DatabaseCondition, DamagedDataFile):
    """The file is damaged or not a database of this program."""


DAMAGE = (Condition.DAMAGED, Condition.NOT_A_DATABASE)
RETRYABLE = (Condition.BUSY,)
# after these the connection is opened again before the next transaction
RECONNECT = (Condition.IO, Condition.CANNOT_OPEN, Condition.LOST)


def sqlite_error_of(error: BaseException | None) -> sqlite3.Error | None:
    """The sqlite3 error behind `error` (peewee wraps it as its first argument)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, sqlite3.Error):
            return error
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = inner or error.__cause__ or error.__context__
    return None


def server_error_of(error: BaseException | None) -> Exception | None:
    """The psycopg error behind `error`, if any (psycopg is only there for server offices)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if type(error).__module__.startswith("psycopg"):
            return error
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = inner or error.__cause__ or error.__context__
    return None


def condition_of(error: BaseException) -> Condition | None:
    """The machine condition `error` stands for, or None when it is a bug."""
    if isinstance(error, DatabaseCondition):
        return error.condition
    original = sqlite_error_of(error)
    if original is not None:
        code = getattr(original, "sqlite_errorcode", None)
        return PRIMARY_CODES.get(code & 0xFF) if isinstance(code, int) else None
    server = server_error_of(error)
    return _server_condition(server) if server is not None else None


def _server_condition(error: Exception) -> Condition | None:
    state = getattr(error, "sqlstate", None)
    if state:
        return SQLSTATES.get(state) or SQLSTATE_CLASSES.get(state[:2])
    # no SQLSTATE: libpq's own failure (the socket closed, the server went away)
    names = {kind.__name__ for kind in type(error).__mro__}
    return Condition.CONNECTION_LOST if names & {"OperationalError", "InterfaceError"} else None


def is_connection_lost(error: BaseException) -> bool:
    """True when `error` means the database server went away: reconnect and try again."""
    return condition_of(error) is Condition.CONNECTION_LOST


def sort_database_error(error: BaseException, path: str) -> DatabaseCondition | None:
    """A DatabaseCondition for a machine condition (its sentence names `path`), None for a bug."""
    if isinstance(error, DatabaseCondition):
        return error
    condition = condition_of(error)
    if condition is None:
        return None
    original = sqlite_error_of(error) or server_error_of(error)
    name = getattr(original, "sqlite_errorname", "") or getattr(original, "sqlstate", "") or ""
    return DatabaseCondition.of(condition, path, name)


def bug_report(error: BaseException) -> str:
    """What the log keeps of a bug: the traceback, SQLite's error name and the statement."""
    lines = ["".join(traceback.format_exception(error)).rstrip()]
    original = sqlite_error_of(error)
    if original is not None and getattr(original, "sqlite_errorname", None):
        lines.append(f"SQLite error: {original.sqlite_errorname}")
    server = server_error_of(error)
    if server is not None and getattr(server, "sqlstate", None):
        lines.append(f"PostgreSQL SQLSTATE: {server.sqlstate}")
    query = getattr(error, "query", None)
    if query:
        sql, params = query
        lines.append(f"Statement: {sql}")
        lines.append(f"Parameters: {params!r}")
    return "\n".join(lines)
