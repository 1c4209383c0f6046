"""Work orders sent straight to a printer by name from the command line
(`property-desk print work-orders --dispatched-on DAY --printer NAME`), for offices that
script their morning batch: the same Qt print path as the app's print dialog, with no
window (Qt runs offscreen unless QT_QPA_PLATFORM says otherwise). A missing or paused
printer is a sentence and exit code 2; nothing is recorded as printed then."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from desktop_app.cli.texts import translate
from models.clock import Clock
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User

MSG_NOT_SENT = QT_TRANSLATE_NOOP("models", "The printer “{name}” could not be opened; nothing was sent.")


def send_to_printer(
    name: str, ticket_ids: list[int], *, operator: User, layout: str | None, clock: Clock, title: str
) -> None:
    """Print the work orders on the printer `name`; PrinterProblem when it cannot take them."""
    deliver = printer_delivery(name, title=title, layout=layout, copies=None)
    # imported here: ReportLab is not needed by the other sub-commands
    from desktop_app.printing.work_orders import make_work_orders

    make_work_orders(ticket_ids, operator=operator, clock=clock, deliver=deliver, layout=layout)


def printer_delivery(
    name: str, *, title: str, layout: str | None = "a4", copies: int | None = 1
) -> Callable[[bytes], bool]:
    """A `deliver(pdf)` that paints the pages on the printer `name` (A4 and one copy
    unless told; None takes the office's setting); the printer is looked up now, so a
    missing one is refused before any page is rendered or recorded."""
    gui_application()
    # imported here: Qt's print support is not needed by the commands that write files
    from desktop_app.printing.qt_print import PrinterProblem, paint_pdf, printer_named

    printer = printer_named(name, layout=layout, copies=copies, title=title)

    def deliver(pdf: bytes) -> bool:
        if not paint_pdf(printer, pdf, show_progress=False):
            raise PrinterProblem(MSG_NOT_SENT, name=name)
        return True

    return deliver


def sent_text(count: int) -> str:
    """What the command says once the printer has the job."""
    if count == 1:
        return translate("CliPrinter", "Work order {number} sent to the printer {printer}.")
    return translate("CliPrinter", "{count} work orders sent to the printer {printer}.")


def gui_application() -> None:
    """Painting pages needs a QGuiApplication; a script has no screen, so offscreen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        platform = [] if os.environ.get("QT_QPA_PLATFORM") else ["-platform", "offscreen"]
        QGuiApplication([sys.argv[0] if sys.argv else "property-desk", *platform])
