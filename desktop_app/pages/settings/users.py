"""Settings › Users: the office's users (an admin adds them, resets a password, changes a
role, disables one with history), everyone's own password, the idle-lock minutes, and
the audit log an admin browses and filters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.pages.settings.audit_words import kind_label, record_label
from desktop_app.translations import tr_models
from desktop_app.widgets.page import Page
from models import office
from models.codes import Role
from models.errors import DeskError
from models.office import Permission, may

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "Users and audit")
AUDIT_ROWS = 500
AUDIT_COLUMN_MAX = 220  # px, so that the log never scrolls sideways at 1024×768


class UsersSection(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.users = QTableWidget(0, 4, objectName="settings.users")
        self.users.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_user = QPushButton(objectName="settings.users.add", clicked=self._on_add_user_clicked)
        self.reset = QPushButton(objectName="settings.users.reset", clicked=self._on_reset_clicked)
        self.role = QComboBox(objectName="settings.users.role")
        for role in Role:
            self.role.addItem("", str(role))
        self.set_role = QPushButton(objectName="settings.users.set_role", clicked=self._on_set_role_clicked)
        self.toggle = QPushButton(objectName="settings.users.toggle", clicked=self._on_toggle_clicked)
        self.own_password = QPushButton(objectName="settings.users.own_password", clicked=self._on_own_clicked)
        self.lock_minutes = QSpinBox(objectName="settings.lock_minutes", minimum=0, maximum=240)
        self.lock_minutes.setValue(office.lock_minutes())
        self.lock_minutes.editingFinished.connect(self._on_lock_minutes_edited)
        self.audit_kind = QComboBox(objectName="settings.audit.kind")
        self.audit_kind.addItem("", "")
        for kind in office.AuditKind:
            self.audit_kind.addItem(kind_label(str(kind)), str(kind))
        self.audit_since = QDateEdit(objectName="settings.audit.since", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.audit_since.setDate(QDate(context.clock.now().date() - dt.timedelta(days=30)))
        self.audit_kind.currentIndexChanged.connect(self.refresh_audit)
        self.audit_since.dateChanged.connect(self.refresh_audit)
        self.audit = QTableWidget(0, 6, objectName="settings.audit")
        self.audit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit.horizontalHeader().setStretchLastSection(True)
        for table in (self.users, self.audit):
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
        self.audit_note = QLabel(objectName="settings.audit.note", wordWrap=True)
        self._layout()
        self.retranslate_ui()
        context.signals.operator_changed.connect(self.refresh)
        self.refresh()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.add_user, self.reset, self.role, self.set_role, self.toggle, self.own_password):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.lock_form = QFormLayout()
        self.lock_label = QLabel()
        self.lock_form.addRow(self.lock_label, self.lock_minutes)
        filters = QHBoxLayout()
        self.kind_label, self.since_label = QLabel(), QLabel()
        for widget in (self.kind_label, self.audit_kind, self.since_label, self.audit_since):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.users, 3)
        layout.addLayout(buttons)
        layout.addLayout(self.lock_form)
        layout.addLayout(filters)
        layout.addWidget(self.audit_note)
        layout.addWidget(self.audit, 3)

    def retranslate_ui(self) -> None:
        self.users.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Active")]
        )
        self.add_user.setText(self.tr("Add user…"))
        self.reset.setText(self.tr("Reset password…"))
        self.set_role.setText(self.tr("Set role"))
        self.toggle.setText(self.tr("Disable / enable"))
        self.own_password.setText(self.tr("Change my password…"))
        for index, role in enumerate(Role):
            self.role.setItemText(index, role_name(role))
        for index in range(1, self.audit_kind.count()):
            self.audit_kind.setItemText(index, kind_label(self.audit_kind.itemData(index)))
        self.lock_label.setText(self.tr("Lock the desk after idle minutes (0: never)"))
        self.kind_label.setText(self.tr("Kind"))
        self.since_label.setText(self.tr("Since"))
        self.audit_kind.setItemText(0, self.tr("All"))
        self.audit.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Kind"), self.tr("Record"), self.tr("Before"), self.tr("After")]
        )
        self.audit_note.setText(self.tr("Only an admin reads the audit log."))

    # --- showing ------------------------------------------------------------------
    def refresh(self) -> None:
        admin = may(self.context.operator, Permission.MANAGE_USERS)
        for widget in (self.add_user, self.reset, self.role, self.set_role, self.toggle, self.lock_minutes):
            widget.setEnabled(admin)
        self.users.setRowCount(0)
        for row in office.list_users():
            line = self.users.rowCount()
            self.users.insertRow(line)
            for column, text in enumerate(
                (row.username, row.display_name, role_name(row.role), self.tr("yes") if row.active else self.tr("no"))
            ):
                item = QTableWidgetItem(text)
                item.setData(256, row.id)
                self.users.setItem(line, column, item)
        self.users.resizeColumnsToContents()
        self.refresh_audit()

    def refresh_audit(self) -> None:
        readable = may(self.context.operator, Permission.READ_AUDIT)
        self.audit.setVisible(readable)
        self.audit_note.setVisible(not readable)
        self.audit.setRowCount(0)
        if not readable:
            return
        since = self.audit_since.date().toPython()
        lines = office.audit_lines(since, kind=self.audit_kind.currentData() or None)[-AUDIT_ROWS:]
        for line in reversed(lines):
            row = self.audit.rowCount()
            self.audit.insertRow(row)
            shown = (line.at[:16], line.actor, kind_label(line.kind), record_label(line.subject), line.old, line.new)
            for column, text in enumerate(shown):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long old → new value in full
                self.audit.setItem(row, column, item)
        self.audit.resizeColumnsToContents()  # the time in full; the last column takes the rest
        for column in (3, 4):  # record and old value: a long one is cut, its tooltip holds it all
            self.audit.setColumnWidth(column, min(self.audit.columnWidth(column), AUDIT_COLUMN_MAX))

    def selected_user_id(self) -> int | None:
        row = self.users.currentRow()
        item = self.users.item(row, 0) if row >= 0 else None
        return item.data(256) if item else None

    # --- actions ------------------------------------------------------------------
    def _act(self, action) -> None:
        try:
            action()
        except DeskError as error:
            show_error(self, error)
        self.refresh()

    def _ask(self, title: str, label: str, secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(self, title, label, mode)
        return text if ok else None

    def _on_add_user_clicked(self) -> None:
        username = self._ask(self.tr("Add user"), self.tr("User name"))
        if not username:
            return
        name = self._ask(self.tr("Add user"), self.tr("Name")) or username
        password = self._ask(self.tr("Add user"), self.tr("Password"), secret=True)
        if password is None:
            return
        role = self.role.currentData()
        who = {"operator": self.context.operator, "clock": self.context.clock}
        self._act(lambda: office.create_user(username, name, role, password, **who))

    def _on_reset_clicked(self) -> None:
        user_id = self.selected_user_id()
        password = self._ask(self.tr("Reset password"), self.tr("New password"), secret=True) if user_id else None
        if password is not None:
            who = {"operator": self.context.operator, "clock": self.context.clock}
            self._act(lambda: office.reset_password(user_id, password, **who))

    def _on_set_role_clicked(self) -> None:
        user_id = self.selected_user_id()
        if user_id:
            role = self.role.currentData()
            self._act(lambda: office.set_role(user_id, role, operator=self.context.operator, clock=self.context.clock))

    def _on_toggle_clicked(self) -> None:
        user_id = self.selected_user_id()
        if user_id:
            active = not next(user.active for user in office.list_users() if user.id == user_id)
            who = {"operator": self.context.operator, "clock": self.context.clock}
            self._act(lambda: office.set_active(user_id, active, **who))

    def _on_own_clicked(self) -> None:
        old = self._ask(self.tr("Change my password"), self.tr("Current password"), secret=True)
        new = (
            self._ask(self.tr("Change my password"), self.tr("New password"), secret=True) if old is not None else None
        )
        if new is not None:
            self._act(lambda: office.change_own_password(self.context.operator, old, new, clock=self.context.clock))

    def _on_lock_minutes_edited(self) -> None:
        minutes = self.lock_minutes.value()
        self._act(lambda: office.set_lock_minutes(minutes, operator=self.context.operator, clock=self.context.clock))
        self.context.signals.settings_changed.emit()


def role_name(role: str) -> str:
    return tr_models(office.ROLE_NAMES[Role(role)])


def build_section(context: DeskContext) -> UsersSection:
    return UsersSection(context)
