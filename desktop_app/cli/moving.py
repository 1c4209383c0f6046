"""`move-to URL_OR_FOLDER`: copy the office into an empty PostgreSQL database (an office
growing to several desks) or back into a new data folder's file, with progress on stderr
and every table verified by row count and checksum before anything is kept
(models.store.move_office). The office itself is not changed; the desks are then
started with --database URL (or PROPERTY_DESK_DATABASE) or --data-dir FOLDER.
`--attachments FOLDER` names the shared attachments folder (a network share every desk
reaches) for the moved office and copies the attachments into it, each read back."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

from desktop_app.cli.server_office import password_prompt
from desktop_app.cli.texts import cli_models, say, translate
from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import Permission, require
from models.opening import open_database
from models.schema import table_names
from models.store import (
    ATTACHMENTS_SETTING,
    DATABASE_NAME,
    MSG_ATTACHMENTS_COPIED,
    DataFolder,
    PasswordNeeded,
    attachments_after_move,
    attachments_place,
    check_shared_folder,
    close_database,
    copy_attachments,
    is_database_url,
    move_office,
    parse_database_url,
)

MSG_SAME_PLACE = QT_TRANSLATE_NOOP("models", "The office is already in {target}; nothing to move.")


def register(subparsers) -> None:
    move = subparsers.add_parser(
        "move-to",
        help=translate(
            "CliHelp", "copy this office into an empty PostgreSQL database or a new data folder, verifying every table"
        ),
    )
    move.add_argument(
        "target",
        metavar="URL_OR_FOLDER",
        help=translate("CliMove", "postgresql://user@server/database, or a new data folder"),
    )
    move.add_argument(
        "--attachments",
        metavar="FOLDER",
        help=translate(
            "CliMove",
            "the shared attachments folder the desks will use (e.g. a network share); the attachments are copied into it",
        ),
    )
    move.set_defaults(run=run_move)


def target_folder(text: str, source: DataFolder) -> DataFolder:
    """Where to: a server (the data folder stays this one: attachments, backups, logs) or a folder."""
    if is_database_url(text):
        parse_database_url(text)  # a bad address is refused before anything is read
        return DataFolder(source.root, url=text)
    path = Path(text).expanduser().resolve()
    if path.suffix == ".sqlite3":
        if path.name != DATABASE_NAME:
            raise DataFileError(
                QT_TRANSLATE_NOOP(
                    "models", "A data folder's file is always named {name}; give the folder {folder} instead."
                ),
                name=DATABASE_NAME,
                folder=str(path.parent),
            )
        path = path.parent
    return DataFolder(path)


def run_move(args, folder: DataFolder) -> int:
    require(args.operator, Permission.BACKUP_RESTORE)
    target = target_folder(args.target, folder)
    if target.where == folder.where:
        raise DataFileError(MSG_SAME_PLACE, target=target.where)
    named = check_shared_folder(args.attachments) if getattr(args, "attachments", None) else None
    open_database(folder)
    try:
        source_place = attachments_place(folder)
        settings = {ATTACHMENTS_SETTING: str(named)} if named is not None else None
        report = _move_asking_password(target, settings)
    finally:
        close_database()
    for table, tally in report.tables.items():
        say(
            translate("CliMove", "{table}: {rows} rows, checksum {digest}"),
            table=table,
            rows=tally.rows,
            digest=tally.digest[:16],
        )
    say(
        translate(
            "CliMove",
            "Moved {rows} rows in {tables} tables to {target} in {seconds} s; every table's row count and checksum match the original.",
        ),
        rows=report.rows,
        tables=len(report.tables),
        target=report.target,
        seconds=f"{report.seconds:.1f}",
    )
    into = attachments_after_move(source_place, target, named)
    copied, size = copy_attachments(source_place.path, into)
    if source_place.shared:  # files saved before the shared folder was named stay in the data folder's own
        earlier, earlier_size = copy_attachments(folder.attachments, into)
        copied, size = copied + earlier, size + earlier_size
    if copied:
        say(cli_models(MSG_ATTACHMENTS_COPIED), count=copied, megabytes=f"{size / 1e6:.1f}", folder=into)
    if target.on_server:
        say(
            translate("CliMove", "Start the desks with --database {target} (or set PROPERTY_DESK_DATABASE)."),
            target=report.target,
        )
    else:
        say(translate("CliMove", "Start the program with --data-dir {target}."), target=target.root)
    return 0


def _move_asking_password(target: DataFolder, settings: dict | None = None):
    try:
        return move_office(target, table_names(), _progress(), settings=settings)
    except PasswordNeeded as error:
        if not sys.stdin.isatty():
            raise
        import getpass

        say(cli_models(error.message, error.params), err=True)
        prompt = password_prompt(parse_database_url(target.url).user)
        return move_office(
            replace(target, password=getpass.getpass(prompt)), table_names(), _progress(), settings=settings
        )


def _progress():
    shown = {"at": 0.0, "finished": None}

    def report(table: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = done == total
        if done == 0 and not finished or not finished and now - shown["at"] < 1.0 or shown["finished"] == table:
            return
        shown["at"], shown["finished"] = now, table if finished else None
        say(
            translate("CliMove", "Copying {table}: {done} of {total} rows"),
            err=True,
            table=table,
            done=done,
            total=total,
        )

    return report
