"""The ticket detail's timeline: one row per event, oldest first, with when, who, what,
the change (field: old → new) and the note; codes read as words, pause reasons in
words, paused seconds as a duration. The word tables use the "TicketDetail"
translation context, shared with the rest of the detail window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.formatting import format_duration
from desktop_app.translations import code_label, tr_models
from desktop_app.widgets.fitted_columns import ALWAYS, ColumnFit, FittedColumns
from models import followup
from models.codes import PauseReason
from models.tickets import EventLine

CONTEXT = "TicketDetail"
COLUMNS = 5

EVENT_TEXT = {
    "register": QT_TRANSLATE_NOOP("TicketDetail", "Registered"),
    "acknowledge": QT_TRANSLATE_NOOP("TicketDetail", "Acknowledged"),
    "stage_reply": QT_TRANSLATE_NOOP("TicketDetail", "Stage reply"),
    "dispatch": QT_TRANSLATE_NOOP("TicketDetail", "Dispatched"),
    "start": QT_TRANSLATE_NOOP("TicketDetail", "Work started"),
    "resolve": QT_TRANSLATE_NOOP("TicketDetail", "Resolved"),
    "call_back": QT_TRANSLATE_NOOP("TicketDetail", "Called back"),
    "close": QT_TRANSLATE_NOOP("TicketDetail", "Closed"),
    "reopen": QT_TRANSLATE_NOOP("TicketDetail", "Reopened"),
    "cancel": QT_TRANSLATE_NOOP("TicketDetail", "Cancelled"),
    "merge": QT_TRANSLATE_NOOP("TicketDetail", "Merged"),
    "pause": QT_TRANSLATE_NOOP("TicketDetail", "Clock paused"),
    "resume": QT_TRANSLATE_NOOP("TicketDetail", "Clock resumed"),
    "edit": QT_TRANSLATE_NOOP("TicketDetail", "Edited"),
    "print": QT_TRANSLATE_NOOP("TicketDetail", "Work order printed"),
    "note": QT_TRANSLATE_NOOP("TicketDetail", "Note"),
}
FIELD_TEXT = {
    "status": QT_TRANSLATE_NOOP("TicketDetail", "Status"),
    "kind": QT_TRANSLATE_NOOP("TicketDetail", "Kind"),
    "category": QT_TRANSLATE_NOOP("TicketDetail", "Category"),
    "channel": QT_TRANSLATE_NOOP("TicketDetail", "Channel"),
    "priority": QT_TRANSLATE_NOOP("TicketDetail", "Priority"),
    "room": QT_TRANSLATE_NOOP("TicketDetail", "Room"),
    "household": QT_TRANSLATE_NOOP("TicketDetail", "Household"),
    "reporter_name": QT_TRANSLATE_NOOP("TicketDetail", "Reporter"),
    "reporter_phone": QT_TRANSLATE_NOOP("TicketDetail", "Phone"),
    "location": QT_TRANSLATE_NOOP("TicketDetail", "Location"),
    "description": QT_TRANSLATE_NOOP("TicketDetail", "Description"),
    "attachments": QT_TRANSLATE_NOOP("TicketDetail", "Attachment"),
    "pause_reason": QT_TRANSLATE_NOOP("TicketDetail", "Pause reason"),
    "paused_seconds": QT_TRANSLATE_NOOP("TicketDetail", "Paused time in total"),
    "merged_into": QT_TRANSLATE_NOOP("TicketDetail", "Merged into"),
    "merged_from": QT_TRANSLATE_NOOP("TicketDetail", "Merged from"),
    "call": QT_TRANSLATE_NOOP("TicketDetail", "Another call"),
    "print_count": QT_TRANSLATE_NOOP("TicketDetail", "Times printed"),
}
PAUSE_REASON_TEXT = {
    PauseReason.OWNER_UNREACHABLE: QT_TRANSLATE_NOOP("TicketDetail", "Owner cannot be reached"),
    PauseReason.AWAITING_PARTS: QT_TRANSLATE_NOOP("TicketDetail", "Waiting for parts"),
    PauseReason.OWNER_REQUESTED: QT_TRANSLATE_NOOP("TicketDetail", "Owner asked to wait"),
    PauseReason.THIRD_PARTY: QT_TRANSLATE_NOOP("TicketDetail", "Waiting for a third party"),
}
CODE_FIELDS = ("status", "kind", "channel", "priority", "location")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def event_value(field: str, value: str) -> str:
    """A timeline value for display: codes as words, paused seconds as a duration."""
    if not value:
        return ""
    if field in CODE_FIELDS:
        return code_label(value)
    if followup.value_label(field, value):
        return tr_models(followup.value_label(field, value))
    if field == "pause_reason":
        return tr(PAUSE_REASON_TEXT[value]) if value in PAUSE_REASON_TEXT else value
    if field == "paused_seconds" and value.isdigit():
        return format_duration(dt.timedelta(seconds=int(value)))
    return value


# the change and the note share what the time, the operator and the action leave
TIMELINE_FITS = [
    ColumnFit("at", "2026-12-01 21:56", hideable=False),
    ColumnFit("actor", "欧阳建国", give=0.3),
    ColumnFit("action", "阶段性回复", give=0.3),
    ColumnFit("change", "状态：已派工 → 处理中", give=0.5, stretch=1),
    ColumnFit("note", "业主不在家，约明天上午再去", give=0.5, stretch=1),
]


def _event_text(action: str) -> str:
    if action in EVENT_TEXT:
        return tr(EVENT_TEXT[action])
    if action in followup.EVENT_LABELS:
        return tr_models(followup.EVENT_LABELS[action])
    return action


def _field_text(field: str) -> str:
    if field in FIELD_TEXT:
        return tr(FIELD_TEXT[field])
    if field in followup.FIELD_LABELS:
        return tr_models(followup.FIELD_LABELS[field])
    return field


class TicketTimeline(QGroupBox):
    """The events of one ticket in a read-only table (objectName detail.timeline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, COLUMNS, objectName="detail.timeline")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        # notes wrap to their full height whatever width the columns get
        self.table.viewport().installEventFilter(self)
        # installed after the filter above, so it runs first: columns fit, then rows grow to their text
        self.columns = FittedColumns(self.table, TIMELINE_FITS, "ticket/timeline", wrapping=ALWAYS)
        QVBoxLayout(self).addWidget(self.table)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.table.resizeRowsToContents()
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Timeline"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change"), self.tr("Note")]
        )

    def show_events(self, events: list[EventLine]) -> None:
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            what = _event_text(event.action)
            for column, text in enumerate((event.at_text, event.actor, what, self._change_text(event), event.note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if events:
            self.table.scrollToBottom()

    def _change_text(self, event: EventLine) -> str:
        if event.old_value or event.new_value:
            old, new = event_value(event.field, event.old_value), event_value(event.field, event.new_value)
            return self.tr("{field}: {old} → {new}").format(
                field=_field_text(event.field), old=old or "—", new=new or "—"
            )
        if event.field in FIELD_TEXT or event.field in followup.FIELD_LABELS:
            return _field_text(event.field)
        return ""

    def rows(self) -> list[list[str]]:
        """The timeline as shown: one list of column texts per event."""
        return [
            [self.table.item(row, column).text() for column in range(COLUMNS)] for row in range(self.table.rowCount())
        ]
