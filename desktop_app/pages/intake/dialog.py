"""The intake form (Ctrl+N from any page): a keyboard-first window where the clerk types
a room, picks it, fills kind, category, priority, channel, reporter, phone, location
and description, attaches photos and saves with Ctrl+Enter. Beside the form it shows
the room's recent tickets, repeat-complaint and open-duplicate warnings, and the
knowledge base for the category (desktop_app.pages.intake.panels). What was typed is
kept as a draft in the data folder on every change (desktop_app.pages.intake.draft),
so a failed save or a closed program loses nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import message_for, show_error
from desktop_app.pages.intake.draft import IntakeDraftMixin
from desktop_app.pages.intake.panels import IntakeSidePanel
from desktop_app.translations import code_label, tr_models
from desktop_app.widgets.dialogs import bring_to_front
from desktop_app.widgets.room_completer import RoomField
from models import tickets
from models.codes import Channel, Kind, Location, Priority
from models.errors import DeskError, ValidationError
from models.registers import mask_phone

FIELDS = (
    "room",
    "kind",
    "category",
    "channel",
    "priority",
    "reporter",
    "phone",
    "location",
    "description",
    "attachments",
)


class IntakeDialog(IntakeDraftMixin, QDialog):
    """Emits `ticket_saved(ticket_id)` after a ticket is registered and
    `call_added(ticket_id)` after a call was added to an existing ticket."""

    ticket_saved = Signal(int)
    call_added = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("intake.dialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._household_phones: list[str] = []
        self._register_phone = ""  # full number behind a masked default in the phone field
        self._priority_chosen = False
        self._restoring = False
        self.last_saved_number = ""
        self._build_form()
        self._build_side_panel()
        self._build_buttons()
        self._layout()
        self.retranslate_ui()
        self._restore_draft()
        self._connect_draft()

    # --- construction -------------------------------------------------------------
    def _build_form(self) -> None:
        self.room = RoomField(self, object_name="intake.room")
        self.room.room_chosen.connect(self._on_room_chosen)
        self.room.room_cleared.connect(self._on_room_cleared)
        self.household = QLabel(objectName="intake.household", wordWrap=True)
        self.kind = QComboBox(objectName="intake.kind")
        self.category = QComboBox(objectName="intake.category")
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.priority = QComboBox(objectName="intake.priority")
        self.priority.activated.connect(self._on_priority_activated)
        self.priority_hint = QLabel(objectName="intake.priority_hint")
        self.channel = QComboBox(objectName="intake.channel")
        self.reporter = QLineEdit(objectName="intake.reporter", maxLength=tickets.REPORTER_LIMIT)
        self.phone = QLineEdit(objectName="intake.phone", maxLength=40)
        self.phone.textEdited.connect(self._on_phone_edited)
        self.phone_choice = QComboBox(objectName="intake.phone_choice")
        self.phone_choice.activated.connect(self._on_phone_choice_activated)
        self.phone_choice.hide()
        self.location = QComboBox(objectName="intake.location")
        self.description = QPlainTextEdit(objectName="intake.description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self._suggest_timer = QTimer(self, singleShot=True, interval=200, timeout=self._on_description_settled)
        self.description.textChanged.connect(self._suggest_timer.start)
        self.attachments = QListWidget(objectName="intake.attachments")
        self.attachments.setMaximumHeight(70)
        self.add_files = QPushButton(objectName="intake.add_files", clicked=self._on_add_files_clicked)
        self.remove_file = QPushButton(objectName="intake.remove_file", clicked=self._on_remove_file_clicked)
        self.errors = {name: self._error_label(name) for name in FIELDS}
        self._fill_code_combos()
        self.reload_categories()

    def _error_label(self, name: str) -> QLabel:
        error = QLabel(objectName=f"intake.error.{name}", wordWrap=True)
        error.setProperty("role", "field-error")
        error.setStyleSheet("color: #b42318;")
        error.hide()
        return error

    def _build_side_panel(self) -> None:
        self.side_panel = IntakeSidePanel()
        self.side_panel.add_to_existing.clicked.connect(self._on_add_to_existing_clicked)

    def _build_buttons(self) -> None:
        self.result = QLabel(objectName="intake.result", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setStyleSheet("color: #067647; font-weight: bold;")
        self.save = QPushButton(objectName="intake.save", clicked=self.save_ticket)
        self.save.setDefault(False)
        self.save.setAutoDefault(False)
        self.clear_button = QPushButton(objectName="intake.clear", clicked=self.clear_form)
        self.close_button = QPushButton(objectName="intake.close", clicked=self.close)
        for button in (self.clear_button, self.close_button, self.add_files, self.remove_file):
            button.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_ticket)
        # also when the window manager has not made this window the active one yet
        self.description.installEventFilter(self)

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.remove_file)
        buttons.addStretch()
        files.addLayout(buttons)
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.phone_choice)
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority)
        priority_row.addWidget(self.priority_hint, 1)
        rows = [
            ("room", self.room),
            ("household", self.household),
            ("kind", self.kind),
            ("category", self.category),
            ("priority", priority_row),
            ("channel", self.channel),
            ("reporter", self.reporter),
            ("phone", phone_row),
            ("location", self.location),
            ("description", self.description),
            ("attachments", files),
        ]
        for name, field in rows:
            self.labels[name] = QLabel()
            self.form.addRow(self.labels[name], field)
            if name in self.errors:
                self.form.addRow("", self.errors[name])
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(self.form)
        left_layout.addWidget(self.result)
        bottom = QHBoxLayout()
        bottom.addStretch()
        for button in (self.clear_button, self.close_button, self.save):
            bottom.addWidget(button)
        left_layout.addLayout(bottom)
        splitter = QSplitter(objectName="intake.splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.side_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.resize(1060, 700)
        self.setTabOrder(self.room, self.kind)
        for first, second in (
            (self.kind, self.category),
            (self.category, self.priority),
            (self.priority, self.channel),
            (self.channel, self.reporter),
            (self.reporter, self.phone),
            (self.phone, self.location),
            (self.location, self.description),
            (self.description, self.save),
        ):
            self.setTabOrder(first, second)

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New ticket"))
        names = {
            "room": self.tr("&Room"),
            "household": self.tr("Household"),
            "kind": self.tr("&Kind"),
            "category": self.tr("Ca&tegory"),
            "priority": self.tr("&Priority"),
            "channel": self.tr("C&hannel"),
            "reporter": self.tr("R&eporter"),
            "phone": self.tr("Ph&one"),
            "location": self.tr("&Location"),
            "description": self.tr("&Description"),
            "attachments": self.tr("Photos and files"),
        }
        buddies = {
            "room": self.room,
            "kind": self.kind,
            "category": self.category,
            "priority": self.priority,
            "channel": self.channel,
            "reporter": self.reporter,
            "phone": self.phone,
            "location": self.location,
            "description": self.description,
        }
        for name, text in names.items():
            self.labels[name].setText(text)
            if name in buddies:
                self.labels[name].setBuddy(buddies[name])
        self.room.setPlaceholderText(self.tr("3-2-1501, 3栋2单元1501, owner's name or part of a phone number"))
        self.description.setPlaceholderText(self.tr("What happened, where, since when; what the owner asks for"))
        self.add_files.setText(self.tr("Add…"))
        self.remove_file.setText(self.tr("Remove"))
        self.save.setText(self.tr("Save (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear form"))
        self.close_button.setText(self.tr("Close"))
        self.side_panel.retranslate_ui()
        self._fill_code_combos()
        self._show_household(self.room.chosen)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save_ticket()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_code_combos(self) -> None:
        for combo, codes in (
            (self.kind, Kind),
            (self.priority, Priority),
            (self.channel, Channel),
            (self.location, Location),
        ):
            current = combo.currentData() or (Priority.NORMAL.value if combo is self.priority else None)
            combo.blockSignals(True)
            combo.clear()
            for code in codes:
                combo.addItem(code_label(code), code.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def reload_categories(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("— choose —"), None)
        for option in tickets.filter_options().categories:
            self.category.addItem(option.name, option.id if option.group else None)
            if not option.group:
                header = self.category.model().item(self.category.count() - 1)
                header.setEnabled(False)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
        self.category.setCurrentIndex(max(0, self.category.findData(current)) if current is not None else 0)
        self.category.blockSignals(False)

    # --- opening ------------------------------------------------------------------
    def start(self) -> None:
        """Show the form, raised, with the room field focused."""
        bring_to_front(self)
        self.room.setFocus()

    # --- room ---------------------------------------------------------------------
    def _on_room_chosen(self, match) -> None:
        self._show_household(match)
        self._show_household_phones(match)
        first = self._household_phones[0] if self._household_phones else ""
        self.reporter.setText(match.owner_name or "")
        self._set_register_phone(first)
        self._clear_error("room")
        self.refresh_room_context()
        self._save_draft()

    def _on_room_cleared(self) -> None:
        self._show_household(None)
        self._show_household_phones(None)
        self.refresh_room_context()

    def _show_household(self, match) -> None:
        if match is None:
            self.household.setText(self.tr("No room chosen yet"))
            return
        phones = " / ".join(mask_phone(phone) for phone in _full_phones(match))
        self.household.setText(
            self.tr("{owner} · {phones} · {community}").format(
                owner=match.owner_name or self.tr("no household on record"),
                phones=phones or "—",
                community=match.community,
            )
        )

    def _show_household_phones(self, match) -> None:
        """The household's numbers, masked, to choose from when it has more than one."""
        self._household_phones = _full_phones(match)
        self.phone_choice.clear()
        for phone in self._household_phones:
            self.phone_choice.addItem(mask_phone(phone), phone)
        self.phone_choice.setVisible(len(self._household_phones) > 1)

    def _on_phone_choice_activated(self, index: int) -> None:
        self._set_register_phone(self.phone_choice.itemData(index))
        self._clear_error("phone")
        self._save_draft()

    def _set_register_phone(self, phone: str) -> None:
        self._register_phone = phone
        self.phone.setText(mask_phone(phone))

    def _on_phone_edited(self, _text: str) -> None:
        self._register_phone = ""

    def reporter_phone(self) -> str:
        """The number to store: the register's full number while its masked form is shown."""
        typed = self.phone.text().strip()
        if self._register_phone and typed == mask_phone(self._register_phone):
            return self._register_phone
        return typed

    # --- category, priority, knowledge ----------------------------------------------
    def _on_category_changed(self, _index: int) -> None:
        self._clear_error("category")
        self._suggest_priority()
        self.refresh_room_context()
        self.show_knowledge()

    def _on_priority_activated(self, _index: int) -> None:
        self._priority_chosen = True
        self.priority_hint.clear()

    def _on_description_settled(self) -> None:
        self._suggest_priority()
        self.show_knowledge()

    def _suggest_priority(self) -> None:
        category_id = self.category.currentData()
        text = self.description.toPlainText()
        if self._priority_chosen or self._restoring or (category_id is None and not text.strip()):
            return
        suggested = tickets.suggest_priority(category_id, text)
        self.priority.setCurrentIndex(max(0, self.priority.findData(suggested)))
        self.priority_hint.setText(
            self.tr("suggested; change it if the owner's situation differs") if suggested == Priority.URGENT else ""
        )

    def show_knowledge(self) -> None:
        category_id = self.category.currentData()
        description = self.description.toPlainText()
        chosen = category_id is not None or description.strip()
        self.side_panel.show_knowledge(tickets.knowledge_for(category_id, description) if chosen else None)

    # --- room context ---------------------------------------------------------------
    def refresh_room_context(self) -> None:
        match = self.room.chosen
        context = None
        if match is not None:
            context = tickets.room_context(match.room_id, self.category.currentData(), self.context.clock.now())
        self.side_panel.show_room_context(context)

    def _on_add_to_existing_clicked(self) -> None:
        chosen = self.side_panel.selected_open_ticket()
        if chosen is None:
            return
        ticket_id, number = chosen
        note = self.description.toPlainText().strip()
        try:
            tickets.add_call_to_ticket(ticket_id, note, operator=self.context.operator, clock=self.context.clock)
        except DeskError as error:
            show_error(self, error)
            return
        self._after_success(
            self.tr("This call was added to ticket {number}; no new ticket was created.").format(number=number)
        )
        self.call_added.emit(ticket_id)
        self.context.signals.tickets_changed.emit([ticket_id])

    # --- attachments --------------------------------------------------------------
    def _on_add_files_clicked(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach photos or files"))
        self.add_attachments(files)

    def add_attachments(self, paths: list[str]) -> None:
        present = set(self.attachment_paths())
        for path in paths:
            if path and path not in present:
                item = QListWidgetItem(Path(path).name)
                item.setToolTip(path)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.attachments.addItem(item)
        self._save_draft()

    def _on_remove_file_clicked(self) -> None:
        for item in self.attachments.selectedItems():
            self.attachments.takeItem(self.attachments.row(item))
        self._save_draft()

    def attachment_paths(self) -> list[str]:
        return [self.attachments.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.attachments.count())]

    # --- save ---------------------------------------------------------------------
    def new_ticket(self) -> tickets.NewTicket:
        match = self.room.chosen
        return tickets.NewTicket(
            kind=self.kind.currentData(),
            category_id=self.category.currentData(),
            channel=self.channel.currentData(),
            priority=self.priority.currentData(),
            room_id=match.room_id if match else None,
            household_id=match.household_id if match else None,
            reporter_name=self.reporter.text().strip(),
            reporter_phone=self.reporter_phone(),
            location=self.location.currentData(),
            description=self.description.toPlainText().strip(),
            attachments=self.attachment_paths(),
        )

    def save_ticket(self) -> None:
        self._clear_errors()
        try:
            ref = tickets.register_ticket(
                self.new_ticket(), operator=self.context.operator, clock=self.context.clock, folder=self.context.folder
            )
        except ValidationError as error:
            self._show_problems(error)
            return
        except DeskError as error:
            show_error(self, error)
            return
        self.last_saved_number = ref.number
        said = self.tr("Ticket {number} saved. Tell the owner this number.").format(number=ref.number)
        if ref.unattached and not self.add_unattached(ref):
            said += " " + self.tr("Its files were not attached; they are still at {paths}.").format(
                paths=", ".join(ref.unattached)
            )
        self._after_success(said)
        self.ticket_saved.emit(ref.id)
        self.context.signals.tickets_changed.emit([ref.id])

    def add_unattached(self, ref: tickets.TicketRef) -> bool:
        """The ticket was saved but its files were not (the attachments folder does not
        answer): say why and offer to try again until they are stored or the clerk stops."""
        problem = ref.attachments_problem
        while True:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Attachments not stored"),
                self.tr("Ticket {number} was saved, but its {count} files could not be stored.").format(
                    number=ref.number, count=len(ref.unattached)
                )
                + "\n\n"
                + message_for(problem),
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Ignore,
                self,
            )
            box.setObjectName("intake.attachments_problem")
            box.button(QMessageBox.StandardButton.Ignore).setText(self.tr("Keep the ticket without them"))
            if box.exec() != QMessageBox.StandardButton.Retry:
                return False
            try:
                tickets.attach_files(
                    ref.id,
                    ref.unattached,
                    operator=self.context.operator,
                    clock=self.context.clock,
                    folder=self.context.folder,
                )
            except DeskError as error:
                problem = error
                continue
            return True

    def _after_success(self, message: str) -> None:
        self.clear_form()
        self.result.setText(message)
        self.room.setFocus()

    def _show_problems(self, error: ValidationError) -> None:
        self.result.clear()
        first = None
        for field, message in error.problems.items():
            target = self.errors.get(field) or self.errors["description"]
            target.setText(tr_models(message, error.problem_params.get(field)))
            target.show()
            first = first or self._widget_for(field)
        if first is not None:
            first.setFocus()

    def _widget_for(self, field: str) -> QWidget | None:
        return {
            "room": self.room,
            "kind": self.kind,
            "category": self.category,
            "channel": self.channel,
            "priority": self.priority,
            "reporter": self.reporter,
            "phone": self.phone,
            "location": self.location,
            "description": self.description,
            "attachments": self.attachments,
        }.get(field)

    def _clear_error(self, field: str) -> None:
        self.errors[field].clear()
        self.errors[field].hide()

    def _clear_errors(self) -> None:
        for field in self.errors:
            self._clear_error(field)

    def error_text(self, field: str) -> str:
        return self.errors[field].text() if self.errors[field].isVisible() or self.errors[field].text() else ""

    def clear_form(self) -> None:
        """Empty the form for the next call; the draft goes with it."""
        self._restoring = True
        self.room.clear_room()
        self._on_room_cleared()
        for combo in (self.kind, self.channel, self.location):
            combo.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL))
        self.priority_hint.clear()
        self._priority_chosen = False
        self.reporter.clear()
        self._set_register_phone("")
        self.description.clear()
        self.attachments.clear()
        self.result.clear()
        self._clear_errors()
        self._restoring = False
        self._delete_draft()
        self.show_knowledge()


def _full_phones(match) -> list[str]:
    """The household's full numbers of a RoomMatch."""
    return [phone.full for phone in match.phones] if match is not None else []
