"""`property-desk print work-order NUMBER` and `print work-orders --dispatched-on DAY`."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from desktop_app.cli import main
from models.tickets import TicketEvent
from tests.office import OFFICE_NOW

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo


@pytest.fixture(autouse=True)
def _default_language(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)  # the command speaks Chinese by default


def pages_text(path) -> list[str]:
    with pdfplumber.open(path) as document:
        return [page.extract_text() for page in document.pages]


def test_one_work_order_by_number(folder, make_ticket, tmp_path, capsys):
    ticket = make_ticket()
    out = tmp_path / "one.pdf"

    assert main(["--data-dir", str(folder.root), "print", "work-order", ticket.number, "--out", str(out)]) == 0

    (text,) = pages_text(out)
    assert "BX20261123-0001" in text and "3-2-1501" in text
    assert f"工单 BX20261123-0001 的派工单已写入 {out}。" in capsys.readouterr().out
    assert TicketEvent.select().where(TicketEvent.ticket == ticket.id, TicketEvent.action == "print").count() == 1


def test_unknown_number_says_so(folder, office, tmp_path, capsys):
    out = tmp_path / "none.pdf"

    assert main(["print", "work-order", "BX20261123-0042", "--out", str(out), "--data-dir", str(folder.root)]) == 2

    assert "没有编号为 BX20261123-0042 的工单。" in capsys.readouterr().err
    assert not out.exists()


def test_the_days_unprinted_work_orders_two_per_a4(folder, make_ticket, tmp_path, capsys):
    make_ticket("3-2-1501")
    make_ticket("3-2-1502")
    make_ticket("3-1-0101", dispatched_at=OFFICE_NOW - dt.timedelta(days=1))
    out = tmp_path / "day.pdf"
    command = [
        "--data-dir",
        str(folder.root),
        "print",
        "work-orders",
        "--dispatched-on",
        "2026-11-23",
        "--out",
        str(out),
        "--layout",
        "a4x2",
    ]

    assert main(command) == 0
    (text,) = pages_text(out)
    assert "3-2-1501" in text and "3-2-1502" in text and "3-1-0101" not in text
    assert f"已将 2 张派工单写入 {out}。" in capsys.readouterr().out

    out.unlink()
    assert main(command) == 1  # all printed now
    assert "2026-11-23 派出的工单中没有待打印的派工单。" in capsys.readouterr().err
    assert not out.exists()
