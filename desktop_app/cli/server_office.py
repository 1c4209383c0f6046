"""The command line's words for an office on a PostgreSQL server: the --database option,
the password prompt, `check` (models.store.check_server), `backup` (pg_dump) and the
refused `restore` (the IT person restores with pg_restore; README)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.texts import cli_models, say, translate
from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.opening import open_database
from models.schema import table_names
from models.store import DataFolder, check_server, close_database, dump_server_office

MSG_RESTORE_ON_SERVER = QT_TRANSLATE_NOOP(
    "models",
    "An office on a database server ({path}) is restored by the IT person with pg_restore into an empty database (README: backups of a server office); this command restores data folders only. Nothing was changed.",
)


def database_option_help() -> str:
    return translate(
        "CliServer",
        "an office on a PostgreSQL server: postgresql://user@server/database (default: $PROPERTY_DESK_DATABASE; without it the data folder's file)",
    )


def password_prompt(user: str) -> str:
    return translate("CliServer", "Password of the database user {user}: ").format(user=user)


def demo_on_server_sentence() -> str:
    return translate(
        "CliServer",
        "A demo office is built in a data folder: run demo with --data-dir FOLDER, then move-to the server's address. Nothing was written to the server.",
    )


def server_line(folder: DataFolder) -> str:
    return translate("CliServer", "Database server: {address}").format(address=folder.where)


def run_server_check(folder: DataFolder, result_of, say_version, check_audit) -> int:
    """`check` for a server office; the exit codes are the file's (desktop_app.cli.admin)."""
    say(server_line(folder))
    report = check_server(folder, table_names())
    code = result_of(report)
    say_version(report)
    if report.integrity == ["ok"]:
        say(translate("CliServer", "Integrity check: passed."))
    elif report.integrity:
        say(translate("CliServer", "Integrity check found: {details}"), details="; ".join(report.integrity[:5]))
    if report.problem is not None:
        say(cli_models(report.problem.message, report.problem.params), err=True)
    if code == 0:
        open_database(folder)
        try:
            code = check_audit(None)
        finally:
            close_database()
    if code == 0:
        say(translate("CliServer", "The office's database is sound."))
    else:
        say(
            translate(
                "CliServer", "Problems were found in the office's database; ask the IT person to restore a backup."
            )
        )
    return code


def run_server_backup(args, folder: DataFolder) -> Path:
    """`backup` for a server office: pg_dump's custom format, where pg_dump is installed."""
    target = Path(args.to).expanduser() if args.to else folder.backups
    path = dump_server_office(folder, target)
    say(
        translate(
            "CliServer", "Backup of the database written to {path} (restore it with pg_restore; see the README)."
        ),
        path=path,
    )
    return path


def refuse_server_restore(folder: DataFolder) -> None:
    raise DataFileError(MSG_RESTORE_ON_SERVER, path=folder.where)
