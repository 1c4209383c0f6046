"""Admin sub-commands: `info` (where the data lives, schema version) and `check` (SQLite
integrity and foreign-key checks and the schema version of the data file, read without
changing it; its exit code says the result)."""

from __future__ import annotations

from desktop_app.cli.server_office import run_server_check, server_line
from desktop_app.cli.texts import cli_models, say, translate
from desktop_app.cli.users import audit_chain_problems, chain_sound_sentence, open_audit_chain_problems
from models.opening import open_database
from models.store import (
    SCHEMA_MAJOR,
    CheckReport,
    Condition,
    DatabaseCondition,
    DataFolder,
    database,
    full_check,
    latest_schema_version,
)


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
    if folder.on_server:
        say(server_line(folder))
    else:
        say(translate("CliAdmin", "Data file: {file}"), file=folder.database)
    say(
        translate("CliAdmin", "Schema version: {file_version} (this program: {program_version})"),
        file_version=f"{major}.{version}",
        program_version=f"{SCHEMA_MAJOR}.{latest_schema_version()}",
    )
    return 0


# `check` exit codes (README "Command line"): each result its own, so scripts can tell them apart.
CHECK_SOUND = 0
CHECK_DAMAGED = 10  # SQLite's integrity check found damage
CHECK_BROKEN_REFERENCES = 11  # rows pointing at rows that are not there
CHECK_SCHEMA = 12  # the schema version is missing, unreadable or from a newer program
CHECK_UNUSABLE = 13  # no data file, or not an SQLite database of this program
CHECK_AUDIT = 14  # an audit entry was changed or removed behind the program's back


def run_check(args, folder: DataFolder) -> int:
    """Read the data file without opening it for the app (a damaged file is refused there)."""
    if folder.on_server:
        return run_server_check(folder, _check_result, _say_version, _check_audit)
    path = folder.database
    say(translate("CliAdmin", "Data file: {file}"), file=path)
    if not path.is_file():
        say(translate("CliAdmin", "There is no data file here; nothing to check."), err=True)
        return CHECK_UNUSABLE
    report = full_check(path)
    code = _check_result(report)
    _say_version(report)
    if report.integrity == ["ok"]:
        say(translate("CliAdmin", "Integrity check: passed."))
    elif report.integrity:
        say(translate("CliAdmin", "Integrity check found: {details}"), details="; ".join(report.integrity[:5]))
    if report.integrity == ["ok"]:
        say(translate("CliAdmin", "Broken references: {count}"), count=len(report.broken_references))
    if report.problem is not None:
        say(cli_models(report.problem.message, report.problem.params), err=True)
    if code == CHECK_SOUND:
        code = _check_audit(path)
    if code == CHECK_SOUND:
        say(translate("CliAdmin", "The data file is sound."))
    else:
        say(translate("CliAdmin", "Problems were found in the data file; restore a backup or ask for help."))
    return code


def _check_audit(path) -> int:
    """The audit chain, read from the data file at `path` (None: the open server office)."""
    problems = audit_chain_problems(path) if path is not None else open_audit_chain_problems()
    for message, params in problems:
        say(cli_models(message, params))
    if problems:
        return CHECK_AUDIT
    say(chain_sound_sentence())
    return CHECK_SOUND


def _check_result(report: CheckReport) -> int:
    problem = report.problem
    damaged = isinstance(problem, DatabaseCondition) and problem.condition is Condition.DAMAGED
    if damaged or (report.integrity and report.integrity != ["ok"]):
        return CHECK_DAMAGED
    if isinstance(problem, DatabaseCondition):
        return CHECK_UNUSABLE  # not a database, a foreign or empty one, unreadable
    if problem is not None or report.version is None:
        return CHECK_SCHEMA  # the schema version row is missing or not a number
    if report.version[0] > SCHEMA_MAJOR or report.version[1] > latest_schema_version():
        return CHECK_SCHEMA
    if report.broken_references:
        return CHECK_BROKEN_REFERENCES
    return CHECK_SOUND


def _say_version(report: CheckReport) -> None:
    if report.version is None:
        return
    say(
        translate("CliAdmin", "Schema version: {file_version} (this program: {program_version})"),
        file_version=f"{report.version[0]}.{report.version[1]}",
        program_version=f"{SCHEMA_MAJOR}.{latest_schema_version()}",
    )
