"""The window beside other desks: what another process writes into the office shows in
the registry, on the dispatch board, on the callbacks page and in the status bar within a
few seconds, without a refresh and without losing the selection or what the clerk is
typing; a save from a form another desk overtook is explained and keeps the text; a data
file whose folder vanished is said in the status bar and the desk carries on once it is
back. The other desk is a real process on the same file (tests/several_desks.py)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTableView

from desktop_app.change_watch import POLL_MS
from desktop_app.pages.ticket import TicketDetailDialog
from models.tickets import Ticket
from tests.desktop_app.gui import find, type_text
from tests.models.followup.helpers import resolved_ticket
from tests.several_desks import other_desk_process

T = dt.datetime
SECONDS = 30_000  # the other process needs to start (imports, opening) on a busy machine


def other_desk(folder, *args: str) -> str:
    """Run one thing at the other desk and wait for it; what it printed."""
    process = other_desk_process(folder.root, *args)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out.strip()


def registry_numbers(page) -> list[str]:
    model = find(page, QTableView, "registry.table").model()
    return [model.row_at(row).number for row in range(model.rowCount())]


def test_the_registry_shows_another_desks_ticket_keeping_the_selection(window, register, qtbot):
    page = window.show_page("registry")
    refs = [register(description=f"第{n}条报修") for n in range(40)]
    first = refs[0]
    window.context.signals.tickets_changed.emit([])
    assert page.select_ticket(first.id)  # the oldest: at the bottom of the list (newest first)
    scroll = find(page, QTableView, "registry.table").verticalScrollBar()
    assert scroll.maximum() > 0  # 40 rows do not fit: the list scrolls
    scroll.setValue(scroll.maximum() // 2)
    kept = scroll.value()
    number = other_desk(window.context.folder, "register", "2026-11-23", "另一台电脑登记的报修")
    started = time.monotonic()
    qtbot.waitUntil(lambda: number in registry_numbers(page), timeout=SECONDS)
    picked_up = time.monotonic() - started
    assert picked_up < 2 * POLL_MS / 1000 + 1  # within one or two polls of 1.5 s
    assert page.selected_ticket_id() == first.id  # the clerk's selection stayed
    assert scroll.value() == kept  # and the list did not jump
    assert set(registry_numbers(page)) == {ref.number for ref in refs} | {number}


def test_the_board_and_the_status_bar_follow_another_desk(window, qtbot):
    board = window.show_page("dispatch")
    overdue = window.findChild(QLabel, "status.overdue")
    assert overdue.text() == "超时：0"
    # received Fri 20 Nov 09:00 and never acknowledged: past its deadline at Mon 23 Nov 10:00
    number = other_desk(window.context.folder, "register", "2026-11-20", "周五的报修没人回复")
    qtbot.waitUntil(lambda: overdue.text() == "超时：1", timeout=SECONDS)
    qtbot.waitUntil(lambda: number in [c.number for c in board.lane("new").card_model().cards], timeout=SECONDS)
    other_desk(window.context.folder, "dispatch", number)
    qtbot.waitUntil(lambda: number in [c.number for c in board.lane("dispatched").card_model().cards], timeout=SECONDS)
    assert number not in [c.number for c in board.lane("new").card_model().cards]


def test_a_call_typed_while_another_desk_called_the_owner_is_explained_and_kept(window, office, folder, qtbot):
    clock = window.context.clock
    # resolved Tue 17 Nov 11:00 → callback due by the end of Tue 24 Nov (upcoming on Mon 23)
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 17, 11, 0))
    clock.at = T(2026, 11, 23, 10, 0)
    page = window.show_page("callbacks")
    assert page.open_callback_for_number(ticket.number)
    calls = find(page, QLabel, "callback.calls")
    assert calls.text() == "尚未拨打"
    comment = find(page, QLineEdit, "callback.comment")
    for field, key in (("reached", "y"), ("solved", "1"), ("rating", "5")):  # reached, solved, 5 stars
        qtbot.keyClicks(find(page, QLineEdit, f"callback.{field}"), key)
    type_text(comment, "业主说修得很好")
    other_desk(folder, "no-answer", ticket.number)  # 马主管 called at 10:05 and got no answer
    qtbot.waitUntil(lambda: "10:05" in calls.text(), timeout=SECONDS)  # shown without a refresh
    assert comment.text() == "业主说修得很好"  # and the answers typed here stay
    page.save_call()
    error = find(page, QLabel, "callback.error").text()
    assert error.startswith(f"在您处理期间，马主管 于 2026-11-23 10:05 修改了工单 {ticket.number}")
    assert comment.text() == "业主说修得很好"
    page.save_call()  # seen it: this call is recorded too
    assert Ticket.get_by_id(ticket.id).status in ("called_back", "closed")


def test_an_edit_another_desk_overtook_is_explained_and_the_text_kept(window, register, qtbot):
    ref = register()
    dialog = TicketDetailDialog(window.context, ref.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.begin_action("edit")
    description = find(dialog, QPlainTextEdit, "detail.edit.description")
    description.setPlainText("卫生间天花板渗水，楼上业主不在家")
    other_desk(window.context.folder, "edit", ref.number, "卫生间和厨房天花板都渗水")
    # the dialog shows the other desk's description within a poll; the panel keeps the typing
    qtbot.waitUntil(lambda: "厨房" in find(dialog, QLabel, "detail.field.description").text(), timeout=SECONDS)
    assert description.toPlainText() == "卫生间天花板渗水，楼上业主不在家"
    dialog.save_edit()
    error = find(dialog, QLabel, "detail.edit_error").text()
    assert error.startswith(f"在您处理期间，马主管 于 2026-11-23 10:05 修改了工单 {ref.number}")
    assert description.toPlainText() == "卫生间天花板渗水，楼上业主不在家"
    assert Ticket.get_by_id(ref.id).description == "卫生间和厨房天花板都渗水"
    dialog.save_edit()  # the clerk has read it and saves the text again, knowingly
    assert Ticket.get_by_id(ref.id).description == "卫生间天花板渗水，楼上业主不在家"
    assert not dialog.edit_panel.isVisible()


@pytest.mark.parametrize("desk_user", ["boss"])
def test_a_vanished_data_folder_is_said_and_the_desk_carries_on_when_it_is_back(window, register, qtbot):
    ref = register()
    folder = window.context.folder
    label = window.findChild(QLabel, "status.connection")
    moved = folder.root.with_name("share-gone")
    folder.root.rename(moved)
    try:
        qtbot.waitUntil(lambda: label.isVisible(), timeout=SECONDS)
        assert label.text().startswith(f"无法访问数据文件 {folder.database}")
        dialog = TicketDetailDialog(window.context, ref.id, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.begin_action("edit")
        description = find(dialog, QPlainTextEdit, "detail.edit.description")
        description.setPlainText("断网时改的描述")
        dialog.save_edit()
        assert find(dialog, QLabel, "detail.edit_error").text().startswith("无法访问数据文件")
        assert description.toPlainText() == "断网时改的描述"
    finally:
        moved.rename(folder.root)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=SECONDS)
    dialog.save_edit()  # the same save, now that the file is back
    assert Ticket.get_by_id(ref.id).description == "断网时改的描述"
