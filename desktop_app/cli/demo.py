"""`property-desk demo`: build a demo office into the data folder (empty ones only), or
with --if-empty do nothing when an office is already there or the data file cannot be
used (./desk start runs it before the GUI, which then explains any problem)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from models.clock import SystemClock
from models.data_folder import DataFolder
from models.db import open_database
from models.demo import DemoOptions, DemoSummary, build_demo_office, office_has_communities
from models.errors import DataFileError


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="build a believable demo office into an empty data folder")
    defaults = DemoOptions()
    parser.add_argument("--households", type=int, default=defaults.households, help=f"households (default {defaults.households})")
    parser.add_argument("--months", type=int, default=defaults.months, help=f"months of history (default {defaults.months})")
    parser.add_argument("--tickets", type=int, default=None, help="tickets in all (default: about 0.35 per household per month)")
    parser.add_argument("--seed", type=int, default=defaults.seed, help="random seed; the same seed gives the same office")
    parser.add_argument("--now", type=_moment, default=None, metavar='"YYYY-MM-DD HH:MM"',
                        help="the moment the history ends (default: now)")
    parser.add_argument("--if-empty", action="store_true", help="do nothing when the data file already holds an office")
    parser.set_defaults(run=run_demo)


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD HH:MM, got {text!r}") from error


def run_demo(args, folder: DataFolder) -> int:
    try:
        open_database(folder)
    except DataFileError as error:
        if not args.if_empty:
            raise
        # ./desk start goes on to the GUI, which explains the problem in a dialog
        print(f"No demo built: {error}", file=sys.stderr)
        return 0
    if args.if_empty and office_has_communities():
        print(f"{folder.database} already holds an office; no demo built.")
        return 0
    options = DemoOptions(households=args.households, months=args.months, tickets=args.tickets, seed=args.seed)
    now = args.now or SystemClock().now()
    print(f"Building a demo office in {folder.database} ({options.ticket_total():,} tickets up to {now:%Y-%m-%d %H:%M}) …")
    summary = build_demo_office(options, now=now, progress=_progress)
    print(format_summary(summary))
    return 0


def _progress(done: int) -> None:
    print(f"  {done:,} tickets …", file=sys.stderr, flush=True)


def format_summary(summary: DemoSummary) -> str:
    return "\n".join([
        f"communities {summary.communities}, buildings {summary.buildings}, rooms {summary.rooms:,}, "
        f"households {summary.households:,}",
        f"staff {summary.staff}, users {summary.users}",
        f"tickets {summary.tickets:,} ({summary.open_tickets:,} open, {summary.overdue_tickets:,} overdue), "
        f"events {summary.events:,}, callbacks {summary.callbacks:,}",
        f"survey campaigns {summary.survey_campaigns}, responses {summary.survey_responses:,}",
        f"done in {summary.seconds:.1f} s",
    ])
