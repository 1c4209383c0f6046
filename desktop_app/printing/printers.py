"""The printers of this computer as Qt's print support sees them (CUPS on Linux and
macOS, the spooler on Windows): whether a printer named by the user exists and takes
jobs now. A job sent to a missing or paused printer would wait unseen, so it is refused
with a sentence before anything is sent."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from models.errors import DeskError
from models.i18n import QT_TRANSLATE_NOOP

MSG_NO_SUCH_PRINTER = QT_TRANSLATE_NOOP("models", "There is no printer named “{name}” on this computer.")
MSG_NO_PRINTERS = QT_TRANSLATE_NOOP(
    "models", "No printer is set up on this computer; save the work orders as a PDF instead."
)
MSG_PRINTER_PAUSED = QT_TRANSLATE_NOOP(
    "models",
    "The printer “{name}” is paused or reports an error, so nothing was sent. Resume it in the system's printer "
    "settings (or choose another printer) and print again.",
)


class PrinterProblem(DeskError):
    """The printer cannot take the job now: it does not exist, or it is paused."""


def check_printer(name: str) -> None:
    """PrinterProblem unless `name` is a printer here that takes jobs now; asked of the
    print system each time, so a printer paused a minute ago is seen as paused."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        if not QPrinterInfo.availablePrinterNames():
            raise PrinterProblem(MSG_NO_PRINTERS)
        raise PrinterProblem(MSG_NO_SUCH_PRINTER, name=name)
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrinterProblem(MSG_PRINTER_PAUSED, name=name)
