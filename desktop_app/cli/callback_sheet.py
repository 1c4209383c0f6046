"""`property-desk print callback-sheet --date YYYY-MM-DD --out FILE.pdf | --printer NAME`:
the day's due callbacks (回访单) — the open callbacks planned for that day or earlier, by
deadline. Exit 0 with the file written or the sheet sent, 1 when no callback is due that
day (no file, no paper)."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop_app.cli.destination import add_destination, printer_delivery, say_sent
from desktop_app.cli.texts import say, translate
from models.clock import SystemClock
from models.opening import open_database
from models.store import DataFolder


def register_document(documents) -> None:
    sheet = documents.add_parser("callback-sheet", help=translate("CliHelp", "the day's due callbacks (回访单)"))
    sheet.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD")
    add_destination(sheet)
    sheet.set_defaults(run=run_callback_sheet)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CliCallbacks", "Not a date of the form YYYY-MM-DD: “{text}”.").format(text=text)
        ) from None


def run_callback_sheet(args, folder: DataFolder) -> int:
    day = args.date.isoformat()
    deliver = printer_delivery(args.printer, title=day) if args.printer else None
    open_database(folder)
    # imported here: the PDF brings ReportLab, which the other sub-commands should not wait for
    from desktop_app.printing.callback_sheets import callback_sheet_pdf
    from desktop_app.printing.work_orders import save_pdf

    pdf, count = callback_sheet_pdf(day=args.date, now=SystemClock().now(), operator=args.operator)
    if not count:
        say(translate("CliCallbacks", "No callbacks are due on {day}."), err=True, day=args.date.isoformat())
        return 1
    if deliver is not None:
        deliver(pdf)
        say_sent("callback-sheet", count=count, day=day, printer=args.printer)
        return 0
    save_pdf(args.out, pdf)
    say(
        translate("CliCallbacks", "{count} callbacks due on {day} written to {file}."),
        count=count,
        day=args.date.isoformat(),
        file=args.out,
    )
    return 0
