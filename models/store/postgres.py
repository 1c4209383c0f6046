"""An office on a PostgreSQL server (several desks, a 400 hotline): the address given as
`postgresql://user@host[:port]/dbname`, the connection through psycopg 3, and the few
things that make the server behave like the SQLite file the rest of the program was
written against:

- statements are written with `?` placeholders everywhere (peewee's own and the raw SQL
  of the areas); they become psycopg's `%s` here, once, outside quoted text;
- timestamps, dates and booleans travel as SQLite stores them (text
  'YYYY-MM-DD HH:MM:SS[.ffffff]', 'YYYY-MM-DD', 0/1) into columns of those types, so
  the same comparisons, orderings and substrings give the same answers on both;
- failures are sorted by SQLSTATE (models.store.conditions), a lost connection included.

The password never lives in the program's settings: it comes from the URL the IT person
typed, libpq's PGPASSWORD or ~/.pgpass (pgpass.conf on Windows), or a prompt; a failed
log-in without one raises PasswordNeeded so the command line or the window can ask."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from urllib.parse import unquote, urlsplit

import peewee as pw

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.condition_kinds import Condition
from models.store.conditions import DatabaseCondition, sort_database_error

SCHEMES = ("postgresql", "postgres")

MSG_BAD_URL = QT_TRANSLATE_NOOP(
    "models",
    "“{url}” is not a database address this program can use. Write it as postgresql://user@server/database (optionally server:port), e.g. postgresql://desk@192.168.1.10/office.",
)
MSG_NO_DRIVER = QT_TRANSLATE_NOOP(
    "models",
    "This copy of the program cannot talk to PostgreSQL servers (the psycopg package is missing). Install it with “pip install psycopg[binary]”, or use a data folder.",
)
MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "models",
    "The database server {server} cannot be reached ({reason}). Check that the server is running and that this PC may reach it on the network, then try again; nothing was changed.",
)
MSG_PASSWORD_NEEDED = QT_TRANSLATE_NOOP(
    "models",
    "The database server {server} asks for the password of the database user {user}. Type it when asked, or put it in PGPASSWORD or the .pgpass file of this PC's user.",
)
MSG_WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "models",
    "The database server {server} refused the user {user}: there is no such database user, the password is wrong, or this PC is not allowed in (pg_hba.conf). Nothing was changed.",
)
MSG_NO_DATABASE = QT_TRANSLATE_NOOP(
    "models",
    "The database server {server} has no database named {database}. Ask the IT person to create it (README: an office on a PostgreSQL server), or check the address.",
)
MSG_REFUSED = QT_TRANSLATE_NOOP(
    "models",
    "The database server {server} refused the connection: {reason}. Nothing was changed.",
)


class PasswordNeeded(DataFileError):
    """The server wants a password and none was given: ask for it, then open again with it."""


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL office's address as typed, checked; `shown` never holds the password."""

    url: str
    user: str
    host: str
    port: int
    database: str
    password: str | None = None

    @property
    def shown(self) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"


def is_database_url(text: str | None) -> bool:
    """True for what names a database server rather than a data folder."""
    return bool(text) and text.split(":", 1)[0].lower() in SCHEMES and "://" in text


def parse_database_url(url: str) -> ServerAddress:
    """The address in `url`, or DataFileError with the sentence saying how to write it."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or 5432
    except ValueError as error:
        raise DataFileError(MSG_BAD_URL, url=_without_password(url)) from error
    database = unquote(parts.path.lstrip("/"))
    if parts.scheme.lower() not in SCHEMES or not parts.hostname or not database or "/" in database:
        raise DataFileError(MSG_BAD_URL, url=_without_password(url))
    user = unquote(parts.username or "") or _default_user()
    password = unquote(parts.password) if parts.password else None
    return ServerAddress(url.strip(), user, parts.hostname, port, database, password)


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _default_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account
        return "postgres"


PLACEHOLDER = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|\$\$.*?\$\$|(\?)""", re.DOTALL)


def driver_sql(sql: str, params) -> str:
    """`sql` as psycopg takes it: the `?` placeholders outside quotes become `%s` and
    every literal `%` is doubled. peewee's own PostgreSQL statements (already `%s`, with
    parameters) pass unchanged."""
    found = [match for match in PLACEHOLDER.finditer(sql) if match.group(1)]
    if not found:
        return sql if params else sql.replace("%", "%%")
    pieces, start = [], 0
    for match in found:
        pieces.append(sql[start : match.start()].replace("%", "%%"))
        pieces.append("%s")
        start = match.end()
    pieces.append(sql[start:].replace("%", "%%"))
    return "".join(pieces)


def _register_sqlite_forms(connection) -> None:
    """Timestamps, dates, times and booleans sent in SQLite's stored forms, numbers read back
    as SQLite returns them (see above)."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.postgres import types

    class AsStoredText(Dumper):
        oid = 0  # unknown: the server takes it as the type of the column it meets

        def dump(self, obj):
            return str(obj).encode()

    class AsInteger(Dumper):
        oid = types["int4"].oid

        def dump(self, obj):
            return b"1" if obj else b"0"

    class AsSqliteNumber(Loader):
        """NUMERIC read back as SQLite's numeric affinity gives it: an int when whole, else a float."""

        def load(self, data):
            number = Decimal(bytes(data).decode())
            return int(number) if number == number.to_integral_value() else float(number)

    for kind in (dt.datetime, dt.date, dt.time):
        connection.adapters.register_dumper(kind, AsStoredText)
    connection.adapters.register_dumper(bool, AsInteger)
    connection.adapters.register_loader("numeric", AsSqliteNumber)


class DeskPostgres(pw.PostgresqlDatabase):
    """PostgreSQL with `?` placeholders, SQLite's stored forms, and every error sorted.

    A connection the server dropped (restarted, cable pulled) is opened anew before the
    next statement outside a transaction; while the server cannot be reached each
    statement says so (CONNECTION_LOST). `change_token()` is what the window polls for
    other desks' changes: the announcements of migration 9's triggers, heard by a
    listener on a connection of its own (models.store.server_listener)."""

    param = "?"
    dialect = "postgresql"
    damaged = False
    generation = 0  # how many times a connection was opened (a change token includes it)

    def __init__(self, address: ServerAddress, **kwargs) -> None:
        self.address = address
        options = {"user": address.user, "host": address.host, "port": address.port, "connect_timeout": 10}
        # no JIT: the desk's queries are short, and a large estimate (a count over many
        # tickets) had its plan compiled first, up to half a second (closed + 电)
        options["options"] = "-c jit=off"
        if address.password:
            options["password"] = address.password
        options.update(kwargs)
        self._listener = None
        load_server_driver()
        super().__init__(address.database, prefer_psycopg3=True, autoconnect=True, **options)

    def _connect(self):
        connection = super()._connect()
        _register_sqlite_forms(connection)
        self.generation += 1
        return connection

    def ensure_in_place(self) -> None:
        """Outside a transaction, open the connection anew when the server dropped it;
        CONNECTION_LOST with the sentence while the server cannot be reached."""
        if self.in_transaction():
            return
        if not self.is_closed() and not self.is_connection_usable():
            self.close()
        if self.is_closed():
            try:
                self.connect()
            except pw.DatabaseError as error:
                raise DatabaseCondition.of(Condition.CONNECTION_LOST, self.address.shown) from error

    def backend_pid(self) -> int | None:
        """The server process of this desk's connection (its own announcements carry it)."""
        if self.is_closed():
            return None
        connection = self._state.conn
        return None if connection.closed else connection.info.backend_pid

    def change_token(self) -> tuple:
        """Differs from an earlier token once another connection's change was announced,
        or either connection was opened anew; CONNECTION_LOST while the server is away."""
        if self._listener is None:
            from models.store.server_listener import ChangeListener

            options = {"dbname": self.database, **self.connect_params}
            options.pop("connect_timeout", None)
            self._listener = ChangeListener(options, self.address.shown, self.backend_pid)
        return (self.generation, self._listener.heard())

    @property
    def listener(self):
        return self._listener

    def stop_listening(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def close(self):
        if self.in_transaction():
            return super().close()  # refused, as peewee refuses it
        try:
            return super().close()
        except pw.DatabaseError:
            self._state.reset()  # the server had already dropped it: nothing left to release
            return True

    def execute_sql(self, sql, params=None):
        if not self.in_transaction():
            self.ensure_in_place()
        try:
            return super().execute_sql(driver_sql(sql, params), params)
        except pw.DatabaseError as error:
            self._raise_sorted(error, (sql, params))
            raise

    def begin(self, *args, **kwargs):
        self.ensure_in_place()
        try:
            return super().begin(*args, **kwargs)
        except pw.DatabaseError as error:
            self._raise_sorted(error, ("BEGIN", ()))
            raise

    def commit(self):
        try:
            return super().commit()
        except pw.DatabaseError as error:
            self._raise_sorted(error, ("COMMIT", ()))
            raise

    def _raise_sorted(self, error: Exception, query: tuple) -> None:
        known = sort_database_error(error, self.address.shown)
        if known is not None:
            raise known from error
        error.query = query


def load_server_driver() -> None:
    """Give peewee the psycopg driver, as its own import would have had it: models/__init__
    imports peewee with the drivers hidden so an office in a data file never loads them."""
    if pw.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    pw.psycopg, pw.TransactionStatus, pw.Json_pg3, pw.Jsonb_pg3 = psycopg, TransactionStatus, Json, Jsonb
    adapter = pw.Psycopg3Adapter
    adapter.txn_idle, adapter.txn_inerror = TransactionStatus.IDLE, TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def driver_available() -> bool:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


def connect(address: ServerAddress) -> DeskPostgres:
    """A connected DeskPostgres, or DataFileError / PasswordNeeded with the sentence."""
    if not driver_available():
        raise DataFileError(MSG_NO_DRIVER)
    database = DeskPostgres(address)
    try:
        database.connect()
    except pw.DatabaseError as error:
        raise connection_refusal(error, address) from error
    except DataFileError:
        raise
    return database


def connection_refusal(error: BaseException, address: ServerAddress) -> DataFileError:
    """The sentence for a failed connection, by SQLSTATE where the server sent one, else by
    libpq's own words (a refused or timed-out TCP connection carries no SQLSTATE)."""
    reason = _first_line(error)
    state = _sqlstate(error)
    lowered = reason.lower()
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return DataFileError(MSG_NO_DATABASE, server=address.server, database=address.database)
    if "no password supplied" in lowered or "password is required" in lowered:
        return PasswordNeeded(MSG_PASSWORD_NEEDED, server=address.server, user=address.user)
    refused_user = "password authentication failed" in lowered or "pg_hba.conf" in lowered
    if state in ("28P01", "28000") or refused_user or ("role" in lowered and "does not exist" in lowered):
        return DataFileError(MSG_WRONG_PASSWORD, server=address.server, user=address.user)
    if state is None:
        return DataFileError(MSG_UNREACHABLE, server=address.server, reason=reason)
    return DataFileError(MSG_REFUSED, server=address.server, reason=reason)


def _sqlstate(error: BaseException) -> str | None:
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        state = getattr(error, "sqlstate", None)
        if state:
            return state
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = inner or error.__cause__ or error.__context__
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("connection failed:"):
            line = line.split(":", 1)[1].strip()
        if line.startswith("connection to server at") and ":" in line:
            line = line.rsplit(":", 1)[1].strip() or line
        if line.upper().startswith("FATAL:"):
            line = line[6:].strip()
        if line:
            return line
    return text or type(error).__name__


def server_address(folder, password: str | None = None) -> ServerAddress:
    address = parse_database_url(folder.url or "")
    return replace(address, password=password) if password else address
