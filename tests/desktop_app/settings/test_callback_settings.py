"""Settings › Callbacks: the office's callback rules are shown, saved and used."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox, QTimeEdit

from models.followup import callback_rules, sheet_full_phone
from tests.desktop_app.gui import find


def test_rules_are_shown_with_their_defaults_and_saved(window, qtbot):
    page = window.show_page("settings")
    attempts = find(page, QSpinBox, "settings.callbacks.max_attempts")
    assert (attempts.value(), find(page, QSpinBox, "settings.callbacks.retry_hours").value()) == (3, 4)
    assert find(page, QCheckBox, "settings.callbacks.auto_close").isChecked()
    attempts.setValue(5)
    find(page, QTimeEdit, "settings.callbacks.day_ends").setTime(QTime(17, 30))
    find(page, QCheckBox, "settings.callbacks.partly_reopens").setChecked(True)
    find(page, QCheckBox, "settings.callbacks.sheet_full_phone").setChecked(True)
    find(page, QPushButton, "settings.callbacks.save").click()
    assert find(page, QLabel, "settings.callbacks.message").text() == "已保存。"
    rules = callback_rules()
    assert (rules.max_attempts, rules.day_ends, rules.partly_reopens) == (5, dt.time(17, 30), True)
    assert sheet_full_phone()


def test_office_hours_that_end_before_they_start_are_refused(window):
    page = window.show_page("settings")
    find(page, QTimeEdit, "settings.callbacks.day_ends").setTime(QTime(8, 0))
    find(page, QPushButton, "settings.callbacks.save").click()
    assert (
        find(page, QLabel, "settings.callbacks.message").text()
        == "办公时间为两个时间，如 09:00 和 18:00，前者须早于后者。"
    )
    assert callback_rules().day_ends == dt.time(18, 0)
