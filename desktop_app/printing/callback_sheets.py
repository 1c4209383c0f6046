"""The callback sheet made: the office's font, the day's (or chosen) callbacks, the PDF.
The command line and the callbacks page both go through `callback_sheet_pdf`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop_app.printing.callback_sheet_pdf import render_callback_sheet
from models.dispatch import print_settings
from models.followup import callback_sheet, sheet_lines


def callback_sheet_pdf(
    *, day: dt.date | None = None, callback_ids: Sequence[int] = (), now: dt.datetime, operator
) -> tuple[bytes, int]:
    """The PDF of `day`'s due callbacks (or of the chosen ones) and how many it holds, its
    phone numbers as `operator`'s role and the office's setting allow (models.followup)."""
    if callback_ids:
        lines = sheet_lines(list(callback_ids), operator=operator, at=now)
    else:
        lines = callback_sheet(day or now.date(), operator=operator, at=now)
    pdf = render_callback_sheet(lines, title_day=day, printed_at=now, font_file=print_settings().font_file or None)
    return pdf, len(lines)
