"""Settings › Service levels: the policy per ticket kind × priority (acknowledge, stage
reply, result, callback), the office's own calendar overrides (holidays and make-up
working days) with a warning where China's official calendar data ends, and how often
the desk is reminded of tickets falling due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext, acting
from desktop_app.error_presenter import show_error
from desktop_app.translations import code_label, tr_models
from desktop_app.widgets.page import Page
from models import service_levels, tickets
from models.errors import DeskError, ValidationError
from models.office import Permission, may

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "Service levels")

AMOUNT_MAX = 100_000
STAGES = ("ack", "result", "callback")
# table column of each editable part of a policy
COLUMN = {
    "ack_amount": 2,
    "ack_unit": 3,
    "stage_reply_minutes": 4,
    "result_amount": 5,
    "result_unit": 6,
    "callback_amount": 7,
    "callback_unit": 8,
}
WARN_AHEAD_DAYS = 90


class ServiceLevelsSection(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("settings.service_levels")
        self._policies: list[service_levels.PolicyData] = []
        self._build_policies()
        self._build_calendar()
        self._build_reminder()
        # every policy row shows at once; on a short screen the section scrolls down, never sideways
        content = QWidget()
        scroll = QScrollArea(widgetResizable=True, objectName="settings.service_levels.scroll")
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(self.policy_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.calendar_box, 3)
        bottom.addWidget(self.reminder_box, 1, Qt.AlignmentFlag.AlignTop)
        for box in (self.calendar_box, self.reminder_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self.load_policies()
        self.load_overrides()
        self._follow_role()
        context.signals.operator_changed.connect(self._follow_role)

    def _follow_role(self) -> None:
        """Only a manager or an admin changes service levels (the services refuse others too)."""
        allowed = may(self.context.operator, Permission.SET_SERVICE_LEVELS)
        for widget in (self.policy_save, self.policy_revert, self.override_add, self.override_delete):
            widget.setEnabled(allowed)

    # --- construction -------------------------------------------------------------
    def _build_policies(self) -> None:
        self.policy_box = QGroupBox()
        self.policy_table = QTableWidget(0, len(COLUMN) + 2, objectName="settings.sla_table")
        self.policy_table.verticalHeader().setVisible(False)
        self.policy_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.policy_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.policy_error = QLabel(objectName="settings.sla_error", wordWrap=True)
        self.policy_error.setStyleSheet("color: #b42318;")
        self.policy_status = QLabel(objectName="settings.sla_status")
        self.policy_save = QPushButton(objectName="settings.sla_save", clicked=self.save_policies)
        self.policy_revert = QPushButton(objectName="settings.sla_revert", clicked=self.load_policies)
        row = QHBoxLayout()
        row.addWidget(self.policy_error, 1)
        row.addWidget(self.policy_status)
        row.addWidget(self.policy_revert)
        row.addWidget(self.policy_save)
        layout = QVBoxLayout(self.policy_box)
        layout.addWidget(self.policy_table)
        layout.addLayout(row)

    def _build_calendar(self) -> None:
        self.calendar_box = QGroupBox()
        self.calendar_warning = QLabel(objectName="settings.calendar_warning", wordWrap=True)
        self.override_table = QTableWidget(0, 3, objectName="settings.overrides")
        self.override_table.verticalHeader().setVisible(False)
        self.override_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.override_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.override_table.horizontalHeader().setStretchLastSection(True)
        self.override_table.setMaximumHeight(150)
        self.override_day = QDateEdit(
            objectName="settings.override_day", calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        self.override_day.setDate(_qdate(self.context.clock.now().date()))
        self.override_day.dateChanged.connect(self._show_official_day)
        self.override_kind = QComboBox(objectName="settings.override_kind")
        self.override_note = QLineEdit(objectName="settings.override_note", maxLength=service_levels.MAX_NOTE_LENGTH)
        self.override_add = QPushButton(objectName="settings.override_add", clicked=self.add_override)
        self.override_delete = QPushButton(objectName="settings.override_delete", clicked=self.delete_selected_override)
        self.override_hint = QLabel(objectName="settings.override_hint", wordWrap=True)
        self.override_error = QLabel(objectName="settings.override_error", wordWrap=True)
        self.override_error.setStyleSheet("color: #b42318;")
        entry = QHBoxLayout()
        for widget in (self.override_day, self.override_kind):
            entry.addWidget(widget)
        entry.addWidget(self.override_note, 1)
        entry.addWidget(self.override_add)
        entry.addWidget(self.override_delete)
        layout = QVBoxLayout(self.calendar_box)
        layout.addWidget(self.calendar_warning)
        layout.addWidget(self.override_table)
        layout.addLayout(entry)
        layout.addWidget(self.override_hint)
        layout.addWidget(self.override_error)

    def _build_reminder(self) -> None:
        self.reminder_box = QGroupBox()
        self.reminder_label = QLabel(wordWrap=True)
        low, high = tickets.INTERVAL_RANGE
        self.reminder_interval = QSpinBox(
            objectName="settings.reminder_interval", minimum=low, maximum=high, singleStep=15
        )
        self.reminder_interval.setValue(tickets.reminder_interval_minutes())
        self.reminder_interval.valueChanged.connect(self._on_reminder_interval_changed)
        layout = QVBoxLayout(self.reminder_box)
        layout.addWidget(self.reminder_label)
        layout.addWidget(self.reminder_interval)
        layout.addStretch()

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.policy_box.setTitle(self.tr("Deadlines per kind and priority"))
        self.policy_table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Priority"),
                self.tr("Acknowledge within"),
                self.tr("unit"),
                self.tr("Stage reply (minutes, 0 = none)"),
                self.tr("Result within"),
                self.tr("unit"),
                self.tr("Callback within"),
                self.tr("unit"),
            ]
        )
        self.policy_save.setText(self.tr("Save service levels"))
        self.policy_revert.setText(self.tr("Undo changes"))
        self.calendar_box.setTitle(self.tr("Office calendar: holidays and make-up working days"))
        self.override_table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Counts as"), self.tr("Note")])
        self._fill_override_kinds()
        self.override_note.setPlaceholderText(self.tr("e.g. 2027 National Day holiday"))
        self.override_add.setText(self.tr("Add or change"))
        self.override_delete.setText(self.tr("Remove selected"))
        self.reminder_box.setTitle(self.tr("Reminder"))
        self.reminder_label.setText(
            self.tr("Remind the desk of tickets due within the next two hours and of overdue tickets every:")
        )
        self.reminder_interval.setSuffix(self.tr(" min"))
        self._show_calendar_warning()
        self._show_official_day()
        if self._policies:
            self._fill_policy_table()

    def _fill_override_kinds(self) -> None:
        current = self.override_kind.currentData()
        self.override_kind.clear()
        self.override_kind.addItem(self.tr("Day off (holiday)"), False)
        self.override_kind.addItem(self.tr("Working day"), True)
        self.override_kind.setCurrentIndex(max(0, self.override_kind.findData(current)))

    # --- policies -----------------------------------------------------------------
    def load_policies(self) -> None:
        self._policies = service_levels.list_policies()
        self._fill_policy_table()
        self.policy_error.clear()
        self.policy_status.clear()

    def _fill_policy_table(self) -> None:
        table = self.policy_table
        table.setRowCount(len(self._policies))
        for row, policy in enumerate(self._policies):
            for column, text in ((0, code_label(policy.kind)), (1, code_label(policy.priority))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
            for stage in STAGES:
                table.setCellWidget(
                    row, COLUMN[f"{stage}_amount"], self._amount_spin(row, stage, getattr(policy, f"{stage}_amount"))
                )
                table.setCellWidget(
                    row, COLUMN[f"{stage}_unit"], self._unit_combo(row, stage, getattr(policy, f"{stage}_unit"))
                )
            stage_reply = QSpinBox(minimum=0, maximum=AMOUNT_MAX, objectName=f"settings.sla.{row}.stage_reply_minutes")
            stage_reply.setValue(policy.stage_reply_minutes or 0)
            table.setCellWidget(row, COLUMN["stage_reply_minutes"], stage_reply)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setMinimumHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2)

    def _amount_spin(self, row: int, stage: str, value: int) -> QSpinBox:
        spin = QSpinBox(minimum=0, maximum=AMOUNT_MAX, objectName=f"settings.sla.{row}.{stage}_amount")
        spin.setValue(value)
        return spin

    def _unit_combo(self, row: int, stage: str, unit: str) -> QComboBox:
        combo = QComboBox(objectName=f"settings.sla.{row}.{stage}_unit")
        for code, english in service_levels.UNIT_LABELS.items():
            combo.addItem(tr_models(english), code.value)
        combo.setCurrentIndex(max(0, combo.findData(unit)))
        return combo

    def policy_in_row(self, row: int) -> service_levels.PolicyData:
        """The policy as it stands in the table's row `row`."""
        table = self.policy_table
        original = self._policies[row]
        values = {}
        for stage in STAGES:
            values[f"{stage}_amount"] = table.cellWidget(row, COLUMN[f"{stage}_amount"]).value()
            values[f"{stage}_unit"] = table.cellWidget(row, COLUMN[f"{stage}_unit"]).currentData()
        stage_reply = table.cellWidget(row, COLUMN["stage_reply_minutes"]).value()
        return service_levels.PolicyData(
            kind=original.kind, priority=original.priority, stage_reply_minutes=stage_reply or None, **values
        )

    def save_policies(self) -> None:
        """Save every changed row; the first refused row is named with its reason."""
        self.policy_error.clear()
        recomputed = saved = 0
        for row, original in enumerate(self._policies):
            edited = self.policy_in_row(row)
            if edited == original:
                continue
            try:
                recomputed += tickets.save_policy(edited, **self._who()) or 0
            except ValidationError as error:
                self._show_policy_problem(row, error)
                return
            except DeskError as error:
                show_error(self, error)
                return
            self._policies[row] = edited
            saved += 1
        self.policy_status.setText(
            self.tr("{saved} policies saved; deadlines of {tickets} tickets recomputed.").format(
                saved=saved, tickets=recomputed
            )
        )
        if saved:
            self.context.signals.settings_changed.emit()
            self.context.signals.tickets_changed.emit([])

    def _show_policy_problem(self, row: int, error: ValidationError) -> None:
        field, message = next(iter(error.problems.items()))
        policy = self._policies[row]
        self.policy_error.setText(
            self.tr("{kind} · {priority}: {problem}").format(
                kind=code_label(policy.kind),
                priority=code_label(policy.priority),
                problem=tr_models(message, error.problem_params.get(field)),
            )
        )
        widget = self.policy_table.cellWidget(row, COLUMN.get(field, COLUMN["ack_amount"]))
        if widget is not None:
            widget.setFocus()

    # --- calendar -----------------------------------------------------------------
    def _calendar(self) -> service_levels.WorkingCalendar:
        return service_levels.load_calendar()

    def _show_calendar_warning(self) -> None:
        until = self._calendar().official_data_until()
        today = self.context.clock.now().date()
        self.calendar_warning.setText(
            self.tr(
                "China's official holidays and make-up working days are known up to {date}. Later days count Monday to "
                "Friday as working days until you enter that year's holidays and make-up days here."
            ).format(date=until.isoformat())
        )
        near_end = (until - today).days < WARN_AHEAD_DAYS
        self.calendar_warning.setStyleSheet(
            "color: #93370d; background: #fff4e5; border: 1px solid #f79009; padding: 6px; font-weight: bold;"
            if near_end
            else "color: #475467;"
        )

    def _show_official_day(self, *_args) -> None:
        day = self.override_day.date().toPython()
        calendar = self._calendar()
        if calendar.is_estimated(day):
            text = self.tr("{day}: past the official data; counted as {what} (Monday to Friday rule).")
        elif day in calendar.overrides:
            text = self.tr("{day}: the office's own setting makes it {what}.")
        else:
            text = self.tr("{day}: officially {what}.")
        what = self.tr("a working day") if calendar.is_workday(day) else self.tr("a day off")
        self.override_hint.setText(text.format(day=day.isoformat(), what=what))

    def load_overrides(self) -> None:
        overrides = service_levels.list_overrides()
        self.override_table.setRowCount(len(overrides))
        for row, override in enumerate(overrides):
            day = QTableWidgetItem(override.day.isoformat())
            day.setData(Qt.ItemDataRole.UserRole, override.day)
            kind = self.tr("Working day") if override.is_workday else self.tr("Day off (holiday)")
            for column, item in enumerate((day, QTableWidgetItem(kind), QTableWidgetItem(override.note))):
                self.override_table.setItem(row, column, item)
        self.override_table.resizeColumnToContents(0)
        self.override_table.resizeColumnToContents(1)
        self._show_official_day()

    def add_override(self) -> None:
        self.override_error.clear()
        data = service_levels.OverrideData(
            day=self.override_day.date().toPython(),
            is_workday=bool(self.override_kind.currentData()),
            note=self.override_note.text().strip(),
        )
        if not self._store_override(lambda: tickets.save_override(data, **self._who())):
            return
        self.override_note.clear()

    def delete_selected_override(self) -> None:
        row = self.override_table.currentRow()
        item = self.override_table.item(row, 0) if row >= 0 else None
        if item is not None:
            day: dt.date = item.data(Qt.ItemDataRole.UserRole)
            self._store_override(lambda: tickets.delete_override(day, **self._who()))

    def _who(self) -> dict:
        return {"operator": self.context.operator, "clock": self.context.clock}

    def _store_override(self, action) -> bool:
        try:
            action()
        except ValidationError as error:
            field, message = next(iter(error.problems.items()))
            self.override_error.setText(tr_models(message, error.problem_params.get(field)))
            return False
        except DeskError as error:
            show_error(self, error)
            return False
        self.load_overrides()
        self.context.signals.settings_changed.emit()
        self.context.signals.tickets_changed.emit([])
        return True

    # --- reminder -----------------------------------------------------------------
    def _on_reminder_interval_changed(self, minutes: int) -> None:
        try:
            tickets.set_reminder_interval_minutes(minutes, **acting(self))
        except DeskError as error:
            show_error(self, error)
            return
        self.context.signals.settings_changed.emit()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def build_section(context: DeskContext) -> ServiceLevelsSection:
    return ServiceLevelsSection(context)
