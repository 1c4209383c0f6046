"""The intake form beyond the happy path: refusals shown in Chinese beside the fields
with the typing kept, the draft surviving a closed program, repeat-complaint and
open-duplicate warnings (adding the call instead of a duplicate), the knowledge base,
the priority suggestion that never overrides the clerk, and attached files."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QTextBrowser

from desktop_app import create_main_window
from models.clock import FixedClock
from models.tickets import Attachment, Ticket, TicketEvent
from tests.desktop_app.gui import find, type_text
from tests.office import OFFICE_NOW

CTRL = Qt.KeyboardModifier.ControlModifier


def pick_room(intake, qtbot, text: str) -> None:
    room = find(intake, QLineEdit, "intake.room")
    qtbot.keyClicks(room, text)
    qtbot.keyClick(room, Qt.Key.Key_Return)


def test_refused_save_shows_chinese_reasons_beside_fields_and_keeps_what_was_typed(registry, qtbot):
    intake = registry.start_intake()
    type_text(find(intake, QLineEdit, "intake.reporter"), "张先生")
    qtbot.keyClicks(find(intake, QLineEdit, "intake.phone"), "12345")
    qtbot.mouseClick(find(intake, QPushButton, "intake.save"), Qt.MouseButton.LeftButton)

    assert Ticket.select().count() == 0
    assert find(intake, QLabel, "intake.error.room").text() == "请选择房屋：输入房号、业主姓名或部分电话号码。"
    assert find(intake, QLabel, "intake.error.phone").text().startswith("请输入 11 位手机号")
    assert find(intake, QLabel, "intake.error.description").text() == "请填写问题描述。"
    assert find(intake, QLabel, "intake.error.reporter").text() == ""
    assert find(intake, QLineEdit, "intake.reporter").text() == "张先生"
    assert find(intake, QLineEdit, "intake.phone").text() == "12345"


def test_what_was_typed_survives_closing_the_program(window, registry, qtbot, folder):
    intake = registry.start_intake()
    pick_room(intake, qtbot, "5-1-0302")
    type_text(find(intake, QComboBox, "intake.category"), "门禁")
    type_text(find(intake, QPlainTextEdit, "intake.description"), "单元门禁刷卡没反应")
    find(intake, QLineEdit, "intake.phone").selectAll()  # replaces the register's masked number
    type_text(find(intake, QLineEdit, "intake.phone"), "13912345678")
    window.close()
    assert "13912345678" not in intake.draft_path().read_text(encoding="utf-8")  # no full number in a plain file

    again = create_main_window(folder.root, clock=FixedClock(OFFICE_NOW))
    qtbot.addWidget(again)
    restored = again.page("registry").start_intake()
    assert restored.room.chosen.code == "5-1-0302"
    assert find(restored, QComboBox, "intake.category").currentText() == "门禁"
    assert find(restored, QPlainTextEdit, "intake.description").toPlainText() == "单元门禁刷卡没反应"
    assert find(restored, QLineEdit, "intake.reporter").text() == "刘洋"
    assert find(restored, QLineEdit, "intake.phone").text() == "13912345678"
    restored.save_ticket()
    assert Ticket.get().reporter_phone == "13912345678"
    assert not restored.draft_path().exists()
    again.close()


def test_repeat_complaint_warns_and_the_call_can_join_the_open_ticket(registry, register, qtbot):
    earlier = register(
        "3-2-1501", "噪音", kind="complaint", description="楼上装修噪音", at=OFFICE_NOW - dt.timedelta(days=10)
    )
    intake = registry.start_intake()
    pick_room(intake, qtbot, "3-2-1501")
    type_text(find(intake, QComboBox, "intake.kind"), "投诉")
    type_text(find(intake, QComboBox, "intake.category"), "噪音")

    warning = find(intake, QLabel, "intake.repeat_warning")
    assert warning.isVisible()
    assert warning.text().startswith(f"重复投诉：该房屋已于 2026-11-13 10:00 就同一分类报事（{earlier.number}")
    assert find(intake, QListWidget, "intake.recent").item(0).text().startswith(earlier.number)
    same = find(intake, QListWidget, "intake.open_same")
    assert same.isVisible() and same.count() == 1
    type_text(find(intake, QPlainTextEdit, "intake.description"), "业主再次来电催促")
    qtbot.mouseClick(find(intake, QPushButton, "intake.add_to_existing"), Qt.MouseButton.LeftButton)

    assert Ticket.select().count() == 1
    assert find(intake, QLabel, "intake.result").text() == f"本次来电已追加到工单 {earlier.number}，未新建工单。"
    last = TicketEvent.select().where(TicketEvent.ticket == earlier.id).order_by(TicketEvent.id.desc()).first()
    assert (last.action, last.note) == ("note", "业主再次来电催促")


def test_urgent_category_shows_the_emergency_checklist_first(registry):
    intake = registry.start_intake()
    type_text(find(intake, QComboBox, "intake.category"), "电梯")
    knowledge = find(intake, QTextBrowser, "intake.knowledge").toPlainText()
    assert knowledge.startswith("应急预案：电梯困人应急预案")
    assert "安抚被困人员" in knowledge


def test_suggested_priority_never_overrides_the_clerks_choice(registry, qtbot):
    intake = registry.start_intake()
    priority = find(intake, QComboBox, "intake.priority")
    description = find(intake, QPlainTextEdit, "intake.description")
    type_text(description, "整栋停电")
    qtbot.waitUntil(lambda: priority.currentText() == "紧急")
    assert find(intake, QLabel, "intake.priority_hint").text() == "系统建议；如实际情况不同请修改"
    type_text(priority, "低")
    type_text(description, "，已恢复")
    qtbot.wait(300)
    assert priority.currentText() == "低"


def test_attached_photo_is_copied_into_the_data_folder(registry, qtbot, tmp_path, folder):
    photo = tmp_path / "漏水照片.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg, but a file" * 100)
    intake = registry.start_intake()
    pick_room(intake, qtbot, "3-1-0101")
    type_text(find(intake, QComboBox, "intake.category"), "房屋渗漏")
    type_text(find(intake, QPlainTextEdit, "intake.description"), "阳台墙角渗水")
    intake.add_attachments([str(photo)])
    assert find(intake, QListWidget, "intake.attachments").item(0).text() == "漏水照片.jpg"
    intake.save_ticket()

    stored = Attachment.get()
    assert stored.original_name == "漏水照片.jpg"
    copy = folder.attachments / stored.stored_name
    assert copy.read_bytes() == photo.read_bytes()
    detail = registry.open_ticket(stored.ticket_id)
    assert find(detail, QListWidget, "detail.attachments").item(0).text().startswith("漏水照片.jpg（3 KB")


def test_a_household_with_two_phones_offers_the_other_one(registry, qtbot):
    intake = registry.start_intake()
    pick_room(intake, qtbot, "3-2-1502")
    choice = find(intake, QComboBox, "intake.phone_choice")
    assert choice.isVisible()
    assert [choice.itemText(i) for i in range(choice.count())] == ["139****4321", "010-62****78"]
    qtbot.keyClicks(choice, "0")  # keyboard search picks the landline
    assert find(intake, QLineEdit, "intake.phone").text() == "010-62****78"
    type_text(find(intake, QComboBox, "intake.category"), "门窗")
    type_text(find(intake, QPlainTextEdit, "intake.description"), "阳台推拉门卡住")
    intake.save_ticket()
    assert Ticket.get().reporter_phone == "010-62345678"


def test_the_side_panel_fits_a_1024_screen_and_starts_empty(window, registry, register, qtbot):
    """The room's recent tickets in two lines each (number · state, then when · category), never
    cut under a sideways scrollbar; an empty form shows no 'nothing for this category'."""
    window.resize(1024, 768)
    earlier = register(
        "3-2-1501", "噪音", kind="complaint", description="楼上装修噪音", at=OFFICE_NOW - dt.timedelta(days=10)
    )
    intake = registry.start_intake()
    intake.resize(984, 688)
    knowledge = find(intake, QTextBrowser, "intake.knowledge")
    assert knowledge.toPlainText() == ""  # no category chosen yet: nothing said about one
    pick_room(intake, qtbot, "3-2-1501")
    recent = find(intake, QListWidget, "intake.recent")
    qtbot.waitUntil(lambda: recent.count() == 1)
    assert recent.item(0).text() == f"{earlier.number} · 待受理\n2026-11-13 10:00 · 噪音"
    room_for_text = recent.viewport().width()
    metrics = recent.fontMetrics()
    assert all(metrics.horizontalAdvance(line) < room_for_text for line in recent.item(0).text().splitlines())
    assert recent.horizontalScrollBar().maximum() == 0
