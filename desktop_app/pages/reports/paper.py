"""The monthly summary from the reports page: rendered from the figures on screen in the
window's language (Chinese by default, English when the setting asks), then previewed,
printed through the system's dialog or saved as PDF (qt_print)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.error_presenter import show_error
from desktop_app.printing import qt_print
from desktop_app.printing.monthly_report import monthly_report_pdf
from desktop_app.printing.work_orders import save_pdf
from models.errors import DeskError
from models.reports import ReportFigures


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


def print_monthly(
    parent: QWidget, figures: ReportFigures, mode: str, *, path: Path | None = None, printer=None
) -> bool:
    try:
        pdf = monthly_report_pdf(figures, QCoreApplication.translate)
    except DeskError as error:
        show_error(parent, error)
        return False
    if mode == "pdf":
        return _save(parent, figures, pdf, path)
    printer = printer or qt_print.make_printer("a4", 1)
    if mode == "preview":
        return qt_print.preview(
            parent, printer, pdf, QCoreApplication.translate("ReportsPage", "Monthly summary preview")
        )
    return qt_print.print_with_dialog(
        parent, printer, pdf, QCoreApplication.translate("ReportsPage", "Print the monthly summary")
    )


def _save(parent: QWidget, figures: ReportFigures, pdf: bytes, path: Path | None) -> bool:
    suggested = QCoreApplication.translate("ReportsPage", "monthly-summary-{period}.pdf").format(
        period=figures.period.label
    )
    target = path or qt_print.ask_pdf_path(
        parent, suggested, QCoreApplication.translate("ReportsPage", "Save the monthly summary as PDF")
    )
    if target is None:
        return False
    try:
        save_pdf(Path(target), pdf)
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ReportsPage", "Monthly summary"),
            QCoreApplication.translate("ReportsPage", "The PDF could not be saved to {path}: {reason}").format(
                path=target, reason=error.strerror or error
            ),
        )
        return False
    return True
