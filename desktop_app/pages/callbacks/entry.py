"""The phone entry panel: everything the clerk says and hears on one callback, made for
the keyboard alone (objectNames `callback.*`).

Left, what the owner will ask about: owner, room, masked phone (F3 shows the full
number and the timeline records it), ticket, category, what was done, by whom and when,
the deadline and the calls so far. Right, what the clerk types, one key per answer:
  reached   Y / N
  not reached:  outcome 1 no answer · 2 busy · 3 wrong number · 4 call me later (then a time)
  reached:      solved 1 yes · 2 partly · 3 no, rating 1–5 (0 or empty: not rated)
  comment, channel (phone / walk-in / WeChat)
Each one-key field moves on by itself; Enter in any field saves (`save_requested`). A
refused entry shows the reason beside the field and keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.translations import tr_models
from models.clock import format_datetime
from models.codes import AttemptOutcome, Channel, Solved
from models.followup import CHANNEL_LABELS, OUTCOME_LABELS, SOLVED_LABELS, CallbackEntryData, CallEntry

ERROR_STYLE = "color: #b42318;"
OUTCOME_KEYS = {
    "1": AttemptOutcome.NO_ANSWER,
    "2": AttemptOutcome.BUSY,
    "3": AttemptOutcome.WRONG_NUMBER,
    "4": AttemptOutcome.CALL_LATER,
}
SOLVED_KEYS = {"1": Solved.YES, "2": Solved.PARTLY, "3": Solved.NO}
CHANNELS = (Channel.PHONE, Channel.WALK_IN, Channel.ONLINE)


class KeyField(QLineEdit):
    """A one-character answer: only the listed keys are taken, and typing one moves on."""

    answered = Signal(str)

    def __init__(self, keys: str, object_name: str) -> None:
        super().__init__(objectName=object_name, maxLength=1)
        self.keys = keys
        self.setFixedWidth(44)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        key = text.strip().lower()
        if key and key not in self.keys:
            self.clear()
            return
        if key:
            self.setText(key.upper() if key.isalpha() else key)
            self.answered.emit(key)


class CallbackEntryPanel(QGroupBox):
    save_requested = Signal()
    timeline_requested = Signal()
    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callback.entry")
        self.entry: CallbackEntryData | None = None
        self.form_version: int | None = None
        self._build_facts()
        self._build_answers()
        layout = QHBoxLayout(self)
        layout.addWidget(self.facts_box, 1)
        layout.addWidget(self.answers_box, 1)
        self.retranslate_ui()
        self.show_entry(None)

    # --- construction -------------------------------------------------------------
    def _build_facts(self) -> None:
        self.facts_box = QFrame()
        form = QFormLayout(self.facts_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.fact_labels: dict[str, QLabel] = {}
        self.facts: dict[str, QLabel] = {}
        for key in ("owner", "room", "phone", "ticket", "category", "work", "crew", "due", "calls"):
            name, value = QLabel(), QLabel(objectName=f"callback.{key}", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key], self.facts[key] = name, value
            form.addRow(name, value)

    def _build_answers(self) -> None:
        self.answers_box = QFrame()
        grid = QGridLayout(self.answers_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.reached = KeyField("yn", "callback.reached")
        self.outcome = KeyField("1234", "callback.outcome")
        self.call_again = QLineEdit(objectName="callback.call_again")
        self.solved = KeyField("123", "callback.solved")
        self.rating = KeyField("012345", "callback.rating")
        self.comment = QLineEdit(objectName="callback.comment")
        self.channel = QComboBox(objectName="callback.channel")
        self.save_button = QPushButton(objectName="callback.save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_requested)
        self.timeline_button = QPushButton(objectName="callback.timeline")
        self.timeline_button.setAutoDefault(False)
        self.timeline_button.clicked.connect(self.timeline_requested)
        self.reveal_button = QPushButton(objectName="callback.reveal")
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.answer_labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        rows = [
            ("reached", self.reached),
            ("outcome", self.outcome),
            ("call_again", self.call_again),
            ("solved", self.solved),
            ("rating", self.rating),
            ("comment", self.comment),
            ("channel", self.channel),
        ]
        for row, (key, widget) in enumerate(rows):
            label, hint = QLabel(), QLabel(objectName=f"callback.hint.{key}", wordWrap=True)
            label.setBuddy(widget)
            self.answer_labels[key], self.hints[key] = label, hint
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1, 1, 2 if key in ("comment", "call_again") else 1)
            if key not in ("comment", "call_again"):
                grid.addWidget(hint, row, 2)
        self.error = QLabel(objectName="callback.error", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        grid.addWidget(self.error, len(rows), 0, 1, 3)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.timeline_button, self.reveal_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, len(rows) + 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self.reached.answered.connect(self._on_reached_answered)
        self.outcome.answered.connect(self._on_outcome_answered)
        self.solved.answered.connect(lambda _key: self._advance(self.rating))
        self.rating.answered.connect(lambda _key: self._advance(self.comment))
        for widget in (self.reached, self.outcome, self.call_again, self.solved, self.rating, self.comment):
            widget.returnPressed.connect(self.save_requested)
            widget.textChanged.connect(self._refresh_hints)
        self.channel.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.channel and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save_requested.emit()
                return True
        return super().eventFilter(watched, event)

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Callback"))
        names = {
            "owner": self.tr("Owner"),
            "room": self.tr("Room"),
            "phone": self.tr("Phone"),
            "ticket": self.tr("Ticket"),
            "category": self.tr("Category"),
            "work": self.tr("Work done"),
            "crew": self.tr("By / finished"),
            "due": self.tr("Callback due"),
            "calls": self.tr("Calls so far"),
        }
        for key, text in names.items():
            self.fact_labels[key].setText(text)
        answers = {
            "reached": self.tr("&Reached? (Y/N)"),
            "outcome": self.tr("&Not reached (1–4)"),
            "call_again": self.tr("Call a&gain at"),
            "solved": self.tr("&Solved? (1–3)"),
            "rating": self.tr("Ra&ting (1–5)"),
            "comment": self.tr("Co&mment"),
            "channel": self.tr("C&hannel"),
        }
        for key, text in answers.items():
            self.answer_labels[key].setText(text)
        self.call_again.setPlaceholderText(self.tr("e.g. 18:30 or 11-24 10:00"))
        self.save_button.setText(self.tr("Save and next (Enter)"))
        self.timeline_button.setText(self.tr("Timeline (F2)"))
        self.reveal_button.setText(self.tr("Full number (F3)"))
        current = self.channel.currentIndex()
        self.channel.clear()
        for channel in CHANNELS:
            self.channel.addItem(tr_models(CHANNEL_LABELS[channel]), str(channel))
        self.channel.setCurrentIndex(max(0, current))
        self._refresh_hints()
        if self.entry is not None:
            self.show_entry(self.entry)

    def _refresh_hints(self) -> None:
        choices = {
            "reached": {"y": self.tr("Yes, the owner answered"), "n": self.tr("No")},
            "outcome": {key: tr_models(OUTCOME_LABELS[value]) for key, value in OUTCOME_KEYS.items()},
            "solved": {key: tr_models(SOLVED_LABELS[value]) for key, value in SOLVED_KEYS.items()},
            "rating": {
                "0": self.tr("Not rated"),
                "1": self.tr("Very unhappy"),
                "2": self.tr("Unhappy"),
                "3": self.tr("So-so"),
                "4": self.tr("Satisfied"),
                "5": self.tr("Very satisfied"),
            },
        }
        widgets = {"reached": self.reached, "outcome": self.outcome, "solved": self.solved, "rating": self.rating}
        for key, widget in widgets.items():
            typed = widget.text().strip().lower()
            if typed in choices[key]:
                self.hints[key].setText(choices[key][typed])
            elif key == "rating":
                self.hints[key].setText(self.tr("1 very unhappy … 5 very satisfied; 0 not rated"))
            else:
                self.hints[key].setText(" · ".join(f"{k.upper()} {v}" for k, v in choices[key].items()))
        self.hints["channel"].setText("")

    # --- showing one callback ------------------------------------------------------
    def show_entry(self, entry: CallbackEntryData | None, *, phone: str | None = None) -> None:
        """Show a callback and clear the answers (a new one) or keep them (same one).
        The answers are saved against the callback as it was when the clerk began typing
        them (`form_version`): another desk's call in between is then a conflict, not lost."""
        same = entry is not None and self.entry is not None and entry.callback_id == self.entry.callback_id
        if entry is not None and (not same or not self.has_answers()):
            self.form_version = entry.version
        self.entry = entry
        if entry is None:
            for value in self.facts.values():
                value.setText("")
            self.facts["owner"].setText(self.tr("No callback chosen"))
        else:
            self._show_facts(entry, phone)
        if not same:
            self.clear_answers()
        editable = entry is not None and entry.status == "pending"
        for widget in (self.reached, self.comment, self.channel, self.save_button):
            widget.setEnabled(editable)
        self.timeline_button.setEnabled(entry is not None)
        self.reveal_button.setEnabled(entry is not None)
        self._enable_branches()

    def _show_facts(self, entry: CallbackEntryData, phone: str | None) -> None:
        f = self.facts
        f["owner"].setText(entry.owner if entry.owner == entry.reporter else f"{entry.owner}（{entry.reporter}）")
        f["room"].setText(" ".join(part for part in (entry.community, entry.room) if part))
        f["phone"].setText(phone or entry.phone_masked)
        f["ticket"].setText(entry.number)
        f["category"].setText(f"{entry.category} — {entry.description}")
        f["work"].setText(entry.work_done or self.tr("(no result entered)"))
        f["crew"].setText(" · ".join(part for part in (entry.crew, format_datetime(entry.finished_at)) if part))
        due = format_datetime(entry.due_at)
        f["due"].setText(self.tr("{due} (overdue)").format(due=due) if entry.overdue else due)
        lines = [
            self.tr("{at} {by}: {outcome}").format(
                at=format_datetime(line.at),
                by=line.by,
                outcome=tr_models(OUTCOME_LABELS.get(line.outcome, line.outcome)),
            )
            for line in entry.attempt_lines
        ]
        f["calls"].setText("\n".join(lines) or self.tr("None yet"))
        f["due"].setStyleSheet(ERROR_STYLE if entry.overdue else "")

    def has_answers(self) -> bool:
        """Whether the clerk has typed anything of this call yet."""
        return any(
            w.text() for w in (self.reached, self.outcome, self.call_again, self.solved, self.rating, self.comment)
        )

    def clear_answers(self) -> None:
        for widget in (self.reached, self.outcome, self.call_again, self.solved, self.rating, self.comment):
            widget.clear()
        self.channel.setCurrentIndex(0)
        self.error.clear()
        self._enable_branches()

    def begin(self) -> None:
        """Put the cursor where the call starts."""
        self.reached.setFocus()
        self.reached.selectAll()

    # --- key flow -----------------------------------------------------------------
    def _enable_branches(self) -> None:
        editable = self.entry is not None and self.entry.status == "pending"
        answer = self.reached.text().lower()
        self.outcome.setEnabled(editable and answer == "n")
        self.call_again.setEnabled(editable and answer == "n" and self.outcome.text() == "4")
        self.solved.setEnabled(editable and answer == "y")
        self.rating.setEnabled(editable and answer == "y")

    def _on_reached_answered(self, key: str) -> None:
        self._enable_branches()
        self._advance(self.solved if key == "y" else self.outcome)

    def _on_outcome_answered(self, key: str) -> None:
        self._enable_branches()
        self._advance(self.call_again if key == "4" else self.comment)

    def _advance(self, widget: QWidget) -> None:
        self._enable_branches()
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    # --- reading what was typed ----------------------------------------------------
    def call_entry(self) -> CallEntry | None:
        """The typed call, or None (and a hint) when Y/N is not answered yet."""
        answer = self.reached.text().lower()
        if answer not in ("y", "n"):
            self.show_error("reached", self.tr("Type Y if the owner answered, N if not."))
            return None
        if answer == "n":
            outcome = OUTCOME_KEYS.get(self.outcome.text())
            return CallEntry(
                reached=False,
                outcome=str(outcome) if outcome else None,
                call_again=self.call_again.text(),
                comment=self.comment.text(),
            )
        rating = self.rating.text()
        solved = SOLVED_KEYS.get(self.solved.text())
        return CallEntry(
            reached=True,
            solved=str(solved) if solved else None,
            rating=int(rating) if rating and rating != "0" else None,
            comment=self.comment.text(),
            channel=self.channel.currentData(),
        )

    FIELD_WIDGETS = {
        "reached": "reached",
        "outcome": "outcome",
        "call_again": "call_again",
        "solved": "solved",
        "rating": "rating",
        "comment": "comment",
        "channel": "channel",
    }

    def show_error(self, field: str, message: str) -> None:
        """The refusal beside the answers; the cursor goes to the field concerned."""
        self.error.setText(message)
        widget = getattr(self, self.FIELD_WIDGETS.get(field, "comment"), self.comment)
        if widget.isEnabled():
            widget.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
