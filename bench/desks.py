"""Several desks at once on one office: 4 desk processes × 200 ticket saves (every tenth
dispatched), an import of 300 households and a batch print of work orders, all started
together (the harness of tests/models/test_several_desks.py), on the SQLite file or on a
PostgreSQL server. Prints the wall time of each process, the saves per second over all
desks, the CPU time of all the processes together, and checks the day's numbers (gap-free,
nothing lost), the import, the print and the audit chain.

  .venv/bin/python -m bench.desks [--desks 4] [--saves 200]          # the SQLite file
  .venv/bin/python -m bench.desks --server                            # a throwaway PostgreSQL server
  .venv/bin/python -m bench.desks --database postgresql://…/empty_db  # an empty database of yours
  .venv/bin/python -m bench.desks --server --changes 40               # pickup and reconnect times

--changes N: another connection commits N ticket changes at random moments while this desk
polls as the window does (every 1.5 s), then every 5 ms: how long until each change was
seen (p50/p95/max), which is the poll's wait plus NOTIFY's delivery; then the server is
restarted and the time until the desk saves again and the listener hears again is printed.
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
    parser.add_argument("--changes", type=int, default=0, help="time the pickup of N other desks' changes instead")
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
        if args.changes:
            pickup(args.changes, url, server)
            return
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


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    return f"p50 {at(0.5):.0f} ms, p95 {at(0.95):.0f} ms, max {ordered[-1] * 1000:.0f} ms"


def pickup(changes: int, url: str, server) -> None:
    """How soon this desk sees another connection's commit, and comes back after a restart."""
    import random

    import psycopg

    from models.clock import FixedClock
    from models.opening import open_database
    from models.store import DatabaseCondition, DataFolder, changes_since, close_database
    from tests.office import OFFICE_NOW, build_small_office, register_ticket_for

    with tempfile.TemporaryDirectory(prefix="desks-") as tmp:
        folder = DataFolder(Path(tmp) / "data", url=url)
        open_database(folder)
        office = build_small_office()
        clock = FixedClock(OFFICE_NOW)
        register_ticket_for(office, folder, clock)
        other = psycopg.connect(url, autocommit=True)
        for poll, label in ((1.5, "polled every 1.5 s as the window does"), (0.005, "polled every 5 ms")):
            _, token = changes_since(None)
            seen, poll_cpu, polls = [], 0.0, 0
            for n in range(changes):
                scheduled = time.monotonic()  # a poll of the window's timer has just run
                time.sleep(random.uniform(0, poll))  # another desk commits somewhere in between
                other.execute("UPDATE ticket SET description = %s WHERE id = 1", (f"另一台电脑第{n}次修改",))
                committed = time.monotonic()
                while True:
                    scheduled += poll
                    time.sleep(max(0.0, scheduled - time.monotonic()))
                    cpu = time.process_time()
                    changed, token = changes_since(token)
                    poll_cpu += time.process_time() - cpu
                    polls += 1
                    if changed:
                        seen.append(time.monotonic() - committed)
                        break
            print(f"another desk's commit seen, {label}: {percentiles(seen)} over {changes} commits")
            print(f"  CPU of one poll at this desk: {poll_cpu / polls * 1e6:.0f} µs")
        if server is None:
            return
        _, token = changes_since(None)
        started = time.monotonic()

        def refused() -> str:
            try:
                register_ticket_for(office, folder, clock, description="服务器重启时登记")
            except DatabaseCondition as error:
                return error.condition
            return "saved?"

        said = server.restart(during=refused)
        back = time.monotonic()
        register_ticket_for(office, folder, clock, description="服务器重启时登记")
        saved = time.monotonic() - back
        while True:
            try:
                changed, token = changes_since(token)
            except DatabaseCondition:
                changed = False
            if changed:
                break
            time.sleep(0.05)
        heard = time.monotonic() - back
        print(f"server restart: down and up again in {back - started:.1f} s; the save meanwhile: {said}")
        print(f"  saved again {saved * 1000:.0f} ms after the server accepted connections (reconnect included)")
        print(f"  listening again {heard * 1000:.0f} ms after (its next try comes 1.5 s after it noticed)")
        other.close()
        close_database()


if __name__ == "__main__":
    main()
