"""Several desks at once on one SQLite file: 4 desk processes × 200 ticket saves (every
tenth dispatched), an import of 300 households and a batch print of work orders, all
started together (the harness of tests/models/test_several_desks.py). Prints the wall
time of each process, the saves per second over all desks, and checks the day's numbers.

  .venv/bin/python -m bench.desks [--desks 4] [--saves 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path

from tests import several_desks

DAY = dt.date(2026, 11, 23)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="desks-") as tmp:
        root = Path(tmp) / "data"
        started = time.monotonic()
        several_desks.prepare(root, DAY)
        print(f"office prepared in {time.monotonic() - started:.1f} s")
        run = several_desks.run(root, DAY, desks=args.desks, saves=args.saves)
        for process in run.processes:
            failed = "" if process.returncode == 0 else f"  FAILED ({process.returncode})"
            print(f"{process.name:8s} {process.seconds:6.1f} s{failed}")
        total = args.desks * args.saves
        print(f"all together: {run.seconds:.1f} s; {total} saves, {total / run.seconds:.1f} saves/s over all desks")
        with closing(sqlite3.connect(root / "property-desk.sqlite3")) as db:
            numbers = sorted(r[0] for r in db.execute("SELECT number FROM ticket WHERE number LIKE 'BX%'"))
        expected = [f"BX{DAY:%Y%m%d}-{n:04d}" for n in range(1, total + 1)]
        print("numbers unique and gap-free:", numbers == expected)


if __name__ == "__main__":
    main()
