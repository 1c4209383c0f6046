"""Looking at a data file without changing it: whether it is empty, which schema version it
says it is, and whether SQLite finds it damaged. Opening runs a bounded check (SQLite's
quick_check table by table, smallest first, for at most OPEN_CHECK_SECONDS, so a large
office still opens quickly; its largest tables are left to `property-desk check`, and
damage met later is caught by the store's error sorting); `check` runs the full
integrity and foreign-key checks.

The desktop opens with the bounded check on a thread of its own (`OpenCheck`), so the
window shows at once; the check reads the file through its own read-only connection
while SQLite releases the interpreter, and the window asks its result (`damage_found`)
before the first thing is written — the restore question comes as before."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.conditions import Condition, DatabaseCondition, sort_database_error

# Opening checks at most this long; bench/open_check.py measures what a large office costs.
OPEN_CHECK_SECONDS = 1.0

MSG_BAD_VERSION = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} does not say which version of the program made it (its schema version is {found}). Nothing was changed; restore a backup or ask for help.",
)


@dataclass
class DataFileState:
    """What an existing data file holds, as far as reading it without writing tells."""

    empty: bool = False  # 0 bytes, or an SQLite file without tables
    version: tuple[int, int] | None = None  # (major, version) from schema_version
    damage: list[str] = field(default_factory=list)  # what the (quick) check found; [] when sound
    checked_fully: bool = False  # False when the bounded check ran out of time
    check_seconds: float = 0.0
    problem: DataFileError | None = None  # not a usable data file at all (foreign, unreadable, no version)


@dataclass
class CheckReport:
    """The full check of `property-desk check`."""

    version: tuple[int, int] | None = None
    integrity: list[str] = field(default_factory=list)  # ["ok"] when sound
    broken_references: list[tuple] = field(default_factory=list)
    problem: DataFileError | None = None


def probe_data_file(path: Path, check_seconds: float) -> DataFileState:
    """Read `path` (never write it): empty?, its schema version, a quick check bounded in time."""
    state = DataFileState()
    if path.is_file() and path.stat().st_size == 0:
        state.empty = True
        return state
    try:
        with closing(_read_only(path)) as probe:
            _read_version(probe, path, state)
            if state.problem is None and not state.empty:
                _bounded_quick_check(probe, check_seconds, state)
    except sqlite3.DatabaseError as error:
        state.problem = _sorted(error, path)
    return state


def full_check(path: Path) -> CheckReport:
    """SQLite's integrity check over the whole file, its foreign-key check and the schema version."""
    report = CheckReport()
    state = DataFileState()
    try:
        with closing(_read_only(path)) as probe:
            _read_version(probe, path, state)
            report.version, report.problem = state.version, state.problem
            if state.empty and report.problem is None:
                report.problem = DatabaseCondition.of(Condition.NOT_A_DATABASE, str(path))
            report.integrity = [row[0] for row in probe.execute("PRAGMA integrity_check(100)")]
            if report.integrity == ["ok"]:
                report.broken_references = probe.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        report.problem = report.problem or _sorted(error, path)
    return report


def _read_only(path: Path) -> sqlite3.Connection:
    # another thread may interrupt it (the bound of the check at open)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5, check_same_thread=False)


def _read_version(probe: sqlite3.Connection, path: Path, state: DataFileState) -> None:
    tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        state.empty = True
        return
    if "schema_version" not in tables:
        state.problem = DatabaseCondition.of(Condition.NOT_A_DATABASE, str(path))
        return
    rows = probe.execute("SELECT major, version FROM schema_version").fetchall()
    if len(rows) == 1 and all(_is_whole(value) for value in rows[0]):
        state.version = (rows[0][0], rows[0][1])
    else:
        found = ", ".join(repr(value) for row in rows for value in row) or "missing"
        state.problem = DataFileError(MSG_BAD_VERSION, path=str(path), found=found)


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _bounded_quick_check(probe: sqlite3.Connection, seconds: float, state: DataFileState) -> None:
    """quick_check table by table, smallest first (sized by max(rowid), which costs a few
    page reads), until `seconds` have passed: an interrupted quick_check says nothing, so
    checking per table keeps what the time allowed. The table still running at the bound
    is interrupted (sqlite3 checks no progress handler inside an integrity check)."""
    if seconds <= 0:
        return
    started = time.perf_counter()
    timer = threading.Timer(seconds, probe.interrupt)
    timer.start()
    try:
        for table in _tables_smallest_first(probe):
            if time.perf_counter() - started >= seconds:
                break
            result = [row[0] for row in probe.execute(f'PRAGMA quick_check("{table}")')]
            state.damage += [] if result == ["ok"] else result
        else:
            state.checked_fully = True
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") != "SQLITE_INTERRUPT":
            raise
    finally:
        timer.cancel()
        state.check_seconds = time.perf_counter() - started


def _tables_smallest_first(probe: sqlite3.Connection) -> list[str]:
    rows = probe.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    sizes = {}
    for (name,) in rows:
        try:
            sizes[name] = probe.execute(f'SELECT max(rowid) FROM "{name}"').fetchone()[0] or 0
        except sqlite3.OperationalError:  # a WITHOUT ROWID table: checked last
            sizes[name] = float("inf")
    return sorted(sizes, key=lambda name: (sizes[name], name))


def _sorted(error: sqlite3.DatabaseError, path: Path) -> DataFileError:
    known = sort_database_error(error, str(path))
    if known is not None:
        return known
    return DatabaseCondition.of(Condition.NOT_A_DATABASE, str(path))


class OpenCheck:
    """The bounded check of opening, run on a thread of its own: `start()` begins it,
    `result()` waits for it (starting it when nobody has). `on_damage` is called from the
    check's thread when it found damage (the store refuses writes from then on)."""

    def __init__(self, path: Path, seconds: float, on_damage=None) -> None:
        self.path, self.seconds, self.on_damage = path, seconds, on_damage
        self.state = DataFileState()
        self._thread = threading.Thread(target=self._run, name="open-check", daemon=True)
        self._started = threading.Lock()
        self._done = threading.Event()

    def start(self) -> OpenCheck:
        with self._started:
            if not self._thread.is_alive() and not self._done.is_set() and self._thread.ident is None:
                self._thread.start()
        return self

    def finished(self) -> bool:
        return self._done.is_set()

    def result(self, timeout: float | None = None) -> DataFileState | None:
        """The check's findings, waiting up to `timeout` seconds (None: until it ends)."""
        self.start()
        return self.state if self._done.wait(timeout) else None

    def _run(self) -> None:
        try:
            with closing(_read_only(self.path)) as probe:
                _bounded_quick_check(probe, self.seconds, self.state)
        except sqlite3.DatabaseError as error:  # damage met outside quick_check's own report
            known = sort_database_error(error, str(self.path))
            if known is not None and known.condition is Condition.DAMAGED:
                self.state.damage.append(str(error))
        finally:
            self._done.set()
        if self.state.damage and self.on_damage is not None:
            self.on_damage(self)
