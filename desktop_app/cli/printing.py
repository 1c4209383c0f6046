"""Printing sub-commands: `print work-order NUMBER --out FILE.pdf` and
`print work-orders --dispatched-on YYYY-MM-DD --out FILE.pdf` (the day's work orders not
printed yet); `--printer NAME` instead of `--out` sends them to that printer. Making the PDF counts as printing: each ticket's timeline gets its event,
and a later printing of the same paper says 补打."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop_app.cli import callback_sheet, report_printing, surveys
from desktop_app.cli.destination import add_destination
from desktop_app.cli.printer_output import send_to_printer, sent_text
from desktop_app.cli.texts import say, translate
from models.clock import SystemClock
from models.dispatch import (
    LAYOUTS,
    tickets_to_print,
    work_order_for_number,
)
from models.files import PendingFile, check_output_path
from models.opening import open_database
from models.store import DataFolder


def register(subparsers) -> None:
    printing = subparsers.add_parser(
        "print",
        help=translate(
            "CliHelp",
            "print, or write as PDF: work orders, callback sheets, the monthly summary, survey forms and reports",
        ),
    )
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    one = documents.add_parser("work-order", help=translate("CliHelp", "one ticket's work order"))
    one.add_argument("number", help=translate("CliHelp", "ticket number, e.g. BX20261123-0007"))
    _common_arguments(one)
    one.set_defaults(run=run_work_order)
    batch = documents.add_parser(
        "work-orders", help=translate("CliHelp", "the work orders of a day's dispatches not printed yet")
    )
    batch.add_argument(
        "--dispatched-on",
        required=True,
        type=_day,
        metavar="YYYY-MM-DD",
        help=translate("CliHelp", "the day the tickets were dispatched"),
    )
    _common_arguments(batch)
    batch.set_defaults(run=run_work_orders)
    report_printing.register(documents)
    callback_sheet.register_document(documents)
    surveys.add_print_documents(documents)


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    add_destination(parser)
    parser.add_argument(
        "--layout",
        choices=LAYOUTS,
        help=translate("CliHelp", "a5 (one per page) or a4x2 (two per A4 page); default from Settings"),
    )


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CliPrinting", "Not a date of the form YYYY-MM-DD: “{text}”.").format(text=text)
        ) from None


def run_work_order(args, folder: DataFolder) -> int:
    if args.out is not None:  # --printer sends to a queue instead
        check_output_path(args.out)
    open_database(folder)
    clock = SystemClock()
    order = work_order_for_number(args.number, now=clock.now())
    if args.printer:
        send_to_printer(
            args.printer, [order.ticket_id], operator=args.operator, layout=args.layout, clock=clock, title=order.number
        )
        say(sent_text(1), number=order.number, printer=args.printer)
        return 0
    _write(args, [order.ticket_id], clock)
    say(translate("CliPrinting", "Work order {number} written to {file}."), number=order.number, file=args.out)
    return 0


def run_work_orders(args, folder: DataFolder) -> int:
    if args.out is not None:  # --printer sends to a queue instead
        check_output_path(args.out)
    open_database(folder)
    ids = tickets_to_print(args.dispatched_on)
    if not ids:
        say(
            translate("CliPrinting", "No work orders dispatched on {day} are waiting to be printed."),
            err=True,
            day=args.dispatched_on.isoformat(),
        )
        return 1
    if args.printer:
        title = args.dispatched_on.isoformat()
        send_to_printer(args.printer, ids, operator=args.operator, layout=args.layout, clock=SystemClock(), title=title)
        say(sent_text(len(ids)), count=len(ids), printer=args.printer)
        return 0
    _write(args, ids, SystemClock())
    say(translate("CliPrinting", "{count} work orders written to {file}."), count=len(ids), file=args.out)
    return 0


def _write(args, ticket_ids: list[int], clock: SystemClock) -> None:
    """Render first, write the file beside its place, then record and move it into place
    in one transaction; a failure leaves no event behind and no file at --out."""
    # imported here: printing's documents bring ReportLab, which the other sub-commands should not wait for
    from desktop_app.printing.work_orders import make_work_orders

    with PendingFile(args.out) as pending:

        def deliver(pdf: bytes) -> bool:
            pending.write(pdf)
            return True

        make_work_orders(
            ticket_ids,
            operator=args.operator,
            clock=clock,
            deliver=deliver,
            layout=args.layout,
            finish=pending.put_in_place,
        )
