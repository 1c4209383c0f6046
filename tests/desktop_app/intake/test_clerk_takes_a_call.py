"""End to end, as a clerk works: Ctrl+N, type a room and pick it, fill the form by
keyboard, save with Ctrl+Enter, find the ticket again by a Chinese substring of its
description in the registry's search box, open it, acknowledge it, see the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from models.codes import Status
from models.tickets import Ticket
from tests.desktop_app.gui import find, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_clerk_registers_finds_and_acknowledges_a_leak(window, registry, register, office, qtbot):
    register("5-1-0302", "楼道卫生", description="楼道里堆满杂物")  # another ticket the search must leave out
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    intake = registry.intake
    assert intake is not None and intake.isVisible()

    room = find(intake, QLineEdit, "intake.room")
    qtbot.keyClicks(room, "3-2-15")
    assert [m.code for m in room.matches] == ["3-2-1501", "3-2-1502"]
    assert room.matches_visible()
    qtbot.keyClick(room, Qt.Key.Key_Return)  # the first match, 3-2-1501, is highlighted
    assert room.chosen.code == "3-2-1501"
    assert "王建国" in find(intake, QLabel, "intake.household").text()
    assert find(intake, QLineEdit, "intake.reporter").text() == "王建国"
    assert find(intake, QLineEdit, "intake.phone").text() == "138****5678"  # masked, full number kept behind

    type_text(find(intake, QComboBox, "intake.category"), "房屋渗漏")
    assert find(intake, QComboBox, "intake.category").currentText() == "房屋渗漏"
    description = find(intake, QPlainTextEdit, "intake.description")
    type_text(description, "卫生间顶上漏水，滴到地板上")
    priority = find(intake, QComboBox, "intake.priority")
    qtbot.waitUntil(lambda: priority.currentText() == "紧急")  # 漏水 suggests urgent
    qtbot.keyClick(description, Qt.Key.Key_Return, CTRL)

    saved = Ticket.get(Ticket.description == "卫生间顶上漏水，滴到地板上")
    assert saved.number == "BX20261123-0002"
    assert find(intake, QLabel, "intake.result").text() == "工单 BX20261123-0002 已保存，请告知业主此编号。"
    assert (saved.room.code, saved.category.name, saved.priority) == ("3-2-1501", "房屋渗漏", "urgent")
    assert (saved.reporter_phone, saved.first_responder.display_name) == ("13812345678", "小林")
    assert room.text() == "" and description.toPlainText() == ""  # ready for the next call
    intake.close()

    table = find(registry, QTableView, "registry.table")
    assert table.model().rowCount() == 2
    search = find(registry, QLineEdit, "registry.search")
    type_text(search, "滴到地板")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().row_at(0).number == "BX20261123-0002"
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)

    detail = window.findChild(QDialog, "detail.dialog")
    assert detail is not None and detail.isVisible()
    assert find(detail, QLabel, "detail.header").text() == "BX20261123-0002 · 待受理 · 紧急"
    qtbot.mouseClick(find(detail, QPushButton, "detail.action.acknowledge"), Qt.MouseButton.LeftButton)
    note = find(detail, QPlainTextEdit, "detail.action_note")
    type_text(note, "已告知业主：维修人员30分钟内上门")
    qtbot.keyClick(note, Qt.Key.Key_Return, CTRL)

    assert find(detail, QLabel, "detail.action_error").text() == ""
    assert Ticket.get_by_id(saved.id).status == Status.ACKNOWLEDGED
    assert find(detail, QLabel, "detail.header").text() == "BX20261123-0002 · 已受理 · 紧急"
    rows = detail.timeline_rows()
    assert [row[2] for row in rows] == ["登记", "受理"]
    assert rows[1] == ["2026-11-23 10:00", "小林", "受理", "状态：待受理 → 已受理", "已告知业主：维修人员30分钟内上门"]
    assert table.model().row_at(0).status == Status.ACKNOWLEDGED  # the registry followed
