"""The ticket detail window: every field, the deadlines with time left, attachments,
the timeline of events (who, when, what, old → new, note), and the actions the state
machine allows now — acknowledge, stage reply, dispatch, start, resolve / answer,
cancel, merge, reopen, pause, resume and edit. Actions that need words (a reply, a
reason, a merge target) are typed in an inline panel; refusals are shown there. The
timeline is desktop_app.pages.ticket.timeline, the action and edit panels
desktop_app.pages.ticket.actions; dispatch and result entry open the dispatch page's
dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.formatting import OVERDUE_FOREGROUND, format_duration, format_time_left
from desktop_app.pages.dispatch import DispatchDialog, ResultEntryDialog
from desktop_app.pages.ticket.actions import (
    ACTION_BUTTONS,
    ACTION_TEXT,
    TicketActionPanel,
    TicketEditPanel,
    error_text,
)
from desktop_app.pages.ticket.timeline import PAUSE_REASON_TEXT, TicketTimeline, tr
from desktop_app.sign_in import reveal_text
from desktop_app.translations import code_label, tr_models
from models import dispatch, service_levels, tickets
from models.clock import format_datetime
from models.codes import OPEN_STATUSES
from models.errors import DeskError, EditConflict
from models.office import Permission, may
from models.tickets import ACTION_PERMISSIONS, TicketDetail

ATTACHMENT_ROWS = 4  # the list's height at most; more scroll


class TicketDetailDialog(QDialog):
    def __init__(self, context: DeskContext, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ticket_id = ticket_id
        self.detail: TicketDetail | None = None
        self.pending_action: str | None = None
        # the ticket as it was when the clerk opened a panel: what is typed is saved
        # against it, so another desk's change in between is explained, not overwritten
        self.form_version: int | None = None
        self.edit_base: TicketDetail | None = None
        self.setObjectName("detail.dialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._build()
        self.retranslate_ui()
        self.reload()
        context.signals.tickets_changed.connect(self._on_tickets_changed)
        context.signals.elsewhere_changed.connect(self._on_elsewhere_changed)
        context.signals.operator_changed.connect(self._on_operator_changed)

    # --- construction -------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(objectName="detail.header")
        self.header.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline = QLabel(objectName="detail.deadline", wordWrap=True)
        self._build_fields()
        self.timeline_box = TicketTimeline()
        self._build_actions()
        self._build_panels()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # a long description wraps to its full height; the fields scroll instead of clipping it
        fields_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        fields_scroll.setWidget(self.fields_box)
        left_layout.addWidget(fields_scroll, 1)
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
        for key in (
            "kind",
            "category",
            "priority",
            "channel",
            "room",
            "household",
            "reporter",
            "phone",
            "location",
            "description",
            "first_responder",
            "department",
            "received",
            "acknowledged",
            "resolved",
            "ack_due",
            "stage_reply_due",
            "result_due",
            "callback_due",
            "paused",
            "merged_into",
        ):
            name = QLabel()
            value = QLabel(objectName=f"detail.field.{key}", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[key], self.field_values[key] = name, value
            self.field_form.addRow(name, self._with_reveal(value) if key == "phone" else value)
        self.attachments_box = QGroupBox()
        self.attachments = QListWidget(objectName="detail.attachments")
        self.attachments.itemActivated.connect(self._on_attachments_item_activated)
        QVBoxLayout(self.attachments_box).addWidget(self.attachments)

    def _with_reveal(self, value: QLabel) -> QWidget:
        """The phone with its one deliberate click to show the whole number (logged)."""
        self.reveal_phone = QPushButton(objectName="detail.reveal_phone")
        self.reveal_phone.setAutoDefault(False)
        self.reveal_phone.clicked.connect(self._on_reveal_phone_clicked)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(value, 1)
        line.addWidget(self.reveal_phone)
        return row

    def _on_reveal_phone_clicked(self) -> None:
        try:
            phone = tickets.reveal_reporter_phone(
                self.ticket_id, operator=self.context.operator, clock=self.context.clock
            )
        except DeskError as error:
            show_error(self, error)
            return
        self.field_values["phone"].setText(phone)
        self.reveal_phone.hide()

    def _build_actions(self) -> None:
        self.action_row = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key in ACTION_BUTTONS:
            button = QPushButton(objectName=f"detail.action.{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, action=key: self.begin_action(action))
            self.action_buttons[key] = button
            self.action_row.addWidget(button)
        self.action_row.addStretch()
        self.close_button = QPushButton(objectName="detail.close", clicked=self.close)
        self.close_button.setAutoDefault(False)
        self.action_row.addWidget(self.close_button)

    def _build_panels(self) -> None:
        self.action_panel = TicketActionPanel()
        self.action_panel.submitted.connect(self.confirm_action)
        self.action_panel.cancelled.connect(self.end_action)
        self.edit_panel = TicketEditPanel()
        self.edit_panel.submitted.connect(self.save_edit)
        self.edit_panel.cancelled.connect(self.end_action)

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.reveal_phone.setText(reveal_text())
        names = {
            "kind": self.tr("Kind"),
            "category": self.tr("Category"),
            "priority": self.tr("Priority"),
            "channel": self.tr("Channel"),
            "room": self.tr("Room"),
            "household": self.tr("Household"),
            "reporter": self.tr("Reporter"),
            "phone": self.tr("Phone"),
            "location": self.tr("Location"),
            "description": self.tr("Description"),
            "first_responder": self.tr("First responder"),
            "department": self.tr("Department / crew"),
            "received": self.tr("Received"),
            "acknowledged": self.tr("Acknowledged"),
            "resolved": self.tr("Resolved"),
            "ack_due": self.tr("Acknowledge by"),
            "stage_reply_due": self.tr("Stage reply by"),
            "result_due": self.tr("Result by"),
            "callback_due": self.tr("Callback by"),
            "paused": self.tr("Result clock"),
            "merged_into": self.tr("Merged into"),
        }
        for key, text in names.items():
            self.field_labels[key].setText(text)
        self.fields_box.setTitle(self.tr("Ticket"))
        self.attachments_box.setTitle(self.tr("Photos and files (Enter opens)"))
        self.timeline_box.retranslate_ui()
        for key, button in self.action_buttons.items():
            button.setText(tr(ACTION_TEXT[key]))
        self.close_button.setText(self.tr("Close"))
        self.action_panel.retranslate_ui()
        self.edit_panel.retranslate_ui()
        if self.detail is not None:
            self.show_detail(self.detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- showing ------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.detail = tickets.ticket_detail(self.ticket_id, self.context.clock.now())
        except DeskError as error:
            show_error(self, error)
            return
        self.show_detail(self.detail)

    def _on_tickets_changed(self, ids: list) -> None:
        if not ids or self.ticket_id in ids:
            self.reload()

    def _on_elsewhere_changed(self) -> None:
        """Another desk's change shows at once; an open panel keeps what is typed."""
        try:
            detail = tickets.ticket_detail(self.ticket_id, self.context.clock.now())
        except DeskError:  # gone, or the data file is away: the next poll tries again
            return
        self.detail = detail
        self.show_detail(detail)

    def show_detail(self, detail: TicketDetail) -> None:
        self.setWindowTitle(self.tr("Ticket {number}").format(number=detail.number))
        self.header.setText(
            self.tr("{number} · {status} · {priority}").format(
                number=detail.number, status=code_label(detail.status), priority=code_label(detail.priority)
            )
        )
        self._show_deadline(detail)
        self._show_fields(detail)
        self._show_attachments(detail)
        self._show_timeline(detail)
        self._show_buttons(detail)

    def _show_deadline(self, detail: TicketDetail) -> None:
        if detail.next_due is None:
            text = (
                self.tr("No deadline is running.")
                if detail.paused_since is None
                else self.tr("The result clock is paused; no result deadline runs until it is resumed.")
            )
        else:
            what = (
                tr_models(service_levels.DEADLINE_LABELS[detail.next_kind])
                if detail.next_kind in service_levels.DEADLINE_LABELS
                else ""
            )
            text = self.tr("Next deadline: {what} by {due} ({left})").format(
                what=what, due=format_datetime(detail.next_due), left=format_time_left(detail.time_left)
            )
        if detail.deadlines_estimated:
            text = self.tr(
                "{text}\nAn estimate: a working-day deadline lies past the official holiday calendar, so Monday to Friday are assumed (the office can set the real holidays in Settings)."
            ).format(text=text)
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color: {OVERDUE_FOREGROUND.name()}; font-weight: bold;" if detail.overdue else "")

    def _show_fields(self, detail: TicketDetail) -> None:
        category = f"{detail.category_group} › {detail.category}" if detail.category_group else detail.category
        crew = "、".join(detail.crew)
        values = {
            "kind": code_label(detail.kind),
            "category": category,
            "priority": code_label(detail.priority),
            "channel": code_label(detail.channel),
            "room": " ".join(p for p in (detail.community, detail.room) if p),
            "household": detail.household_name,
            "reporter": detail.reporter_name,
            "phone": detail.reporter_phone_masked,
            "location": code_label(detail.location),
            "description": detail.description,
            "first_responder": detail.first_responder,
            "department": " · ".join(p for p in (detail.department, crew) if p),
            "received": format_datetime(detail.received_at),
            "acknowledged": format_datetime(detail.acknowledged_at),
            "resolved": format_datetime(detail.resolved_at),
            "ack_due": format_datetime(detail.ack_due),
            "stage_reply_due": format_datetime(detail.stage_reply_due),
            "result_due": format_datetime(detail.result_due),
            "callback_due": format_datetime(detail.callback_due),
            "paused": self._pause_text(detail),
            "merged_into": detail.merged_into_number,
        }
        for key, value in values.items():
            self.field_values[key].setText(value or "—")

    def _pause_text(self, detail: TicketDetail) -> str:
        total = format_duration(dt.timedelta(seconds=detail.paused_seconds)) if detail.paused_seconds else ""
        if detail.paused_since is not None:
            reason = (
                tr(PAUSE_REASON_TEXT.get(detail.pause_reason, "")) if detail.pause_reason in PAUSE_REASON_TEXT else ""
            )
            return self.tr("Paused since {since}: {reason}").format(
                since=format_datetime(detail.paused_since), reason=reason
            )
        if detail.status not in OPEN_STATUSES:
            return self.tr("Stopped; paused {total} in all").format(total=total) if total else self.tr("Stopped")
        return self.tr("Running; paused {total} in all").format(total=total) if total else self.tr("Running")

    def _show_attachments(self, detail: TicketDetail) -> None:
        self.attachments.clear()
        for attachment in detail.attachments:
            item = QListWidgetItem(
                self.tr("{name} ({size} KB, {added})").format(
                    name=attachment.original_name,
                    size=max(1, round(attachment.size_bytes / 1024)),
                    added=format_datetime(attachment.added_at),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment.stored_name)
            self.attachments.addItem(item)
        if not detail.attachments:
            placeholder = QListWidgetItem(self.tr("None"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attachments.addItem(placeholder)
        # an empty list takes one line, leaving the room to the fields above it
        rows = min(max(1, len(detail.attachments)), ATTACHMENT_ROWS)
        self.attachments.setFixedHeight(
            rows * self.attachments.sizeHintForRow(0) + 2 * self.attachments.frameWidth() + 4
        )

    def attachment_file(self, stored_name: str) -> Path:
        return tickets.attachment_path(self.context.folder, stored_name)

    def _on_attachments_item_activated(self, item: QListWidgetItem) -> None:
        stored = item.data(Qt.ItemDataRole.UserRole)
        if not stored:
            return
        try:
            path = self.attachment_file(stored)
        except DeskError as error:  # the shared attachments folder does not answer, the file is gone
            show_error(self, error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _show_timeline(self, detail: TicketDetail) -> None:
        self.timeline_box.show_events(detail.events)

    def timeline_rows(self) -> list[list[str]]:
        """The timeline as shown: one list of column texts per event."""
        return self.timeline_box.rows()

    def _on_operator_changed(self) -> None:
        if self.detail is not None:
            self._show_buttons(self.detail)

    def _show_buttons(self, detail: TicketDetail) -> None:
        offered = {a for a in detail.desk_actions if may(self.context.operator, ACTION_PERMISSIONS[a])}
        self.reveal_phone.setVisible(may(self.context.operator, Permission.REVEAL_PHONE))
        for key, button in self.action_buttons.items():
            button.setVisible(key in offered)

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
        self.form_version = self.detail.version if self.detail else None
        self.action_panel.begin(action)

    def end_action(self) -> None:
        self.pending_action = None
        self.action_panel.hide()
        self.edit_panel.hide()

    def confirm_action(self) -> None:
        action = self.pending_action
        if action is None:
            return
        panel = self.action_panel
        note = panel.note_text()
        common = {"operator": self.context.operator, "clock": self.context.clock, "expected_version": self.form_version}
        calls = {
            "acknowledge": lambda: tickets.acknowledge(self.ticket_id, note, **common),
            "stage_reply": lambda: tickets.stage_reply(self.ticket_id, note, **common),
            "answer": lambda: tickets.answer_and_close(self.ticket_id, note, **common),
            "cancel": lambda: tickets.cancel(self.ticket_id, note, **common),
            "merge": lambda: tickets.merge(self.ticket_id, panel.merge_into.text(), note, **common),
            "reopen": lambda: tickets.reopen(self.ticket_id, note, **common),
            "pause": lambda: tickets.pause(self.ticket_id, panel.pause_reason.currentData(), note, **common),
            "resume": lambda: tickets.resume(self.ticket_id, note, **common),
        }
        if self._run(calls[action], panel.error):
            self.end_action()

    def _run(self, call, error_label: QLabel | None = None) -> bool:
        """Run one domain action; refusals are shown beside the panel, the rest reported."""
        try:
            call()
        except EditConflict as error:
            # another desk changed the ticket after the panel was opened: show the ticket as
            # it is now, keep what was typed; saving again is then a knowing one
            self.reload()
            self.form_version = error.current_version
            if error_label is None:
                show_error(self, error)
            else:
                error_label.setText(error_text(error))
            return False
        except DeskError as error:
            if error_label is None:
                show_error(self, error)
            else:
                error_label.setText(error_text(error))
            return False
        self.context.signals.tickets_changed.emit([self.ticket_id])
        return True

    def _open_dispatch_dialog(self, action: str) -> None:
        cls = DispatchDialog if action == "dispatch" else ResultEntryDialog
        dialog = cls(self.context, self.ticket_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dispatch_dialog = dialog

    # --- edit ---------------------------------------------------------------------
    def _begin_edit(self) -> None:
        self.edit_base = self.detail
        self.form_version = self.detail.version
        self.edit_panel.begin(self.detail, tickets.filter_options().categories)

    def edit_changes(self) -> dict:
        """The fields the clerk changed in the edit panel — from the ticket as it was when the
        panel opened, so a field another desk changed meanwhile is not sent back as it was —
        keyed as ticket_actions.edit_ticket expects."""
        return self.edit_panel.changes(self.edit_base or self.detail)

    def save_edit(self) -> None:
        changes = self.edit_changes()
        if not changes:
            self.end_action()
            return

        def call():
            return tickets.edit_ticket(
                self.ticket_id,
                changes,
                operator=self.context.operator,
                clock=self.context.clock,
                expected_version=self.form_version,
            )

        if self._run(call, self.edit_panel.error):
            self.end_action()


def _start_work(ticket_id: int, context: DeskContext) -> None:

    dispatch.start_work([ticket_id], operator=context.operator, clock=context.clock)
