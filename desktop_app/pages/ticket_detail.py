"""The ticket detail window: every field, the deadlines with time left, attachments,
the timeline of events (who, when, what, old → new, note), and the actions the state
machine allows now — acknowledge, stage reply, dispatch, start, resolve / answer,
cancel, merge, reopen, pause, resume and edit. Actions that need words (a reply, a
reason, a merge target) are typed in an inline panel; refusals are shown there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.pages.registry_model import OVERDUE_FOREGROUND, format_duration, format_time_left, label
from desktop_app.translations import tr_models
from models import intake, registry_queries, sla, ticket_actions
from models.clock import format_datetime
from models.codes import Channel, Kind, Location, PauseReason, Priority, Status
from models.contact import mask_phone
from models.errors import DeskError, ValidationError
from models.registry_queries import TicketDetail

CONTEXT = "TicketDetail"

# button order; each key is a workflow.Action value
ACTION_BUTTONS = ("acknowledge", "stage_reply", "dispatch", "start", "resolve", "cancel", "merge", "reopen",
                  "pause", "resume", "edit")
ACTION_TEXT = {
    "acknowledge": QT_TRANSLATE_NOOP("TicketDetail", "&Acknowledge…"),
    "stage_reply": QT_TRANSLATE_NOOP("TicketDetail", "&Stage reply…"),
    "dispatch": QT_TRANSLATE_NOOP("TicketDetail", "&Dispatch…"),
    "start": QT_TRANSLATE_NOOP("TicketDetail", "Work s&tarted"),
    "resolve": QT_TRANSLATE_NOOP("TicketDetail", "Enter &result…"),
    "answer": QT_TRANSLATE_NOOP("TicketDetail", "Answer and c&lose…"),
    "cancel": QT_TRANSLATE_NOOP("TicketDetail", "&Cancel ticket…"),
    "merge": QT_TRANSLATE_NOOP("TicketDetail", "&Merge into…"),
    "reopen": QT_TRANSLATE_NOOP("TicketDetail", "Re&open…"),
    "pause": QT_TRANSLATE_NOOP("TicketDetail", "&Pause clock…"),
    "resume": QT_TRANSLATE_NOOP("TicketDetail", "Res&ume clock…"),
    "edit": QT_TRANSLATE_NOOP("TicketDetail", "&Edit fields…"),
}
PROMPTS = {
    "acknowledge": QT_TRANSLATE_NOOP("TicketDetail", "What was the owner told? (the initial assessment and reply)"),
    "stage_reply": QT_TRANSLATE_NOOP("TicketDetail", "The progress reply given to the owner:"),
    "answer": QT_TRANSLATE_NOOP("TicketDetail", "The answer given to the owner (the ticket is then closed):"),
    "cancel": QT_TRANSLATE_NOOP("TicketDetail", "Why is the ticket cancelled?"),
    "merge": QT_TRANSLATE_NOOP("TicketDetail", "Number of the ticket this one duplicates, and why:"),
    "reopen": QT_TRANSLATE_NOOP("TicketDetail", "Why is the ticket reopened?"),
    "pause": QT_TRANSLATE_NOOP("TicketDetail", "Why does the result clock stop? Add a note if useful:"),
    "resume": QT_TRANSLATE_NOOP("TicketDetail", "The result clock runs again. Note (optional):"),
}
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
}
PAUSE_REASON_TEXT = {
    PauseReason.OWNER_UNREACHABLE: QT_TRANSLATE_NOOP("TicketDetail", "Owner cannot be reached"),
    PauseReason.AWAITING_PARTS: QT_TRANSLATE_NOOP("TicketDetail", "Waiting for parts"),
    PauseReason.OWNER_REQUESTED: QT_TRANSLATE_NOOP("TicketDetail", "Owner asked to wait"),
    PauseReason.THIRD_PARTY: QT_TRANSLATE_NOOP("TicketDetail", "Waiting for a third party"),
}
CODE_FIELDS = ("status", "kind", "channel", "priority", "location")
ERROR_STYLE = "color: #b42318;"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: DeskError) -> str:
    """The error's sentence in the UI language; code-like parameters are translated too."""
    if isinstance(error, ValidationError):
        field = next(iter(error.problems), "")
        return tr_models(error.problems.get(field, error.message), error.problem_params.get(field))
    params = {key: tr_models(value) if isinstance(value, str) else value for key, value in error.params.items()}
    return tr_models(error.message, params)


def event_value(field: str, value: str) -> str:
    """A timeline value for display: codes as words, paused seconds as a duration."""
    if not value:
        return ""
    if field in CODE_FIELDS:
        return label(value)
    if field == "pause_reason":
        return tr(PAUSE_REASON_TEXT[value]) if value in PAUSE_REASON_TEXT else value
    if field == "paused_seconds" and value.isdigit():
        return format_duration(dt.timedelta(seconds=int(value)))
    return value


class TicketDetailDialog(QDialog):
    def __init__(self, context: DeskContext, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ticket_id = ticket_id
        self.detail: TicketDetail | None = None
        self.pending_action: str | None = None
        self.setObjectName("detail.dialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._build()
        self.retranslate_ui()
        self.reload()
        context.signals.tickets_changed.connect(self._on_tickets_changed)

    # --- construction -------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(objectName="detail.header")
        self.header.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline = QLabel(objectName="detail.deadline", wordWrap=True)
        self._build_fields()
        self._build_timeline()
        self._build_actions()
        self._build_action_panel()
        self._build_edit_panel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.fields_box, 1)
        left_layout.addWidget(self.attachments_box)
        splitter = QSplitter(objectName="detail.splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.timeline_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.deadline)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.action_row)
        layout.addWidget(self.action_panel)
        layout.addWidget(self.edit_panel)
        self.resize(1100, 720)

    def _build_fields(self) -> None:
        self.fields_box = QGroupBox(objectName="detail.fields")
        self.field_form = QFormLayout(self.fields_box)
        self.field_labels: dict[str, QLabel] = {}
        self.field_values: dict[str, QLabel] = {}
        for key in ("kind", "category", "priority", "channel", "room", "household", "reporter", "phone", "location",
                    "description", "first_responder", "department", "received", "acknowledged", "resolved",
                    "ack_due", "stage_reply_due", "result_due", "callback_due", "paused", "merged_into"):
            name = QLabel()
            value = QLabel(objectName=f"detail.field.{key}", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[key], self.field_values[key] = name, value
            self.field_form.addRow(name, value)
        self.attachments_box = QGroupBox()
        self.attachments = QListWidget(objectName="detail.attachments")
        self.attachments.setMaximumHeight(90)
        self.attachments.itemActivated.connect(self._on_attachments_item_activated)
        QVBoxLayout(self.attachments_box).addWidget(self.attachments)

    def _build_timeline(self) -> None:
        self.timeline_box = QGroupBox()
        self.timeline = QTableWidget(0, 5, objectName="detail.timeline")
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(True)
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((124, 70, 100, 190)):
            self.timeline.setColumnWidth(column, width)
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)

    def _build_actions(self) -> None:
        self.action_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key in (*ACTION_BUTTONS, "answer"):
            button = QPushButton(objectName=f"detail.action.{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, action=key: self.begin_action(action))
            self.action_buttons[key] = button
            self.action_row.addWidget(button)
        self.action_row.addStretch()
        self.close_button = QPushButton(objectName="detail.close", clicked=self.close)
        self.close_button.setAutoDefault(False)
        self.action_row.addWidget(self.close_button)

    def _build_action_panel(self) -> None:
        self.action_panel = QFrame(objectName="detail.action_panel", frameShape=QFrame.Shape.StyledPanel)
        self.action_prompt = QLabel(objectName="detail.action_prompt", wordWrap=True)
        self.pause_reason = QComboBox(objectName="detail.pause_reason")
        self.merge_into = QLineEdit(objectName="detail.merge_into")
        self.action_note = QPlainTextEdit(objectName="detail.action_note")
        self.action_note.setTabChangesFocus(True)
        self.action_note.setMaximumHeight(80)
        self.action_error = QLabel(objectName="detail.action_error", wordWrap=True, styleSheet=ERROR_STYLE)
        self.action_confirm = QPushButton(objectName="detail.action_confirm", clicked=self.confirm_action)
        self.action_cancel = QPushButton(objectName="detail.action_cancel", clicked=self.end_action)
        for button in (self.action_confirm, self.action_cancel):
            button.setAutoDefault(False)
        grid = QGridLayout(self.action_panel)
        grid.addWidget(self.action_prompt, 0, 0, 1, 3)
        grid.addWidget(self.pause_reason, 1, 0)
        grid.addWidget(self.merge_into, 1, 1)
        grid.addWidget(self.action_note, 2, 0, 1, 3)
        grid.addWidget(self.action_error, 3, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.action_cancel)
        buttons.addWidget(self.action_confirm)
        grid.addLayout(buttons, 4, 0, 1, 3)
        for widget in (self.pause_reason, self.merge_into, self.action_note):
            widget.installEventFilter(self)
        self.action_panel.hide()

    def _build_edit_panel(self) -> None:
        self.edit_panel = QFrame(objectName="detail.edit_panel", frameShape=QFrame.Shape.StyledPanel)
        self.edit_kind = QComboBox(objectName="detail.edit.kind")
        self.edit_category = QComboBox(objectName="detail.edit.category")
        self.edit_priority = QComboBox(objectName="detail.edit.priority")
        self.edit_channel = QComboBox(objectName="detail.edit.channel")
        self.edit_location = QComboBox(objectName="detail.edit.location")
        self.edit_reporter = QLineEdit(objectName="detail.edit.reporter", maxLength=50)
        self.edit_phone = QLineEdit(objectName="detail.edit.phone", maxLength=40)
        self.edit_description = QPlainTextEdit(objectName="detail.edit.description")
        self.edit_description.setTabChangesFocus(True)
        self.edit_description.setMaximumHeight(70)
        self.edit_error = QLabel(objectName="detail.edit_error", wordWrap=True, styleSheet=ERROR_STYLE)
        self.edit_save = QPushButton(objectName="detail.edit_save", clicked=self.save_edit)
        self.edit_cancel = QPushButton(objectName="detail.edit_cancel", clicked=self.end_action)
        for button in (self.edit_save, self.edit_cancel):
            button.setAutoDefault(False)
        self.edit_labels = [QLabel() for _ in range(8)]
        grid = QGridLayout(self.edit_panel)
        widgets = (self.edit_kind, self.edit_category, self.edit_priority, self.edit_channel, self.edit_location,
                   self.edit_reporter, self.edit_phone)
        for index, widget in enumerate(widgets):
            grid.addWidget(self.edit_labels[index], index // 4 * 2, index % 4)
            grid.addWidget(widget, index // 4 * 2 + 1, index % 4)
        grid.addWidget(self.edit_labels[7], 4, 0)
        grid.addWidget(self.edit_description, 5, 0, 1, 4)
        grid.addWidget(self.edit_error, 6, 0, 1, 4)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.edit_cancel)
        buttons.addWidget(self.edit_save)
        grid.addLayout(buttons, 7, 0, 1, 4)
        for widget in (*widgets, self.edit_description):
            widget.installEventFilter(self)
        self.edit_panel.hide()

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        names = {
            "kind": self.tr("Kind"), "category": self.tr("Category"), "priority": self.tr("Priority"),
            "channel": self.tr("Channel"), "room": self.tr("Room"), "household": self.tr("Household"),
            "reporter": self.tr("Reporter"), "phone": self.tr("Phone"), "location": self.tr("Location"),
            "description": self.tr("Description"), "first_responder": self.tr("First responder"),
            "department": self.tr("Department / crew"), "received": self.tr("Received"),
            "acknowledged": self.tr("Acknowledged"), "resolved": self.tr("Resolved"),
            "ack_due": self.tr("Acknowledge by"), "stage_reply_due": self.tr("Stage reply by"),
            "result_due": self.tr("Result by"), "callback_due": self.tr("Callback by"),
            "paused": self.tr("Result clock"), "merged_into": self.tr("Merged into"),
        }
        for key, text in names.items():
            self.field_labels[key].setText(text)
        self.fields_box.setTitle(self.tr("Ticket"))
        self.attachments_box.setTitle(self.tr("Photos and files (Enter opens)"))
        self.timeline_box.setTitle(self.tr("Timeline"))
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change"), self.tr("Note")])
        for key, button in self.action_buttons.items():
            button.setText(tr(ACTION_TEXT[key]))
        self.close_button.setText(self.tr("Close"))
        self.action_confirm.setText(self.tr("Confirm (Ctrl+Enter)"))
        self.action_cancel.setText(self.tr("Back"))
        self.merge_into.setPlaceholderText(self.tr("e.g. BX20261123-0007"))
        self._fill_pause_reasons()
        for widget, text in zip(self.edit_labels, (self.tr("Kind"), self.tr("Category"), self.tr("Priority"),
                                                   self.tr("Channel"), self.tr("Location"), self.tr("Reporter"),
                                                   self.tr("Phone"), self.tr("Description")), strict=True):
            widget.setText(text)
        self.edit_save.setText(self.tr("Save changes"))
        self.edit_cancel.setText(self.tr("Back"))
        if self.detail is not None:
            self.show_detail(self.detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_pause_reasons(self) -> None:
        self.pause_reason.clear()
        for code, text in PAUSE_REASON_TEXT.items():
            self.pause_reason.addItem(tr(text), code.value)

    # --- showing ------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.detail = registry_queries.ticket_detail(self.ticket_id, self.context.clock.now())
        except DeskError as error:
            show_error(self, error)
            return
        self.show_detail(self.detail)

    def _on_tickets_changed(self, ids: list) -> None:
        if not ids or self.ticket_id in ids:
            self.reload()

    def show_detail(self, detail: TicketDetail) -> None:
        self.setWindowTitle(self.tr("Ticket {number}").format(number=detail.number))
        self.header.setText(self.tr("{number} · {status} · {priority}").format(
            number=detail.number, status=label(detail.status), priority=label(detail.priority)))
        self._show_deadline(detail)
        self._show_fields(detail)
        self._show_attachments(detail)
        self._show_timeline(detail)
        self._show_buttons(detail)

    def _show_deadline(self, detail: TicketDetail) -> None:
        if detail.next_due is None:
            text = self.tr("No deadline is running.") if detail.paused_since is None else self.tr(
                "The result clock is paused; no result deadline runs until it is resumed.")
        else:
            what = tr_models(sla.DEADLINE_LABELS[detail.next_kind]) if detail.next_kind in sla.DEADLINE_LABELS else ""
            text = self.tr("Next deadline: {what} by {due} ({left})").format(
                what=what, due=format_datetime(detail.next_due), left=format_time_left(detail.time_left))
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color: {OVERDUE_FOREGROUND.name()}; font-weight: bold;" if detail.overdue else "")

    def _show_fields(self, detail: TicketDetail) -> None:
        category = f"{detail.category_group} › {detail.category}" if detail.category_group else detail.category
        crew = "、".join(detail.crew)
        values = {
            "kind": label(detail.kind), "category": category, "priority": label(detail.priority),
            "channel": label(detail.channel), "room": " ".join(p for p in (detail.community, detail.room) if p),
            "household": detail.household_name, "reporter": detail.reporter_name, "phone": detail.reporter_phone_masked,
            "location": label(detail.location), "description": detail.description,
            "first_responder": detail.first_responder, "department": " · ".join(p for p in (detail.department, crew) if p),
            "received": format_datetime(detail.received_at), "acknowledged": format_datetime(detail.acknowledged_at),
            "resolved": format_datetime(detail.resolved_at), "ack_due": format_datetime(detail.ack_due),
            "stage_reply_due": format_datetime(detail.stage_reply_due), "result_due": format_datetime(detail.result_due),
            "callback_due": format_datetime(detail.callback_due), "paused": self._pause_text(detail),
            "merged_into": detail.merged_into_number,
        }
        for key, value in values.items():
            self.field_values[key].setText(value or "—")

    def _pause_text(self, detail: TicketDetail) -> str:
        total = format_duration(dt.timedelta(seconds=detail.paused_seconds)) if detail.paused_seconds else ""
        if detail.paused_since is not None:
            reason = tr(PAUSE_REASON_TEXT.get(detail.pause_reason, "")) if detail.pause_reason in PAUSE_REASON_TEXT else ""
            return self.tr("Paused since {since}: {reason}").format(since=format_datetime(detail.paused_since), reason=reason)
        return self.tr("Running; paused {total} in all").format(total=total) if total else self.tr("Running")

    def _show_attachments(self, detail: TicketDetail) -> None:
        self.attachments.clear()
        for attachment in detail.attachments:
            item = QListWidgetItem(self.tr("{name} ({size} KB, {added})").format(
                name=attachment.original_name, size=max(1, round(attachment.size_bytes / 1024)),
                added=format_datetime(attachment.added_at)))
            item.setData(Qt.ItemDataRole.UserRole, attachment.stored_name)
            self.attachments.addItem(item)
        if not detail.attachments:
            placeholder = QListWidgetItem(self.tr("None"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attachments.addItem(placeholder)

    def attachment_file(self, stored_name: str) -> Path:
        return intake.attachment_path(self.context.folder, stored_name)

    def _on_attachments_item_activated(self, item: QListWidgetItem) -> None:
        stored = item.data(Qt.ItemDataRole.UserRole)
        if stored:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.attachment_file(stored))))

    def _show_timeline(self, detail: TicketDetail) -> None:
        self.timeline.setRowCount(len(detail.events))
        for row, event in enumerate(detail.events):
            change = ""
            if event.old_value or event.new_value:
                old, new = event_value(event.field, event.old_value), event_value(event.field, event.new_value)
                field = tr(FIELD_TEXT[event.field]) if event.field in FIELD_TEXT else event.field
                change = self.tr("{field}: {old} → {new}").format(field=field, old=old or "—", new=new or "—")
            elif event.field in FIELD_TEXT:
                change = tr(FIELD_TEXT[event.field])
            what = tr(EVENT_TEXT[event.action]) if event.action in EVENT_TEXT else event.action
            for column, text in enumerate((event.at_text, event.actor, what, change, event.note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.timeline.setItem(row, column, item)
        self.timeline.resizeRowsToContents()
        if detail.events:
            self.timeline.scrollToBottom()

    def timeline_rows(self) -> list[list[str]]:
        """The timeline as shown: one list of column texts per event."""
        return [[self.timeline.item(row, column).text() for column in range(5)] for row in range(self.timeline.rowCount())]

    def _show_buttons(self, detail: TicketDetail) -> None:
        allowed = set(detail.allowed_actions)
        answer_kind = detail.kind in (Kind.INQUIRY, Kind.PRAISE)
        visible = {key: key in allowed for key in ACTION_BUTTONS}
        visible["answer"] = answer_kind and "resolve" in allowed
        visible["resolve"] = visible["resolve"] and not answer_kind and detail.status in (Status.DISPATCHED, Status.IN_PROGRESS)
        visible["dispatch"] = visible["dispatch"] and _dialogs() is not None
        visible["resolve"] = visible["resolve"] and _dialogs() is not None
        for key, button in self.action_buttons.items():
            button.setVisible(visible.get(key, False))

    # --- actions ------------------------------------------------------------------
    def begin_action(self, action: str) -> None:
        """Open the panel for `action` (or its dialog for dispatch and result)."""
        self.end_action()
        if action in ("dispatch", "resolve"):
            self._open_dispatch_dialog(action)
            return
        if action == "start":
            self._run(lambda: _start_work(self.ticket_id, self.context))
            return
        if action == "edit":
            self._begin_edit()
            return
        self.pending_action = action
        self.action_prompt.setText(tr(PROMPTS[action]))
        self.pause_reason.setVisible(action == "pause")
        self.merge_into.setVisible(action == "merge")
        self.merge_into.clear()
        self.action_note.clear()
        self.action_error.clear()
        self.action_panel.show()
        (self.merge_into if action == "merge" else self.pause_reason if action == "pause" else self.action_note).setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Enter in the action or edit panel confirms it, wherever the focus is."""
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self.edit_panel.isVisible():
                self.save_edit()
            else:
                self.confirm_action()
            return True
        return super().eventFilter(watched, event)

    def end_action(self) -> None:
        self.pending_action = None
        self.action_panel.hide()
        self.edit_panel.hide()

    def confirm_action(self) -> None:
        action = self.pending_action
        if action is None:
            return
        note = self.action_note.toPlainText().strip()
        common = {"operator": self.context.operator, "clock": self.context.clock}
        calls = {
            "acknowledge": lambda: ticket_actions.acknowledge(self.ticket_id, note, **common),
            "stage_reply": lambda: ticket_actions.stage_reply(self.ticket_id, note, **common),
            "answer": lambda: ticket_actions.answer_and_close(self.ticket_id, note, **common),
            "cancel": lambda: ticket_actions.cancel(self.ticket_id, note, **common),
            "merge": lambda: ticket_actions.merge(self.ticket_id, self.merge_into.text(), note, **common),
            "reopen": lambda: ticket_actions.reopen(self.ticket_id, note, **common),
            "pause": lambda: ticket_actions.pause(self.ticket_id, self.pause_reason.currentData(), note, **common),
            "resume": lambda: ticket_actions.resume(self.ticket_id, note, **common),
        }
        if self._run(calls[action], self.action_error):
            self.end_action()

    def _run(self, call, error_label: QLabel | None = None) -> bool:
        """Run one domain action; refusals are shown beside the panel, the rest reported."""
        try:
            call()
        except DeskError as error:
            if error_label is None:
                show_error(self, error)
            else:
                error_label.setText(error_text(error))
            return False
        self.context.signals.tickets_changed.emit([self.ticket_id])
        return True

    def _open_dispatch_dialog(self, action: str) -> None:
        dialogs = _dialogs()
        if dialogs is None:
            return
        cls = dialogs.DispatchDialog if action == "dispatch" else dialogs.ResultEntryDialog
        dialog = cls(self.context, self.ticket_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dispatch_dialog = dialog

    # --- edit ---------------------------------------------------------------------
    def _begin_edit(self) -> None:
        detail = self.detail
        for combo, codes, value in ((self.edit_kind, Kind, detail.kind), (self.edit_priority, Priority, detail.priority),
                                    (self.edit_channel, Channel, detail.channel), (self.edit_location, Location, detail.location)):
            combo.clear()
            for code in codes:
                combo.addItem(label(code), code.value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.edit_category.clear()
        for option in registry_queries.filter_options().categories:
            if option.group:
                self.edit_category.addItem(f"{option.group} › {option.name}", option.id)
        self.edit_category.setCurrentIndex(max(0, self.edit_category.findData(detail.category_id)))
        self.edit_reporter.setText(detail.reporter_name)
        self.edit_phone.setText(detail.reporter_phone_masked)
        self.edit_description.setPlainText(detail.description)
        self.edit_error.clear()
        self.edit_panel.show()
        self.edit_kind.setFocus()

    def edit_changes(self) -> dict:
        """The fields changed in the edit panel, keyed as ticket_actions.edit_ticket expects."""
        detail = self.detail
        edited = {
            "kind": self.edit_kind.currentData(), "category_id": self.edit_category.currentData(),
            "priority": self.edit_priority.currentData(), "channel": self.edit_channel.currentData(),
            "location": self.edit_location.currentData(), "reporter_name": self.edit_reporter.text().strip(),
            "description": self.edit_description.toPlainText().strip(),
        }
        current = {"kind": detail.kind, "category_id": detail.category_id, "priority": detail.priority,
                   "channel": detail.channel, "location": detail.location, "reporter_name": detail.reporter_name,
                   "description": detail.description}
        changes = {key: value for key, value in edited.items() if value != current[key]}
        phone = self.edit_phone.text().strip()
        if phone != mask_phone(detail.reporter_phone):
            changes["reporter_phone"] = phone
        return changes

    def save_edit(self) -> None:
        changes = self.edit_changes()
        if not changes:
            self.end_action()
            return
        call = lambda: ticket_actions.edit_ticket(self.ticket_id, changes, operator=self.context.operator,  # noqa: E731
                                                  clock=self.context.clock)
        if self._run(call, self.edit_error):
            self.end_action()


def _dialogs():
    """The dispatch engineer's dialogs, when that part of the program is present."""
    try:
        from desktop_app.pages import dispatch_dialogs
    except ImportError:
        return None
    return dispatch_dialogs if hasattr(dispatch_dialogs, "DispatchDialog") else None


def _start_work(ticket_id: int, context: DeskContext) -> None:
    from models import dispatching

    dispatching.start_work([ticket_id], operator=context.operator, clock=context.clock)
