"""The paper comes back: a USB scanner types the work order number and Enter into the
main window's search box (or the board's scan field); the result entry opens, the
clerk types what the crew wrote, and saving resolves the ticket."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from models.codes import Status
from models.tickets import Ticket, WorkResult
from tests.desktop_app.dispatch.conftest import lane_numbers


def scan(qtbot, field: QLineEdit, number: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, number)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def notice_text(qtbot) -> str:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    text = box.text()
    box.close()
    return text


def test_scanning_a_dispatched_work_order_into_global_search_opens_its_result_and_saving_resolves(
    window, tickets, qtbot
):
    scan(qtbot, window.findChild(QLineEdit, "global.search"), tickets.door.number)
    dialog = window.page("dispatch").result_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert (
        dialog.findChild(QLabel, "result.ticket").text().startswith(f"{tickets.door.number} · 阳光花园 3-1-0101 · 门窗")
    )
    assert dialog.findChild(QComboBox, "result.crew").currentText() == "赵师傅"
    arrived = dialog.findChild(QLineEdit, "result.arrived")
    qtbot.waitUntil(arrived.hasFocus)
    qtbot.keyClicks(arrived, "9:10")
    qtbot.keyClick(arrived, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "result.finished"), "9:50")
    # Chinese arrives through the input method, not as key presses
    dialog.findChild(QPlainTextEdit, "result.work_done").insertPlainText("更换门锁锁芯")
    dialog.findChild(QLineEdit, "result.materials").insert("锁芯 1 个")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "result.cost"), "80")
    dialog.findChild(QCheckBox, "result.signed").setChecked(True)
    qtbot.mouseClick(dialog.findChild(QPushButton, "result.save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ticket = Ticket.get_by_id(tickets.door.id)
    assert ticket.status == Status.RESOLVED
    result = WorkResult.get(WorkResult.ticket == ticket)
    assert (result.arrived_at, result.finished_at) == (
        dt.datetime(2026, 11, 23, 9, 10),
        dt.datetime(2026, 11, 23, 9, 50),
    )
    assert (result.work_done, result.materials, result.cost_cents, result.owner_signed, result.crew.name) == (
        "更换门锁锁芯",
        "锁芯 1 个",
        8000,
        True,
        "赵师傅",
    )
    board = window.show_page("dispatch")
    assert lane_numbers(board, "resolved") == [tickets.door.number]
    assert board.findChild(QLabel, "dispatch.message").text() == f"处理结果已保存，工单 {tickets.door.number} 已完成。"


def test_a_number_that_does_not_exist_says_so(window, tickets, qtbot):
    scan(qtbot, window.findChild(QLineEdit, "global.search"), "BX20261123-0999")
    assert notice_text(qtbot) == "没有编号为 BX20261123-0999 的工单。"


def test_a_typing_mistake_in_the_result_is_shown_beside_the_field_and_kept(window, tickets, qtbot):
    board = window.show_page("dispatch")
    scan(qtbot, board.findChild(QLineEdit, "dispatch.scan"), tickets.door.number.lower())
    dialog = board.result_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    finished = dialog.findChild(QLineEdit, "result.finished")
    qtbot.keyClicks(finished, "25:00")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "result.cost"), "-3")
    qtbot.keyClick(dialog.findChild(QLineEdit, "result.cost"), Qt.Key.Key_Return)  # Enter saves
    assert dialog.isVisible()
    assert (
        dialog.findChild(QLabel, "result.error.finished").text()
        == "请输入时间，如 14:30、11-23 14:30 或 2026-11-23 14:30。"
    )
    assert dialog.findChild(QLabel, "result.error.work_done").text() == "请填写处理情况。"
    assert dialog.findChild(QLabel, "result.error.cost").text() == "金额不能为负数。"
    assert finished.text() == "25:00"
    qtbot.waitUntil(finished.hasFocus)
    assert Ticket.get_by_id(tickets.door.id).status == Status.DISPATCHED
    dialog.reject()


def test_board_scan_of_a_ticket_not_yet_dispatched_explains_and_selects_its_card(window, tickets, qtbot):
    board = window.show_page("dispatch")
    scan(qtbot, board.findChild(QLineEdit, "dispatch.scan"), tickets.leak.number)
    assert notice_text(qtbot) == f"工单 {tickets.leak.number} 不在等待处理结果：尚未派工或已经完成。"
    assert board.lane("new").selected_ids() == [tickets.leak.id]
    assert board.result_dialog is None
