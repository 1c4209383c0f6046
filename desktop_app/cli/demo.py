"""`property-desk demo`: build a demo office into the data folder (empty ones only), or
with --if-empty do nothing when an office is already there or the data file cannot be
used (./desk start runs it before the GUI, which then explains any problem)."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3

import peewee

from desktop_app.cli.outcome import EXIT_REFUSED
from desktop_app.cli.server_office import demo_on_server_sentence
from desktop_app.cli.texts import cli_models, say, translate
from desktop_app.cli.users import demo_sign_in_sentence
from models.clock import SystemClock, format_datetime
from models.demo import DemoOptions, DemoSummary, build_demo_office, office_has_communities
from models.errors import DataFileError
from models.opening import open_database
from models.store import DataFolder, translate_environment_error


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo", help=translate("CliHelp", "build a believable demo office into an empty data folder")
    )
    defaults = DemoOptions()
    parser.add_argument(
        "--households",
        type=int,
        default=defaults.households,
        help=translate("CliHelp", "households (default {count})").format(count=defaults.households),
    )
    parser.add_argument(
        "--months",
        type=int,
        default=defaults.months,
        help=translate("CliHelp", "months of history (default {count})").format(count=defaults.months),
    )
    parser.add_argument(
        "--tickets",
        type=int,
        default=None,
        help=translate("CliHelp", "tickets in all (default: about 0.35 per household per month)"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=defaults.seed,
        help=translate("CliHelp", "random seed; the same seed gives the same office"),
    )
    parser.add_argument(
        "--now",
        type=_moment,
        default=None,
        metavar='"YYYY-MM-DD HH:MM"',
        help=translate("CliHelp", "the moment the history ends (default: now)"),
    )
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help=translate("CliHelp", "do nothing when the data file already holds an office"),
    )
    parser.set_defaults(run=run_demo)


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("CliDemo", "Expected a moment of the form YYYY-MM-DD HH:MM, got “{text}”.").format(text=text)
        ) from error


def run_demo(args, folder: DataFolder) -> int:
    try:
        open_database(folder)
    except DataFileError as error:
        if not args.if_empty:
            raise
        # ./desk start goes on to the GUI, which explains the problem in a dialog
        say(translate("CliDemo", "No demo built: {reason}"), err=True, reason=cli_models(error.message, error.params))
        return 0
    if args.if_empty and office_has_communities():
        say(translate("CliDemo", "{file} already holds an office; no demo built."), file=folder.where)
        return 0
    if folder.on_server and not office_has_communities():
        say(demo_on_server_sentence(), err=True)
        return EXIT_REFUSED
    options = DemoOptions(households=args.households, months=args.months, tickets=args.tickets, seed=args.seed)
    now = args.now or SystemClock().now()
    say(
        translate("CliDemo", "Building a demo office in {file} ({tickets:,} tickets up to {until}) …"),
        file=folder.where,
        tickets=options.ticket_total(),
        until=format_datetime(now),
    )
    try:
        summary = build_demo_office(options, now=now, progress=_progress)
    except (sqlite3.OperationalError, peewee.OperationalError) as error:
        raise translate_environment_error(error, folder.where) from error
    say(format_summary(summary))
    say(demo_sign_in_sentence())
    return 0


def _progress(done: int) -> None:
    say(translate("CliDemo", "  {tickets:,} tickets …"), err=True, tickets=done)


def format_summary(summary: DemoSummary) -> str:
    """What was built, one line per register, in the current language."""
    return "\n".join(
        [
            translate(
                "CliDemo",
                "Communities {communities}, buildings {buildings}, rooms {rooms:,}, households {households:,}",
            ).format(
                communities=summary.communities,
                buildings=summary.buildings,
                rooms=summary.rooms,
                households=summary.households,
            ),
            translate("CliDemo", "Staff {staff}, users {users}").format(staff=summary.staff, users=summary.users),
            translate(
                "CliDemo",
                "Tickets {tickets:,} ({open:,} open, {overdue:,} overdue), events {events:,}, callbacks {callbacks:,}",
            ).format(
                tickets=summary.tickets,
                open=summary.open_tickets,
                overdue=summary.overdue_tickets,
                events=summary.events,
                callbacks=summary.callbacks,
            ),
            translate("CliDemo", "Survey campaigns {campaigns}, responses {responses:,}").format(
                campaigns=summary.survey_campaigns, responses=summary.survey_responses
            ),
            translate("CliDemo", "Done in {seconds:.1f} s.").format(seconds=summary.seconds),
        ]
    )
