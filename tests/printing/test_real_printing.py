"""Real printing: a work order goes through Qt's print support — the same path as the
print dialog's OK — to a CUPS queue whose printer writes a PDF; what the queue wrote is
read back like paper. CUPS-PDF re-renders through Ghostscript, so the text may not come
back as text; the barcode and the QR code must decode to the ticket number. Copies, A5
against two to an A4 page, and the paper size reach the printer; a missing or paused
printer is a sentence, never a hang."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication

from desktop_app.cli import main
from desktop_app.printing.qt_print import PrinterProblem, print_work_orders, printer_named
from models.clock import SystemClock
from models.dispatch import PrintSettings, save_print_settings
from models.office import create_first_admin
from models.tickets import TicketEvent
from tests.acting import admin
from tests.printing.conftest import decoded_symbols, needs_poppler_and_zbar, pdf_page_images

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo

# the CUPS-PDF queue comes from tests/services.py (`cups_pdf_queue`), which ./desk test's
# setup provides; until that module is in the tree these tests say so instead of running
pytest.importorskip("tests.services", reason="the cups_pdf_queue fixture (tests/services.py) is not in this tree yet")

MM = 72 / 25.4  # PDF points per millimetre


def accept_the_print_dialog_when_it_shows() -> None:
    """Press OK in Qt's print dialog, as the clerk would, once it is open."""

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QPrintDialog):
            dialog.accept()
        else:
            QTimer.singleShot(20, press_ok)

    QTimer.singleShot(0, press_ok)


def sheets(pdf) -> list[str]:
    """The paper of each page: A5 (148 × 210 mm) or A4 (210 × 297 mm), whichever way up,
    to a millimetre (the queue's PPD rounds to whole points)."""
    named = {(148, 210): "A5", (210, 297): "A4"}
    found = []
    for page in PdfReader(pdf).pages:
        width, height = sorted((float(page.mediabox.width) / MM, float(page.mediabox.height) / MM))
        found.append(next((n for (w, h), n in named.items() if abs(width - w) <= 1.5 and abs(height - h) <= 1.5), "?"))
    return found


@needs_poppler_and_zbar
def test_a_work_order_printed_through_the_dialog_reaches_the_queue_and_its_codes_decode(
    window, make_ticket, cups_pdf_queue, tmp_path
):
    queue, _folder = cups_pdf_queue
    ticket = make_ticket(crew=("赵师傅",))
    printer = printer_named(queue, layout="a5", copies=1, title=f"work-order {ticket.number}")
    accept_the_print_dialog_when_it_shows()
    assert print_work_orders(window, window.context, [ticket.id], mode="print", printer=printer)
    written = cups_pdf_queue.wait_for_pdf(f"work-order {ticket.number}")
    # one A5 sheet, though the queue's default paper is A4
    assert sheets(written) == ["A5"]
    (page,) = pdf_page_images(written.read_bytes(), tmp_path)
    assert decoded_symbols(page) == [f"CODE-128:{ticket.number}", f"QR-Code:{ticket.number}"]


@needs_poppler_and_zbar
def test_copies_and_two_to_an_a4_page_reach_the_printer(window, make_ticket, cups_pdf_queue, tmp_path):
    queue, _folder = cups_pdf_queue
    first, second = make_ticket(crew=("赵师傅",)), make_ticket(crew=("钱师傅",))
    save_print_settings(PrintSettings(layout="a4x2", copies=2), **admin())
    printer = printer_named(queue, title=f"batch {first.number}")  # layout and copies from Settings
    accept_the_print_dialog_when_it_shows()
    assert print_work_orders(window, window.context, [first.id, second.id], mode="print", printer=printer)
    written = cups_pdf_queue.wait_for_pdf(f"batch {first.number}")
    # two orders side by side on one A4 sheet, twice: two copies
    assert sheets(written) == ["A4", "A4"]
    images = pdf_page_images(written.read_bytes(), tmp_path)
    for image in images:
        assert f"CODE-128:{first.number}" in decoded_symbols(image)
        assert f"CODE-128:{second.number}" in decoded_symbols(image)


def test_a_missing_printer_is_a_sentence(window, cups_pdf_queue):
    with pytest.raises(PrinterProblem) as problem:
        printer_named("Office-Printer-That-Is-Gone")
    assert problem.value.message == "There is no printer named “{name}” on this computer."


def test_a_paused_printer_is_a_sentence_and_nothing_is_sent(window, make_ticket, cups_pdf_queue):
    queue, folder = cups_pdf_queue
    ticket = make_ticket(crew=("赵师傅",))
    environment = cups_pdf_queue.environment()
    subprocess.run(["cupsdisable", queue], check=True, env=environment)
    try:
        with pytest.raises(PrinterProblem) as problem:
            printer_named(queue)
        assert problem.value.params == {"name": queue}
    finally:
        subprocess.run(["cupsenable", queue], check=True, env=environment)
    assert ticket.number


# --- the command line: a scripted morning batch --------------------------------------------
@needs_poppler_and_zbar
def test_the_command_line_sends_the_days_work_orders_to_a_named_printer(
    folder, make_ticket, cups_pdf_queue, tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    queue, _folder = cups_pdf_queue
    first, second = make_ticket("3-2-1501"), make_ticket("3-2-1502")
    command = ["--data-dir", str(folder.root), "print", "work-orders", "--dispatched-on", "2026-11-23"]
    assert main([*command, "--printer", queue, "--layout", "a5"]) == 0
    assert capsys.readouterr().out.strip() == f"2 张派工单已发送到打印机 {queue}。"
    written = cups_pdf_queue.wait_for_pdf("2026-11-23")
    # two orders, one to an A5 sheet, two copies of each (the office's setting, as in the app)
    assert sheets(written) == ["A5"] * 4
    numbers = [symbol for image in pdf_page_images(written.read_bytes(), tmp_path) for symbol in decoded_symbols(image)]
    assert f"CODE-128:{first.number}" in numbers and f"CODE-128:{second.number}" in numbers
    # both are recorded as printed: the next morning's batch does not print them again
    assert main([*command, "--printer", queue]) == 1


def test_the_command_line_names_a_missing_printer_and_records_nothing(folder, make_ticket, cups_pdf_queue, capsys):
    ticket = make_ticket()
    create_first_admin("admin", "demo", clock=SystemClock())  # an office in use has its admin already
    command = ["--data-dir", str(folder.root), "print", "work-order", ticket.number, "--printer", "Gone"]
    assert main(command) == 2
    assert capsys.readouterr().err.strip() == "这台电脑上没有名为“Gone”的打印机。"
    assert TicketEvent.select().where(TicketEvent.ticket == ticket.id, TicketEvent.action == "print").count() == 0


# --- the desk's other paper from the command line ----------------------------------------
@needs_poppler_and_zbar
def test_survey_forms_go_to_a_named_printer_and_a_missing_one_takes_no_numbers(
    folder, office, cups_pdf_queue, tmp_path, capsys, monkeypatch, cli_user
):
    from tests.models.followup.survey_factory import build_survey_office

    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    surveys = build_survey_office(office)
    queue, written_folder = cups_pdf_queue
    for earlier in written_folder.glob("*.pdf"):  # the job's title (the campaign) has only 2026 in letters and digits
        earlier.unlink()
    name = "2026年第四季度满意度调查"
    base = ["--data-dir", str(folder.root), "print", "survey-forms", name, "--count", "2"]
    # a printer that is not there: a sentence, exit 2, and forms 0006–0007 stay unprinted
    assert main([*base, "--printer", "Gone"]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == "这台电脑上没有名为“Gone”的打印机。"
    # the survey factory's office printed forms up to 0005, so the batch is 0006–0007
    assert main([*base, "--printer", queue]) == 0
    assert capsys.readouterr().out.strip() == f"{name} 的 2 份问卷（0006–0007）已发送到打印机 {queue}。"
    written = cups_pdf_queue.wait_for_pdf(name)
    assert sheets(written) == ["A4", "A4"]  # one questionnaire a sheet, one copy
    images = pdf_page_images(written.read_bytes(), tmp_path, dpi=200)
    campaign = surveys.current_id
    assert [decoded_symbols(page) for page in images] == [
        [f"CODE-128:S{campaign}-0006"],
        [f"CODE-128:S{campaign}-0007"],
    ]
    # recorded as printed: the next batch goes on from 0008
    out = tmp_path / "next.pdf"
    assert main([*base[:-1], "1", "--out", str(out)]) == 0
    assert "0008" in capsys.readouterr().out


@pytest.mark.parametrize(
    "document",
    [
        ["callback-sheet", "--date", "2026-11-23"],
        ["monthly", "--month", "2026-11"],
        ["survey-report", "2026年第四季度满意度调查"],
    ],
)
def test_each_desk_document_names_a_missing_printer(folder, office, cups_pdf_queue, capsys, cli_user, document):
    command = ["--data-dir", str(folder.root), "print", *document, "--printer", "Gone"]
    assert main(command) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == "这台电脑上没有名为“Gone”的打印机。"
    with pytest.raises(SystemExit) as refused:  # --out and --printer together: one of the two
        main([*command, "--out", "x.pdf"])
    assert refused.value.code == 2
    assert "不能与 --printer 同时使用" in capsys.readouterr().err
