"""The services other tests print and store through really work: a text file printed
with `lp` comes out of the CUPS-PDF queue as a PDF, and the throwaway PostgreSQL server
answers a query."""

from __future__ import annotations

import subprocess
import uuid

from pypdf import PdfReader


def test_a_file_printed_to_the_cups_pdf_queue_comes_out_as_a_pdf(cups_pdf_queue, tmp_path):
    queue, folder = cups_pdf_queue
    title = f"desk-smoke-{uuid.uuid4().hex[:8]}"
    text = tmp_path / "note.txt"
    text.write_text("Work order BX20261123-0007\n", encoding="ascii")

    sent = subprocess.run(["lp", "-d", queue, "-t", title, str(text)], capture_output=True, text=True, timeout=30)

    assert sent.returncode == 0, sent.stderr
    pdf = cups_pdf_queue.wait_for_pdf(title)
    assert pdf.parent == folder
    reader = PdfReader(pdf)
    # one short line of text is one page
    assert len(reader.pages) == 1


def test_the_throwaway_postgresql_server_answers(postgres_url):
    import psycopg

    assert postgres_url.startswith("postgresql://") and "@127.0.0.1:" in postgres_url
    with psycopg.connect(postgres_url, connect_timeout=10) as connection:
        assert connection.execute("select 1").fetchone() == (1,)
        # the database is ours: we can create and drop a table in it
        connection.execute("create table smoke (n int)")
        connection.execute("drop table smoke")


def test_qt_sees_the_queue_only_while_a_test_holds_it(qapp, request):
    from PySide6.QtPrintSupport import QPrinterInfo

    before = QPrinterInfo.availablePrinterNames()
    queue = request.getfixturevalue("cups_pdf_queue")

    assert queue.name in QPrinterInfo.availablePrinterNames()
    assert queue.name not in before


def test_after_that_test_qt_sees_no_test_queue_again(qapp):
    # runs after the test above (file order): the session's scheduler still runs, but
    # this process no longer talks to it, so a print dialog here lists no test printer
    from PySide6.QtPrintSupport import QPrinterInfo

    assert not [name for name in QPrinterInfo.availablePrinterNames() if name.startswith("DeskPDF-")]
