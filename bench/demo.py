"""Building the demo office (issue 12): prints the build's wall-clock and CPU time, the
peak memory, the data file's size in bytes per ticket and the largest tables and
indexes, so that a change to the generator or to the schema shows its cost.

    .venv/bin/python -m bench.demo                       # 1,000,000 tickets into a temporary folder
    .venv/bin/python -m bench.demo --tickets 200000
    .venv/bin/python -m bench.demo --data-dir DIR --keep  # build into DIR (empty) and keep it

Targets: ≤ 150 s and ≤ 2.2 KB per ticket for 1,000,000 tickets. The CPU time is the
figure to compare when other programs share the machine."""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from models.demo import DemoOptions, build_demo_office
from models.opening import open_database
from models.store import DataFolder, close_database

NOW = dt.datetime(2026, 11, 23, 10, 0)
SECONDS_TARGET = 150
BYTES_PER_TICKET_TARGET = 2200


def main() -> int:
    arguments = _parser().parse_args()
    root = Path(arguments.data_dir) if arguments.data_dir else Path(tempfile.mkdtemp(prefix="property-desk-demo-"))
    folder = DataFolder(root.resolve())
    try:
        _build(folder, arguments.tickets)
        _sizes(folder.database, arguments.tickets)
    finally:
        if not arguments.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--data-dir", help="an empty folder to build into (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the office afterwards")
    return parser


def _build(folder: DataFolder, tickets: int) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    open_database(folder)
    summary = build_demo_office(DemoOptions(tickets=tickets), now=NOW)
    close_database()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mark = "ok" if wall <= SECONDS_TARGET * tickets / 1_000_000 else "SLOW"
    print(f"demo office: {summary.tickets:,} tickets, {summary.events:,} events, {summary.callbacks:,} callbacks")
    print(f"build time: {wall:.1f} s wall ({mark}, target ≤ {SECONDS_TARGET} s per million), {cpu:.1f} s CPU")
    print(f"peak memory (max RSS): {peak:.0f} MB")


def _sizes(path: Path, tickets: int) -> None:
    size = path.stat().st_size
    per_ticket = size / max(1, tickets)
    mark = "ok" if per_ticket <= BYTES_PER_TICKET_TARGET else "OVER"
    print(
        f"data file: {size / 1e6:.0f} MB, {per_ticket:.0f} bytes per ticket ({mark}, target ≤ {BYTES_PER_TICKET_TARGET})"
    )
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 15"
        ).fetchall()
    print("largest tables and indexes (bytes per ticket):")
    for name, pages in rows:
        print(f"  {name:<40} {pages / 1e6:8.1f} MB  {pages / max(1, tickets):7.0f}")


if __name__ == "__main__":
    raise SystemExit(main())
