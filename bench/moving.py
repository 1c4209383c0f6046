"""move-to's time on a big office: the office in --data-dir (its data file, migrated first
if older, so give a copy) is moved into an empty PostgreSQL database, with each table's
rows, seconds and rows per second, then the whole move's wall time beside this process's
CPU time and the server's (its processes' CPU, read from /proc).

  .venv/bin/python -m bench.moving --data-dir COPY_OF_OFFICE                 # a throwaway server of its own
  .venv/bin/python -m bench.moving --data-dir COPY --database postgresql://…/empty_db
  .venv/bin/python -m bench.moving --data-dir COPY --keep                    # leave the server running, print its URL
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path

from models.opening import open_database
from models.schema import table_names
from models.store import DataFolder, close_database, move_office


def server_cpu(data: Path | None) -> float:
    """CPU seconds of the server: its postmaster's own and its ended processes' (reaped by
    it), and its live processes' (None: no server of ours, 0)."""
    if data is None:
        return 0.0
    try:
        postmaster = int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == postmaster:
            total += sum(int(value) for value in fields[11:15]) / ticks
        elif int(fields[1]) == postmaster:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True, help="a copy of the office to move (it is migrated in place)")
    parser.add_argument("--database", help="an empty PostgreSQL database's address")
    parser.add_argument("--keep", action="store_true", help="leave the throwaway server running (prints its URL)")
    args = parser.parse_args()
    server = None
    url = args.database
    if not url:
        from tests.services import start_postgres

        server = start_postgres()
        url = server.url
    data = server.folder / "data" if server else None
    try:
        folder = DataFolder(Path(args.data_dir).resolve())
        started = time.perf_counter()
        open_database(folder)
        print(f"opened {folder.database} in {time.perf_counter() - started:.1f} s")
        marks = {"table": None, "at": time.perf_counter(), "cpu": time.process_time()}

        def progress(table: str, done: int, total: int) -> None:
            if done == 0:
                marks.update(table=table, at=time.perf_counter(), cpu=time.process_time())
            elif done == total and marks["table"] == table:
                seconds = time.perf_counter() - marks["at"]
                cpu = time.process_time() - marks["cpu"]
                rate = total / seconds if seconds else 0
                print(f"  {table:28s} {total:>10,} rows {seconds:7.1f} s wall {cpu:7.1f} s CPU {rate:>10,.0f} rows/s")
                marks["table"] = None

        wall, cpu, server_before = time.perf_counter(), time.process_time(), server_cpu(data)
        report = move_office(DataFolder(folder.root, url=url), table_names(), progress)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        close_database()
        print(
            f"moved {report.rows:,} rows in {len(report.tables)} tables: {wall:.1f} s wall, "
            f"{cpu:.1f} s CPU here, server CPU {server_cpu(data) - server_before:.1f} s (its live processes)"
        )
        for stage, seconds in getattr(report, "stages", {}).items():
            print(f"  stage {stage:26s} {seconds:7.1f} s wall")
        if args.keep and server is not None:
            print(f"server kept: {url} (stop: {server.bin}/pg_ctl -D {data} stop)")
            server = None
    finally:
        if server is not None:
            server.stop()
            shutil.rmtree(server.folder, ignore_errors=True)


if __name__ == "__main__":
    main()
