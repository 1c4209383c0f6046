"""Work orders made and recorded: render the tickets' work orders with the office's
print settings, hand the PDF over (to a file, a printer dialog, a preview), and only
when paper or a file was made record the printing on each ticket in one transaction,
so a later printing of the same paper says 补打. The command line and the desk's print
buttons both go through `make_work_orders`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.printing.work_order_pdf import render_work_orders
from models.clock import Clock
from models.dispatch import print_settings, record_printed, work_orders_for
from models.files import write_file
from models.office import User
from models.store import database


def work_orders_pdf(ticket_ids: Sequence[int], *, now: dt.datetime, layout: str | None = None) -> bytes:
    """The PDF of these tickets' work orders with the office's font and layout (or `layout`)."""
    settings = print_settings()
    orders = work_orders_for(list(ticket_ids), now=now)
    return render_work_orders(orders, layout=layout or settings.layout, font_file=settings.font_file or None)


def make_work_orders(
    ticket_ids: Sequence[int],
    *,
    operator: User,
    clock: Clock,
    deliver: Callable[[bytes], bool],
    layout: str | None = None,
    finish: Callable[[], None] | None = None,
) -> bool:
    """Render, then `deliver(pdf)`; when it says paper or a file was made, record the
    printing on each ticket. `finish` runs inside the recording's transaction (moving a
    written file into place), so the file and the record stand or fall together.
    A failure to render or deliver records nothing."""
    ids = list(dict.fromkeys(ticket_ids))
    pdf = work_orders_pdf(ids, now=clock.now(), layout=layout)
    if not deliver(pdf):
        return False
    with database.atomic():
        record_printed(ids, operator=operator, clock=clock)
        if finish is not None:
            finish()
    return True


def save_pdf(path: Path, pdf: bytes) -> None:
    """Write via a temporary file beside it, renamed onto a regular file only, so a full
    disk never leaves half a PDF behind (OutputError with the reason otherwise)."""
    write_file(path, pdf)
