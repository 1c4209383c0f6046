"""Callbacks benchmark on a 1,000,000-ticket office: prints the time of the callbacks
page's due-today and overdue views (count, footer counts and first page, as the page
asks for them) and of saving a call (not reached, and reached with a verdict).

    .venv/bin/python -m bench.callbacks                      # synthetic office, cached in /tmp
    .venv/bin/python -m bench.callbacks --data-dir DIR       # an office made by `property-desk demo`
    .venv/bin/python -m bench.callbacks --tickets 200000     # a smaller synthetic office

Targets (issue 13): due-today and overdue views ≤ 100 ms, saving an attempt ≤ 30 ms.
The synthetic office is bench.registry's, with one callback per resolved ticket: done
for tickets called back or closed, open for the rest (the last days' resolutions), so
the open views hold what a real office has open while the table holds a million rows.
Saves run inside a transaction that is rolled back, so the office stays as it was."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.registry import build_synthetic_office
from models.clock import FixedClock
from models.followup import CallbackFilter, CallEntry, View, callback_counts, count_callbacks, fetch_callbacks
from models.followup import record_call as save_call
from models.office import User
from models.opening import open_database
from models.store import DataFolder, database

NOW = dt.datetime(2026, 11, 23, 10, 0)
REPEATS = 7


def main() -> int:
    arguments = _parser().parse_args()
    folder = _office(arguments)
    print(f"data file: {folder.database} ({folder.database.stat().st_size / 1e6:.0f} MB)")
    open_database(folder)
    database.execute_sql("PRAGMA optimize")
    total = database.execute_sql("SELECT COUNT(*) FROM callback").fetchone()[0]
    pending = database.execute_sql("SELECT COUNT(*) FROM callback WHERE status = 'pending'").fetchone()[0]
    print(f"callbacks: {total:,} ({pending:,} open)")
    for view in (View.DUE_TODAY, View.OVERDUE, View.UPCOMING):
        _report(f"view {view}: count + footer + first page", lambda v=view: _show_view(v), 100)
    week_ago = NOW.date() - dt.timedelta(days=7)
    _report("view done (last 7 days)", lambda: _show_view(View.DONE, done_from=week_ago), 100)
    unhappy = CallEntry(True, solved="no", rating=2, comment="还在漏")
    _report("save a call not reached", lambda: _save(CallEntry(False, "no_answer")), 30)
    _report("save a call reached (5, closes the ticket)", lambda: _save(CallEntry(True, solved="yes", rating=5)), 30)
    _report("save a call reached (2, reopens the ticket)", lambda: _save(unhappy), 30)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an existing office (e.g. from `property-desk demo --tickets 1000000`)")
    parser.add_argument("--tickets", type=int, default=1_000_000, help="size of the synthetic office")
    return parser


def _office(arguments) -> DataFolder:
    if arguments.data_dir:
        return DataFolder(Path(arguments.data_dir).resolve())
    folder = DataFolder(Path(tempfile.gettempdir()) / f"property-desk-callbacks-{arguments.tickets}")
    if not folder.database.exists():
        started = time.perf_counter()
        build_synthetic_office(folder, arguments.tickets)
        add_callbacks(folder)
        print(f"built a synthetic office in {time.perf_counter() - started:.0f} s")
    return folder


def add_callbacks(folder: DataFolder) -> None:
    """One callback per resolved ticket, due 7 days after the resolution (end of day)."""
    open_database(folder)
    with database.atomic():
        database.execute_sql(
            """INSERT INTO callback (ticket_id, resolved_at, due_at, call_at, status, attempts, reached, solved,
                                     rating, comment, done_by_id, done_at, flagged)
               SELECT id, resolved_at, due, due,
                      CASE WHEN status IN ('called_back', 'closed') THEN 'done' ELSE 'pending' END,
                      CASE WHEN status IN ('called_back', 'closed') THEN 1 ELSE 0 END,
                      CASE WHEN status IN ('called_back', 'closed') THEN 1 END,
                      CASE WHEN status IN ('called_back', 'closed') THEN 'yes' END,
                      CASE WHEN status IN ('called_back', 'closed') THEN 4 + (id % 2) END,
                      '', CASE WHEN status IN ('called_back', 'closed') THEN first_responder_id END,
                      CASE WHEN status IN ('called_back', 'closed') THEN datetime(resolved_at, '+1 day') END, 0
               FROM (SELECT *, datetime(date(resolved_at, '+7 days'), '+23 hours', '+59 minutes', '+59 seconds') AS due
                     FROM ticket WHERE resolved_at IS NOT NULL AND status IN ('resolved', 'called_back', 'closed'))"""
        )
    database.execute_sql("ANALYZE")
    database.close()


def _show_view(view: str, done_from: dt.date | None = None) -> float:
    """What the page asks for when a view is chosen: its count, the footer, 100 rows."""
    chosen = CallbackFilter(view, done_from=done_from, done_to=NOW.date())
    started = time.perf_counter()
    count_callbacks(chosen, NOW)
    callback_counts(chosen, NOW)
    fetch_callbacks(chosen, NOW, limit=100)
    return time.perf_counter() - started


def _save(entry: CallEntry) -> float:
    """One call saved on the first open callback of the overdue (else upcoming) view;
    timed from the service call to its commit point, then rolled back."""
    rows = fetch_callbacks(CallbackFilter(View.OVERDUE), NOW, limit=1)
    rows = rows or fetch_callbacks(CallbackFilter(View.UPCOMING), NOW, limit=1)
    operator = User.select().where(User.staff.is_null()).first()
    with database.atomic() as transaction:
        started = time.perf_counter()
        save_call(rows[0].callback_id, entry, operator=operator, clock=FixedClock(NOW))
        elapsed = time.perf_counter() - started
        transaction.rollback()
    return elapsed


def _report(label: str, measure: Callable[[], float], target_ms: float) -> None:
    measure()  # warm the cache as a page in use is
    times = [measure() for _ in range(REPEATS)]
    median = statistics.median(times) * 1000
    print(f"{label}: median {median:.1f} ms, worst {max(times) * 1000:.1f} ms (target ≤ {target_ms:.0f} ms)")


if __name__ == "__main__":
    raise SystemExit(main())
