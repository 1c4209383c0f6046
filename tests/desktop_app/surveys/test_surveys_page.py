"""The surveys page around the entry form: the campaign list with progress and quotas,
the results tab (figures of tests/models/followup/survey_factory.py, worked out there),
one building's results, blank forms saved as PDF from the page with their numbers
taken, the results saved as .xlsx, and a new campaign that copies the questions."""

from __future__ import annotations

import io

import openpyxl
import pdfplumber
import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTableWidget

from models.followup import campaign_view, questions_of
from tests.desktop_app.gui import find
from tests.models.followup.survey_factory import build_survey_office


@pytest.fixture
def desk_user() -> str:
    """The manager 周经理: sets up campaigns and saves the results (the supervisor may not)."""
    return "manager"


@pytest.fixture
def surveys(office):
    return build_survey_office(office)


@pytest.fixture
def page(window, surveys):
    return window.show_page("surveys")


def test_campaigns_listed_newest_first_with_progress_and_quotas(page):
    table = find(page, QTableView, "survey.campaigns")
    model = table.model()
    cells = [[model.index(row, column).data() for column in range(6)] for row in range(model.rowCount())]
    assert cells == [
        ["2026年第四季度满意度调查", "2026-11-15 – 2026-12-05", "5 / 10", "50%", "1 / 2", "进行中"],
        ["2026年第三季度满意度调查", "2026-08-15 – 2026-09-04", "2 / 10", "20%", "—", "进行中"],
    ]
    assert find(page, QLabel, "survey.title").text() == "2026年第四季度满意度调查"


def test_results_tab_shows_the_figures_and_the_comparison(page, surveys):
    results = page.show_results()
    assert find(results, QLabel, "survey.headline").text() == (
        "2026年第四季度满意度调查：综合得分 67.5（目标 ≥ 90），满意率 60.0%，已收回 5 / 10 份（50%）。"
        "与2026年第三季度满意度调查相比：+3.2。"
    )
    table = find(results, QTableWidget, "survey.results_table")
    rows = [[table.item(r, c).text() for c in range(8)] for r in range(table.rowCount())]
    assert rows[0] == ["客服", "3.67", "66.7", "55.6%", "50.0", "+16.7", "9", "1"]
    assert rows[1] == ["工程维修", "2.40", "35.0", "20.0%", "50.0", "-15.0", "5", "0"]
    assert rows[-1] == ["全部题目", "3.70", "67.5", "60.0%", "64.3", "+3.2", "30", "5"]
    buildings = find(results, QTableWidget, "survey.buildings_table")
    assert [buildings.item(1, c).text() for c in range(6)] == ["5", "2", "1", "差 1 份", "92.9", "100.0%"]
    lowest = find(results, QTableWidget, "survey.lowest_table")
    assert lowest.item(0, 2).text() == "维修质量"
    assert results.comments.topLevelItem(0).text(0) == "客服 (2)"

    results.building.setCurrentIndex(results.building.findData(surveys.building5))
    assert (
        find(results, QLabel, "survey.headline")
        .text()
        .startswith("2026年第四季度满意度调查 · 5：综合得分 92.9（目标 ≥ 90）")
    )


def test_blank_forms_saved_from_the_page_continue_the_numbering(page, surveys, tmp_path):
    out = tmp_path / "forms.pdf"
    assert page.print_forms("pdf", count=3, path=out)
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as document:
        texts = [p.extract_text() for p in document.pages]
    assert ["问卷编号：0006" in texts[0], "问卷编号：0008" in texts[2]] == [True, True]
    assert campaign_view(surveys.current_id).forms_printed == 8


def test_results_saved_as_excel_from_the_page(page, tmp_path):
    out = tmp_path / "results.xlsx"
    assert page.export_results(out)
    assert openpyxl.load_workbook(out)["汇总"]["B1"].value == "2026年第四季度满意度调查"
    assert find(page, QLabel, "survey.status").text() == f"结果已保存到 {out}。"


def test_a_new_campaign_copies_the_questions_of_the_latest(page, surveys, qtbot, monkeypatch):
    from desktop_app.pages.surveys.campaigns import CampaignDialog

    def fill_and_accept(dialog):
        # proposed: the quarter of the office's clock (2026-11-23), a name already taken here
        assert dialog.name.text() == "2026年第四季度满意度调查"
        dialog.name.setText("2027年第一季度满意度调查")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(CampaignDialog, "exec", fill_and_accept)
    page.new_campaign()
    assert page.current_row().name == "2027年第一季度满意度调查"
    assert [q.text for q in questions_of(page.campaign_id)] == [q.text for q in questions_of(surveys.current_id)]
    assert QApplication.activeModalWidget() is None  # the dialog closed
