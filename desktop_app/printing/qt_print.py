"""Our PDFs on Qt's print support: print preview (QPrintPreviewDialog), the system's
printer dialog (QPrintDialog) and saving the PDF itself. Qt cannot draw a PDF, so each
page is rasterised with PDFium at the printer's resolution (at most 300 dpi, plenty for
text and for the barcode) and painted full-page with QPainter."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

MAX_DPI = 300
PROGRESS_FROM_PAGES = 6
PAGE_LAYOUTS = {
    "a5": (QPageSize.PageSizeId.A5, QPageLayout.Orientation.Portrait),
    "a4x2": (QPageSize.PageSizeId.A4, QPageLayout.Orientation.Landscape),
}



def make_printer(layout: str, copies: int) -> QPrinter:
    """A printer set to the paper of the layout, full-page (the PDF has its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
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
    return QRect((paper.width() - scaled.width()) // 2, (paper.height() - scaled.height()) // 2, scaled.width(), scaled.height())


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


# --- the three ways out ------------------------------------------------------------------
def preview(parent: QWidget | None, printer: QPrinter, pdf: bytes) -> bool:
    """Show the print preview; True when the user printed from it."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printing.preview")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Work order preview"))
    dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf, parent=dialog, show_progress=False))
    return _run(dialog)


def print_with_dialog(parent: QWidget | None, printer: QPrinter, pdf: bytes) -> bool:
    """The system's printer dialog, then the pages; True when they were sent."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printing.dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print work orders"))
    if not _run(dialog):
        return False
    return paint_pdf(printer, pdf, parent=parent)


def ask_pdf_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    title = QCoreApplication.translate("Printing", "Save work orders as PDF")
    kinds = QCoreApplication.translate("Printing", "PDF files (*.pdf)")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested_name), kinds)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def save_pdf(path: Path, pdf: bytes) -> None:
    """Write via a temporary file so a full disk never leaves half a PDF behind."""
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(path)


def _run(dialog: QDialog) -> bool:
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
