"""Settings › Service levels (policies, the office calendar, the reminder interval) as a
manager edits them, with open tickets' deadlines following; and the two-hourly reminder
listing what is overdue and what falls due soon."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from models import tickets
from models.service_levels import load_calendar
from models.tickets import Ticket
from tests.desktop_app.gui import find, type_text
from tests.office import OFFICE_NOW

REPAIR_NORMAL = 1  # rows are kind × priority: repair·urgent, repair·normal, …


@pytest.fixture
def section(window):
    window.show_page("settings")
    return find(window, QWidget, "settings.service_levels")


def set_spin(qtbot, spin: QSpinBox, value: str) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, value)


def test_shorter_acknowledge_time_moves_open_tickets_deadline(section, register, qtbot):
    ticket = register("3-2-1501", "房屋渗漏")  # repair · normal, received 2026-11-23 10:00
    assert Ticket.get_by_id(ticket.id).ack_due == dt.datetime(2026, 11, 24, 10, 0)
    set_spin(qtbot, find(section, QSpinBox, f"settings.sla.{REPAIR_NORMAL}.ack_amount"), "12")
    qtbot.mouseClick(find(section, QPushButton, "settings.sla_save"), Qt.MouseButton.LeftButton)
    assert find(section, QLabel, "settings.sla_status").text() == "已保存 1 条时限，已重新计算 1 张工单的时限。"
    assert Ticket.get_by_id(ticket.id).ack_due == dt.datetime(2026, 11, 23, 22, 0)


def test_an_impossible_amount_is_refused_with_the_row_named(section, qtbot):
    set_spin(qtbot, find(section, QSpinBox, f"settings.sla.{REPAIR_NORMAL}.ack_amount"), "0")
    qtbot.mouseClick(find(section, QPushButton, "settings.sla_save"), Qt.MouseButton.LeftButton)
    assert find(section, QLabel, "settings.sla_error").text() == "报修 · 普通：请输入 1 到 720 之间的整数。"
    assert find(section, QLabel, "settings.sla_status").text() == ""


def test_office_day_off_pushes_the_result_deadline_back(section, register, qtbot):
    ticket = register("3-2-1501", "房屋渗漏")  # result due the 3rd working day after Monday: Thursday 23:59
    assert Ticket.get_by_id(ticket.id).result_due == dt.datetime(2026, 11, 26, 23, 59, 59)
    find(section, QDateEdit, "settings.override_day").setDate(QDate(2026, 11, 25))
    assert find(section, QLabel, "settings.override_hint").text() == "2026-11-25：按国家安排为工作日。"
    type_text(find(section, QComboBox, "settings.override_kind"), "休息日")
    type_text(find(section, QLineEdit, "settings.override_note"), "小区停水检修放假")
    qtbot.mouseClick(find(section, QPushButton, "settings.override_add"), Qt.MouseButton.LeftButton)

    table = find(section, QTableWidget, "settings.overrides")
    assert [table.item(0, column).text() for column in range(3)] == ["2026-11-25", "休息日（放假）", "小区停水检修放假"]
    assert Ticket.get_by_id(ticket.id).result_due == dt.datetime(2026, 11, 27, 23, 59, 59)
    table.selectRow(0)
    qtbot.mouseClick(find(section, QPushButton, "settings.override_delete"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert Ticket.get_by_id(ticket.id).result_due == dt.datetime(2026, 11, 26, 23, 59, 59)


def test_the_calendar_says_where_official_data_ends(section):
    until = load_calendar().official_data_until()
    warning = find(section, QLabel, "settings.calendar_warning").text()
    assert warning.startswith(f"国家法定节假日和调休安排目前只收录到 {until.isoformat()}。")
    later = until + dt.timedelta(days=200)
    find(section, QDateEdit, "settings.override_day").setDate(QDate(later.year, later.month, later.day))
    assert "超出官方数据范围" in find(section, QLabel, "settings.override_hint").text()


def test_reminder_interval_is_kept_and_drives_the_timer(window, section, qtbot):
    set_spin(qtbot, find(section, QSpinBox, "settings.reminder_interval"), "60")
    assert tickets.reminder_interval_minutes() == 60
    assert window.page("registry").reminder.timer.interval() == 60 * 60_000


def test_reminder_lists_overdue_and_soon_due_tickets(window, registry, register):
    late = register("5-1-0303", "垃圾清运", at=OFFICE_NOW - dt.timedelta(days=2))  # acknowledge was due yesterday
    soon = register("3-2-1501", "电梯", priority="urgent", at=OFFICE_NOW - dt.timedelta(minutes=10))
    register("3-1-0101", "门窗")  # due tomorrow: not listed
    dialog = registry.reminder.remind_now()
    assert dialog is not None and dialog.isVisible()
    assert find(dialog, QLabel, "reminder.summary").text() == "1 张工单已超时，1 张将在 120 分钟内到期。"
    listed = find(dialog, QListWidget, "reminder.list")
    assert [listed.item(row).text().split(" · ")[0] for row in range(listed.count())] == [late.number, soon.number]
    assert listed.item(1).text().endswith("剩余 20分钟")
    listed.itemActivated.emit(listed.item(1))
    detail = window.findChild(QDialog, "detail.dialog")
    assert detail is not None and detail.ticket_id == soon.id
