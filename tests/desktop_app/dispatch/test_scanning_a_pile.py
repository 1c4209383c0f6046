"""A pile of returned work orders scanned one after another into the main window's
search box, with the keyboard only: each scan opens its result entry with the box
emptied, Enter saves, and the focus is back in the box for the next sheet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from models.clock import FixedClock
from models.codes import Status
from models.dispatch import dispatch
from models.tickets import Ticket, WorkResult
from tests.desktop_app.gui import find, type_text
from tests.models.dispatch.factory import make_ticket
from tests.office import OFFICE_NOW

SHEETS = 20


def dispatched_pile(office, count: int) -> list[Ticket]:
    pile = []
    for n in range(count):
        ticket = make_ticket(office, received_at=OFFICE_NOW - dt.timedelta(hours=3, minutes=n))
        dispatch(
            ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW)
        )
        pile.append(ticket)
    return pile


def scan(qtbot, number: str) -> None:
    """A USB scanner types into whatever has the focus, then presses Enter."""
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, number)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def test_twenty_returned_sheets_are_scanned_and_entered_without_the_mouse(window, office, qtbot):
    pile = dispatched_pile(office, SHEETS)
    search = find(window, QLineEdit, "global.search")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search.hasFocus)
    for ticket in pile:
        scan(qtbot, ticket.number)
        assert search.text() == ""  # the next scan must not append to this number
        dialog = window.page("dispatch").result_dialog
        qtbot.waitUntil(lambda dialog=dialog: dialog.isVisible() and dialog.arrived.hasFocus())
        assert dialog.entry.number == ticket.number
        type_text(QApplication.focusWidget(), "9:10")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text(QApplication.focusWidget(), "9:50")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text(QApplication.focusWidget(), "更换三通")  # work done
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter in 材料 saves
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
        qtbot.waitUntil(search.hasFocus)
        assert search.text() == ""
    # 20 sheets in, 20 results saved, every ticket resolved
    assert WorkResult.select().count() == SHEETS
    assert {Ticket.get_by_id(t.id).status for t in pile} == {Status.RESOLVED}


def test_a_number_that_does_not_exist_empties_the_box_and_the_next_scan_goes_on(window, office, qtbot):
    (ticket,) = dispatched_pile(office, 1)
    search = find(window, QLineEdit, "global.search")
    search.setFocus()
    scan(qtbot, "BX20261123-0999")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    notice = QApplication.activeModalWidget()
    assert notice.text() == "没有编号为 BX20261123-0999 的工单。"
    assert search.text() == ""
    qtbot.keyClick(notice, Qt.Key.Key_Return)  # Enter dismisses the notice
    qtbot.waitUntil(search.hasFocus)
    scan(qtbot, ticket.number)
    dialog = window.page("dispatch").result_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.entry.number == ticket.number
    dialog.reject()
    qtbot.waitUntil(search.hasFocus)


def test_enter_on_a_number_that_opens_the_ticket_empties_the_box_and_focus_returns(window, office, qtbot):
    (ticket,) = dispatched_pile(office, 1)
    resolved = make_ticket(office, room="5-1-0302", category="垃圾清运", status=Status.CLOSED)
    search = find(window, QLineEdit, "global.search")
    search.setFocus()
    scan(qtbot, resolved.number)  # closed: no result awaited, so its detail opens
    registry = window.page("registry")
    detail = registry._detail_windows[resolved.id]
    qtbot.waitUntil(detail.isVisible)
    assert search.text() == ""
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not detail.isVisible())
    qtbot.waitUntil(search.hasFocus)
    assert ticket.number  # the dispatched one is still awaiting its paper
