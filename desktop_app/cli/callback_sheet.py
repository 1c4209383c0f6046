"""`property-desk print callback-sheet --date YYYY-MM-DD --out FILE.pdf`: the day's due
callbacks (回访单) as a PDF — the open callbacks planned for that day or earlier, by
deadline. Exit 0 with the file written, 1 when no callback is due that day (no file)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop_app.cli.texts import say, translate
from models.clock import SystemClock
from models.opening import open_database
from models.store import DataFolder


def register_document(documents) -> None:
    sheet = documents.add_parser("callback-sheet", help="the day's due callbacks (回访单)")
    sheet.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD")
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    sheet.set_defaults(run=run_callback_sheet)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CliCallbacks", "Not a date of the form YYYY-MM-DD: “{text}”.").format(text=text)
        ) from None


def run_callback_sheet(args, folder: DataFolder) -> int:
    open_database(folder)
    # imported here: the PDF brings ReportLab, which the other sub-commands should not wait for
    from desktop_app.printing.callback_sheets import callback_sheet_pdf
    from desktop_app.printing.work_orders import save_pdf

    pdf, count = callback_sheet_pdf(day=args.date, now=SystemClock().now())
    if not count:
        say(translate("CliCallbacks", "No callbacks are due on {day}."), err=True, day=args.date.isoformat())
        return 1
    save_pdf(args.out, pdf)
    say(
        translate("CliCallbacks", "{count} callbacks due on {day} written to {file}."),
        count=count,
        day=args.date.isoformat(),
        file=args.out,
    )
    return 0
