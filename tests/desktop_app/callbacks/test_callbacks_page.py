"""The callbacks page by keyboard alone: one full cycle from the first unanswered call to
the closed ticket, the registry, the board and the status bar following without a
refresh; a scanned callback sheet number opening the callback; the page at 1024×768."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from models.dispatch import ResultEntry, dispatch, record_result
from models.followup import Callback
from models.tickets import Ticket, TicketEvent
from tests.desktop_app.gui import find, type_text
from tests.models.followup.helpers import resolved_ticket

T = dt.datetime


@pytest.fixture
def page(window):
    return window.show_page("callbacks")


def keys(qtbot, widget, *sequence) -> None:
    """Press keys where the focus is, as a clerk does: letters/digits or Qt keys."""
    for key in sequence:
        target = widget.window().focusWidget() or widget
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def table_numbers(page) -> list[str]:
    model = find(page, QTableView, "callback.table").model()
    return [model.row_at(row).number for row in range(model.rowCount())]


def test_one_full_cycle_by_keyboard(window, page, office, folder, qtbot):
    clock = window.context.clock
    # resolved Tue 17 Nov 11:00 → callback due within 7 days: end of Tue 24 Nov
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 17, 11, 0))
    clock.at = T(2026, 11, 23, 17, 0)
    window.context.signals.tickets_changed.emit([])
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Upcoming
    assert table_numbers(page) == [ticket.number]
    assert find(page, QLabel, "callback.phone").text() == "138****5678"
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is find(page, QLineEdit, "callback.reached")

    # day 1, 17:00: no answer → +4 h is 21:00, after office hours → Tue 24 Nov 09:00
    keys(qtbot, page, "n", "1", Qt.Key.Key_Return)
    callback = Callback.get(Callback.ticket == ticket.id)
    assert (callback.attempts, callback.call_at) == (1, T(2026, 11, 24, 9, 0))
    assert "2026-11-24 09:00" in find(page, QLabel, "callback.message").text()

    # day 2, 09:30: due today; reached, solved, rating 2 with the reason → reopened
    clock.at = T(2026, 11, 24, 9, 30)
    window.context.signals.tickets_changed.emit([])
    qtbot.keyClick(page, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # Due today
    assert table_numbers(page) == [ticket.number]
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, page, "y", "1", "2")
    assert window.focusWidget() is find(page, QLineEdit, "callback.comment")
    type_text(window.focusWidget(), "师傅态度不好")
    keys(qtbot, page, Qt.Key.Key_Return)
    reopened = Ticket.get_by_id(ticket.id)
    assert (reopened.status, reopened.reopen_count, reopened.callback_unhappy) == ("acknowledged", 1, True)
    assert "退回派工看板" in find(page, QLabel, "callback.message").text()
    actions = [e.action for e in TicketEvent.select().where(TicketEvent.ticket == ticket.id)]
    assert actions[-3:] == ["callback_unhappy", "callback_unhappy", "reopen"]
    # the supervisor's notice in the status bar, and the supervisor's view lists it
    assert window.findChild(QLabel, "status.callbacks").text() == "待主管处理的回访：1"
    qtbot.keyClick(page, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert table_numbers(page) == [ticket.number]

    # the board shows it back in 待派工 marked 回访不满意, without a refresh
    board = window.show_page("dispatch")
    cards = board.lane("new").card_model().cards
    assert [(c.number, c.unhappy) for c in cards] == [(ticket.number, True)]
    assert "回访不满意" in board.lane("new").card_model().data(board.lane("new").card_model().index(0))

    # dispatched and resolved again at 15:00 → a new callback, due end of Tue 1 Dec
    crew = office.staff["赵师傅"].id
    dispatch(ticket.id, staff_ids=[crew], operator=office.supervisor, clock=clock)
    clock.at = T(2026, 11, 24, 15, 0)
    record_result(
        ticket.id,
        ResultEntry(finished=clock.at, work_done="再次更换角阀", crew_id=crew),
        operator=office.clerk,
        clock=clock,
    )
    window.context.signals.tickets_changed.emit([ticket.id])

    # 16:00: called back with 5 → closed; the board lane and the registry follow
    clock.at = T(2026, 11, 24, 16, 0)
    page = window.show_page("callbacks")
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Upcoming
    assert table_numbers(page) == [ticket.number]
    assert find(page, QLabel, "callback.work").text() == "再次更换角阀"
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, page, "y", "1", "5", Qt.Key.Key_Return)
    assert Ticket.get_by_id(ticket.id).status == "closed"
    assert table_numbers(page) == []
    board = window.show_page("dispatch")
    assert ticket.number not in [c.number for lane in ("new", "resolved") for c in board.lane(lane).card_model().cards]
    registry = window.show_page("registry")
    model = registry.findChild(QTableView, "registry.table").model()
    statuses = {model.row_at(r).number: model.row_at(r).status for r in range(model.rowCount())}
    assert statuses[ticket.number] == "closed"
    assert window.findChild(QLabel, "status.overdue").text() == "超时：0"


def test_enter_moves_to_the_next_due_callback_and_an_unhappy_call_without_reason_is_kept(
    window, page, office, folder, qtbot
):
    clock = window.context.clock
    first = resolved_ticket(office, folder, clock, T(2026, 11, 16, 9, 0))  # due end of 23 Nov
    second = resolved_ticket(office, folder, clock, T(2026, 11, 16, 10, 0), room="3-2-1502")
    clock.at = T(2026, 11, 23, 10, 0)
    window.context.signals.tickets_changed.emit([])
    assert table_numbers(page) == [first.number, second.number]
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, page, "y", "3", "1", Qt.Key.Key_Return)  # not solved, rating 1, no reason given
    assert find(page, QLabel, "callback.error").text() == "请写明业主不满意的原因，工单将据此重新处理。"
    assert window.focusWidget() is find(page, QLineEdit, "callback.comment")
    assert find(page, QLineEdit, "callback.rating").text() == "1"  # nothing typed is lost
    type_text(window.focusWidget(), "还在漏水")
    keys(qtbot, page, Qt.Key.Key_Return)
    assert Ticket.get_by_id(first.id).status == "acknowledged"
    # the next due callback is in the panel, the cursor back at Y/N
    assert find(page, QLabel, "callback.ticket").text() == second.number
    assert window.focusWidget() is find(page, QLineEdit, "callback.reached")


def test_scanning_a_callback_sheet_number_opens_its_entry(window, office, folder, qtbot):
    clock = window.context.clock
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 20, 9, 0))
    clock.at = T(2026, 11, 23, 10, 0)
    search = window.findChild(QLineEdit, "global.search")
    search.setFocus()
    qtbot.keyClicks(search, ticket.number)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.current_page_key() == "callbacks"
    page = window.page("callbacks")
    assert find(page, QLabel, "callback.ticket").text() == ticket.number
    assert window.focusWidget() is find(page, QLineEdit, "callback.reached")


def test_page_fits_a_1024_pixel_screen(window, page, office, folder):
    resolved_ticket(office, folder, window.context.clock, T(2026, 11, 20, 9, 0))
    window.context.clock.at = T(2026, 11, 23, 10, 0)
    window.resize(1024, 768)
    window.context.signals.tickets_changed.emit([])
    table = find(page, QTableView, "callback.table")
    assert not table.horizontalScrollBar().isVisible()
    assert page.minimumSizeHint().width() <= 1024 - window.nav.width()


def test_callbacks_chosen_in_the_list_print_as_their_own_sheet(window, page, office, folder, qtbot, tmp_path):
    import io

    import pdfplumber

    clock = window.context.clock
    first = resolved_ticket(office, folder, clock, T(2026, 11, 16, 9, 0))
    second = resolved_ticket(office, folder, clock, T(2026, 11, 16, 10, 0), room="3-2-1502")
    third = resolved_ticket(office, folder, clock, T(2026, 11, 16, 11, 0), room="5-1-0302")
    clock.at = T(2026, 11, 23, 10, 0)
    window.context.signals.tickets_changed.emit([])
    assert table_numbers(page) == [first.number, second.number, third.number]
    table = find(page, QTableView, "callback.table")
    # the clerk picks the first and the third (Ctrl+click) for the afternoon's calls
    table.selectRow(0)
    rect = table.visualRect(table.model().index(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    out = tmp_path / "chosen.pdf"
    assert page.print_sheet("pdf", path=out)
    assert find(page, QLabel, "callback.message").text() == f"已将选中的 2 条回访写入 {out}。"
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as document:
        text = "".join(p.extract_text() or "" for p in document.pages)
    assert first.number in text and third.number in text and second.number not in text
    # one row chosen: today's sheet, all three due
    table.selectRow(1)
    assert page.print_sheet("pdf", path=out)
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as document:
        text = "".join(p.extract_text() or "" for p in document.pages)
    assert all(ticket.number in text for ticket in (first, second, third))
