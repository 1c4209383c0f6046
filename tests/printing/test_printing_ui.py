"""Printing from the desk: save as PDF, the system printer dialog (here Qt's own, printing
to a PDF file, since CI has no printer), the preview, copies, the print event on the
timeline, and Settings › Printing."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.printing import qt_print
from desktop_app.printing.qt_print import print_work_orders
from models.clock import FixedClock
from models.dispatch import print_settings, tickets_to_print
from models.tickets import Assignment, TicketEvent
from tests.office import OFFICE_NOW
from tests.printing.conftest import decoded_symbols, needs_poppler_and_zbar, pdf_page_images


@pytest.fixture
def context(qapp, folder, office) -> DeskContext:
    return DeskContext(folder=folder, operator=office.supervisor, clock=FixedClock(OFFICE_NOW))


def when_modal_appears(action) -> None:
    """Act on the next modal dialog (print dialog, preview) once its event loop runs."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
        else:
            action(dialog)

    QTimer.singleShot(0, attempt)


def accept_when_filled(dialog) -> None:
    """Accept the printer dialog once it lists its printers; accepted earlier, it reads an
    empty choice and sends the pages to no printer at all."""
    printers = dialog.findChild(QComboBox, "printers")
    if printers is not None and printers.count() == 0:
        QTimer.singleShot(20, lambda: accept_when_filled(dialog))
    else:
        dialog.accept()


def print_events(ticket) -> list[tuple[str, str]]:
    query = (
        TicketEvent.select().where(TicketEvent.ticket == ticket, TicketEvent.action == "print").order_by(TicketEvent.id)
    )
    return [(event.old_value, event.new_value) for event in query]


def test_save_as_pdf_records_the_printing_and_tells_the_other_pages(qtbot, context, make_ticket, tmp_path):
    ticket = make_ticket()
    target = tmp_path / "out" / "work-order.pdf"
    target.parent.mkdir()

    with qtbot.waitSignal(context.signals.tickets_changed) as changed:
        assert print_work_orders(None, context, [ticket.id], mode="pdf", path=target) is True

    with pdfplumber.open(target) as document:
        assert "BX20261123-0001" in document.pages[0].extract_text()
    assert changed.args == [[ticket.id]]
    assert print_events(ticket) == [("0", "1")]
    assert Assignment.get(Assignment.ticket == ticket).printed_at == OFFICE_NOW
    assert tickets_to_print(OFFICE_NOW.date()) == []


@needs_poppler_and_zbar
def test_printing_through_the_dialog_makes_the_copies_and_the_barcode_survives(qtbot, context, make_ticket, tmp_path):
    ticket = make_ticket()
    printer = qt_print.make_printer("a5", copies=1)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    seen = []
    when_modal_appears(lambda dialog: (seen.append(dialog.objectName()), accept_when_filled(dialog)))

    assert print_work_orders(None, context, [ticket.id], mode="print", copies=2, printer=printer) is True

    assert seen == ["printing.dialog"]
    printed = (tmp_path / "printed.pdf").read_bytes()
    pages = pdf_page_images(printed, tmp_path, dpi=300)
    assert len(pages) == 2  # a PDF "printer" cannot make copies, so each copy is painted
    assert decoded_symbols(pages[1]) == ["CODE-128:BX20261123-0001", "QR-Code:BX20261123-0001"]
    assert print_events(ticket) == [("0", "1")]


def test_cancelling_the_print_dialog_records_nothing(qtbot, context, make_ticket):
    ticket = make_ticket()
    when_modal_appears(lambda dialog: dialog.reject())

    assert print_work_orders(None, context, [ticket.id], mode="print") is False
    assert print_events(ticket) == []


def test_preview_shows_every_sheet_and_closing_it_prints_nothing(qtbot, context, make_ticket):
    first, second = make_ticket(), make_ticket("5-1-0302", description="楼道灯不亮。")
    counted = []

    def look_and_close(dialog):
        counted.append(dialog.findChild(QPrintPreviewWidget).pageCount())
        dialog.reject()

    when_modal_appears(look_and_close)
    assert print_work_orders(None, context, [first.id, second.id], mode="preview", copies=1) is False
    assert counted == [2]
    assert print_events(first) == print_events(second) == []


def test_a_reprint_is_recorded_again(qtbot, context, make_ticket, tmp_path):
    ticket = make_ticket()
    print_work_orders(None, context, [ticket.id], mode="pdf", path=tmp_path / "first.pdf")
    print_work_orders(None, context, [ticket.id], mode="pdf", path=tmp_path / "again.pdf")

    with pdfplumber.open(io.BytesIO((tmp_path / "again.pdf").read_bytes())) as document:
        assert "补打" in document.pages[0].extract_text()
    assert print_events(ticket) == [("0", "1"), ("1", "2")]


@pytest.mark.parametrize("desk_user", ["admin"])  # the printing settings are the admin's
def test_settings_printing_section_saves_what_the_office_types(qtbot, window):
    window.show_page("settings")
    window.findChild(QTabWidget, "settings.tabs").setCurrentWidget(window.findChild(QWidget, "settings.print"))
    name = window.findChild(QLineEdit, "settings.print.office_name")
    phone = window.findChild(QLineEdit, "settings.print.office_phone")
    copies = window.findChild(QSpinBox, "settings.print.copies")
    paper = window.findChild(QComboBox, "settings.print.layout")
    full_phone = window.findChild(QCheckBox, "settings.print.crew_full_phone")
    phone_error = window.findChild(QLabel, "settings.print.office_phone_error")
    save = window.findChild(QPushButton, "settings.print.save")
    assert (copies.value(), paper.currentData(), full_phone.isChecked()) == (2, "a5", False)

    name.insert("阳光花园物业服务中心")  # what an input method commits; QTest types ASCII only
    qtbot.keyClicks(phone, "12345")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert phone_error.isVisible() and phone_error.text()
    assert phone.hasFocus() and phone.text() == "12345"
    assert print_settings().office_name == ""

    phone.clear()
    qtbot.keyClicks(phone, "010 8888 7777")
    copies.setValue(1)
    paper.setCurrentIndex(paper.findData("a4x2"))
    full_phone.setFocus()
    qtbot.keyClick(full_phone, Qt.Key.Key_Space)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert not phone_error.isVisible()
    assert phone.text() == "010-88887777"
    saved = print_settings()
    assert (saved.office_name, saved.office_phone, saved.copies, saved.layout, saved.crew_full_phone) == (
        "阳光花园物业服务中心",
        "010-88887777",
        1,
        "a4x2",
        True,
    )
