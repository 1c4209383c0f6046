"""The reports page on the hand-built office of tests/models/reports/report_office.py:
the manager picks March 2026, reads the figures worked out by hand there, clicks one and
lands in the registry on exactly its tickets, prints and exports the ledger."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pdfplumber
import pytest
from PySide6.QtCore import QPoint, Qt

from models.clock import FixedClock
from models.codes import Role
from models.office import User, audit_lines
from tests.models.reports.report_office import NOW, build_report_office


@pytest.fixture
def reports(qtbot, folder, monkeypatch):
    """The reports page of the manager 周经理, whose role prints reports and exports the ledger."""
    from desktop_app import create_main_window

    report_office = build_report_office()
    User.create(username="manager", display_name="周经理", role=Role.MANAGER)
    monkeypatch.setenv("PROPERTY_DESK_USER", "manager")
    monkeypatch.delenv("PROPERTY_DESK_PASSWORD", raising=False)
    window = create_main_window(folder.root, clock=FixedClock(NOW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("reports")
    page.report_office = report_office
    yield page
    window.close()


def click_cell(qtbot, table, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_last_month_is_shown_with_its_figures(reports):
    # the clock stands at 2026-04-10: the page opens on March 2026
    assert reports.figures.period.label == "2026-03"
    kpis = reports.views.table("reports.kpis")
    values = {kpis.item(r, 0).text(): kpis.item(r, 1).text() for r in range(kpis.rowCount())}
    assert values["解决率"] == "70.0%" and values["响应及时率"] == "80.0%" and values["回访率"] == "50.0%"
    assert values["平均处理时长"] == "55.2 小时"
    assert kpis.item(4, 3).text() == "未达标"  # resolution rate 70 % against ≥ 95 %
    assert "受理 10 张" in reports.summary.text() or "10" in reports.summary.text()


def test_clicking_overdue_opens_the_registry_on_exactly_those_tickets(reports, qtbot):
    window = reports.window()
    table = reports.views.table("reports.overdue")
    reports.views.setCurrentWidget(reports.views.tabs["overdue"])
    assert table.rowCount() == 2
    click_cell(qtbot, table, 0, 0)
    registry = window.page("registry")
    assert window.current_page_key() == "registry"
    numbers = {registry.model.row_at(i).number for i in range(registry.model.rowCount())}
    assert numbers == {"T11", "T08"}
    assert registry.ticket_set.isVisible()
    assert "期末逾期工单 · 2026-03 · 全部项目" in registry.ticket_set.label.text()
    registry.ticket_set.clear_button.click()
    assert registry.model.total == 15 and not registry.ticket_set.isVisible()


def test_a_kpis_shortfall_opens_the_late_tickets(reports, qtbot):
    kpis = reports.views.table("reports.kpis")
    row = next(r for r in range(kpis.rowCount()) if kpis.item(r, 0).text() == "响应及时率")
    assert kpis.item(row, 5).text() == "2"
    click_cell(qtbot, kpis, row, 5)
    registry = reports.window().page("registry")
    assert {registry.model.row_at(i).number for i in range(registry.model.rowCount())} == {"T02", "T08"}


def test_a_community_and_a_quarter(reports):
    reports.set_scope("community", reports.report_office.communities["翠湖苑"].id)
    assert reports.figures.volume.received == 2
    reports.set_period("quarter", dt.date(2026, 2, 1))
    assert reports.figures.period.label == "2026-Q1"
    reports.set_scope()
    assert reports.figures.volume.received == 12


def test_save_the_monthly_summary_as_pdf(reports, tmp_path):
    out = tmp_path / "march.pdf"
    assert reports.print_report("pdf", path=out)
    with pdfplumber.open(out) as document:
        assert "月度报告" in document.pages[0].extract_text()


def test_with_the_window_in_english_the_summary_is_printed_in_english(reports, tmp_path):
    from desktop_app import translations

    out = tmp_path / "march-en.pdf"
    try:
        translations.install_language("en")
        assert reports.print_report("pdf", path=out)
    finally:
        translations.install_language("zh_CN")
    with pdfplumber.open(out) as document:
        first = document.pages[0].extract_text()
    assert "Whole office monthly summary 2026-03" in first and "1. Key figures" in first
    assert "月度报告" not in first and "关键指标" not in first


def test_export_the_ledger_with_a_kpi_sheet_and_no_formulas(reports, tmp_path, monkeypatch):
    from models.tickets import Ticket

    Ticket.update(description='=HYPERLINK("http://x")').where(Ticket.number == "T01").execute()
    monkeypatch.setattr("desktop_app.pages.reports.page.QMessageBox.information", lambda *a, **k: None)
    out = tmp_path / "ledger.xlsx"
    assert reports.export_ledger(out)
    workbook = openpyxl.load_workbook(out)
    ledger, kpis = workbook.worksheets
    # registered in March: 12 tickets (T9 cancelled and T10 merged are in the ledger too)
    assert ledger.max_row == 1 + 12
    assert [c.value for c in ledger[1]][:2] == ["编号", "受理时间"] or ledger[1][0].value
    assert all(cell.data_type != "f" for row in ledger.iter_rows() for cell in row)
    assert kpis.max_row == 1 + 7
    rows = {row[0].value: row for row in kpis.iter_rows(min_row=2)}
    assert rows["解决率"][1].value == "70.0%" and rows["解决率"][4].value == 7 and rows["解决率"][5].value == 10
    (entry,) = audit_lines(kind="export")  # the ledger names reporters: its export is logged
    assert (entry.actor, entry.subject, json.loads(entry.new)) == ("manager", "ledger:ledger.xlsx", {"tickets": 12})


def test_a_clerk_reads_the_figures_but_neither_prints_nor_exports(reports, tmp_path):
    from desktop_app.context import context_of

    context = context_of(reports)
    context.operator = User.get(User.username == "clerk")
    context.signals.operator_changed.emit()
    buttons = ("preview_button", "print_button", "pdf_button", "export_button")
    assert [getattr(reports, name).isEnabled() for name in buttons] == [False] * 4
    assert not reports.print_report("pdf", path=tmp_path / "report.pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_a_one_row_table_has_no_blank_row_under_it(reports, qtbot):
    # the volume table is one row of figures: it was held at 60 px at least, which left an
    # empty band a row high under its figures; it is now its header and its row, no more
    volume = reports.views.table("reports.volume")
    assert volume.rowCount() == 1
    assert volume.maximumHeight() == volume.horizontalHeader().height() + volume.rowHeight(0) + 4
    assert volume.maximumHeight() < 60
