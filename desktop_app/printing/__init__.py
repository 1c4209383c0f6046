"""Paper from the desk: work orders (派工单) rendered with ReportLab from plain data, then
previewed, printed through the system's printer dialog or saved as PDF, and the
printing recorded on each ticket's timeline.

Pages call `print_work_orders(parent, context, ticket_ids, mode=...)`; it shows its own
errors (no Chinese font, a ticket that cannot be printed) and returns whether paper (or a
PDF) was made."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.printing import qt_print
from desktop_app.printing.work_order_pdf import render_work_orders
from models.dispatch import PrintSettings, print_settings, record_printed, tickets_to_print, work_orders_for
from models.errors import DeskError

MODES = ("preview", "print", "pdf")

__all__ = ["MODES", "print_work_orders", "print_unprinted_today", "work_orders_pdf"]


def work_orders_pdf(ticket_ids: Sequence[int], context: DeskContext, settings: PrintSettings | None = None) -> bytes:
    """The PDF of these tickets' work orders with the office's layout and font."""
    settings = settings or print_settings()
    orders = work_orders_for(list(ticket_ids), now=context.clock.now())
    return render_work_orders(orders, layout=settings.layout, font_file=settings.font_file or None)


def print_work_orders(parent: QWidget | None, context: DeskContext, ticket_ids: Sequence[int], *, mode: str = "print",
                      copies: int | None = None, printer: QPrinter | None = None, path: Path | None = None) -> bool:
    """Render, then preview / print / save the work orders; when paper or a PDF was made,
    write a print event on each ticket and tell the other pages. `printer` and `path`
    skip the choice of printer or file (scripts and tests); `copies` defaults to the
    office's setting."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    ids = list(dict.fromkeys(ticket_ids))
    if not ids:
        return False
    try:
        done = _output(parent, context, ids, mode, copies, printer, path)
        if done:
            record_printed(ids, operator=context.operator, clock=context.clock)
    except DeskError as error:
        show_error(parent, error)
        return False
    if done:
        context.signals.tickets_changed.emit(ids)
    return done


def print_unprinted_today(parent: QWidget | None, context: DeskContext, *, mode: str = "print") -> bool:
    """The batch: every ticket dispatched today whose work order was never printed."""
    ids = tickets_to_print(context.clock.now().date())
    if not ids:
        QMessageBox.information(parent, QCoreApplication.translate("Printing", "Work orders"),
                                QCoreApplication.translate("Printing", "Every work order dispatched today has been printed."))
        return False
    return print_work_orders(parent, context, ids, mode=mode)


def _output(parent: QWidget | None, context: DeskContext, ids: list[int], mode: str, copies: int | None,
            printer: QPrinter | None, path: Path | None) -> bool:
    settings = print_settings()
    with _busy():
        pdf = work_orders_pdf(ids, context, settings)
    if mode == "pdf":
        return _save(parent, context, ids, pdf, path)
    printer = printer or qt_print.make_printer(settings.layout, copies or settings.copies)
    if copies:
        printer.setCopyCount(copies)
    if mode == "preview":
        return qt_print.preview(parent, printer, pdf)
    return qt_print.print_with_dialog(parent, printer, pdf)


def _save(parent: QWidget | None, context: DeskContext, ids: list[int], pdf: bytes, path: Path | None) -> bool:
    target = path or qt_print.ask_pdf_path(parent, _suggested_name(context, ids))
    if target is None:
        return False
    try:
        qt_print.save_pdf(Path(target), pdf)
    except OSError as error:
        text = QCoreApplication.translate("Printing", "The PDF could not be saved to {path}: {reason}")
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Work orders"),
                            text.format(path=target, reason=error.strerror or error))
        return False
    return True


def _suggested_name(context: DeskContext, ids: list[int]) -> str:
    if len(ids) == 1:
        name = QCoreApplication.translate("Printing", "work-order-{number}.pdf")
        return name.format(number=work_orders_for(ids)[0].number)
    name = QCoreApplication.translate("Printing", "work-orders-{day}-{count}.pdf")
    return name.format(day=f"{context.clock.now():%Y-%m-%d}", count=len(ids))


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()

