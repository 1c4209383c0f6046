"""The late-bound database object and the base model every table derives from.

`database` is opened by models.store.open_store(); until then it is an unbound SQLite
database, so the app, the command line and each test point the same models at their own
file. It is a proxy: open_store() binds it to the SQLite database below or, for an office
on a PostgreSQL server, to models.store.postgres.DeskPostgres; nothing outside the store
knows which (models.store.dialect says so to whoever must).

Every transaction begins IMMEDIATE: it takes the write lock first, so when another desk
or process is writing, SQLite's busy timeout makes it wait instead of failing at once
(a deferred transaction that read before writing cannot wait: its snapshot is stale).
Every statement's failure is sorted here (models.store.conditions): conditions of the
machine become a DatabaseCondition with a sentence, bugs keep their type and carry the
statement for the log.

Before each transaction the file is checked to be still at its path (models.store.file_place):
a vanished folder or network share refuses the save with a sentence instead of writing
into a file nobody will open again, and the connection is opened anew once it is back."""

from __future__ import annotations

import sqlite3

import peewee

from models.store.conditions import RECONNECT, Condition, DatabaseCondition, sort_database_error
from models.store.file_place import place_of, waits_for_busy

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


class DeskDatabase(peewee.SqliteDatabase):
    """SQLite with IMMEDIATE transactions and every error sorted into condition or bug.
    Once SQLite has reported the file damaged, no further transaction begins on it."""

    damaged = False
    dialect = "sqlite"
    lost = False  # the file was not reachable: open it again before the next transaction
    generation = 0  # how many times a connection was opened (a change token includes it)
    _place: tuple[int, int] | None = None

    def init(self, database, *args, **kwargs):
        self.damaged = False
        self.lost = False
        self._place = None
        return super().init(database, *args, **kwargs)

    def _connect(self):
        connection = super()._connect()
        self.generation += 1
        self.lost = False
        self._place = place_of(self.database) if self._is_file() else None
        return connection

    def _is_file(self) -> bool:
        return bool(self.database) and self.database != ":memory:" and not self.database.startswith("file:")

    def ensure_in_place(self) -> None:
        """Raise LOST while the data file is not at its path; reconnect when the file there
        is not the one this connection holds (the share came back, the folder was restored)."""
        if self.deferred or not self._is_file() or self.in_transaction():
            return
        place = place_of(self.database)
        if place is None:
            self.lost = True
            raise DatabaseCondition.of(Condition.LOST, str(self.database))
        if self.lost or self.is_closed() or place != self._place:
            self.close()
            self.connect()

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self._sqlite_in_transaction():
            return None  # see rollback()
        if self.damaged and sql.lstrip()[:7].upper().startswith(WRITES):
            raise DatabaseCondition.of(Condition.DAMAGED, str(self.database))
        try:
            return SortingCursor(super().execute_sql(sql, params), self, (sql, params))
        except peewee.DatabaseError as error:
            self._raise_sorted(error, (sql, params))
            raise

    def begin(self, lock_type=None):
        if self.damaged:
            raise DatabaseCondition.of(Condition.DAMAGED, str(self.database))
        self.ensure_in_place()
        waited = waits_for_busy()
        while True:
            try:
                return super().begin(lock_type)
            except peewee.DatabaseError as error:
                try:
                    self._raise_sorted(error, ("BEGIN", ()))
                except DatabaseCondition as condition:
                    # another desk held the write lock past SQLite's busy timeout: take
                    # turns again after a pause instead of failing the clerk's save
                    if not condition.retryable or not next(waited):
                        raise
                    continue
                raise

    def commit(self):
        try:
            return super().commit()
        except peewee.DatabaseError as error:
            self._raise_sorted(error, ("COMMIT", ()))
            raise

    def rollback(self):
        if self._sqlite_in_transaction():
            super().rollback()
        # else SQLite has already rolled the transaction back itself (a full disk, an I/O
        # error): ROLLBACK would fail and hide the error that caused it

    def _sqlite_in_transaction(self) -> bool:
        return not self.is_closed() and self.connection().in_transaction

    def _raise_sorted(self, error: Exception, query: tuple) -> None:
        """Raise the condition a machine error stands for; a bug goes on with its statement."""
        known = sort_database_error(error, str(self.database))
        if known is not None:
            self.damaged = self.damaged or known.condition is Condition.DAMAGED
            self.lost = self.lost or known.condition in RECONNECT
            raise known from error
        error.query = query


class SortingCursor:
    """The sqlite3 cursor with the rows' reading sorted too: SQLite meets a damaged page
    while stepping through rows, after execute() has returned."""

    __slots__ = ("_cursor", "_database", "_query")

    def __init__(self, cursor: sqlite3.Cursor, owner: DeskDatabase, query: tuple) -> None:
        self._cursor, self._database, self._query = cursor, owner, query

    def __getattr__(self, name: str):
        return getattr(self._cursor, name)

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def fetchone(self):
        return self._sorted(self._cursor.fetchone)

    def fetchmany(self, size: int = 1):
        return self._sorted(self._cursor.fetchmany, size)

    def fetchall(self):
        return self._sorted(self._cursor.fetchall)

    def _sorted(self, fetch, *args):
        try:
            return fetch(*args)
        except sqlite3.DatabaseError as error:
            self._database._raise_sorted(error, self._query)
            raise


class StoreProxy(peewee.DatabaseProxy):
    """peewee's proxy, whose attributes may also be set (a bench wraps execute_sql)."""

    def __setattr__(self, attr, value):
        if attr in self.__slots__:
            return super().__setattr__(attr, value)
        return setattr(self.obj, attr, value)


sqlite_database = DeskDatabase(None, lock_type="IMMEDIATE")
database = StoreProxy()
database.initialize(sqlite_database)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


def check_in(column: str, values: list[str], *, nullable: bool = False) -> peewee.Check:
    """A CHECK constraint that keeps a code column within its known values (or NULL)."""
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return peewee.Check(f"{column} IS NULL OR {condition}" if nullable else condition)


def close_database(*, optimize: bool = False) -> None:
    """Close whichever database is open; the models are left on an unbound SQLite file.
    With `optimize` (the app's exit) SQLite first refreshes the statistics this session's
    queries found stale (PRAGMA optimize; quick), after a session that wrote: one that only
    read leaves the file exactly as it was. (A server keeps its statistics itself.)"""
    if hasattr(database.obj, "stop_listening"):
        database.obj.stop_listening()  # a server office's listener for other desks' changes
    if not database.is_closed():
        if optimize and database.obj is sqlite_database and database.connection().total_changes:
            try:
                database.execute_sql("PRAGMA optimize")
            except (sqlite3.DatabaseError, peewee.DatabaseError):
                pass  # a busy or read-only file keeps its old statistics; closing matters more
        database.close()
    if database.obj is not sqlite_database:
        database.initialize(sqlite_database)
