"""The callback sheet (回访单): what a reader and a scanner get out of the PDF, and
`property-desk print callback-sheet --date DAY --out FILE.pdf`."""

from __future__ import annotations

import datetime as dt
import json

import pdfplumber
import pytest

from desktop_app.cli import main
from desktop_app.printing.callback_sheets import callback_sheet_pdf
from models.clock import FixedClock
from models.errors import PermissionDenied
from models.followup import CallEntry, callback_sheet, record_call
from models.office import audit_lines
from models.store import set_setting
from tests.models.followup.helpers import open_callback, resolved_ticket
from tests.printing.conftest import decoded_symbols, needs_poppler_and_zbar, pdf_page_images

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo

T = dt.datetime
DAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _default_language(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)


@pytest.fixture
def due(office, folder):
    """Six callbacks due on 23 Nov (resolved 16 Nov, 7 days), one due on 24 Nov, one done."""
    clock = FixedClock(T(2026, 11, 16, 9, 0))
    rooms = ["3-2-1501", "3-2-1502", "3-1-0101", "5-1-0302", "5-1-0303", "3-2-1501"]
    tickets = [resolved_ticket(office, folder, clock, T(2026, 11, 16, 9 + i, 0), room=r) for i, r in enumerate(rooms)]
    later = resolved_ticket(office, folder, clock, T(2026, 11, 17, 9, 0), room="3-2-1502")
    done = resolved_ticket(office, folder, clock, T(2026, 11, 16, 8, 0), room="5-1-0303")
    clock.at = T(2026, 11, 17, 10, 0)
    record_call(open_callback(done).id, CallEntry(True, solved="yes", rating=5), operator=office.clerk, clock=clock)
    return tickets, later


def pages_text(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    with pdfplumber.open(path) as document:
        return [page.extract_text() for page in document.pages]


def test_the_days_sheet_lists_its_open_callbacks_by_deadline_with_blanks(due, office, tmp_path):
    tickets, later = due
    now = T(2026, 11, 23, 8, 30)
    assert [line.number for line in callback_sheet(DAY, operator=office.clerk, at=now)] == [t.number for t in tickets]
    pdf, count = callback_sheet_pdf(day=DAY, now=now, operator=office.clerk)
    assert count == 6
    first, second = pages_text(pdf, tmp_path)  # five blocks to an A4 page: 5 + 1
    assert "回访单 2026-11-23" in first and "共 6 条" in first and "第 1 页 / 共 2 页" in first
    assert "业主：王建国" in first and "阳光花园 3-2-1501" in first and "电话：138****5678" in first
    assert "13812345678" not in first  # masked by default (SPEC §6)
    assert "处理情况：更换角阀一个" in first and "处理人：钱师傅" in first
    assert "回访期限：2026-11-23 23:59" in first
    for blank in ("是否接通", "是否解决", "已解决", "部分解决", "未解决", "满意度", "业主意见", "回访人", "时间"):
        assert blank in first
    assert tickets[5].number in second and later.number not in first + second


def test_full_numbers_print_when_the_office_says_so_and_the_sheet_is_a_logged_reveal(due, office, tmp_path):
    tickets, _ = due
    assert audit_lines(kind="reveal") == []  # masked sheets reveal nothing
    set_setting("callbacks.sheet_full_phone", True)
    pdf, _ = callback_sheet_pdf(day=DAY, now=T(2026, 11, 23, 8, 30), operator=office.clerk)
    assert "电话：13812345678" in pages_text(pdf, tmp_path)[0]
    (entry,) = audit_lines(kind="reveal")
    assert (entry.actor, entry.subject, entry.at) == ("clerk", "callback_sheet:2026-11-23", "2026-11-23 08:30:00")
    assert json.loads(entry.new) == {"numbers": 6, "tickets": [t.number for t in tickets]}


def test_a_disabled_user_gets_no_sheet(due, office):
    # every role makes callbacks (the role table); a disabled user is refused before anything is read
    office.clerk.active = False
    with pytest.raises(PermissionDenied):
        callback_sheet_pdf(day=DAY, now=T(2026, 11, 23, 8, 30), operator=office.clerk)


@needs_poppler_and_zbar
def test_every_block_carries_a_barcode_a_scanner_reads(due, office, tmp_path):
    tickets, _ = due
    pdf, _ = callback_sheet_pdf(day=DAY, now=T(2026, 11, 23, 8, 30), operator=office.clerk)
    read = [symbol for image in pdf_page_images(pdf, tmp_path, dpi=200) for symbol in decoded_symbols(image)]
    assert sorted(read) == sorted(f"CODE-128:{t.number}" for t in tickets)


def test_command_line_writes_the_days_sheet(due, folder, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    command = ["--data-dir", str(folder.root), "print", "callback-sheet", "--date", "2026-11-23", "--out", str(out)]
    assert main(command) == 0
    assert f"2026-11-23 的 6 条待回访已写入 {out}。" in capsys.readouterr().out
    assert "回访单 2026-11-23" in pages_text(out.read_bytes(), tmp_path)[0]
    empty = tmp_path / "empty.pdf"
    command = ["--data-dir", str(folder.root), "print", "callback-sheet", "--date", "2026-11-01", "--out", str(empty)]
    assert main(command) == 1
    assert "2026-11-01 没有待回访的工单。" in capsys.readouterr().err
    assert not empty.exists()
