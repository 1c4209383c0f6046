"""Printing sub-commands: `print work-order NUMBER --out FILE.pdf` and
`print work-orders --dispatched-on YYYY-MM-DD --out FILE.pdf` (the day's work orders not
printed yet). Making the PDF counts as printing: each ticket's timeline gets its event,
and a later printing of the same paper says 补打."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop_app.printing.work_order_pdf import LAYOUTS, render_work_orders
from models.base import database
from models.clock import SystemClock
from models.data_folder import DataFolder
from models.db import open_database
from models.operators import default_operator
from models.work_orders import print_settings, record_printed, tickets_to_print, work_order_for_number, work_orders_for


def register(subparsers) -> None:
    printing = subparsers.add_parser("print", help="write work orders (派工单) as PDF")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    one = documents.add_parser("work-order", help="one ticket's work order")
    one.add_argument("number", help="ticket number, e.g. BX20261123-0007")
    _common_arguments(one)
    one.set_defaults(run=run_work_order)
    batch = documents.add_parser("work-orders", help="the work orders of a day's dispatches not printed yet")
    batch.add_argument("--dispatched-on", required=True, type=_day, metavar="YYYY-MM-DD")
    _common_arguments(batch)
    batch.set_defaults(run=run_work_orders)


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument("--layout", choices=LAYOUTS, help="a5 (one per page) or a4x2 (two per A4 page); default from Settings")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {text!r}") from None


def run_work_order(args, folder: DataFolder) -> int:
    open_database(folder)
    clock = SystemClock()
    order = work_order_for_number(args.number, now=clock.now())
    _write(args, [order.ticket_id], clock)
    print(f"work order {order.number} written to {args.out}")
    return 0


def run_work_orders(args, folder: DataFolder) -> int:
    open_database(folder)
    ids = tickets_to_print(args.dispatched_on)
    if not ids:
        print(f"no work orders dispatched on {args.dispatched_on} are waiting to be printed", file=sys.stderr)
        return 1
    _write(args, ids, SystemClock())
    print(f"{len(ids)} work orders written to {args.out}")
    return 0


def _write(args, ticket_ids: list[int], clock: SystemClock) -> None:
    """Render first, write the file, then record; a failure leaves no event behind."""
    settings = print_settings()
    orders = work_orders_for(ticket_ids, now=clock.now())
    pdf = render_work_orders(orders, layout=args.layout or settings.layout, font_file=settings.font_file or None)
    partial = args.out.with_name(args.out.name + ".part")
    partial.write_bytes(pdf)
    with database.atomic():
        record_printed(ticket_ids, operator=default_operator(), clock=clock)
        partial.replace(args.out)
