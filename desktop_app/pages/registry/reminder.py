"""The review reminder of SPEC §3: every two hours (configurable in Settings › Service
levels) the desk is shown the open tickets falling due within the next two hours and
those already overdue, in a window that does not block work; double-click opens one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop_app.context import DeskContext
from desktop_app.formatting import OVERDUE_FOREGROUND, format_time_left
from desktop_app.translations import tr_models
from desktop_app.widgets.dialogs import bring_to_front
from models import service_levels, tickets


class ReminderDialog(QDialog):
    """The list of due and overdue tickets; stays open beside the work until closed."""

    def __init__(self, parent: QWidget | None, open_ticket: Callable[[int], object]) -> None:
        super().__init__(parent)
        self.setObjectName("reminder.dialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._open_ticket = open_ticket
        self.summary = QLabel(objectName="reminder.summary", wordWrap=True)
        self.tickets = QListWidget(objectName="reminder.list")
        self.tickets.itemActivated.connect(self._on_tickets_item_activated)
        self.close_button = QPushButton(objectName="reminder.close", clicked=self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tickets, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(560, 380)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Review of open tickets"))
        self.close_button.setText(self.tr("Close"))

    def show_items(self, items: list[tickets.DueItem], window_minutes: int) -> None:
        overdue = sum(1 for item in items if item.overdue)
        self.summary.setText(
            self.tr("{overdue} tickets are overdue and {soon} fall due within the next {minutes} minutes.").format(
                overdue=overdue, soon=len(items) - overdue, minutes=window_minutes
            )
        )
        self.tickets.clear()
        for item in items:
            row = QListWidgetItem(
                self.tr("{number} · {room} · {category} · {deadline} due {due} · {left}").format(
                    number=item.number,
                    room=item.room or "—",
                    category=item.category,
                    deadline=tr_models(service_levels.DEADLINE_LABELS.get(item.next_kind, ""))
                    if item.next_kind
                    else "",
                    due=item.next_due_text,
                    left=format_time_left(item.time_left),
                )
            )
            row.setData(Qt.ItemDataRole.UserRole, item.ticket_id)
            if item.overdue:
                row.setForeground(OVERDUE_FOREGROUND)
            self.tickets.addItem(row)

    def _on_tickets_item_activated(self, item: QListWidgetItem) -> None:
        self._open_ticket(item.data(Qt.ItemDataRole.UserRole))


class ReminderController(QObject):
    """Runs the timer; `remind_now()` shows the window when anything is due or overdue."""

    def __init__(self, context: DeskContext, parent: QWidget, *, open_ticket: Callable[[int], object]) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent
        self._open_ticket = open_ticket
        self.dialog: ReminderDialog | None = None
        self.timer = QTimer(self, timeout=self.remind_now)
        self.apply_interval()
        context.signals.settings_changed.connect(self.apply_interval)

    def apply_interval(self) -> None:
        self.timer.start(tickets.reminder_interval_minutes() * 60_000)

    def due_items(self) -> list[tickets.DueItem]:
        return tickets.due_soon(self.context.clock.now())

    def remind_now(self) -> ReminderDialog | None:
        items = self.due_items()
        if not items:
            return None
        if self.dialog is None:
            self.dialog = ReminderDialog(self._parent, self._open_ticket)
        self.dialog.show_items(items, tickets.reminder_window_minutes())
        bring_to_front(self.dialog)
        return self.dialog
