"""The ticket detail's action panels: the inline panel where an action that needs words
(a reply, a reason, a merge target, a pause reason) is typed and its refusal shown,
and the panel that edits the ticket's fields. Ctrl+Enter in either submits it. Which
actions are offered and what they call is the dialog's business
(desktop_app.pages.ticket.detail); button and prompt texts use the "TicketDetail"
translation context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.pages.ticket.timeline import PAUSE_REASON_TEXT, tr
from desktop_app.translations import code_label, tr_models
from models.codes import Channel, Kind, Location, Priority
from models.errors import DeskError, ValidationError
from models.registers import mask_phone
from models.tickets import REPORTER_LIMIT, DeskAction, Option, TicketDetail

# the buttons, in the workflow's order
ACTION_BUTTONS = tuple(DeskAction)
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
ERROR_STYLE = "color: #b42318;"


def error_text(error: DeskError) -> str:
    """The error's sentence in the UI language; code-like parameters are translated too."""
    if isinstance(error, ValidationError):
        field = next(iter(error.problems), "")
        return tr_models(error.problems.get(field, error.message), error.problem_params.get(field))
    params = {key: tr_models(value) if isinstance(value, str) else value for key, value in error.params.items()}
    return tr_models(error.message, params)


class _SubmitPanel(QFrame):
    """A panel whose fields submit it with Ctrl+Enter, wherever the focus is."""

    submitted = Signal()
    cancelled = Signal()

    def _connect_buttons(self, submit: QPushButton, cancel: QPushButton) -> None:
        submit.clicked.connect(lambda: self.submitted.emit())
        cancel.clicked.connect(lambda: self.cancelled.emit())
        for button in (submit, cancel):
            button.setAutoDefault(False)

    def _submit_on_ctrl_enter(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)


class TicketActionPanel(_SubmitPanel):
    """The words an action needs: a prompt, the pause reason or merge target where the
    action takes one, the note, and the refusal beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="detail.action_panel", frameShape=QFrame.Shape.StyledPanel)
        self.prompt = QLabel(objectName="detail.action_prompt", wordWrap=True)
        self.pause_reason = QComboBox(objectName="detail.pause_reason")
        self.merge_into = QLineEdit(objectName="detail.merge_into")
        self.note = QPlainTextEdit(objectName="detail.action_note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.error = QLabel(objectName="detail.action_error", wordWrap=True, styleSheet=ERROR_STYLE)
        self.confirm = QPushButton(objectName="detail.action_confirm")
        self.cancel = QPushButton(objectName="detail.action_cancel")
        self._connect_buttons(self.confirm, self.cancel)
        self._layout()
        self._submit_on_ctrl_enter(self.pause_reason, self.merge_into, self.note)
        self.hide()

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.prompt, 0, 0, 1, 3)
        grid.addWidget(self.pause_reason, 1, 0)
        grid.addWidget(self.merge_into, 1, 1)
        grid.addWidget(self.note, 2, 0, 1, 3)
        grid.addWidget(self.error, 3, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.confirm)
        grid.addLayout(buttons, 4, 0, 1, 3)

    def retranslate_ui(self) -> None:
        self.confirm.setText(self.tr("Confirm (Ctrl+Enter)"))
        self.cancel.setText(self.tr("Back"))
        self.merge_into.setPlaceholderText(self.tr("e.g. BX20261123-0007"))
        self.pause_reason.clear()
        for code, text in PAUSE_REASON_TEXT.items():
            self.pause_reason.addItem(tr(text), code.value)

    def begin(self, action: str) -> None:
        """Show the panel, emptied, for one of the PROMPTS' actions."""
        self.prompt.setText(tr(PROMPTS[action]))
        self.pause_reason.setVisible(action == "pause")
        self.merge_into.setVisible(action == "merge")
        self.merge_into.clear()
        self.note.clear()
        self.error.clear()
        self.show()
        (self.merge_into if action == "merge" else self.pause_reason if action == "pause" else self.note).setFocus()

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


class TicketEditPanel(_SubmitPanel):
    """The ticket's editable fields, filled from the detail; changes() says what differs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="detail.edit_panel", frameShape=QFrame.Shape.StyledPanel)
        self.kind = QComboBox(objectName="detail.edit.kind")
        self.category = QComboBox(objectName="detail.edit.category")
        self.priority = QComboBox(objectName="detail.edit.priority")
        self.channel = QComboBox(objectName="detail.edit.channel")
        self.location = QComboBox(objectName="detail.edit.location")
        self.reporter = QLineEdit(objectName="detail.edit.reporter", maxLength=REPORTER_LIMIT)
        self.phone = QLineEdit(objectName="detail.edit.phone", maxLength=40)
        self.description = QPlainTextEdit(objectName="detail.edit.description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.error = QLabel(objectName="detail.edit_error", wordWrap=True, styleSheet=ERROR_STYLE)
        self.save = QPushButton(objectName="detail.edit_save")
        self.cancel = QPushButton(objectName="detail.edit_cancel")
        self._connect_buttons(self.save, self.cancel)
        self.labels = [QLabel() for _ in range(8)]
        fields = (self.kind, self.category, self.priority, self.channel, self.location, self.reporter, self.phone)
        self._layout(fields)
        self._submit_on_ctrl_enter(*fields, self.description)
        self.hide()

    def _layout(self, fields: tuple[QWidget, ...]) -> None:
        grid = QGridLayout(self)
        for index, widget in enumerate(fields):
            grid.addWidget(self.labels[index], index // 4 * 2, index % 4)
            grid.addWidget(widget, index // 4 * 2 + 1, index % 4)
        grid.addWidget(self.labels[7], 4, 0)
        grid.addWidget(self.description, 5, 0, 1, 4)
        grid.addWidget(self.error, 6, 0, 1, 4)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        grid.addLayout(buttons, 7, 0, 1, 4)

    def retranslate_ui(self) -> None:
        for widget, text in zip(
            self.labels,
            (
                self.tr("Kind"),
                self.tr("Category"),
                self.tr("Priority"),
                self.tr("Channel"),
                self.tr("Location"),
                self.tr("Reporter"),
                self.tr("Phone"),
                self.tr("Description"),
            ),
            strict=True,
        ):
            widget.setText(text)
        self.save.setText(self.tr("Save changes"))
        self.cancel.setText(self.tr("Back"))

    def begin(self, detail: TicketDetail, categories: list[Option]) -> None:
        """Show the panel filled with the ticket's fields; `categories` as filter_options gives them."""
        for combo, codes, value in (
            (self.kind, Kind, detail.kind),
            (self.priority, Priority, detail.priority),
            (self.channel, Channel, detail.channel),
            (self.location, Location, detail.location),
        ):
            combo.clear()
            for code in codes:
                combo.addItem(code_label(code), code.value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.category.clear()
        for option in categories:
            if option.group:
                self.category.addItem(f"{option.group} › {option.name}", option.id)
        self.category.setCurrentIndex(max(0, self.category.findData(detail.category_id)))
        self.reporter.setText(detail.reporter_name)
        self.phone.setText(detail.reporter_phone_masked)
        self.description.setPlainText(detail.description)
        self.error.clear()
        self.show()
        self.kind.setFocus()

    def changes(self, detail: TicketDetail) -> dict:
        """The fields changed from `detail`, keyed as ticket_actions.edit_ticket expects."""
        edited = {
            "kind": self.kind.currentData(),
            "category_id": self.category.currentData(),
            "priority": self.priority.currentData(),
            "channel": self.channel.currentData(),
            "location": self.location.currentData(),
            "reporter_name": self.reporter.text().strip(),
            "description": self.description.toPlainText().strip(),
        }
        current = {
            "kind": detail.kind,
            "category_id": detail.category_id,
            "priority": detail.priority,
            "channel": detail.channel,
            "location": detail.location,
            "reporter_name": detail.reporter_name,
            "description": detail.description,
        }
        changes = {key: value for key, value in edited.items() if value != current[key]}
        phone = self.phone.text().strip()
        if phone != mask_phone(detail.reporter_phone):
            changes["reporter_phone"] = phone
        return changes
