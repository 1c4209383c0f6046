"""The `property-desk` command line: no sub-command starts the GUI; sub-commands do the
admin work scripts need. `--data-dir DIR` and `--database URL` (an office on a PostgreSQL
server) are accepted before or after the sub-command; a server that asks for a password
gets it from a prompt (PGPASSWORD and .pgpass are libpq's own).
What it prints is in the app's language (see desktop_app.cli.texts)."""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import replace

from desktop_app.cli.outcome import EXIT_REFUSED, empty_data_dir_sentence, run_sorted
from desktop_app.cli.server_office import database_option_help, password_prompt
from desktop_app.cli.texts import cli_models, say, translate, use_language
from desktop_app.cli.users import NoUser, cli_operator, needs_user, refuse_without_user, user_option_help
from desktop_app.cli.wording import ArgumentParser, os_error_sentence, speak_argparse, with_os_reasons
from models.errors import DeskError, ValidationError
from models.store import PasswordNeeded, parse_database_url, resolve_data_folder

# sub-command -> the module that declares and runs it; only that module is imported, so
# `info` does not wait for the demo generator, the importers or ReportLab
COMMANDS = {
    "info": "desktop_app.cli.admin",
    "check": "desktop_app.cli.admin",
    "backup": "desktop_app.cli.backups",
    "restore": "desktop_app.cli.backups",
    "import": "desktop_app.cli.registers",
    "export": "desktop_app.cli.registers",
    "print": "desktop_app.cli.printing",
    "demo": "desktop_app.cli.demo",
    "audit": "desktop_app.cli.users",
    "move-to": "desktop_app.cli.moving",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    use_language()
    speak_argparse()
    data_dir, rest = extract_data_dir(argv)
    user_name, rest = extract_option(rest, "--user")
    database_url, rest = extract_option(rest, "--database")
    if data_dir == "":
        say(empty_data_dir_sentence(), err=True)
        return EXIT_REFUSED
    parser = build_parser(_command(rest))
    args = parser.parse_args(rest)
    folder = resolve_data_folder(data_dir, database_url)
    if not getattr(args, "run", None):
        from desktop_app.app import run_gui

        return run_gui(folder)
    try:
        return _run_asking_password(args, folder, user_name)
    except DeskError as error:
        for line in error_lines(error):
            say(line, err=True)
        return EXIT_REFUSED
    except OSError as error:  # a file or folder the command was given cannot be used
        say(os_error_sentence(error), err=True)
        return EXIT_REFUSED


def _run_asking_password(args, folder, user_name: str | None) -> int:
    """Run the command; when the database server asks for a password and a person is at
    the keyboard, ask once and run again with it (it is kept only in memory)."""
    try:
        return int(run_sorted(lambda: _run_as(args, folder, user_name), folder) or 0)
    except PasswordNeeded:
        if not sys.stdin.isatty():
            raise
        import getpass

        prompt = password_prompt(parse_database_url(folder.url).user)
        folder = replace(folder, password=getpass.getpass(prompt))
        return int(run_sorted(lambda: _run_as(args, folder, user_name), folder) or 0)


def _run_as(args, folder, user_name: str | None) -> int:
    """Sign in first when the command needs a user (args.operator), then run it."""
    try:
        args.operator = cli_operator(folder, user_name) if needs_user(args.command) else None
    except NoUser:
        return refuse_without_user()
    return args.run(args, folder)


def error_lines(error: DeskError) -> list[str]:
    """The translated sentence(s) of a domain error: every problem of a ValidationError."""
    cause = error.__cause__
    if isinstance(error, ValidationError) and len(error.problems) > 1:
        return [
            cli_models(message, with_os_reasons(error.problem_params.get(field) or {}, cause))
            for field, message in error.problems.items()
        ]
    return [cli_models(error.message, with_os_reasons(error.params, cause))]


def _command(argv: list[str]) -> str | None:
    return next((item for item in argv if not item.startswith("-")), None)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with `command`'s sub-commands, or with all of them (for --help, or a
    command we do not know, so that argparse lists the real ones)."""
    parser = ArgumentParser(
        prog="property-desk",
        description=translate("CliHelp", "Property Office Desk: without a command, opens the window."),
        epilog=translate(
            "CliHelp", "Every command also takes --data-dir DIR; `property-desk COMMAND --help` tells more."
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("CliHelp", "data folder (default: $PROPERTY_DESK_DATA or the user data folder)"),
    )
    parser.add_argument("--database", metavar="URL", help=database_option_help())
    parser.add_argument("--user", metavar="NAME", help=user_option_help())
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title=translate("CliHelp", "commands"))
    modules = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for name in modules:
        importlib.import_module(name).register(subparsers)
    return parser


def extract_data_dir(argv: list[str]) -> tuple[str | None, list[str]]:
    """Take --data-dir DIR / --data-dir=DIR out of argv wherever it stands."""
    return extract_option(argv, "--data-dir")


def extract_option(argv: list[str], option: str) -> tuple[str | None, list[str]]:
    """Take `option VALUE` / `option=VALUE` out of argv wherever it stands."""
    value, rest, index = None, [], 0
    while index < len(argv):
        item = argv[index]
        if item == option and index + 1 < len(argv):
            value, index = argv[index + 1], index + 2
            continue
        if item.startswith(option + "="):
            value = item.split("=", 1)[1]
        else:
            rest.append(item)
        index += 1
    return value, rest
