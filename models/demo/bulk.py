"""Fast writing for the demo generator: rows as tuples inserted with executemany on the
raw SQLite connection, ids handed out in memory, timestamps in peewee's stored text
form, and a bulk-load mode (synchronous off, secondary indexes rebuilt once at the
end) that is always undone before the build returns."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from models.store import analyze, create_search_triggers, database, drop_search_triggers, rebuild_search_index

# per-row triggers whose work the load does once at the end: the append-only guard
# against replacing an event (the generator only appends) and the ticket counter (recounted)
ROW_TRIGGERS = ("ticket_event_no_replace", "ticket_count_after_insert")
# SQLite's page cache while the search index is filled (KiB; it grows only as far as used).
# With the office's 32 MB the fill, at the end of the build's transaction, read its own
# freshly written pages back from the operating system again and again: 138 GB through
# pread for the 1,000,000-ticket office (400 times the index's size), half its CPU time in
# the kernel; at 300,000 tickets 5.6 GB and 12.6 s CPU, with this cache 0.1 GB and 10.1 s.
SEARCH_FILL_CACHE_KIB = 400_000
# FTS5's buffer of index entries not yet written (bytes; its own default is 1 MiB) while the
# search index is filled: every time it fills, FTS5 writes a segment and merges segments,
# so a bigger buffer means far fewer, larger writes. Measured on 500,000 tickets: 9.9 →
# 6.6 s CPU for the fill, the index the same size; about this much more memory meanwhile.
SEARCH_FILL_BUFFER = 128 * 1024 * 1024
FTS5_DEFAULT_BUFFER = 1024 * 1024


def stamp(value: dt.datetime | None) -> str | None:
    """A datetime in the text form peewee's DateTimeField stores and reads back."""
    return value.isoformat(" ") if value is not None else None


def day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence], connection=None) -> None:
    """Into the office (or through `connection`, another file's)."""
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    (connection or database.connection()).executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def next_id(table: str) -> int:
    return database.execute_sql(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"').fetchone()[0]


class IdSequence:
    """Primary keys handed out in memory so that child rows can name their parents
    before anything is written."""

    def __init__(self, table: str = "", start: int | None = None) -> None:
        self.following = next_id(table) if start is None else start

    def take(self) -> int:
        value = self.following
        self.following += 1
        return value


@contextlib.contextmanager
def bulk_load(tables: Sequence[str], attach: dict[str, Path] | None = None) -> Iterator[None]:
    """One transaction for the whole build, so a failure leaves the file as it was.
    Meanwhile the rollback journal replaces the WAL (a fresh file's new pages need no
    journal, where a WAL would grow by the whole office), writes are not synced, the
    tables' secondary indexes are dropped and rebuilt once at the end from their own
    saved DDL, and the ticket search index is filled once instead of row by row by its
    triggers (measured: 6x faster on ticket inserts), and index sorts spill to temporary
    files rather than memory (a third less peak memory and quicker at 300,000 tickets).
    Foreign keys are not looked up while it loads. Journal mode, synchronous level, temp
    store and foreign keys are restored afterwards, and the planner's statistics are
    gathered afresh (ANALYZE). `attach` names other files
    (schema name -> path) to attach for the build's length: ATTACH is refused inside a
    transaction."""
    journal = database.execute_sql("PRAGMA journal_mode").fetchone()[0]
    synchronous = database.execute_sql("PRAGMA synchronous").fetchone()[0]
    temp_store = database.execute_sql("PRAGMA temp_store").fetchone()[0]
    foreign_keys = database.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    database.execute_sql("PRAGMA journal_mode = DELETE")
    # the generator's rows name only parents it wrote before them; a look-up per foreign
    # key per row took 45% of copying the second part in (5.4 → 2.9 s CPU, 1,000,000
    # tickets). The pragma is refused inside a transaction, so it is set here (the demo's
    # tests run PRAGMA foreign_key_check over their offices)
    database.execute_sql("PRAGMA foreign_keys = OFF")
    database.execute_sql("PRAGMA synchronous = OFF")
    database.execute_sql("PRAGMA temp_store = FILE")
    for schema, path in (attach or {}).items():
        database.execute_sql(f'ATTACH DATABASE ? AS "{schema}"', (str(path),))
    try:
        # DEFERRED: BEGIN IMMEDIATE would take the write lock of every attached file too,
        # and the part file's own writer (run here after the first part, below 20,000
        # tickets) could then never write it; it only held when a BEGIN IMMEDIATE prepared
        # before the ATTACH was still in the connection's statement cache
        with database.atomic("DEFERRED"):
            saved = _index_definitions(tables)
            for name, _sql in saved:
                database.execute_sql(f'DROP INDEX "{name}"')
            triggers = _trigger_definitions(ROW_TRIGGERS)
            for name, _sql in triggers:
                database.execute_sql(f'DROP TRIGGER "{name}"')
            search = _has_table("ticket_fts")
            if search:
                drop_search_triggers(database)
            # the generator writes codes from the same closed lists the CHECKs name; checking
            # every row's costs more than a third of the ticket inserts (the demo's test runs
            # PRAGMA integrity_check, which tests them all, over its offices)
            database.execute_sql("PRAGMA ignore_check_constraints = ON")
            try:
                yield
            finally:
                database.execute_sql("PRAGMA ignore_check_constraints = OFF")
            for _name, sql in saved + triggers:
                database.execute_sql(sql)
            if triggers:
                database.execute_sql("UPDATE ticket_count SET tickets = (SELECT count(*) FROM ticket) WHERE id = 1")
            if search:
                create_search_triggers(database)
                with _page_cache(SEARCH_FILL_CACHE_KIB), _search_buffer(SEARCH_FILL_BUFFER):
                    rebuild_search_index(database)
        analyze()  # the planner's statistics for the office as it now is
    finally:
        for schema in attach or {}:
            database.execute_sql(f'DETACH DATABASE "{schema}"')
        database.execute_sql(f"PRAGMA foreign_keys = {int(foreign_keys)}")
        database.execute_sql(f"PRAGMA synchronous = {int(synchronous)}")
        database.execute_sql(f"PRAGMA temp_store = {int(temp_store)}")
        database.execute_sql(f"PRAGMA journal_mode = {journal}")


@contextlib.contextmanager
def _page_cache(kib: int) -> Iterator[None]:
    before = database.execute_sql("PRAGMA cache_size").fetchone()[0]
    database.execute_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(before)}")


@contextlib.contextmanager
def _search_buffer(size: int) -> Iterator[None]:
    """FTS5's pending-data buffer ('hashsize') for the fill, its default again afterwards,
    leaving ticket_fts_config as it was. The fill runs in a savepoint: releasing it makes
    FTS5 write what is still buffered there and then, inside the big page cache, rather
    than at the commit."""
    database.execute_sql("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('hashsize', ?)", (size,))
    try:
        with database.atomic():
            yield
    finally:
        database.execute_sql("INSERT INTO ticket_fts (ticket_fts, rank) VALUES ('hashsize', ?)", (FTS5_DEFAULT_BUFFER,))
        database.execute_sql("DELETE FROM ticket_fts_config WHERE k = 'hashsize'")


def _index_definitions(tables: Sequence[str]) -> list[tuple[str, str]]:
    """Non-unique secondary indexes only: unique ones keep guarding the data as it loads."""
    marks = ", ".join("?" for _ in tables)
    rows = database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).fetchall()
    return [(name, sql) for name, sql in rows if not sql.upper().startswith("CREATE UNIQUE")]


def _trigger_definitions(names: Sequence[str]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in names)
    return database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks}) ORDER BY name", tuple(names)
    ).fetchall()


def _has_table(name: str) -> bool:
    return (
        database.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        is not None
    )
