"""Opening an office on a PostgreSQL server: connect (a sentence for a bad address, a
server that cannot be reached, a wrong or missing password, a missing database), read
the schema version the database says it has (none: a new office; tables without one:
not ours, refused; newer: refused), migrate under an advisory lock in one transaction
(PostgreSQL's DDL is transactional: a failed step leaves nothing behind; two desks
opening a new office at once wait for each other), then seed a new office's defaults.

A migration of an existing office first saves a pg_dump of it in the data folder's
backups when pg_dump is installed (models.store.server_backup)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import peewee as pw

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.base import close_database, database
from models.store.conditions import Condition, DatabaseCondition, sort_database_error
from models.store.data_folder import DataFolder
from models.store.health import CheckReport
from models.store.migrations import MAJOR, latest_version
from models.store.postgres import DeskPostgres, ServerAddress, connect, server_address

MIGRATION_LOCK = 7_2026_0018  # pg_advisory_xact_lock key: one desk migrates at a time

MSG_SERVER_TOO_NEW = QT_TRANSLATE_NOOP(
    "models",
    "The database {path} was made by a newer version of the program (schema {found}, this program knows {known}). Nothing was changed; install the newer version on this desk.",
)
MSG_SERVER_FAILED = QT_TRANSLATE_NOOP(
    "models", "The database {path} could not be opened: {reason}. Nothing was changed."
)
MSG_SERVER_MISSING_TABLES = QT_TRANSLATE_NOOP(
    "models",
    "The database {path} lacks part of the office (tables {tables}). Nothing was written into it; ask the IT person to restore the latest backup.",
)


def open_server_store(
    folder: DataFolder,
    prepare: Callable[[], None] | None,
    expected_tables: Sequence[str],
    password: str | None,
    migrate_to_latest: Callable[[int], None],
) -> DeskPostgres:
    address = server_address(folder, password)
    close_database()
    server = connect(address)
    database.initialize(server)
    try:
        with database.atomic():
            database.execute_sql("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            found = read_version(address)
            if found is not None and found[1] < latest_version():
                from models.store.server_backup import dump_before_migration

                dump_before_migration(address, folder.backups, found[1])
            migrate_to_latest(found[1] if found is not None else 0)
        _refuse_missing_tables(address, expected_tables)
        if prepare is not None:
            prepare()
    except DataFileError:
        close_database()
        raise
    except pw.DatabaseError as error:
        close_database()
        known = sort_database_error(error, address.shown)
        raise known or DataFileError(MSG_SERVER_FAILED, path=address.shown, reason=str(error).strip()) from error
    return server


def read_version(address: ServerAddress) -> tuple[int, int] | None:
    """(major, version) of the office in the database, None when it holds no tables at all."""
    tables = set(database.get_tables())
    if not tables:
        return None
    if "schema_version" not in tables:
        raise DatabaseCondition.of(Condition.NOT_A_DATABASE, address.shown)
    rows = database.execute_sql("SELECT major, version FROM schema_version").fetchall()
    if len(rows) != 1:
        raise DatabaseCondition.of(Condition.NOT_A_DATABASE, address.shown)
    found = (rows[0][0], rows[0][1])
    if found[0] > MAJOR or found[1] > latest_version():
        raise DataFileError(
            MSG_SERVER_TOO_NEW, path=address.shown, found=f"{found[0]}.{found[1]}", known=f"{MAJOR}.{latest_version()}"
        )
    return found


def _refuse_missing_tables(address: ServerAddress, expected: Sequence[str]) -> None:
    if not expected:
        return
    present = set(database.get_tables())
    missing = [name for name in expected if name not in present]
    if missing:
        raise DataFileError(MSG_SERVER_MISSING_TABLES, path=address.shown, tables=", ".join(missing))


EXPECTED_TRIGGERS = (
    "ticket_event_no_update",
    "ticket_event_no_delete",
    "audit_entry_no_update",
    "audit_entry_no_delete",
)


def check_server(folder: DataFolder, expected_tables: Sequence[str] = ()) -> CheckReport:
    """`property-desk check` for a server office, read without changing anything: the
    schema version, the tables, the triggers that keep the timeline and the audit log
    append-only, the search index, and PostgreSQL's own check of every B-tree index
    (amcheck's bt_index_check, where the extension is installed). The server enforces
    every reference itself, so none can be broken."""
    report = CheckReport()
    address = server_address(folder, folder.password)
    close_database()
    try:
        database.initialize(connect(address))
        report.version = read_version(address)
        report.integrity = _server_integrity(expected_tables) if report.version else []
        if report.version is None:
            report.problem = DatabaseCondition.of(Condition.NOT_A_DATABASE, address.shown)
    except DataFileError as error:
        report.problem = error
    except pw.DatabaseError as error:
        report.problem = sort_database_error(error, address.shown) or DataFileError(
            MSG_SERVER_FAILED, path=address.shown, reason=str(error).strip()
        )
    finally:
        close_database()
    return report


def _server_integrity(expected_tables: Sequence[str]) -> list[str]:
    found = []
    tables = set(database.get_tables())
    missing = [name for name in expected_tables if name not in tables]
    if missing:
        found.append("missing tables: " + ", ".join(missing))
    triggers = {row[0] for row in database.execute_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    absent = [name for name in EXPECTED_TRIGGERS if name not in triggers]
    if absent:
        found.append("missing append-only triggers: " + ", ".join(absent))
    if "ticket_search" not in tables:
        found.append("missing search index: ticket_search")
    found += _amcheck()
    return found or ["ok"]


def _amcheck() -> list[str]:
    """bt_index_check on every index of the office's B-trees, when amcheck is installed."""
    if not database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'").fetchone():
        return []
    rows = database.execute_sql(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE a.amname = 'btree' AND n.nspname = current_schema()"
    ).fetchall()
    problems = []
    for (name,) in rows:
        try:
            with database.atomic():
                database.execute_sql("SELECT bt_index_check(?::regclass)", (f'"{name}"',))
        except pw.DatabaseError as error:
            problems.append(f"{name}: {str(error).strip().splitlines()[0]}")
    return problems
