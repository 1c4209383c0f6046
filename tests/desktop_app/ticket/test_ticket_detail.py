"""The ticket detail window: only the actions the state machine allows are offered, a
refusal is shown in words beside the action, and every action or edit appears on the
timeline with who, when, old → new and the note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from models.codes import Status
from models.tickets import Ticket
from tests.desktop_app.gui import find, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def visible_actions(detail) -> list[str]:
    return [key for key, button in detail.action_buttons.items() if not button.isHidden()]


def act(detail, qtbot, action: str, note: str = "") -> None:
    qtbot.mouseClick(find(detail, QPushButton, f"detail.action.{action}"), Qt.MouseButton.LeftButton)
    editor = find(detail, QPlainTextEdit, "detail.action_note")
    type_text(editor, note)
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)


def test_a_new_ticket_offers_what_the_state_machine_allows(registry, register):
    ticket = register("3-2-1501", "房屋渗漏")
    detail = registry.open_ticket(ticket.id)
    assert visible_actions(detail) == ["acknowledge", "stage_reply", "dispatch", "cancel", "merge", "pause", "edit"]
    assert find(detail, QLabel, "detail.deadline").text() == "下一时限：受理 2026-11-24 10:00（剩余 1天0小时）"
    assert find(detail, QLabel, "detail.field.phone").text() == "138****5678"
    assert find(detail, QLabel, "detail.field.paused").text() == "计时中"


def test_acknowledging_without_a_reply_is_refused_in_words(registry, register, qtbot):
    ticket = register("3-2-1501", "房屋渗漏")
    detail = registry.open_ticket(ticket.id)
    act(detail, qtbot, "acknowledge", "")
    assert find(detail, QLabel, "detail.action_error").text() == "请填写原因或给业主的答复。"
    assert Ticket.get_by_id(ticket.id).status == Status.NEW
    assert len(detail.timeline_rows()) == 1


def test_pausing_and_resuming_the_clock_is_on_the_timeline_and_gives_the_time_back(window, registry, register, qtbot):
    ticket = register("3-2-1501", "房屋渗漏")  # Monday 2026-11-23 10:00; result due Thursday 23:59
    detail = registry.open_ticket(ticket.id)
    act(detail, qtbot, "acknowledge", "已答复业主")
    assert find(detail, QLabel, "detail.field.result_due").text() == "2026-11-26 23:59"
    qtbot.mouseClick(find(detail, QPushButton, "detail.action.pause"), Qt.MouseButton.LeftButton)
    type_text(find(detail, QComboBox, "detail.pause_reason"), "等待")
    assert find(detail, QComboBox, "detail.pause_reason").currentText() == "等待配件"
    qtbot.keyClick(find(detail, QPlainTextEdit, "detail.action_note"), Qt.Key.Key_Return, CTRL)
    assert find(detail, QLabel, "detail.field.paused").text() == "自 2026-11-23 10:00 起暂停：等待配件"
    assert find(detail, QLabel, "detail.field.result_due").text() == "—"

    window.context.clock.advance(hours=2)
    act(detail, qtbot, "resume", "配件已到")
    rows = detail.timeline_rows()
    assert [row[2] for row in rows] == ["登记", "受理", "暂停计时", "恢复计时"]
    assert rows[2][3] == "暂停原因：— → 等待配件"
    assert rows[3] == ["2026-11-23 12:00", "马主管", "恢复计时", "累计暂停时长：0分钟 → 2小时0分", "配件已到"]
    assert find(detail, QLabel, "detail.field.result_due").text() == "2026-11-27 01:59"
    assert find(detail, QLabel, "detail.field.paused").text() == "计时中；累计暂停 2小时0分"


def test_editing_a_field_records_old_and_new(registry, register, qtbot):
    ticket = register("3-2-1501", "房屋渗漏")
    detail = registry.open_ticket(ticket.id)
    qtbot.mouseClick(find(detail, QPushButton, "detail.action.edit"), Qt.MouseButton.LeftButton)
    type_text(find(detail, QComboBox, "detail.edit.priority"), "紧急")
    phone = find(detail, QLineEdit, "detail.edit.phone")
    phone.clear()
    qtbot.keyClicks(phone, "010-62345678")
    qtbot.keyClick(phone, Qt.Key.Key_Return, CTRL)

    saved = Ticket.get_by_id(ticket.id)
    assert (saved.priority, saved.reporter_phone) == ("urgent", "010-62345678")
    changes = [row[3] for row in detail.timeline_rows() if row[2] == "修改"]
    assert sorted(changes) == sorted(["紧急程度：普通 → 紧急", "联系电话：138****5678 → 010-62****78"])
    assert find(detail, QLabel, "detail.header").text().endswith("· 紧急")


def test_merging_into_an_unknown_number_is_refused_then_into_the_original(registry, register, qtbot):
    original = register("3-2-1501", "房屋渗漏", description="卫生间渗水")
    duplicate = register("3-2-1501", "房屋渗漏", description="卫生间渗水，再次来电")
    detail = registry.open_ticket(duplicate.id)
    qtbot.mouseClick(find(detail, QPushButton, "detail.action.merge"), Qt.MouseButton.LeftButton)
    target = find(detail, QLineEdit, "detail.merge_into")
    qtbot.keyClicks(target, "BX20261123-0099")
    type_text(find(detail, QPlainTextEdit, "detail.action_note"), "重复登记")
    qtbot.keyClick(target, Qt.Key.Key_Return, CTRL)
    assert "BX20261123-0099" in find(detail, QLabel, "detail.action_error").text()
    assert Ticket.get_by_id(duplicate.id).status == Status.NEW

    target.clear()
    qtbot.keyClicks(target, original.number)
    qtbot.keyClick(target, Qt.Key.Key_Return, CTRL)
    assert Ticket.get_by_id(duplicate.id).status == Status.MERGED
    assert find(detail, QLabel, "detail.field.merged_into").text() == original.number
    assert visible_actions(detail) == []


def test_an_inquiry_is_answered_and_closed_at_once(registry, register, qtbot):
    ticket = register("3-1-0101", "物业费", kind="inquiry", priority="low", description="物业费怎么交")
    detail = registry.open_ticket(ticket.id)
    assert "answer" in visible_actions(detail)
    act(detail, qtbot, "answer", "可在前台或公众号缴纳")
    assert Ticket.get_by_id(ticket.id).status == Status.CLOSED
    assert [row[2] for row in detail.timeline_rows()] == ["登记", "完成", "关闭"]
    assert find(detail, QLabel, "detail.deadline").text() == "当前没有计时中的时限。"
    assert find(detail, QLabel, "detail.field.paused").text() == "已停止"
