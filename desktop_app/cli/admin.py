"""Admin sub-commands: `info` (where the data lives, schema version) and `check` (SQLite
integrity and foreign-key checks of the data file)."""

from __future__ import annotations

from desktop_app.cli.texts import say, translate
from models.opening import open_database
from models.store import SCHEMA_MAJOR, DataFolder, database, latest_schema_version


def register(subparsers) -> None:
    info = subparsers.add_parser(
        "info", help=translate("CliHelp", "show the data folder, data file and schema version")
    )
    info.set_defaults(run=run_info)
    check = subparsers.add_parser("check", help=translate("CliHelp", "check the data file's integrity"))
    check.set_defaults(run=run_check)


def run_info(args, folder: DataFolder) -> int:
    open_database(folder)
    major, version = database.execute_sql("SELECT major, version FROM schema_version").fetchone()
    say(translate("CliAdmin", "Data folder: {folder}"), folder=folder.root)
    say(translate("CliAdmin", "Data file: {file}"), file=folder.database)
    say(
        translate("CliAdmin", "Schema version: {file_version} (this program: {program_version})"),
        file_version=f"{major}.{version}",
        program_version=f"{SCHEMA_MAJOR}.{latest_schema_version()}",
    )
    return 0


def run_check(args, folder: DataFolder) -> int:
    open_database(folder)
    integrity = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
    broken_links = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    ok = integrity == ["ok"] and not broken_links
    if integrity == ["ok"]:
        say(translate("CliAdmin", "Integrity check: passed."))
    else:
        say(translate("CliAdmin", "Integrity check found: {details}"), details="; ".join(integrity))
    say(translate("CliAdmin", "Broken references: {count}"), count=len(broken_links))
    if ok:
        say(translate("CliAdmin", "The data file is sound."))
    else:
        say(translate("CliAdmin", "Problems were found in the data file; restore a backup or ask for help."))
    return 0 if ok else 1
