"""Typing returned paper forms in, by keyboard only. The clerk types (or scans) the form
number and presses Enter — a number already typed in is refused there and then — types
the room as at intake (Enter picks it; an empty room is allowed), then one digit per
question: 1–5 answers and moves on by itself, 0 or Space leaves the question blank,
Backspace goes back one question. After the last question the comment field takes the
focus; Enter saves (from the answers too) and the next form starts with the next number
selected. F2 brings the last saved form back to be corrected; Esc leaves the correction."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.translations import tr_models
from desktop_app.widgets.room_completer import RoomField
from models.errors import DeskError, ValidationError
from models.followup import (
    DIMENSION_LABELS,
    NewResponse,
    QuestionView,
    ResponseView,
    check_form_number,
    check_room,
    correct_response,
    format_form_number,
    last_response,
    next_form_number,
    questions_of,
    save_response,
)

BLANK = 0  # what the sheet holds for a question the clerk left blank on purpose
ERROR_COLOUR = "#b42318"
DONE_COLOUR = "#067647"
CURRENT_ROW = QColor("#dbe8f7")
RECENT_LIMIT = 12


class AnswerSheet(QTableWidget):
    """The questions of the form, one row each, with the answer typed for each; it keeps
    the focus while the clerk types digits."""

    save_requested = Signal()
    finished = Signal()  # the last question was answered
    left_at_start = Signal()  # Backspace on the first question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("survey.answers")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.questions: list[QuestionView] = []
        self.answers: list[int | None] = []  # None: not typed yet; BLANK: left blank; 1..5
        self.position = 0
        self.cellClicked.connect(lambda row, _column: self.go_to(row))

    # --- content --------------------------------------------------------------------
    def set_questions(self, questions: list[QuestionView]) -> None:
        self.questions = list(questions)
        self.setRowCount(len(questions))
        for row, question in enumerate(questions):
            dimension = tr_models(DIMENSION_LABELS.get(question.dimension, question.dimension))
            self._set(row, 0, f"{question.number}. {dimension}")
            self._set(row, 1, question.text)
            self._set(row, 2, "", centre=True)
        self.clear_answers()

    def _set(self, row: int, column: int, text: str, *, centre: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if centre:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, column, item)

    def clear_answers(self) -> None:
        self.answers = [None] * len(self.questions)
        for row in range(len(self.questions)):
            self.item(row, 2).setText("")
        self.go_to(0)

    def load(self, answers: dict[int, int]) -> None:
        """Show a stored form's answers (a question without one shows as blank)."""
        self.answers = [answers.get(q.id, BLANK) for q in self.questions]
        for row, value in enumerate(self.answers):
            self.item(row, 2).setText(self._shown(value))
        self.go_to(len(self.questions) - 1 if self.questions else 0)

    def typed_answers(self) -> dict[int, int | None]:
        """question id -> 1..5, or None for a blank (typed or never reached)."""
        return {q.id: (a if a else None) for q, a in zip(self.questions, self.answers, strict=True)}

    @staticmethod
    def _shown(value: int | None) -> str:
        if value is None:
            return ""
        return "–" if value == BLANK else str(value)

    # --- moving ---------------------------------------------------------------------
    def go_to(self, row: int) -> None:
        if not self.questions:
            return
        self.position = max(0, min(row, len(self.questions) - 1))
        for index in range(len(self.questions)):
            brush = QBrush(CURRENT_ROW) if index == self.position else QBrush()
            for column in range(3):
                self.item(index, column).setBackground(brush)
        self.setCurrentCell(self.position, 2)
        self.scrollToItem(self.item(self.position, 0))

    def answer(self, value: int) -> None:
        if not self.questions:
            return
        self.answers[self.position] = value
        self.item(self.position, 2).setText(self._shown(value))
        if self.position == len(self.questions) - 1:
            self.finished.emit()
        else:
            self.go_to(self.position + 1)

    def back(self) -> None:
        if self.position == 0 and self.answers and self.answers[0] is None:
            self.left_at_start.emit()
            return
        if self.answers[self.position] is None and self.position > 0:
            self.go_to(self.position - 1)
        self.answers[self.position] = None
        self.item(self.position, 2).setText("")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key, text = event.key(), event.text()
        if text in ("1", "2", "3", "4", "5"):
            self.answer(int(text))
        elif text in ("0", " "):
            self.answer(BLANK)
        elif key == Qt.Key.Key_Backspace:
            self.back()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.go_to(self.position + (1 if key == Qt.Key.Key_Down else -1))
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
        else:
            event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, forward)


class CommentField(QLineEdit):
    """The comment; Backspace in an empty comment returns to the last question."""

    back_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.back_requested.emit()
            return
        super().keyPressEvent(event)


class EntryPanel(QWidget):
    """The fast entry form for one campaign; emits `form_saved(form number)`."""

    form_saved = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.campaign_id: int | None = None
        self.campaign_name = ""
        self.target = 0
        self.responses = 0
        self.correcting: ResponseView | None = None
        self._room_id: int | None = None
        self._build()
        self.retranslate_ui()

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(objectName="survey.entry_heading")
        self.progress = QLabel(objectName="survey.progress")
        self.mode = QLabel(objectName="survey.mode")
        self.mode.setStyleSheet("color: #b54708; font-weight: bold;")
        self.form_number = QLineEdit(objectName="survey.form_number")
        self.form_number.setMaximumWidth(200)
        self.form_number.returnPressed.connect(self._on_form_number_return_pressed)
        self.room = RoomField(self, object_name="survey.room")
        self.room.setMaximumWidth(320)
        self.room.room_chosen.connect(self._on_room_room_chosen)
        self.room.textEdited.connect(self._on_room_text_edited)
        self.room.returnPressed.connect(self._on_room_return_pressed)
        self.sheet = AnswerSheet(self)
        self.sheet.save_requested.connect(self.save)
        self.sheet.finished.connect(self._on_sheet_finished)
        self.sheet.left_at_start.connect(lambda: self.room.setFocus())
        self.comment = CommentField(objectName="survey.comment")
        self.comment.returnPressed.connect(self.save)
        self.comment.back_requested.connect(self._on_comment_back_requested)
        self.message = QLabel(objectName="survey.message", wordWrap=True)
        self.save_button = QPushButton(objectName="survey.save")
        self.save_button.clicked.connect(self.save)
        self.correct_button = QPushButton(objectName="survey.correct_last")
        self.correct_button.clicked.connect(self.correct_last)
        self.recent = QListWidget(objectName="survey.recent")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_label = QLabel()
        QShortcut(QKeySequence("F2"), self, self.correct_last, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(
            QKeySequence("Esc"), self, self.cancel_correction, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._lay_out()

    def _lay_out(self) -> None:
        self.labels = {name: QLabel() for name in ("form_number", "room", "answers", "comment")}
        fields = QFormLayout()
        fields.addRow(self.labels["form_number"], self.form_number)
        fields.addRow(self.labels["room"], self.room)
        self.labels["form_number"].setBuddy(self.form_number)
        self.labels["room"].setBuddy(self.room)
        self.labels["comment"].setBuddy(self.comment)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.mode)
        left.addLayout(fields)
        left.addWidget(self.labels["answers"])
        left.addWidget(self.sheet, 1)
        left.addWidget(self.labels["comment"])
        left.addWidget(self.comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.message, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.progress)
        right.addWidget(self.recent_label)
        right.addWidget(self.recent, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 1)
        self.setTabOrder(self.form_number, self.room)
        self.setTabOrder(self.room, self.sheet)
        self.setTabOrder(self.sheet, self.comment)

    def retranslate_ui(self) -> None:
        self.labels["form_number"].setText(self.tr("Form &number:"))
        self.labels["room"].setText(self.tr("&Room:"))
        self.labels["answers"].setText(
            self.tr("Answers: 1–5 moves on, 0 or Space leaves blank, Backspace goes back, Enter saves")
        )
        self.labels["comment"].setText(self.tr("C&omment:"))
        self.form_number.setPlaceholderText(self.tr("Type or scan the form number"))
        self.room.setPlaceholderText(self.tr("Optional: 3-2-1501, owner's name or phone"))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.correct_button.setText(self.tr("Correct the last form (F2)"))
        self.recent_label.setText(self.tr("Saved just now:"))
        self.sheet.setHorizontalHeaderLabels([self.tr("Question"), "", self.tr("Answer")])
        self._show_heading()

    def _show_heading(self) -> None:
        if self.campaign_id is None:
            self.heading.setText(self.tr("Choose a campaign on the Campaigns tab."))
            self.progress.setText("")
        else:
            self.heading.setText(self.tr("Typing in forms of {campaign}").format(campaign=self.campaign_name))
            self.progress.setText(
                self.tr("Forms typed in: {count} / {target}").format(count=self.responses, target=self.target)
            )
        if self.correcting is not None:
            number = format_form_number(self.correcting.form_number)
            self.mode.setText(self.tr("Correcting form {number} — Enter saves, Esc cancels").format(number=number))
        self.mode.setVisible(self.correcting is not None)

    # --- campaign ---------------------------------------------------------------------
    def set_campaign(self, campaign_id: int | None, name: str = "", target: int = 0, responses: int = 0) -> None:
        changed = campaign_id != self.campaign_id
        self.campaign_id, self.campaign_name, self.target, self.responses = campaign_id, name, target, responses
        if changed:
            self.sheet.set_questions(questions_of(campaign_id) if campaign_id else [])
            self.recent.clear()
            self.correcting = None
            self.start_next_form()
        self.setEnabled(campaign_id is not None)
        self._show_heading()

    def start_next_form(self) -> None:
        """Empty the form; the form number field holds the next number, selected."""
        self.correcting = None
        self._room_id = None
        self.room.clear_room()
        self.comment.clear()
        self.sheet.clear_answers()
        number = next_form_number(self.campaign_id) if self.campaign_id else 1
        self.form_number.setText(format_form_number(number))
        self.form_number.selectAll()
        self.form_number.setFocus()
        self._show_heading()

    # --- the steps --------------------------------------------------------------------
    def take_form_number(self, text: str) -> None:
        """As if `text` was scanned into the form number (from the global search)."""
        if not self.isEnabled():
            self._say(self.tr("This campaign is closed; open it again to type in more forms."), error=True)
            return
        self.form_number.setText(text)
        self.form_number.setFocus()
        self._on_form_number_return_pressed()

    def _on_form_number_return_pressed(self) -> None:
        if self.campaign_id is None:
            return
        try:
            number = check_form_number(
                self.campaign_id, self.form_number.text(), correcting=self.correcting.id if self.correcting else None
            )
        except ValidationError as error:
            self._refuse(error, self.form_number)
            return
        self.form_number.setText(format_form_number(number))
        self._say("")
        self.room.setFocus()
        self.room.selectAll()

    def _on_room_text_edited(self, _text: str) -> None:
        self._room_id = None

    def _on_room_room_chosen(self, match) -> None:
        self._room_id = match.room_id
        self._check_room_then_answer()

    def _on_room_return_pressed(self) -> None:
        if self.room.text().strip() and self._room_id is None:
            self._say(self.tr("Pick the room from the list, or empty the field to go on without a room."), error=True)
            return
        self._check_room_then_answer()

    def _check_room_then_answer(self) -> None:
        try:
            check_room(self.campaign_id, self._room_id, correcting=self.correcting.id if self.correcting else None)
        except ValidationError as error:
            self._refuse(error, self.room)
            return
        self._say("")
        self.sheet.setFocus()

    def _on_sheet_finished(self) -> None:
        self.comment.setFocus()

    def _on_comment_back_requested(self) -> None:
        self.sheet.setFocus()
        self.sheet.back()

    # --- saving -------------------------------------------------------------------------
    def current_form(self) -> NewResponse:
        return NewResponse(
            campaign_id=self.campaign_id,
            form_number=self.form_number.text(),
            room_id=self._room_id,
            answers=self.sheet.typed_answers(),
            comment=self.comment.text(),
        )

    def save(self) -> None:
        if self.campaign_id is None:
            return
        if self.room.text().strip() and self._room_id is None:
            self._say(self.tr("Pick the room from the list, or empty the field to go on without a room."), error=True)
            self.room.setFocus()
            return
        corrected = self.correcting is not None
        try:
            saved = self._store(self.current_form())
        except ValidationError as error:
            field = next(iter(error.problems), "")
            self._refuse(
                error,
                {"form_number": self.form_number, "room": self.room, "comment": self.comment}.get(field, self.sheet),
            )
            return
        except DeskError as error:
            show_error(self, error)
            return
        self._remember(saved, corrected)
        self.form_saved.emit(saved.form_number)
        self.start_next_form()
        number = format_form_number(saved.form_number)
        done = self.tr("Form {number} corrected.") if corrected else self.tr("Form {number} saved.")
        self._say(done.format(number=number))

    def _store(self, data: NewResponse) -> ResponseView:
        if self.correcting is not None:
            return correct_response(self.correcting.id, data, operator=self.context.operator, clock=self.context.clock)
        saved = save_response(data, operator=self.context.operator, clock=self.context.clock)
        self.responses += 1
        return saved

    def _remember(self, saved: ResponseView, corrected: bool) -> None:
        """The form on top of the list of forms saved in this sitting (a corrected form
        replaces its earlier line)."""
        for row in range(self.recent.count()):
            if self.recent.item(row).data(Qt.ItemDataRole.UserRole) == saved.id:
                self.recent.takeItem(row)
                break
        answers = "".join(str(saved.answers.get(q.id, "–")) for q in self.sheet.questions)
        text = f"{format_form_number(saved.form_number)}  {saved.room_code or '—'}  {answers}"
        if corrected:
            text = self.tr("{form} (corrected)").format(form=text)
        self.recent.insertItem(0, text)
        self.recent.item(0).setData(Qt.ItemDataRole.UserRole, saved.id)
        while self.recent.count() > RECENT_LIMIT:
            self.recent.takeItem(self.recent.count() - 1)

    # --- correcting -----------------------------------------------------------------------
    def correct_last(self) -> None:
        if self.campaign_id is None:
            return
        last = last_response(self.campaign_id)
        if last is None:
            self._say(self.tr("No form has been typed in yet."), error=True)
            return
        self.correcting = last
        self.form_number.setText(format_form_number(last.form_number))
        self.room.restore(last.room_code, None)
        self._room_id = last.room_id
        self.comment.setText(last.comment)
        self.sheet.load(last.answers)
        self._say("")
        self._show_heading()
        self.sheet.go_to(0)
        self.sheet.setFocus()

    def cancel_correction(self) -> None:
        if self.room.matches_visible():
            self.room.hide_matches()
            return
        if self.correcting is not None:
            self.start_next_form()
            self._say(self.tr("Correction cancelled; nothing was changed."))

    # --- messages -----------------------------------------------------------------------
    def _refuse(self, error: ValidationError, field: QWidget) -> None:
        self._say(tr_models(error.message, error.params), error=True)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR};")

    def message_text(self) -> str:
        return self.message.text()
