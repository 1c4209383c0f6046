"""The campaigns tab's pieces: the list of campaigns with their progress against the
target and the quotas, and the dialogs that set a campaign up — name, period and
target; the questions (editable until the first form, then shown read-only); the
quotas per building (typed, or the target shared by occupied rooms)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import acting
from desktop_app.translations import tr_models
from desktop_app.widgets.dialogs import FormDialog
from desktop_app.widgets.rows_model import Column, RowsModel
from models.errors import DeskError, ValidationError
from models.followup import (
    DEFAULT_TARGET,
    DIMENSION_LABELS,
    DIMENSIONS,
    QUESTIONS_PER_DIMENSION,
    CampaignForm,
    CampaignRow,
    QuestionDraft,
    building_labels,
    campaign_view,
    create_campaign,
    quotas_by_households,
    set_questions,
    set_quotas,
    update_campaign,
)

CONTEXT = "SurveyCampaigns"
QUARTER_NUMERALS = "一二三四"


def _period(row: CampaignRow) -> str:
    return f"{row.starts_on:%Y-%m-%d} – {row.ends_on:%Y-%m-%d}"


def _state(row: CampaignRow) -> str:
    if row.closed:
        return QCoreApplication.translate("SurveyCampaigns", "Closed")
    return QCoreApplication.translate("SurveyCampaigns", "Open")


CAMPAIGN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SurveyCampaigns", "Campaign"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("SurveyCampaigns", "Period"), _period),
    Column(QT_TRANSLATE_NOOP("SurveyCampaigns", "Forms / target"), lambda r: f"{r.responses} / {r.target_size}"),
    Column(QT_TRANSLATE_NOOP("SurveyCampaigns", "Progress"), lambda r: f"{r.progress * 100:.0f}%"),
    Column(
        QT_TRANSLATE_NOOP("SurveyCampaigns", "Quotas met"),
        lambda r: f"{r.quotas_met} / {r.quotas}" if r.quotas else "—",
    ),
    Column(QT_TRANSLATE_NOOP("SurveyCampaigns", "State"), _state),
]


def campaigns_model(parent=None) -> RowsModel:
    return RowsModel(CAMPAIGN_COLUMNS, CONTEXT, parent)


def quarter_after(day: dt.date) -> tuple[int, int]:
    """(year, quarter) of the quarter a new campaign most likely surveys: the current one."""
    return day.year, (day.month - 1) // 3 + 1


class CampaignDialog(FormDialog):
    """A new campaign (its questions and quotas copied from the latest one) or the name,
    period and target of an existing one."""

    def __init__(self, parent: QWidget | None, *, today: dt.date, campaign_id: int | None = None) -> None:
        super().__init__("survey.campaign_dialog", parent)
        self.campaign_id = campaign_id
        self.name = self.add_field("name", QLineEdit())
        self.starts_on = self.add_field("starts_on", QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.ends_on = self.add_field("ends_on", QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.target_size = self.add_field("target_size", QSpinBox(minimum=1, maximum=100_000))
        self.note = QLabel(wordWrap=True)
        self.layout().insertWidget(1, self.note)
        self._fill(today)
        self.retranslate_ui()

    def _fill(self, today: dt.date) -> None:
        if self.campaign_id is None:
            year, quarter = quarter_after(today)
            # the Chinese catalogue writes the quarter in Chinese numerals: {quarter_cn}
            name = self.tr("{year} Q{quarter} satisfaction survey")
            self.name.setText(name.format(year=year, quarter=quarter, quarter_cn=QUARTER_NUMERALS[quarter - 1]))
            self.starts_on.setDate(QDate(today.year, today.month, today.day))
            self.ends_on.setDate(QDate(today.year, today.month, today.day).addDays(20))
            self.target_size.setValue(DEFAULT_TARGET)
            return
        view = campaign_view(self.campaign_id)
        self.name.setText(view.name)
        self.starts_on.setDate(QDate(view.starts_on.year, view.starts_on.month, view.starts_on.day))
        self.ends_on.setDate(QDate(view.ends_on.year, view.ends_on.month, view.ends_on.day))
        self.target_size.setValue(view.target_size)

    def retranslate_ui(self) -> None:
        new = self.campaign_id is None
        self.setWindowTitle(self.tr("New survey campaign") if new else self.tr("Survey campaign"))
        self.set_label("name", self.tr("Name:"))
        self.set_label("starts_on", self.tr("Starts on:"))
        self.set_label("ends_on", self.tr("Ends on:"))
        self.set_label("target_size", self.tr("Target (forms):"))
        self.note.setText(
            self.tr("The questions and quotas of the latest campaign are copied; change them before the first form.")
            if new
            else ""
        )
        self.note.setVisible(new)

    def save(self) -> int:
        form = CampaignForm(
            name=self.name.text(),
            starts_on=self.starts_on.date().toPython(),
            ends_on=self.ends_on.date().toPython(),
            target_size=self.target_size.value(),
        )
        if self.campaign_id is None:
            return create_campaign(form, **acting(self))
        update_campaign(self.campaign_id, form, **acting(self))
        return self.campaign_id


class QuestionsDialog(QDialog):
    """The questionnaire: a dimension and a text per question; read-only once frozen."""

    def __init__(self, parent: QWidget | None, campaign_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("survey.questions_dialog")
        self.campaign_id = campaign_id
        view = campaign_view(campaign_id)
        self.frozen = view.frozen
        self.table = QTableWidget(0, 2, objectName="survey.questions_table")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for question in view.questions:
            self._add_row(question.dimension, question.text)
        self.note = QLabel(wordWrap=True, objectName="survey.questions_note")
        self.error = QLabel(wordWrap=True, objectName="survey.questions_error")
        self.error.setStyleSheet("color: #b42318;")
        self.add_button = QPushButton(objectName="survey.add_question")
        self.remove_button = QPushButton(objectName="survey.remove_question")
        self.up_button = QPushButton(objectName="survey.question_up")
        self.down_button = QPushButton(objectName="survey.question_down")
        self.add_button.clicked.connect(lambda: self._add_row(self._current_dimension(), "", focus=True))
        self.remove_button.clicked.connect(self._remove_row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if self.frozen
            else QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(760, 560)
        self.retranslate_ui()

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
            button.setEnabled(not self.frozen)
        tools.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self.frozen:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Questions"))
        self.table.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Question")])
        low, high = QUESTIONS_PER_DIMENSION
        self.note.setText(
            self.tr("Forms have been typed in, so these questions can no longer change. A new campaign copies them.")
            if self.frozen
            else self.tr("Each dimension has {low} to {high} questions, printed in this order.").format(
                low=low, high=high
            )
        )
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))

    def _dimension_box(self, dimension: str) -> QComboBox:
        box = QComboBox()
        for code in DIMENSIONS:
            box.addItem(tr_models(DIMENSION_LABELS[code]), code)
        box.setCurrentIndex(DIMENSIONS.index(dimension) if dimension in DIMENSIONS else 0)
        box.setEnabled(not self.frozen)
        return box

    def _add_row(self, dimension: str, text: str, *, focus: bool = False) -> None:
        row = self.table.currentRow() + 1 if focus and self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, self._dimension_box(dimension))
        self.table.setItem(row, 1, QTableWidgetItem(text))
        if focus:
            self.table.setCurrentCell(row, 1)
            self.table.editItem(self.table.item(row, 1))

    def _current_dimension(self) -> str:
        row = self.table.currentRow()
        return self.table.cellWidget(row, 0).currentData() if row >= 0 else DIMENSIONS[0]

    def _remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        drafts = self.drafts()
        drafts[row], drafts[target] = drafts[target], drafts[row]
        self.table.setRowCount(0)
        for draft in drafts:
            self._add_row(draft.dimension, draft.text)
        self.table.setCurrentCell(target, 1)

    def drafts(self) -> list[QuestionDraft]:
        return [
            QuestionDraft(self.table.cellWidget(row, 0).currentData(), self.table.item(row, 1).text())
            for row in range(self.table.rowCount())
        ]

    def _on_buttons_accepted(self) -> None:
        try:
            set_questions(self.campaign_id, self.drafts(), **acting(self))
        except ValidationError as error:
            self.error.setText(tr_models(error.message, error.params))
            return
        except DeskError as error:
            self.error.setText(tr_models(error.message, error.params))
            return
        self.accept()


class QuotasDialog(QDialog):
    """Forms wanted per building; 'Share the target' splits it by occupied rooms."""

    def __init__(self, parent: QWidget | None, campaign_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("survey.quotas_dialog")
        self.campaign_id = campaign_id
        view = campaign_view(campaign_id)
        self.target = view.target_size
        quotas = {q.building_id: q.quota for q in view.quotas}
        self.table = QTableWidget(0, 2, objectName="survey.quotas_table")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.boxes: dict[int, QSpinBox] = {}
        for row, (building_id, label) in enumerate(building_labels().items()):
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            box = QSpinBox(minimum=0, maximum=100_000, value=quotas.get(building_id, 0))
            box.valueChanged.connect(self._show_total)
            self.table.setCellWidget(row, 1, box)
            self.boxes[building_id] = box
        self.share_button = QPushButton(objectName="survey.share_target")
        self.share_button.clicked.connect(self.share_target)
        self.total = QLabel(objectName="survey.quota_total")
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(self.share_button)
        tools.addStretch()
        tools.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quotas per building"))
        self.table.setHorizontalHeaderLabels([self.tr("Building"), self.tr("Quota (forms)")])
        self.share_button.setText(self.tr("Share the target by occupied rooms"))
        self._show_total()

    def share_target(self) -> None:
        shares = quotas_by_households(self.target)
        for building_id, box in self.boxes.items():
            box.setValue(shares.get(building_id, 0))

    def _show_total(self, *_args) -> None:
        total = sum(box.value() for box in self.boxes.values())
        self.total.setText(self.tr("Total {total} of target {target}").format(total=total, target=self.target))

    def _on_buttons_accepted(self) -> None:
        try:
            set_quotas(
                self.campaign_id, {building: box.value() for building, box in self.boxes.items()}, **acting(self)
            )
        except DeskError as error:
            self.error.setText(tr_models(error.message, error.params))
            return
        self.accept()
