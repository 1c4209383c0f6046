"""Admin sub-commands: `info` (where the data lives, schema version) and `check` (SQLite
integrity and foreign-key checks of the data file)."""

from __future__ import annotations

from models.base import database
from models.data_folder import DataFolder
from models.db import open_database
from models.migrations import MAJOR, latest_version


def register(subparsers) -> None:
    info = subparsers.add_parser("info", help="show the data folder, data file and schema version")
    info.set_defaults(run=run_info)
    check = subparsers.add_parser("check", help="check the data file's integrity")
    check.set_defaults(run=run_check)


def run_info(args, folder: DataFolder) -> int:
    open_database(folder)
    major, version = database.execute_sql("SELECT major, version FROM schema_version").fetchone()
    print(f"data folder: {folder.root}")
    print(f"data file:   {folder.database}")
    print(f"schema:      {major}.{version} (program: {MAJOR}.{latest_version()})")
    return 0


def run_check(args, folder: DataFolder) -> int:
    open_database(folder)
    integrity = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
    broken_links = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    ok = integrity == ["ok"] and not broken_links
    print("integrity: " + ", ".join(integrity))
    print(f"broken references: {len(broken_links)}")
    print("OK" if ok else "PROBLEMS FOUND")
    return 0 if ok else 1
