"""Settings › Callbacks: the office's callback rules — attempts before 无法联系, when to
try again (hours later within office hours), office hours, whether rating 3 / "partly"
reopens, whether a satisfied callback closes the ticket at once, full phone numbers on
the callback sheet. Saved together; a refusal is shown beside the form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPushButton, QSpinBox, QTimeEdit

from desktop_app.context import DeskContext, acting
from desktop_app.error_presenter import message_for
from desktop_app.translations import tr_models
from desktop_app.widgets.page import Page
from models.errors import PermissionDenied, ValidationError
from models.followup import CallbackRules, callback_rules, save_callback_rules, set_sheet_full_phone, sheet_full_phone

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "Callbacks")


class CallbacksSection(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.max_attempts = QSpinBox(objectName="settings.callbacks.max_attempts", minimum=1, maximum=10)
        self.retry_hours = QSpinBox(objectName="settings.callbacks.retry_hours", minimum=1, maximum=72)
        self.day_starts = QTimeEdit(objectName="settings.callbacks.day_starts", displayFormat="HH:mm")
        self.day_ends = QTimeEdit(objectName="settings.callbacks.day_ends", displayFormat="HH:mm")
        self.partly_reopens = QCheckBox(objectName="settings.callbacks.partly_reopens")
        self.auto_close = QCheckBox(objectName="settings.callbacks.auto_close")
        self.full_phone = QCheckBox(objectName="settings.callbacks.sheet_full_phone")
        self.save_button = QPushButton(objectName="settings.callbacks.save", clicked=self.save)
        self.message = QLabel(objectName="settings.callbacks.message", wordWrap=True)
        fields = (self.max_attempts, self.retry_hours, self.day_starts, self.day_ends)
        self.labels = [QLabel() for _ in fields]
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        for widget in (self.partly_reopens, self.auto_close, self.full_phone, self.save_button, self.message):
            form.addRow(widget)
        self.load()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for label, text in zip(
            self.labels,
            (
                self.tr("Calls before “cannot be reached”"),
                self.tr("Try again after (hours)"),
                self.tr("Office hours from"),
                self.tr("Office hours until"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.partly_reopens.setText(self.tr("Rating 3 or “partly solved” reopens the ticket (else: flagged)"))
        self.auto_close.setText(self.tr("A satisfied callback closes the ticket at once (else: the supervisor)"))
        self.full_phone.setText(self.tr("Print full phone numbers on the callback sheet"))
        self.save_button.setText(self.tr("Save"))

    def load(self) -> None:
        rules = callback_rules()
        self.max_attempts.setValue(rules.max_attempts)
        self.retry_hours.setValue(rules.retry_hours)
        self.day_starts.setTime(QTime(rules.day_starts.hour, rules.day_starts.minute))
        self.day_ends.setTime(QTime(rules.day_ends.hour, rules.day_ends.minute))
        self.partly_reopens.setChecked(rules.partly_reopens)
        self.auto_close.setChecked(rules.auto_close)
        self.full_phone.setChecked(sheet_full_phone())

    def save(self) -> None:
        rules = CallbackRules(
            max_attempts=self.max_attempts.value(),
            retry_hours=self.retry_hours.value(),
            day_starts=_time(self.day_starts.time()),
            day_ends=_time(self.day_ends.time()),
            partly_reopens=self.partly_reopens.isChecked(),
            auto_close=self.auto_close.isChecked(),
        )
        try:
            save_callback_rules(rules, **acting(self))
            set_sheet_full_phone(self.full_phone.isChecked(), **acting(self))
        except ValidationError as error:
            field = next(iter(error.problems), "")
            self.message.setText(tr_models(error.problems[field], error.problem_params.get(field)))
            return
        except PermissionDenied as error:  # a role that may not change settings
            self.message.setText(message_for(error))
            return
        self.message.setText(self.tr("Saved."))
        self.context.signals.settings_changed.emit()


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def build_section(context: DeskContext) -> CallbacksSection:
    return CallbacksSection(context)
