"""The reports page (报表): the manager picks a period (a month, a quarter, a year or any
range) and a scope (the office, a community, a building) and sees every figure of the
monthly summary with its charts; a click on a figure opens the registry on exactly those
tickets, named. The same figures print as the monthly summary and export as the
period's ledger (台账) with a KPI sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.pages.reports.views import ReportViews, kpi_target, kpi_value, rating_word
from desktop_app.translations import tr_models
from desktop_app.widgets.page import Page
from models.codes import Permission
from models.errors import DeskError
from models.office import may
from models.registers import Building, Community
from models.reports import (
    BUILDING,
    COMMUNITY,
    Drill,
    Period,
    ReportFigures,
    building_scope,
    community_scope,
    month,
    office_scope,
    quarter,
    report_figures,
    write_ledger,
    year,
)
from models.tickets import RegistryFilter, fetch_page

MONTH, QUARTER, YEAR, RANGE = "month", "quarter", "year", "range"
LEDGER_PAGE = 500


class ReportsPage(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("reports.page")
        self.figures: ReportFigures | None = None
        self._build_controls()
        self.views = ReportViews(self.open_drill)
        self.summary = QLabel(objectName="reports.summary", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addLayout(self.actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.views, 1)
        self.retranslate_ui()
        self._fill_scopes()
        context.signals.registers_changed.connect(self._fill_scopes)
        context.signals.operator_changed.connect(self._follow_role)
        self._follow_role()
        self.refresh()

    def _follow_role(self) -> None:
        """Printing the report and exporting the ledger are for the roles that print reports;
        the others read the figures on screen."""
        allowed = may(self.context.operator, Permission.PRINT_REPORTS)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.export_button):
            button.setEnabled(allowed)

    # --- construction -------------------------------------------------------------
    def _build_controls(self) -> None:
        self.kind = QComboBox(objectName="reports.period_kind")
        self.kind.activated.connect(self._on_period_edited)
        last_month = self.context.clock.now().date().replace(day=1) - dt.timedelta(days=1)
        self.date = QDateEdit(
            QDate(last_month.year, last_month.month, 1), objectName="reports.date", calendarPopup=True
        )
        self.date_to = QDateEdit(
            QDate(last_month.year, last_month.month, last_month.day), objectName="reports.date_to", calendarPopup=True
        )
        for edit in (self.date, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_period_edited)
        self.dash = QLabel("–")
        self.scope = QComboBox(objectName="reports.scope")
        self.scope.setMinimumContentsLength(12)
        self.scope.activated.connect(self._on_period_edited)
        self.period_label = QLabel()
        self.scope_label = QLabel()
        self.controls = QHBoxLayout()
        for widget in (self.period_label, self.kind, self.date, self.dash, self.date_to, self.scope_label):
            self.controls.addWidget(widget)
        self.controls.addWidget(self.scope, 1)
        self.preview_button = QPushButton(objectName="reports.preview", clicked=lambda: self.print_report("preview"))
        self.print_button = QPushButton(objectName="reports.print", clicked=lambda: self.print_report("print"))
        self.pdf_button = QPushButton(objectName="reports.save_pdf", clicked=lambda: self.print_report("pdf"))
        self.export_button = QPushButton(objectName="reports.export", clicked=self._on_export_clicked)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.export_button):
            self.actions.addWidget(button)

    def retranslate_ui(self) -> None:
        self.period_label.setText(QCoreApplication.translate("ReportsPage", "Period:"))
        self.scope_label.setText(QCoreApplication.translate("ReportsPage", "Scope:"))
        current = self.kind.currentData() or MONTH
        self.kind.clear()
        for key, text in (
            (MONTH, QCoreApplication.translate("ReportsPage", "Month")),
            (QUARTER, QCoreApplication.translate("ReportsPage", "Quarter")),
            (YEAR, QCoreApplication.translate("ReportsPage", "Year")),
            (RANGE, QCoreApplication.translate("ReportsPage", "Range")),
        ):
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.preview_button.setText(QCoreApplication.translate("ReportsPage", "Preview…"))
        self.print_button.setText(QCoreApplication.translate("ReportsPage", "Print…"))
        self.pdf_button.setText(QCoreApplication.translate("ReportsPage", "Save PDF…"))
        self.export_button.setText(QCoreApplication.translate("ReportsPage", "Export ledger…"))
        self.views.retranslate_ui()
        self._update_date_widgets()
        if self.figures is not None:
            self._show(self.figures)

    def _fill_scopes(self) -> None:
        current = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(tr_models(office_scope().name), None)
        for community in Community.select().where(Community.archived == False).order_by(Community.name):
            self.scope.addItem(community.name, f"{COMMUNITY}:{community.id}")
            buildings = Building.select().where(Building.community == community, Building.archived == False)
            for building in buildings.order_by(Building.position, Building.name):
                self.scope.addItem(f"    {community.name} {building.name}", f"{BUILDING}:{building.id}")
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))

    # --- period and scope ---------------------------------------------------------
    def period(self) -> Period:
        day = self.date.date().toPython()
        kind = self.kind.currentData()
        if kind == QUARTER:
            return quarter(day.year, (day.month - 1) // 3 + 1)
        if kind == YEAR:
            return year(day.year)
        if kind == RANGE:
            return Period(day, self.date_to.date().toPython())
        return month(day)

    def set_period(self, kind: str, first: dt.date, last: dt.date | None = None) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        for edit, day in ((self.date, first), (self.date_to, last or first)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._on_period_edited()

    def set_scope(self, kind: str | None = None, place_id: int | None = None) -> None:
        """The whole office (no arguments), or ("community" | "building", id)."""
        self.scope.setCurrentIndex(max(0, self.scope.findData(f"{kind}:{place_id}")) if kind else 0)
        self._on_period_edited()

    def _scope(self):
        data = self.scope.currentData()
        if not data:
            return office_scope()
        kind, place = data.split(":")
        return community_scope(int(place)) if kind == COMMUNITY else building_scope(int(place))

    def _update_date_widgets(self) -> None:
        ranged = self.kind.currentData() == RANGE
        self.date_to.setVisible(ranged)
        self.dash.setVisible(ranged)

    def _on_period_edited(self, *_args) -> None:
        self._update_date_widgets()
        self.refresh()

    # --- figures ------------------------------------------------------------------
    def refresh(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            figures = report_figures(self.period(), self._scope(), now=self.context.clock.now())
        except DeskError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error)
            return
        QGuiApplication.restoreOverrideCursor()
        self._show(figures)

    def _show(self, figures: ReportFigures) -> None:
        self.figures = figures
        v = figures.volume
        self.summary.setText(
            QCoreApplication.translate(
                "ReportsPage",
                "{scope}, {period}: {received} tickets received, {resolved} resolved, {overdue} overdue at the end.",
            ).format(
                scope=self.scope_name(figures),
                period=figures.period.label,
                received=v.received,
                resolved=v.resolved,
                overdue=len(figures.overdue),
            )
        )
        self.views.show_figures(figures)

    def scope_name(self, figures: ReportFigures) -> str:
        return tr_models(figures.scope.name) if figures.scope.is_office else figures.scope.name

    def drill_name(self, drill: Drill) -> str:
        figure = tr_models(drill.label, drill.params)
        return f"{figure} · {self.figures.period.label} · {self.scope_name(self.figures)}"

    def drill_filter(self, drill: Drill) -> RegistryFilter:
        return RegistryFilter(ticket_ids=drill.ticket_ids, ticket_set_name=self.drill_name(drill))

    def open_drill(self, drill: Drill) -> None:
        """Show the registry listing exactly the figure's tickets, named after it."""
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("registry").show_filter(self.drill_filter(drill))

    # --- paper and spreadsheet ----------------------------------------------------
    def print_report(self, mode: str, *, path: Path | None = None, printer=None) -> bool:
        from desktop_app.pages.reports.paper import print_monthly

        if not may(self.context.operator, Permission.PRINT_REPORTS):
            return False
        return self.figures is not None and print_monthly(self, self.figures, mode, path=path, printer=printer)

    def _on_export_clicked(self) -> None:
        if self.figures is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = QCoreApplication.translate("ReportsPage", "ledger-{period}.xlsx").format(
            period=self.figures.period.label
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ReportsPage", "Export the ledger"),
            str(Path(folder) / name),
            QCoreApplication.translate("ReportsPage", "Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.export_ledger(Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx"))

    def export_ledger(self, path: Path) -> bool:
        """The period's tickets with the registry's columns, and the KPI table."""
        try:
            count = write_ledger(
                path,
                [self._ledger_sheet(), self._kpi_sheet()],
                operator=self.context.operator,
                clock=self.context.clock,
            )
        except DeskError as error:
            show_error(self, error)
            return False
        QMessageBox.information(
            self,
            QCoreApplication.translate("ReportsPage", "Export the ledger"),
            QCoreApplication.translate("ReportsPage", "{count} tickets written to {file}.").format(
                count=count, file=path
            ),
        )
        return True

    def _ledger_sheet(self) -> tuple:
        from desktop_app.pages.registry import COLUMNS, RegistryTableModel, cell_text

        model = RegistryTableModel(self.context.clock)
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
        drill = self.figures.volume.drills["registered"]
        f = self.drill_filter(drill)
        rows, now = [], self.context.clock.now()
        while len(rows) < drill.count:
            page = fetch_page(f, now=now, sort="received_at", descending=False, offset=len(rows), limit=LEDGER_PAGE)
            if not page:
                break
            rows += [[cell_text(row, column) for column in COLUMNS] for row in page]
        return (
            QCoreApplication.translate("ReportsPage", "Ledger {period}").format(period=self.figures.period.label),
            headers,
            rows,
        )

    def _kpi_sheet(self) -> tuple:
        headers = [
            QCoreApplication.translate("ReportsPage", "Indicator"),
            QCoreApplication.translate("ReportsPage", "This period"),
            QCoreApplication.translate("ReportsPage", "Target"),
            QCoreApplication.translate("ReportsPage", "Status"),
            QCoreApplication.translate("ReportsPage", "Numerator"),
            QCoreApplication.translate("ReportsPage", "Denominator"),
        ]
        rows = [
            [tr_models(k.label), kpi_value(k), kpi_target(k), rating_word(k.rating), k.numerator, k.denominator]
            for k in self.figures.kpis
        ]
        return QCoreApplication.translate("ReportsPage", "KPIs"), headers, rows


def build_page(context: DeskContext) -> ReportsPage:
    return ReportsPage(context)
