"""Where a printed document of the command line goes: `--out FILE.pdf` or
`--printer NAME` (the print queue's name), one of the two. The desk's A4 documents —
callback sheet, monthly summary, survey questionnaires and report — take the same pair
as the work orders. A missing or paused printer is the printer's sentence and exit
code 2, checked before anything is rendered or recorded."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.printer_output import printer_delivery
from desktop_app.cli.texts import say, translate
from models.i18n import QT_TRANSLATE_NOOP

__all__ = ["SENT", "add_destination", "printer_delivery", "say_sent"]

SENT = {
    "callback-sheet": QT_TRANSLATE_NOOP(
        "CliDestination", "{count} callbacks due on {day} sent to the printer {printer}."
    ),
    "monthly": QT_TRANSLATE_NOOP(
        "CliDestination", "Monthly summary of {month} sent to the printer {printer} ({count} tickets received)."
    ),
    "survey-forms": QT_TRANSLATE_NOOP(
        "CliDestination", "{count} questionnaires ({first}–{last}) of {campaign} sent to the printer {printer}."
    ),
    "survey-report": QT_TRANSLATE_NOOP(
        "CliDestination", "The result report of {campaign} sent to the printer {printer}."
    ),
}


def add_destination(parser: argparse.ArgumentParser) -> None:
    """--out FILE.pdf or --printer NAME, exactly one."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE.pdf", help=translate("CliDestination", "the PDF to write"))
    where.add_argument(
        "--printer",
        metavar="NAME",
        help=translate("CliDestination", "send to this printer (its queue name) instead of a PDF file"),
    )


def say_sent(document: str, **fields: object) -> None:
    """The document (a key of SENT) went to the printer named in `fields`."""
    say(translate("CliDestination", SENT[document]), **fields)
