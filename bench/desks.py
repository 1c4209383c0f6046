"""Several desks at once on one office: 4 desk processes × 200 ticket saves (every tenth
dispatched), an import of 300 households and a batch print of work orders, all started
together (the harness of tests/models/test_several_desks.py), on the SQLite file or on a
PostgreSQL server. Prints the wall time of each process, the saves per second over all
desks, the CPU time of all the processes together, and checks the day's numbers (gap-free,
nothing lost), the import, the print and the audit chain.

  .venv/bin/python -m bench.desks [--desks 4] [--saves 200]          # the SQLite file
  .venv/bin/python -m bench.desks --server                            # a throwaway PostgreSQL server
  .venv/bin/python -m bench.desks --database postgresql://…/empty_db  # an empty database of yours
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from tests import several_desks

DAY = dt.date(2026, 11, 23)


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--database", help="an empty PostgreSQL database's address")
    parser.add_argument("--server", action="store_true", help="start a throwaway PostgreSQL server for the run")
    args = parser.parse_args()
    server = None
    url = args.database
    if args.server:
        from tests.services import start_postgres

        server = start_postgres()
        url = server.url
    if url:
        os.environ["PROPERTY_DESK_DATABASE"] = url  # every process of the run opens the server office
    try:
        run_once(args, url)
    finally:
        if server is not None:
            server.stop()
            shutil.rmtree(server.folder, ignore_errors=True)


def run_once(args, url: str | None) -> None:
    print(f"office: {url or 'SQLite data file'}")
    with tempfile.TemporaryDirectory(prefix="desks-") as tmp:
        root = Path(tmp) / "data"
        started = time.monotonic()
        several_desks.prepare(root, DAY, url)
        print(f"office prepared in {time.monotonic() - started:.1f} s")
        cpu = children_cpu()
        run = several_desks.run(root, DAY, desks=args.desks, saves=args.saves, timeout=1800)
        cpu = children_cpu() - cpu
        for process in run.processes:
            failed = "" if process.returncode == 0 else f"  FAILED ({process.returncode})"
            print(f"{process.name:8s} {process.seconds:6.1f} s{failed}")
        total = args.desks * args.saves
        print(f"all together: {run.seconds:.1f} s wall, {cpu:.1f} s CPU of the processes (not the server's)")
        print(f"{total} saves, {total / run.seconds:.1f} saves/s over all desks")
        wrong = several_desks.check(root, run, DAY, args.desks, args.saves)
        print("numbers gap-free, nothing lost, import and print whole, audit chain whole:", not wrong)
        for line in wrong:
            print("  ", line)


if __name__ == "__main__":
    main()
