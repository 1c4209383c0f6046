"""The surveys page (满意度调查): the campaigns with their progress, and for the chosen
campaign the fast entry of returned paper forms and the results. Buttons set up a
campaign (new, details, questions, quotas, close), print blank questionnaires (the next
numbers), print or save the result report, and save the results as .xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext, acting
from desktop_app.error_presenter import show_error
from desktop_app.pages.surveys.campaigns import CampaignDialog, QuestionsDialog, QuotasDialog, campaigns_model
from desktop_app.pages.surveys.entry import EntryPanel
from desktop_app.pages.surveys.results import ResultsPanel
from desktop_app.widgets.page import Page
from models.codes import Permission
from models.errors import DeskError
from models.followup import (
    CampaignRow,
    campaign_rows,
    export_results,
    one_response_per_room,
    set_closed,
    set_one_response_per_room,
)
from models.office import may

PRINT_MODES = ("print", "preview", "pdf")
DEFAULT_FORM_COUNT = 50


class SurveysPage(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("surveys.page")
        self.rows: list[CampaignRow] = []
        self.campaign_id: int | None = None
        self._build()
        self.retranslate_ui()
        self.refresh()
        context.signals.operator_changed.connect(self._show_title)

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(objectName="survey.title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.model = campaigns_model(self)
        self.table = QTableView(objectName="survey.campaigns")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self.tabs.setCurrentWidget(self.entry))
        self.buttons = {
            name: QPushButton(objectName=f"survey.{name}")
            for name in (
                "new_campaign",
                "edit_campaign",
                "edit_questions",
                "edit_quotas",
                "close_campaign",
                "export_results",
            )
        }
        self.buttons["new_campaign"].clicked.connect(self.new_campaign)
        self.buttons["edit_campaign"].clicked.connect(self.edit_campaign)
        self.buttons["edit_questions"].clicked.connect(self.edit_questions)
        self.buttons["edit_quotas"].clicked.connect(self.edit_quotas)
        self.buttons["close_campaign"].clicked.connect(self.toggle_closed)
        self.buttons["export_results"].clicked.connect(lambda: self.export_results())
        self.one_per_room = QCheckBox(objectName="survey.one_per_room")
        self.one_per_room.setChecked(one_response_per_room())
        self.one_per_room.toggled.connect(self._on_one_per_room_toggled)
        self.print_forms_button = self._print_button("survey.print_forms", self.print_forms)
        self.print_report_button = self._print_button("survey.print_report", self.print_report)
        self.entry = EntryPanel(self.context)
        self.entry.form_saved.connect(self._on_entry_form_saved)
        self.results = ResultsPanel()
        self.tabs = QTabWidget(objectName="survey.tabs")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._lay_out()

    def _print_button(self, name: str, action) -> QToolButton:
        button = QToolButton(objectName=name, popupMode=QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda: action("print"))
        menu = QMenu(button)
        button.mode_actions = {mode: menu.addAction("", lambda m=mode: action(m)) for mode in PRINT_MODES}
        button.setMenu(menu)
        return button

    def _lay_out(self) -> None:
        overview = QWidget()
        tools = QHBoxLayout()
        for name in ("new_campaign", "edit_campaign", "edit_questions", "edit_quotas", "close_campaign"):
            tools.addWidget(self.buttons[name])
        tools.addStretch()
        paper = QHBoxLayout()
        paper.addWidget(self.print_forms_button)
        paper.addWidget(self.print_report_button)
        paper.addWidget(self.buttons["export_results"])
        paper.addStretch()
        paper.addWidget(self.one_per_room)
        self.status = QLabel(objectName="survey.status", wordWrap=True)
        column = QVBoxLayout(overview)
        column.addLayout(tools)
        column.addWidget(self.table, 1)
        column.addLayout(paper)
        column.addWidget(self.status)
        self.overview = overview
        self.tabs.addTab(overview, "")
        self.tabs.addTab(self.entry, "")
        self.tabs.addTab(self.results, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Campaigns"))
        self.tabs.setTabText(1, self.tr("Type in forms"))
        self.tabs.setTabText(2, self.tr("Results"))
        texts = {
            "new_campaign": self.tr("New campaign…"),
            "edit_campaign": self.tr("Name, period, target…"),
            "edit_questions": self.tr("Questions…"),
            "edit_quotas": self.tr("Quotas…"),
            "export_results": self.tr("Save results as Excel…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.one_per_room.setText(self.tr("One form per room in a campaign"))
        self.print_forms_button.setText(self.tr("Print blank forms…"))
        self.print_report_button.setText(self.tr("Print result report"))
        for button in (self.print_forms_button, self.print_report_button):
            button.mode_actions["print"].setText(self.tr("Print…"))
            button.mode_actions["preview"].setText(self.tr("Print preview…"))
            button.mode_actions["pdf"].setText(self.tr("Save as PDF…"))
        self.model.retranslate()
        self._show_title()

    def _show_title(self) -> None:
        row = self.current_row()
        self.title.setText(row.name if row else self.tr("Satisfaction surveys"))
        closed = bool(row and row.closed)
        self.buttons["close_campaign"].setText(self.tr("Open again") if closed else self.tr("Close campaign"))
        # what the role may do (the services refuse the rest anyway): set up campaigns, report, print forms
        operator = self.context.operator
        runs, reports = may(operator, Permission.RUN_SURVEYS), may(operator, Permission.PRINT_REPORTS)
        self.buttons["new_campaign"].setEnabled(runs)
        for name in ("edit_campaign", "edit_questions", "edit_quotas", "close_campaign"):
            self.buttons[name].setEnabled(row is not None and runs)
        self.buttons["export_results"].setEnabled(row is not None and reports)
        self.one_per_room.setEnabled(runs)
        self.print_forms_button.setEnabled(row is not None and may(operator, Permission.ENTER_SURVEYS))
        self.print_report_button.setEnabled(row is not None and reports)

    def _on_one_per_room_toggled(self, on: bool) -> None:
        try:
            set_one_response_per_room(on, **acting(self))
        except DeskError as error:
            show_error(self, error)

    # --- campaigns ---------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.campaign_id
        self.rows = campaign_rows()
        self.model.set_rows(self.rows)
        ids = [row.id for row in self.rows]
        if wanted not in ids:
            wanted = next((row.id for row in self.rows if not row.closed), ids[0] if ids else None)
        self.select_campaign(wanted)

    def select_campaign(self, campaign_id: int | None) -> None:
        ids = [row.id for row in self.rows]
        if campaign_id in ids:
            self.table.selectRow(ids.index(campaign_id))
        self._use_campaign(campaign_id)

    def _on_table_current_row_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row.id != self.campaign_id:
            self._use_campaign(row.id)

    def _use_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        row = self.current_row()
        if row is None:
            self.entry.set_campaign(None)
        else:
            self.entry.set_campaign(row.id, row.name, row.target_size, row.responses)
            self.entry.setEnabled(not row.closed)
        if self.tabs.currentWidget() is self.results:
            self.results.set_campaign(campaign_id)
        self._show_title()

    def current_row(self) -> CampaignRow | None:
        return next((row for row in self.rows if row.id == self.campaign_id), None)

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.results:
            self.results.set_campaign(self.campaign_id)
        elif self.tabs.currentWidget() is self.entry and self.entry.isEnabled():
            self.entry.form_number.setFocus()

    def _on_entry_form_saved(self, _number: int) -> None:
        self.rows = campaign_rows()
        self.model.set_rows(self.rows)
        ids = [row.id for row in self.rows]
        if self.campaign_id in ids:
            self.table.selectRow(ids.index(self.campaign_id))

    def open_form_code(self, campaign_id: int, code: str) -> None:
        """For the global search: a scanned questionnaire opens its campaign's entry with
        the form number taken, the cursor on the room."""
        self.refresh(select=campaign_id)
        self.select_campaign(campaign_id)
        entry = self.show_entry()
        entry.take_form_number(code)

    def show_entry(self) -> EntryPanel:
        self.tabs.setCurrentWidget(self.entry)
        return self.entry

    def show_results(self) -> ResultsPanel:
        self.tabs.setCurrentWidget(self.results)
        return self.results

    # --- setting up ---------------------------------------------------------------------
    def new_campaign(self) -> None:
        dialog = CampaignDialog(self, today=self.context.clock.now().date())
        if dialog.exec():
            self.refresh(select=dialog.saved_id)

    def edit_campaign(self) -> None:
        if (
            self.campaign_id is not None
            and CampaignDialog(self, today=self.context.clock.now().date(), campaign_id=self.campaign_id).exec()
        ):
            self.refresh()

    def edit_questions(self) -> None:
        if self.campaign_id is not None and QuestionsDialog(self, self.campaign_id).exec():
            self.entry.campaign_id = None  # reload the questions
            self.refresh()

    def edit_quotas(self) -> None:
        if self.campaign_id is not None and QuotasDialog(self, self.campaign_id).exec():
            self.refresh()

    def toggle_closed(self) -> None:
        row = self.current_row()
        if row is not None:
            set_closed(row.id, not row.closed, **acting(self))
            self.refresh()

    # --- paper ------------------------------------------------------------------------
    def print_forms(
        self, mode: str = "print", *, count: int | None = None, path: Path | None = None, printer=None
    ) -> bool:
        """Print (or preview, or save) the next `count` blank questionnaires; asks how many."""
        from desktop_app.printing.qt_print import output_document
        from desktop_app.printing.surveys import make_survey_forms

        row = self.current_row()
        if row is None:
            return False
        if count is None:
            count, ok = QInputDialog.getInt(
                self, self.tr("Blank forms"), self.tr("How many forms?"), DEFAULT_FORM_COUNT, 1, 5000
            )
            if not ok:
                return False
        title = self.tr("Questionnaires of {campaign}").format(campaign=row.name)
        name = self.tr("survey-forms-{campaign}.pdf").format(campaign=row.name)

        def deliver(pdf: bytes) -> bool:
            return output_document(self, pdf, mode=mode, title=title, suggested_name=name, printer=printer, path=path)

        try:
            return make_survey_forms(row.id, count, deliver=deliver, operator=self.context.operator) is not None
        except DeskError as error:
            show_error(self, error)
            return False

    def print_report(self, mode: str = "print", *, path: Path | None = None, printer=None) -> bool:
        from desktop_app.printing.qt_print import output_document
        from desktop_app.printing.surveys import survey_report_pdf

        row = self.current_row()
        if row is None:
            return False
        try:
            pdf = survey_report_pdf(row.id, now=self.context.clock.now())
        except DeskError as error:
            show_error(self, error)
            return False
        title = self.tr("Result report of {campaign}").format(campaign=row.name)
        name = self.tr("survey-report-{campaign}.pdf").format(campaign=row.name)
        return output_document(self, pdf, mode=mode, title=title, suggested_name=name, printer=printer, path=path)

    def export_results(self, path: Path | None = None) -> bool:
        row = self.current_row()
        if row is None:
            return False
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            suggested = Path(folder) / self.tr("survey-results-{campaign}.xlsx").format(campaign=row.name)
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save results as Excel"), str(suggested), self.tr("Excel files (*.xlsx)")
            )
            if not chosen:
                return False
            path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        try:
            export_results(row.id, path, **acting(self))
        except DeskError as error:
            show_error(self, error)
            return False
        self.status.setText(self.tr("Results saved to {file}.").format(file=path))
        return True
