"""Moving an office between databases (`property-desk move-to`): from its SQLite file to
a PostgreSQL server, or back into a data folder's file. Only into an empty target.

The target gets the schema by the same migrations as a new office (none of a new
office's defaults), then every table's rows in one transaction, read from the source
in primary-key order and written as they are (ids kept; PostgreSQL's COPY, SQLite's
executemany), with progress. What would be kept up row by row is held back while the
rows arrive and made once at the end (`_HeldBack`): the secondary indexes are built
after the copy (each in one sort instead of a million insertions), and on PostgreSQL the
foreign keys are added back after it too (each checked in one pass over the table, where
a deferred check would queue one event per row until the commit) and the tables' own
triggers are off meanwhile (the change announcements, the counters). So the order of
tables does not matter; the search index is refilled in one pass before its index is
built, and the counters kept by triggers (the survey tally, the ticket count) are
replaced by the source's own, rows counted 0 included.
Before the commit each table is read back from the target and compared with the source:
the same number of rows and the same checksum (SHA-256 over the rows in primary-key
order, each written out the same way on both sides: `canonical_row`). Any difference
rolls everything back: the target is left as empty as it was found."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import peewee as pw

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.base import DeskDatabase, database
from models.store.data_file import PRAGMAS, _ensure_writable_folder, migrate_to_latest
from models.store.data_folder import DataFolder
from models.store.postgres import connect, server_address
from models.store.search_index import create_triggers, drop_triggers, rebuild
from models.store.settings import set_setting

BATCH = 5000
DERIVED = ("schema_version", "ticket_search")  # written by the migrations, the search index's triggers
# kept by triggers as the rows they count arrive: replaced by the source's own at the end
LAST = ("survey_tally", "ticket_count")

MSG_TARGET_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "models",
    "{target} already holds data (tables {tables}). move-to writes only into an empty database or a new data folder; nothing was changed.",
)
MSG_MISMATCH = QT_TRANSLATE_NOOP(
    "models",
    "The copy of table {table} in {target} does not match the original ({details}). Nothing was kept in {target}; the office stays where it was.",
)

Progress = Callable[[str, int, int], None]  # (table, rows copied so far, rows in the table)


@dataclass
class TableTally:
    rows: int = 0
    digest: str = ""


@dataclass
class MoveReport:
    target: str
    tables: dict[str, TableTally] = field(default_factory=dict)
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds of each stage, in order

    @property
    def rows(self) -> int:
        return sum(tally.rows for tally in self.tables.values())


def canonical_value(value) -> str:
    """One value written out the same way whichever database it was read from."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return format(Decimal(str(value)).normalize(), "f")
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return str(value)
    return str(value)


def canonical_row(row: Sequence) -> bytes:
    return ("\x1f".join(canonical_value(value) for value in row) + "\x1e").encode()


def target_database(folder: DataFolder) -> pw.Database:
    """A connection to the (empty) target, not bound to the models."""
    if folder.on_server:
        return connect(server_address(folder, folder.password))
    _ensure_writable_folder(folder.root)
    target = DeskDatabase(str(folder.database), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    target.connect()
    return target


def refuse_unless_empty(target: pw.Database, where: str) -> None:
    tables = target.get_tables()
    if tables:
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        raise DataFileError(MSG_TARGET_NOT_EMPTY, target=where, tables=shown)


def move_office(
    target_folder: DataFolder,
    tables: Sequence[str],
    progress: Progress | None = None,
    *,
    settings: dict[str, object] | None = None,
) -> MoveReport:
    """Copy the office open now (the models' database, migrated) into `target_folder`'s
    database, which must be empty; the source is not changed. `tables`: the office's
    tables in dependency order (models.schema). `settings`: office settings the moved
    office gets in place of its own (its shared attachments folder), after the check."""
    started = time.perf_counter()
    where = target_folder.where
    source = database.obj
    created = not target_folder.on_server and not target_folder.database.exists()
    target = target_database(target_folder)
    try:
        refuse_unless_empty(target, where)
        report = MoveReport(where)
        stage = _stages(report)
        database.initialize(target)
        try:
            with target.atomic():
                migrate_to_latest(0)
                _defer_references(target)
                drop_triggers(target)
                names = _tables_to_copy(source, target, tables)
                held = _HeldBack(target, [*names, *DERIVED])
                stage("schema")
                for name in names:
                    if name in LAST:
                        target.execute_sql(f'DELETE FROM "{name}"')
                    report.tables[name] = _copy_table(source, target, name, progress)
                stage("copy")
                rebuild(target)
                stage("search text")
                held.restore()
                create_triggers(target)
                stage("indexes and references")
                for name in names:
                    _verify(source, target, name, report, where)
                stage("check")
                for key, value in (settings or {}).items():
                    set_setting(key, value)
        finally:
            database.initialize(source)
    except BaseException:
        target.close()
        if created:
            _remove_new_file(target_folder)
        raise
    _after_move(target, target_folder)
    target.close()
    stage("statistics")
    report.seconds = time.perf_counter() - started
    return report


def _stages(report: MoveReport) -> Callable[[str], None]:
    """stage(name): the wall time since the previous stage ended, kept under `name`."""
    last = [time.perf_counter()]

    def stage(name: str) -> None:
        now = time.perf_counter()
        report.stages[name] = now - last[0]
        last[0] = now

    return stage


class _HeldBack:
    """What the target would keep up row by row, taken away before the copy and made again
    at its end, as the migrations wrote it: the secondary indexes (both databases), and on
    PostgreSQL the foreign keys and the tables' own triggers (off; not dropped)."""

    def __init__(self, target: pw.Database, tables: Sequence[str]) -> None:
        self.target = target
        self.server = getattr(target, "dialect", "sqlite") == "postgresql"
        present = set(target.get_tables())
        self.tables = [name for name in tables if name in present]
        self.indexes: list[tuple[str, str]] = []  # (name, its CREATE INDEX statement)
        self.references: list[tuple[str, str, str]] = []  # (table, constraint, its definition)
        if self.server:
            self._hold_server()
        else:
            self._hold_file()

    def _hold_server(self) -> None:
        target = self.target
        target.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
        rows = target.execute_sql(
            "SELECT c.relname, i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT x.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) ORDER BY i.relname"
        ).fetchall()
        self.indexes = [(index, statement) for table, index, statement in rows if table in self.tables]
        rows = target.execute_sql(
            "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid "
            "WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace ORDER BY k.conname"
        ).fetchall()
        self.references = [row for row in rows if row[0] in self.tables]
        for table, constraint, _definition in self.references:
            target.execute_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{constraint}"')
        for index, _statement in self.indexes:
            target.execute_sql(f'DROP INDEX "{index}"')
        for table in self.tables:
            target.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')

    def _hold_file(self) -> None:
        listed = ", ".join("?" for _ in self.tables)
        self.indexes = self.target.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({listed}) ORDER BY name",
            self.tables,
        ).fetchall()
        for index, _statement in self.indexes:
            self.target.execute_sql(f'DROP INDEX "{index}"')

    def restore(self) -> None:
        target = self.target
        for _index, statement in self.indexes:
            target.execute_sql(statement)
        if not self.server:
            return
        for table, constraint, definition in self.references:
            target.execute_sql(f'ALTER TABLE "{table}" ADD CONSTRAINT "{constraint}" {definition}')
        for table in self.tables:
            target.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')


def _remove_new_file(folder: DataFolder) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        folder.database.with_name(folder.database.name + suffix).unlink(missing_ok=True)


def _after_move(target: pw.Database, folder: DataFolder) -> None:
    if folder.on_server:
        from models.store.pg_schema import identity_tables, reset_sequences

        reset_sequences(target, identity_tables(target))
        target.execute_sql("ANALYZE")
    else:
        target.execute_sql("ANALYZE")


def _defer_references(target: pw.Database) -> None:
    if getattr(target, "dialect", "sqlite") == "postgresql":
        target.execute_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        target.execute_sql("PRAGMA defer_foreign_keys = ON")


def _tables_to_copy(source: pw.Database, target: pw.Database, ordered: Sequence[str]) -> list[str]:
    present = {
        name
        for name in set(source.get_tables()) & set(target.get_tables())
        if name not in DERIVED and not name.startswith(("sqlite_", "ticket_fts"))
    }
    extra = sorted(present - set(ordered) - set(LAST))
    ordered = [name for name in ordered if name not in LAST]
    return [name for name in [*ordered, *extra] if name in present] + [name for name in LAST if name in present]


def _columns(source: pw.Database, target: pw.Database, table: str) -> list[str]:
    wanted = {column.name for column in target.get_columns(table)}
    return [column.name for column in source.get_columns(table) if column.name in wanted]


def _order(db: pw.Database, table: str, columns: Sequence[str]) -> str:
    keys = db.get_primary_keys(table) or list(columns)
    return ", ".join(f'"{key}"' for key in keys)


def _rows(db: pw.Database, table: str, columns: Sequence[str], order: str) -> Iterable[tuple]:
    listed = ", ".join(f'"{name}"' for name in columns)
    query = f'SELECT {listed} FROM "{table}" ORDER BY {order}'
    if getattr(db, "dialect", "sqlite") == "postgresql":
        yield from _server_rows(db, query)
        return
    cursor = db.execute_sql(query)
    while True:
        batch = cursor.fetchmany(BATCH)
        if not batch:
            return
        yield from batch


def _server_rows(db: pw.Database, query: str) -> Iterable[tuple]:
    """A server's rows a batch at a time through a cursor on the server (a plain one would
    bring the whole table into this process's memory first: millions of timeline rows)."""
    db.execute_sql("SELECT 1")  # (re)connects when needed
    held = not db.in_transaction()  # outside a transaction the cursor must outlive its statement
    with db.connection().cursor(name="desk_move_rows", withhold=held) as cursor:
        cursor.itersize = BATCH
        cursor.execute(query)
        while True:
            batch = cursor.fetchmany(BATCH)
            if not batch:
                return
            yield from batch


def _copy_table(source: pw.Database, target: pw.Database, table: str, progress: Progress | None) -> TableTally:
    columns = _columns(source, target, table)
    total = source.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    order = _order(source, table, columns)
    tally, digest, batch = TableTally(), hashlib.sha256(), []
    writer = _server_writer(target, table, columns) if getattr(target, "dialect", "") == "postgresql" else None
    insert = f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) VALUES ({", ".join("?" for _ in columns)})'
    if progress:
        progress(table, 0, total)
    for row in _rows(source, table, columns, order):
        digest.update(canonical_row(row))
        batch.append(row)
        if len(batch) >= BATCH:
            _write(target, writer, insert, batch)
            tally.rows += len(batch)
            batch = []
            if progress:
                progress(table, tally.rows, total)
    if batch:
        _write(target, writer, insert, batch)
        tally.rows += len(batch)
    if writer is not None:
        writer.close()
    if progress:
        progress(table, tally.rows, total)
    tally.digest = digest.hexdigest()
    return tally


class _CopyWriter:
    """PostgreSQL's COPY … FROM STDIN for one table, fed a batch at a time."""

    def __init__(self, target, table: str, columns: Sequence[str]) -> None:
        listed = ", ".join(f'"{name}"' for name in columns)
        self._cursor = target.connection().cursor()
        self._context = self._cursor.copy(f'COPY "{table}" ({listed}) FROM STDIN')
        self._copy = self._context.__enter__()

    def write(self, rows) -> None:
        for row in rows:
            self._copy.write_row(row)

    def close(self) -> None:
        self._context.__exit__(None, None, None)


def _server_writer(target, table: str, columns: Sequence[str]) -> _CopyWriter:
    return _CopyWriter(target, table, columns)


def _write(target: pw.Database, writer: _CopyWriter | None, insert: str, rows: list[tuple]) -> None:
    if writer is not None:
        writer.write(rows)
        return
    target.connection().executemany(insert, [tuple(_for_sqlite(value) for value in row) for row in rows])


def _for_sqlite(value):
    return str(value) if isinstance(value, Decimal) else value


def table_tally(db: pw.Database, table: str) -> TableTally:
    """Rows and checksum of `table` as `canonical_row` writes them, in primary-key order."""
    columns = [column.name for column in db.get_columns(table)]
    return _tally_of(db, table, columns)


def _tally_of(db: pw.Database, table: str, columns: Sequence[str]) -> TableTally:
    tally, digest = TableTally(), hashlib.sha256()
    for row in _rows(db, table, columns, _order(db, table, columns)):
        digest.update(canonical_row(row))
        tally.rows += 1
    tally.digest = digest.hexdigest()
    return tally


def _verify(source: pw.Database, target: pw.Database, table: str, report: MoveReport, where: str) -> None:
    columns = _columns(source, target, table)
    expected = report.tables.get(table) or _tally_of(source, table, columns)
    found = _tally_of(target, table, columns)
    if (found.rows, found.digest) != (expected.rows, expected.digest):
        details = f"{expected.rows} → {found.rows} rows" if found.rows != expected.rows else "checksum differs"
        raise DataFileError(MSG_MISMATCH, table=table, target=where, details=details)
    report.tables[table] = expected
