"""Who the command line acts as, and the audit: `--user NAME` (or PROPERTY_DESK_USER) with
the password from PROPERTY_DESK_PASSWORD or a prompt, asked of every command that changes
data or shows personal data; `audit --since DATE` prints the audit log."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sqlite3

from desktop_app.cli.outcome import EXIT_REFUSED
from desktop_app.cli.texts import say, translate
from models.clock import SystemClock
from models.errors import PermissionDenied
from models.office import (
    CHAIN_COLUMNS,
    Permission,
    User,
    audit_lines,
    chain_problems,
    create_first_admin,
    needs_first_admin,
    require,
    sign_in,
)
from models.opening import open_database
from models.store import DataFolder, database

USER_VARIABLE = "PROPERTY_DESK_USER"
PASSWORD_VARIABLE = "PROPERTY_DESK_PASSWORD"
# commands that need no user: they change nothing and show no personal data
OPEN_COMMANDS = {"info", "check", "demo"}


class NoUser(Exception):
    """The command needs a user and none was given (or no password could be read)."""


def register(subparsers) -> None:
    audit = subparsers.add_parser("audit", help=translate("CliUsers", "print the audit log (admins)"))
    audit.add_argument("--since", metavar="YYYY-MM-DD", type=_date, help=translate("CliUsers", "from this day on"))
    audit.set_defaults(run=run_audit)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(translate("CliUsers", "write the date as YYYY-MM-DD")) from None


def user_option_help() -> str:
    return translate(
        "CliUsers", "act as this user (default: $PROPERTY_DESK_USER; password asked or $PROPERTY_DESK_PASSWORD)"
    )


def needs_user(command: str | None) -> bool:
    return command not in OPEN_COMMANDS


def cli_operator(folder: DataFolder, name: str | None) -> User:
    """Open the office and sign in as `name` (or $PROPERTY_DESK_USER)."""
    name = name or os.environ.get(USER_VARIABLE, "")
    if not name.strip():
        raise NoUser
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        try:
            password = getpass.getpass(translate("CliUsers", "Password for {user}: ").format(user=name))
        except (EOFError, OSError):
            raise NoUser from None
    open_database(folder)
    clock = SystemClock()
    if needs_first_admin():  # a new office: the first user named becomes its admin
        create_first_admin(name, password, clock=clock)
        say(translate("CliUsers", "A new office: {user} is its admin now."), err=True, user=name)
    return sign_in(name, password, clock=clock)


def refuse_without_user() -> int:
    say(
        translate(
            "CliUsers",
            "This command changes data or shows personal data: give --user NAME (or set PROPERTY_DESK_USER) "
            "and the password (asked, or PROPERTY_DESK_PASSWORD).",
        ),
        err=True,
    )
    return EXIT_REFUSED


def audit_chain_problems(path) -> list[tuple[str, dict]]:
    """The audit chain's problems, read straight from the file (read-only, not opened for the app)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        present = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_entry'").fetchone()
        if not present:
            return []
        rows = connection.execute(f"SELECT {', '.join(CHAIN_COLUMNS)} FROM audit_entry ORDER BY id")
        return chain_problems(rows)
    finally:
        connection.close()


def open_audit_chain_problems() -> list[tuple[str, dict]]:
    """The audit chain's problems in the office open now (a server office)."""
    rows = database.execute_sql(f"SELECT {', '.join(CHAIN_COLUMNS)} FROM audit_entry ORDER BY id").fetchall()
    return chain_problems(rows)


def chain_sound_sentence() -> str:
    return translate("CliUsers", "Audit log: every entry is as it was written.")


def demo_sign_in_sentence() -> str:
    return translate("CliUsers", "Sign in as admin with the password demo.")


def run_audit(args, folder: DataFolder) -> int:
    require(args.operator, Permission.READ_AUDIT)
    for line in audit_lines(args.since):
        change = f"{line.old} → {line.new}" if line.old else line.new
        say(f"{line.id}\t{line.at}\t{line.actor or '-'}\t{line.kind}\t{line.subject}\t{change}")
    return 0


__all__ = ["NoUser", "PermissionDenied", "cli_operator", "needs_user", "refuse_without_user"]
