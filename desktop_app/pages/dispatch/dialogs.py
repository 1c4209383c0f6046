"""Dialogs of the dispatch board: choosing the department and crew for one or more
tickets (with "dispatch and print"), and typing in the result from a returned work
order. Both emit `context.signals.tickets_changed` after a successful save, and a
non-blocking notice helper the board uses for messages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCollator, QCoreApplication, QEvent, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import message_for, show_error
from desktop_app.translations import tr_models
from desktop_app.widgets.dialogs import confirm
from models.clock import format_datetime
from models.codes import Status
from models.dispatch import (
    DispatchChoices,
    LaneKind,
    ResultEntry,
    dispatch_choices,
    dispatch_many,
    record_result,
    result_entry,
)
from models.errors import DeskError, EditConflict, ValidationError
from models.tickets import NOTE_LIMIT

ERROR_STYLE = "color: #b42318;"
OFF_DUTY_COLOUR = "#98a2b3"
OFF_DUTY = Qt.ItemDataRole.UserRole + 1
NAME = Qt.ItemDataRole.UserRole + 2
ORDER_SETTING = "dispatch/crew_order"
CREW_ORDERS = ("name", "workload")


def notice(parent: QWidget, text: str, *, warning: bool = False) -> QMessageBox:
    """A message that does not block: scanning goes on while it is shown."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    title = QCoreApplication.translate("DispatchBoard", "Property Office Desk")
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("DispatchBoard", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setObjectName("dispatch.notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def print_orders(parent: QWidget, context: DeskContext, ticket_ids: list[int], mode: str) -> None:
    """Hand the tickets to the work-order printing (preview, print or PDF)."""
    # imported on first use: printing brings ReportLab and PDFium, which the board does not need to open
    from desktop_app.printing.qt_print import print_work_orders

    try:
        print_work_orders(parent, context, ticket_ids, mode=mode)
    except DeskError as error:
        notice(parent, message_for(error), warning=True)
    except Exception as error:  # noqa: BLE001 - anything else is logged and reported by the presenter
        show_error(parent, error)


class _Retranslating(QDialog):
    def retranslate_ui(self) -> None:
        """Set every visible string."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class DispatchDialog(_Retranslating):
    """Choose a department and/or crew members for one or several tickets. Keyboard:
    arrows and Space tick crew members, Enter dispatches."""

    dispatched = Signal(list)  # ticket ids

    def __init__(
        self,
        context: DeskContext,
        ticket_id: int | Sequence[int],
        parent: QWidget | None = None,
        *,
        target: tuple[str, int] | None = None,
    ) -> None:
        """`target` (LaneKind.DEPARTMENT or STAFF, id) comes chosen, e.g. from a drag onto a crew."""
        super().__init__(parent)
        self.context = context
        self.setObjectName("dispatch_dialog")
        self.ticket_ids = [ticket_id] if isinstance(ticket_id, int) else list(ticket_id)
        self.choices: DispatchChoices = dispatch_choices(self.ticket_ids, context.clock.now())
        self.checked: set[int] = {target[1]} if target and target[0] == LaneKind.STAFF else set()
        self.target = target
        self.needs_reply = any(brief.status == Status.NEW for brief in self.choices.tickets)
        self._build()
        self.retranslate_ui()
        self._fill_departments()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        (self.reply if self.needs_reply else self.crew).setFocus()

    def _build(self) -> None:
        self.heading = QLabel(objectName="dispatch_dialog.tickets", wordWrap=True)
        self.department_label = QLabel()
        self.department = QComboBox(objectName="dispatch_dialog.department")
        self.department_label.setBuddy(self.department)
        self.crew_label = QLabel()
        self.order = QComboBox(objectName="dispatch_dialog.order")
        for key in CREW_ORDERS:
            self.order.addItem("", key)
        self.order.setCurrentIndex(max(0, self.order.findData(QSettings().value(ORDER_SETTING, "name"))))
        self.order.currentIndexChanged.connect(self._on_order_current_index_changed)
        self.crew = QListWidget(objectName="dispatch_dialog.crew")
        self.crew_label.setBuddy(self.crew)
        self.crew.itemChanged.connect(self._on_crew_item_changed)
        self.reply_label = QLabel(wordWrap=True)
        self.reply = QLineEdit(objectName="dispatch_dialog.reply")
        self.reply.setMaxLength(NOTE_LIMIT)
        self.reply_label.setBuddy(self.reply)
        self.reply_label.setVisible(self.needs_reply)
        self.reply.setVisible(self.needs_reply)
        self.error = QLabel(objectName="dispatch_dialog.error", wordWrap=True, styleSheet=ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("dispatch_dialog.ok")
        self.ok.setDefault(True)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("dispatch_dialog.print")
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setObjectName("dispatch_dialog.cancel")
        self.ok.clicked.connect(lambda: self.save(print_after=False))
        self.print_button.clicked.connect(lambda: self.save(print_after=True))
        self.cancel.clicked.connect(self.reject)
        self.department.currentIndexChanged.connect(self._fill_crew)
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.reply_label,
            self.reply,
            self.department_label,
            self.department,
            self.crew_label,
            self.order,
            self.crew,
            self.error,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.resize(460, 480)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Dispatch"))
        briefs = self.choices.tickets
        if len(briefs) == 1:
            brief = briefs[0]
            self.heading.setText(
                self.tr("Ticket {number} · {room} · {category}\n{description}").format(
                    number=brief.number, room=brief.room, category=brief.category, description=brief.description
                )
            )
        else:
            self.heading.setText(
                self.tr("{count} tickets: {numbers}").format(
                    count=len(briefs), numbers=", ".join(b.number for b in briefs)
                )
            )
        self.reply_label.setText(
            self.tr(
                "Not acknowledged yet. &Reply given to the owner (recorded as the acknowledgement of the new tickets):"
            )
        )
        self.reply.setPlaceholderText(self.tr("e.g. A plumber will come this afternoon"))
        self.department_label.setText(self.tr("&Department"))
        self.order.setItemText(0, self.tr("By name (pinyin)"))
        self.order.setItemText(1, self.tr("By workload (fewest open tickets first)"))
        self.crew_label.setText(self.tr("C&rew members (tick with Space; none ticked sends it to the department)"))
        self.ok.setText(self.tr("Dispatch"))
        self.print_button.setText(self.tr("Dispatch and &print"))
        self.cancel.setText(self.tr("Cancel"))
        if self.department.count():
            self.department.setItemText(0, self.tr("All departments"))
            self._fill_crew()

    def _fill_departments(self) -> None:
        self.department.blockSignals(True)
        self.department.addItem(self.tr("All departments"), None)
        for department in self.choices.departments:
            self.department.addItem(department.name, department.department_id)
        suggested = self.department.findData(self._preset_department())
        self.department.setCurrentIndex(max(0, suggested))
        self.department.blockSignals(False)
        self._fill_crew()

    def _preset_department(self) -> int | None:
        if self.target and self.target[0] == LaneKind.DEPARTMENT:
            return self.target[1]
        if self.target and self.target[0] == LaneKind.STAFF:
            for department in self.choices.departments:
                if any(member.staff_id == self.target[1] for member in department.crew):
                    return department.department_id
        return self.choices.suggested_department_id

    def _already_on(self) -> set[int]:
        """Crew on every chosen ticket already; they are shown ticked and fixed."""
        sets = [set(brief.crew_ids) for brief in self.choices.tickets]
        return set.intersection(*sets) if sets else set()

    def _fill_crew(self) -> None:
        wanted = self.department.currentData()
        fixed = self._already_on()
        self.crew.blockSignals(True)
        self.crew.clear()
        members = [
            (member, department.name)
            for department in self.choices.departments
            if wanted is None or department.department_id == wanted
            for member in department.crew
        ]
        for member, department in sorted(members, key=self._order_key()):
            item = QListWidgetItem(self._crew_text(member, department if wanted is None else ""))
            item.setData(Qt.ItemDataRole.UserRole, member.staff_id)
            item.setData(OFF_DUTY, not member.on_duty)
            item.setData(NAME, member.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            on = member.staff_id in fixed or member.staff_id in self.checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if not member.on_duty:
                item.setForeground(QBrush(QColor(OFF_DUTY_COLOUR)))
            if member.staff_id in fixed:
                item.setFlags(Qt.ItemFlag.ItemIsSelectable)
            self.crew.addItem(item)
        self.crew.blockSignals(False)
        if self.crew.count():
            self.crew.setCurrentRow(0)

    def _order_key(self):
        """Chinese names by their pinyin (QCollator for zh_CN), or the least busy first."""
        collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        if self.order.currentData() == "workload":
            return lambda pair: (pair[0].open, pair[0].overdue, collator.sortKey(pair[0].name))
        return lambda pair: collator.sortKey(pair[0].name)

    def _on_order_current_index_changed(self, _index: int) -> None:
        QSettings().setValue(ORDER_SETTING, self.order.currentData())
        self._fill_crew()

    def _crew_text(self, member, department: str) -> str:
        """The member's line; the department only when crews of several are listed."""
        name = (
            self.tr("{name} ({department})").format(name=member.name, department=department)
            if department
            else member.name
        )
        if member.staff_id in self._already_on():
            return self.tr("{name} — already on this ticket").format(name=name)
        text = self.tr("{name} — {open} open, {overdue} overdue").format(
            name=name, open=member.open, overdue=member.overdue
        )
        return text if member.on_duty else self.tr("{text} — off duty").format(text=text)

    def _on_crew_item_changed(self, item: QListWidgetItem) -> None:
        staff_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and item.data(OFF_DUTY) and staff_id not in self.checked:
            question = self.tr("{name} is off duty. Send this work to them anyway?").format(name=item.data(NAME))
            if not confirm(self, self.tr("Dispatch"), question):
                self.crew.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.crew.blockSignals(False)
                return
        if item.checkState() == Qt.CheckState.Checked:
            self.checked.add(staff_id)
        else:
            self.checked.discard(staff_id)

    def save(self, *, print_after: bool) -> bool:
        crew = sorted(self.checked - self._already_on())
        department = None if crew else self.department.currentData()
        try:
            dispatch_many(
                self.ticket_ids,
                department_id=department,
                staff_ids=crew,
                reply=self.reply.text(),
                operator=self.context.operator,
                clock=self.context.clock,
            )
        except DeskError as error:
            self._show_problem(error)
            return False
        except Exception as error:  # noqa: BLE001 - logged and reported by the presenter; what was typed stays
            show_error(self, error)
            return False
        self.dispatched_to = self._target_names(crew, department)
        self.context.signals.tickets_changed.emit(list(self.ticket_ids))
        self.dispatched.emit(list(self.ticket_ids))
        self.accept()
        if print_after:
            print_orders(self.parentWidget() or self, self.context, self.ticket_ids, "print")
        return True

    def _target_names(self, crew: list[int], department_id: int | None) -> str:
        """Who the tickets went to, for the board's confirmation: the crew, else the department."""
        members = {m.staff_id: m.name for d in self.choices.departments for m in d.crew}
        departments = {d.department_id: d.name for d in self.choices.departments}
        return "、".join(members[i] for i in crew if i in members) or departments.get(department_id, "")

    def _show_problem(self, error: DeskError) -> None:
        if isinstance(error, ValidationError):
            field = next(iter(error.problems))
            text = tr_models(error.problems[field], error.problem_params.get(field))
        else:
            text = message_for(error)
        self.error.setText(text)
        self.error.show()
        reply_missing = isinstance(error, ValidationError) and set(error.problems) & {"reply", "note"}
        (self.reply if reply_missing else self.crew).setFocus()


class ResultEntryDialog(_Retranslating):
    """The result from a returned work order: arrival and finish time, work done,
    materials, cost, owner signed, crew, owner rating. Saving resolves the ticket."""

    saved = Signal(int)  # ticket id
    FIELDS = ("arrived", "finished", "work_done", "materials", "cost", "signed", "crew", "rating")
    PROBLEM_FIELDS = {"owner_rating": "rating", "owner_signed": "signed"}

    def __init__(self, context: DeskContext, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("result_dialog")
        self.entry = result_entry(ticket_id)
        self.form_version = self.entry.version  # saved against: another desk's change meanwhile is a conflict
        self._build()
        self.retranslate_ui()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.arrived.setFocus()

    def _build(self) -> None:
        self.heading = QLabel(objectName="result.ticket", wordWrap=True)
        self.arrived = QLineEdit(objectName="result.arrived")
        self.finished_at = QLineEdit(objectName="result.finished")  # not `finished`: that is QDialog's signal
        self.work_done = QPlainTextEdit(objectName="result.work_done", tabChangesFocus=True)
        self.work_done.setFixedHeight(90)
        self.materials = QLineEdit(objectName="result.materials")
        self.cost = QLineEdit(objectName="result.cost")
        self.signed = QCheckBox(objectName="result.signed")
        self.crew = QComboBox(objectName="result.crew")
        self.rating = QComboBox(objectName="result.rating")
        self.general_error = QLabel(objectName="result.error", wordWrap=True, styleSheet=ERROR_STYLE)
        self.general_error.hide()
        self.save_button = QPushButton(objectName="result.save", default=True, autoDefault=True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="result.cancel", autoDefault=False)
        self.cancel_button.clicked.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for name in self.FIELDS:
            field = self.field(name)
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(field)
            self.errors[name] = QLabel(objectName=f"result.error.{name}", wordWrap=True, styleSheet=ERROR_STYLE)
            self.errors[name].hide()
            box.addWidget(self.errors[name])
            self.labels[name] = QLabel(buddy=field)
            self.form.addRow(self.labels[name], box)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch()
        layout.addWidget(buttons)
        self._fill_choices()
        self.resize(520, self.sizeHint().height())

    def field(self, name: str) -> QWidget | None:
        """The input widget of one of FIELDS."""
        return getattr(self, "finished_at" if name == "finished" else name, None)

    def _fill_choices(self) -> None:
        self.crew.addItem("", None)
        for member in self.entry.crew_choices:
            self.crew.addItem(member.name, member.staff_id)
        self.crew.setCurrentIndex(1 if self.entry.assigned else 0)
        self.rating.addItem("", None)
        for value in range(1, 6):
            self.rating.addItem(str(value), value)

    def retranslate_ui(self) -> None:
        entry = self.entry
        self.setWindowTitle(self.tr("Result of {number}").format(number=entry.number))
        crew = ", ".join(member.name for member in entry.assigned) or "-"
        self.heading.setText(
            self.tr(
                "{number} · {community} {room} · {category}\n{description}\nCrew: {crew} · dispatched {dispatched}"
            ).format(
                number=entry.number,
                community=entry.community,
                room=entry.room,
                category=entry.category,
                description=entry.description,
                crew=crew,
                dispatched=format_datetime(entry.dispatched_at),
            )
        )
        texts = {
            "arrived": self.tr("&Arrived at"),
            "finished": self.tr("&Finished at"),
            "work_done": self.tr("&Work done"),
            "materials": self.tr("&Materials used"),
            "cost": self.tr("C&ost charged (yuan)"),
            "signed": self.tr("Owner si&gnature"),
            "crew": self.tr("Cr&ew"),
            "rating": self.tr("Owner &rating (1–5)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        hint = self.tr("e.g. 14:30 or 11-23 14:30")
        self.arrived.setPlaceholderText(hint)
        self.finished_at.setPlaceholderText(hint)
        self.cost.setPlaceholderText("0.00")
        self.signed.setText(self.tr("The owner signed the work order"))
        self.crew.setItemText(0, self.tr("(not written on the paper)"))
        self.rating.setItemText(0, self.tr("(not rated)"))
        self.save_button.setText(self.tr("&Save and resolve"))
        self.cancel_button.setText(self.tr("Cancel"))

    def typed(self) -> ResultEntry:
        return ResultEntry(
            arrived=self.arrived.text(),
            finished=self.finished_at.text(),
            work_done=self.work_done.toPlainText(),
            materials=self.materials.text(),
            cost=self.cost.text(),
            owner_signed=self.signed.isChecked(),
            crew_id=self.crew.currentData(),
            owner_rating=self.rating.currentData(),
        )

    def save(self) -> bool:
        self._clear_problems()
        try:
            outcome = record_result(
                self.entry.ticket_id,
                self.typed(),
                operator=self.context.operator,
                clock=self.context.clock,
                expected_version=self.form_version,
            )
        except ValidationError as error:
            self._show_problems(error)
            return False
        except EditConflict as error:
            # typed at another desk too, or the ticket changed there: the sentence says
            # who and when, the fields keep what was typed; saving again is a knowing one
            self.form_version = error.current_version
            self.general_error.setText(message_for(error))
            self.general_error.show()
            self.context.signals.tickets_changed.emit([self.entry.ticket_id])
            return False
        except DeskError as error:
            self.general_error.setText(message_for(error))
            self.general_error.show()
            return False
        self.context.signals.tickets_changed.emit([outcome.ticket_id])
        self.saved.emit(outcome.ticket_id)
        self.accept()
        return True

    def _clear_problems(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def _show_problems(self, error: ValidationError) -> None:
        first = None
        for field, message in error.problems.items():
            name = self.PROBLEM_FIELDS.get(field, field)
            label = self.errors.get(name, self.general_error)
            label.setText(tr_models(message, error.problem_params.get(field)))
            label.show()
            first = first or self.field(name)
        if first is not None:
            first.setFocus()
