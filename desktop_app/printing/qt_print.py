"""Work orders on Qt's print support — the one module of printing that loads Qt: print
preview (QPrintPreviewDialog), the system's printer dialog (QPrintDialog) and saving the
PDF itself. Qt cannot draw a PDF, so each page is rasterised with PDFium at the
printer's resolution (at most 300 dpi, plenty for text and for the barcode) and painted
full-page with QPainter.

Other documents (the callback sheet) use preview / print_with_dialog / ask_pdf_path with
their own titles and the "a4" page layout.

Pages call `print_work_orders(parent, context, ticket_ids, mode=...)`; it shows its own
errors (no Chinese font, a ticket that cannot be printed, a printer that is missing or
paused) and returns whether paper (or a PDF) was made; the printing is recorded through
printing.work_orders. `printer_named(name)` is a printer chosen by its queue name (the
command line's --printer), checked before anything is sent."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.printing.work_orders import make_work_orders, save_pdf
from models.dispatch import PrintSettings, print_settings, work_orders_for
from models.errors import DeskError
from models.i18n import QT_TRANSLATE_NOOP

MODES = ("preview", "print", "pdf", "send")  # send: straight to the given printer, no dialog
MAX_DPI = 300
PROGRESS_FROM_PAGES = 6
MSG_NO_SUCH_PRINTER = QT_TRANSLATE_NOOP("models", "There is no printer named “{name}” on this computer.")
MSG_NO_PRINTERS = QT_TRANSLATE_NOOP(
    "models", "No printer is set up on this computer; save the work orders as a PDF instead."
)
MSG_PRINTER_PAUSED = QT_TRANSLATE_NOOP(
    "models",
    "The printer “{name}” is paused or reports an error, so nothing was sent. Resume it in the system's printer "
    "settings (or choose another printer) and print again.",
)


PAGE_LAYOUTS = {
    "a5": (QPageSize.PageSizeId.A5, QPageLayout.Orientation.Portrait),
    "a4x2": (QPageSize.PageSizeId.A4, QPageLayout.Orientation.Landscape),
    "a4": (QPageSize.PageSizeId.A4, QPageLayout.Orientation.Portrait),
}


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


def printer_named(name: str, *, layout: str | None = None, copies: int | None = None, title: str = "") -> QPrinter:
    """The printer `name` set to the layout's paper and the copies (the office's settings
    when not given), with `title` as the job's name; PrinterProblem when it is missing or paused."""
    check_printer(name)
    settings = print_settings()
    printer = make_printer(layout or settings.layout, copies or settings.copies, name=name)
    if title:
        printer.setDocName(title)
    return printer


def print_work_orders(
    parent: QWidget | None,
    context: DeskContext,
    ticket_ids: Sequence[int],
    *,
    mode: str = "print",
    copies: int | None = None,
    printer: QPrinter | None = None,
    path: Path | None = None,
) -> bool:
    """Render, then preview / print / save the work orders; when paper or a PDF was made,
    write a print event on each ticket and tell the other pages. `printer` and `path`
    skip the choice of printer or file (scripts and tests); `copies` defaults to the
    office's setting."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    ids = list(dict.fromkeys(ticket_ids))
    if not ids:
        return False
    settings = print_settings()
    busy = _BusyWhileRendering()

    def deliver(pdf: bytes) -> bool:
        busy.done()
        return _output(parent, context, ids, pdf, mode, settings, copies, printer, path)

    try:
        with busy:
            done = make_work_orders(ids, operator=context.operator, clock=context.clock, deliver=deliver)
    except DeskError as error:
        show_error(parent, error)
        return False
    if done:
        context.signals.tickets_changed.emit(ids)
    return done


def _output(
    parent: QWidget | None,
    context: DeskContext,
    ids: list[int],
    pdf: bytes,
    mode: str,
    settings: PrintSettings,
    copies: int | None,
    printer: QPrinter | None,
    path: Path | None,
) -> bool:
    if mode == "pdf":
        return _save(parent, context, ids, pdf, path)
    printer = printer or make_printer(settings.layout, copies or settings.copies)
    if copies:
        printer.setCopyCount(copies)
    if not printer.docName():
        printer.setDocName(Path(_suggested_name(context, ids)).stem)
    if mode == "preview":
        return preview(parent, printer, pdf)
    if mode == "send":
        return send(parent, printer, pdf)
    return print_with_dialog(parent, printer, pdf)


def _save(parent: QWidget | None, context: DeskContext, ids: list[int], pdf: bytes, path: Path | None) -> bool:
    target = path or ask_pdf_path(parent, _suggested_name(context, ids))
    if target is None:
        return False
    try:
        save_pdf(Path(target), pdf)
    except OSError as error:
        text = QCoreApplication.translate("Printing", "The PDF could not be saved to {path}: {reason}")
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Work orders"),
            text.format(path=target, reason=error.strerror or error),
        )
        return False
    return True


def _suggested_name(context: DeskContext, ids: list[int]) -> str:
    if len(ids) == 1:
        name = QCoreApplication.translate("Printing", "work-order-{number}.pdf")
        return name.format(number=work_orders_for(ids)[0].number)
    name = QCoreApplication.translate("Printing", "work-orders-{day}-{count}.pdf")
    return name.format(day=f"{context.clock.now():%Y-%m-%d}", count=len(ids))


class _BusyWhileRendering:
    """The wait cursor while the PDF is drawn, gone before any dialog shows."""

    def __init__(self) -> None:
        self._on = False

    def __enter__(self) -> _BusyWhileRendering:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._on = True
        return self

    def done(self) -> None:
        if self._on:
            QApplication.restoreOverrideCursor()
            self._on = False

    def __exit__(self, *exc) -> None:
        self.done()


def make_printer(layout: str, copies: int, *, name: str = "") -> QPrinter:
    """A printer (the system's default, or `name`) set to the paper of the layout,
    full-page (the PDF has its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)  # before the paper: choosing a printer resets it to the printer's default
    size, orientation = PAGE_LAYOUTS[layout]
    printer.setPageLayout(QPageLayout(QPageSize(size), orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setCopyCount(copies)
    return printer


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_image(page: pdfium.PdfPage, dpi: int, grayscale: bool) -> QImage:
    bitmap = page.render(scale=dpi / 72, grayscale=grayscale, rev_byteorder=True, optimize_mode="print")
    image_format = QImage.Format.Format_Grayscale8 if grayscale else QImage.Format.Format_RGB888
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, image_format)
    return image.copy()  # detach from PDFium's buffer before the bitmap is freed


def paint_pdf(printer: QPrinter, pdf: bytes, *, parent: QWidget | None = None, show_progress: bool = True) -> bool:
    """Paint every page (once per copy when the printer cannot make copies itself);
    False when the user cancelled or the printer could not be opened."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = len(document)
        repeats = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        sequence = [index for _ in range(repeats) for index in range(pages)]
        with _Progress(parent, len(sequence), show_progress) as progress:
            return _paint_pages(printer, document, sequence, progress)
    finally:
        document.close()


def _paint_pages(printer: QPrinter, document: pdfium.PdfDocument, sequence: list[int], progress: _Progress) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        return False
    dpi = min(printer.resolution(), MAX_DPI)
    grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
    try:
        for step, index in enumerate(sequence):
            if progress.cancelled(step):
                printer.abort()
                return False
            if step:
                printer.newPage()
            image = page_image(document[index], dpi, grayscale)
            painter.drawImage(_fitted(image, printer), image)
        return True
    finally:
        painter.end()


def _fitted(image: QImage, printer: QPrinter) -> QRect:
    """The whole paper, keeping the page's proportions."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
    scaled = image.size().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(
        (paper.width() - scaled.width()) // 2, (paper.height() - scaled.height()) // 2, scaled.width(), scaled.height()
    )


class _Progress:
    """A cancellable progress dialog for long jobs; nothing for a page or two."""

    def __init__(self, parent: QWidget | None, total: int, wanted: bool) -> None:
        self.dialog: QProgressDialog | None = None
        if wanted and total >= PROGRESS_FROM_PAGES:
            label = QCoreApplication.translate("Printing", "Sending work orders to the printer…")
            cancel = QCoreApplication.translate("Printing", "Cancel")
            self.dialog = QProgressDialog(label, cancel, 0, total, parent)
            self.dialog.setObjectName("printing.progress")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)

    def cancelled(self, step: int) -> bool:
        if self.dialog is None:
            return False
        self.dialog.setValue(step)
        return self.dialog.wasCanceled()

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()


# --- any other document of the desk ------------------------------------------------------
def output_document(
    parent: QWidget | None,
    pdf: bytes,
    *,
    mode: str,
    title: str,
    suggested_name: str,
    layout: str = "a4",
    printer: QPrinter | None = None,
    path: Path | None = None,
) -> bool:
    """Preview, print (through the printer dialog) or save a finished PDF such as the
    survey questionnaires or a report; `title` names the dialogs. True when paper or a
    file was made. `printer` and `path` skip the choices (scripts and tests)."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    if mode == "pdf":
        target = path or ask_pdf_path(parent, suggested_name, title=title)
        return target is not None and _save_file(parent, Path(target), pdf, title)
    printer = printer or make_printer(layout, 1)
    if mode == "preview":
        return preview(parent, printer, pdf, title=title)
    return print_with_dialog(parent, printer, pdf, title=title)


def _save_file(parent: QWidget | None, target: Path, pdf: bytes, title: str) -> bool:
    try:
        save_pdf(target, pdf)
    except DeskError as error:  # the file cannot be written there: the reason, in a sentence
        show_error(parent, error)
        return False
    except OSError as error:
        text = QCoreApplication.translate("Printing", "The PDF could not be saved to {path}: {reason}")
        QMessageBox.warning(parent, title, text.format(path=target, reason=error.strerror or error))
        return False
    return True


# --- the three ways out ------------------------------------------------------------------
def preview(parent: QWidget | None, printer: QPrinter, pdf: bytes, title: str | None = None) -> bool:
    """Show the print preview; True when the user printed from it."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printing.preview")
    dialog.setWindowTitle(title or QCoreApplication.translate("Printing", "Work order preview"))
    dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf, parent=dialog, show_progress=False))
    return _run(dialog)


def print_with_dialog(parent: QWidget | None, printer: QPrinter, pdf: bytes, title: str | None = None) -> bool:
    """The system's printer dialog, then the pages; True when they were sent."""
    paper = printer.pageLayout()
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printing.dialog")
    dialog.setWindowTitle(title or QCoreApplication.translate("Printing", "Print work orders"))
    if not _run(dialog):
        return False
    # the dialog puts the chosen printer's default paper back; the work orders were laid
    # out for their own paper (A5, or A4 for two to a page) and go out on it
    printer.setPageLayout(paper)
    return send(parent, printer, pdf)


def send(parent: QWidget | None, printer: QPrinter, pdf: bytes) -> bool:
    """Paint the pages to the printer once it is known to take jobs; a missing or paused
    printer is said in a sentence and nothing is sent (the job would wait unseen)."""
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        try:
            check_printer(printer.printerName())
        except PrinterProblem as error:
            show_error(parent, error)
            return False
    return paint_pdf(printer, pdf, parent=parent)


def ask_pdf_path(parent: QWidget | None, suggested_name: str, title: str | None = None) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    title = title or QCoreApplication.translate("Printing", "Save work orders as PDF")
    kinds = QCoreApplication.translate("Printing", "PDF files (*.pdf)")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested_name), kinds)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def _run(dialog: QDialog) -> bool:
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
