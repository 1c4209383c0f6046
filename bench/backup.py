"""Backup and restore-check figures on a real office (e.g. the 1,000,000-ticket demo):
the time and peak memory of a backup (the backup API under one read snapshot, as the app
takes it) and of the check a restore runs first (checksum + integrity_check), with the
raw page copy of SQLite's backup API on the same file beside it as the floor.

    python bench/backup.py --data-dir /path/to/office [--to /tmp/bench-backups]

It reads the office's data file only; the backups go to --to (removed afterwards)."""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from models.office import take_backup, verify_backup
from models.store import DataFolder


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--to")
    args = parser.parse_args()
    folder = DataFolder(Path(args.data_dir))
    target = Path(args.to) if args.to else Path(tempfile.mkdtemp(prefix="bench-backups-"))
    size = folder.database.stat().st_size
    print(f"data file: {size / 1e9:.2f} GB")

    started = time.perf_counter()
    backup = take_backup(folder, now=dt.datetime.now(), app_version="bench", tag="manual", target=target)
    took = time.perf_counter() - started
    print(
        f"backup: {took:.1f} s ({size / 1e6 / took:.0f} MB/s), {backup.manifest.tickets:,} tickets, peak RSS {peak_mb():.0f} MB"
    )

    started = time.perf_counter()
    verify_backup(backup)
    print(f"restore check (checksum + quick_check): {time.perf_counter() - started:.1f} s, peak RSS {peak_mb():.0f} MB")

    floor = target / "floor.sqlite3"
    started = time.perf_counter()
    with sqlite3.connect(f"file:{folder.database}?mode=ro", uri=True) as source, sqlite3.connect(floor) as copy:
        source.backup(copy)
    floor_took = time.perf_counter() - started
    print(
        f"floor (one-step page copy, no manifest or checksums): {floor_took:.1f} s; backup/floor = {took / floor_took:.2f}"
    )
    if not args.to:
        shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    main()
