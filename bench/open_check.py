"""What the data file's health check costs: opening runs SQLite's quick_check bounded in
time (models.store.OPEN_CHECK_SECONDS); `property-desk check` runs the full integrity
and foreign-key checks. Prints, for an office's file: its size, the full quick_check, the
bounded check as opening runs it (and whether it finished), the whole open_database(), and
the full integrity check.

    .venv/bin/python -m bench.open_check                   # the 1,000,000-ticket synthetic office (built once, cached in /tmp)
    .venv/bin/python -m bench.open_check --data-dir DIR    # an office made by `property-desk demo`"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path

from models.opening import open_database
from models.store import OPEN_CHECK_SECONDS, DataFolder, close_database, full_check, probe_data_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an existing office")
    parser.add_argument("--tickets", type=int, default=1_000_000, help="size of the synthetic office")
    arguments = parser.parse_args()
    folder = _office(arguments)
    path = folder.database
    print(f"data file: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    _timed("full quick_check", lambda: _quick_check(path))
    state = probe_data_file(path, OPEN_CHECK_SECONDS)
    finished = "finished" if state.checked_fully else "stopped at the bound"
    print(f"bounded check at open ({OPEN_CHECK_SECONDS:.1f} s bound): {state.check_seconds:.2f} s, {finished}")
    _timed("open_database() in all", lambda: open_database(folder))
    close_database()
    _timed("full check (integrity + foreign keys)", lambda: full_check(path))


def _office(arguments) -> DataFolder:
    if arguments.data_dir:
        return DataFolder(Path(arguments.data_dir).resolve())
    folder = DataFolder(Path(tempfile.gettempdir()) / f"property-desk-bench-{arguments.tickets}")
    if not folder.database.exists():
        from bench.registry import build_synthetic_office

        started = time.perf_counter()
        build_synthetic_office(folder, arguments.tickets)
        close_database()
        print(f"built a synthetic office in {time.perf_counter() - started:.0f} s")
    return folder


def _quick_check(path: Path) -> list:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as probe:
        return probe.execute("PRAGMA quick_check").fetchall()


def _timed(label: str, action) -> None:
    started = time.perf_counter()
    action()
    print(f"{label}: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
