"""Survey paper read back by independent tools: the blank questionnaires (text and the
form-number barcodes, decoded by zbar off poppler's rendering), the result report's
figures, the .xlsx results (formula-safe), and the three commands."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pdfplumber
import pytest

from desktop_app.cli import main
from desktop_app.printing.survey_forms_pdf import render_survey_forms
from desktop_app.printing.survey_report_pdf import render_survey_report
from models.followup import (
    DEFAULT_QUESTIONS,
    CampaignForm,
    campaign_view,
    correct_response,
    create_campaign,
    export_results,
    last_response,
    set_questions,
    survey_forms_data,
    survey_report_data,
)
from tests.acting import admin
from tests.models.followup.survey_factory import build_survey_office
from tests.office import OFFICE_NOW
from tests.printing.conftest import decoded_symbols, needs_poppler_and_zbar, pdf_page_images

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo


@pytest.fixture(autouse=True)
def _default_language(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)


@pytest.fixture
def surveys(office):
    return build_survey_office(office)


@pytest.fixture
def fresh(office):
    """A campaign of the twenty template questions with no form printed yet."""
    campaign = create_campaign(
        CampaignForm("2027年第一季度满意度调查", dt.date(2027, 2, 15), dt.date(2027, 3, 6)), **admin()
    )
    set_questions(campaign, DEFAULT_QUESTIONS, **admin())
    return campaign


def pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def test_each_blank_form_has_its_number_the_questions_and_comment_lines(fresh):
    pages = pages_text(render_survey_forms(survey_forms_data(fresh, 3)))
    assert len(pages) == 3
    for number, text in zip(("0001", "0002", "0003"), pages, strict=True):
        assert "阳光花园" in text
        assert "2027年第一季度满意度调查" in text
        assert f"问卷编号：{number}" in text
        assert "调查时间：2027-02-15 至 2027-03-06" in text
        assert "1 客服人员的服务态度" in text
        assert "20 是否愿意向亲友推荐本小区的物业服务" in text
        assert "非常不满意" in text and "非常满意" in text
        assert "您的意见和建议" in text


@needs_poppler_and_zbar
def test_the_form_number_barcodes_scan_back(fresh, tmp_path):
    pages = pdf_page_images(render_survey_forms(survey_forms_data(fresh, 2, first=17)), tmp_path, dpi=200)
    assert [decoded_symbols(page) for page in pages] == [[f"CODE-128:S{fresh}-0017"], [f"CODE-128:S{fresh}-0018"]]


def test_the_report_holds_the_figures_worked_out_by_hand(surveys):
    first, *rest = pages_text(render_survey_report(survey_report_data(surveys.current_id, now=OFFICE_NOW)))
    text = "\n".join([first, *rest])
    assert "2026年第四季度满意度调查结果报告" in first
    assert "5 / 目标 10（50%）" in first
    assert "67.5（目标 ≥ 90）" in first  # all questions: 111 / 30 = 3.7 → 67.5
    assert "+3.2 上次（2026年第三季度满意度调查）64.3" in first
    # dimension, mean, score, satisfaction, previous score, change, answered, blank
    assert "客服 3.67 66.7 55.6% 50.0 +16.7 9 1" in first
    assert "工程维修 2.40 35.0 20.0% 50.0 -15.0 5 0" in first
    assert "全部题目 3.70 67.5 60.0% 64.3 +3.2 30 5" in first
    assert "3 3 3 达成 70.3 68.8%" in text  # building 3: 11 of 16 answers are 4–5
    assert "5 2 1 差 1 份 92.9 100.0%" in text
    assert "3 工程维修 维修质量 35.0 20.0% 5" in text
    assert "前台服务很好（问卷 0001，3-2-1501）" in text
    assert "希望多沟通（问卷 0005）" in text
    assert "计算方法" in rest[-1] if rest else "计算方法" in first


def test_results_spreadsheet_keeps_every_text_a_text(surveys, office, tmp_path):
    response = last_response(surveys.current_id)
    data = campaign_view(surveys.current_id)
    from models.followup import NewResponse

    answers = {q.id: 5 for q in data.questions[:2]}
    correct_response(
        response.id,
        NewResponse(surveys.current_id, response.form_number, None, answers, '=HYPERLINK("http://x")'),
        operator=office.clerk,
        clock=surveys.clock,
    )
    out = export_results(surveys.current_id, tmp_path / "results.xlsx", **admin())

    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["汇总", "题目", "楼栋", "意见", "问卷"]
    forms = list(workbook["问卷"].iter_rows(values_only=True))
    assert forms[0][:3] == ("问卷编号", "房号", "1. 服务态度")
    # form 3 (3-1-0101) left questions 4–7 blank: empty cells, not 0
    assert forms[3] == ("0003", "3-1-0101", 3, 3, 1, None, None, None, None, "水管漏水修了三次")
    assert forms[5][-1] == '=HYPERLINK("http://x")'
    summary = list(workbook["汇总"].iter_rows(values_only=True))
    # form 5 now answers Q1–Q2 only: repairs 3 2 1 4 → 2.5 → 37.5, one of four is 4–5, previous 50 → −12.5
    assert ("工程维修", 2.5, 37.5, 25.0, 4, 1, 1, 1, 1, 1, 0, 50.0, -12.5) in summary
    with zipfile.ZipFile(out) as package:
        sheets = [name for name in package.namelist() if name.startswith("xl/worksheets/")]
        assert all("<f>" not in package.read(name).decode() for name in sheets)


def test_commands_print_forms_in_numbered_batches_the_report_and_the_results(surveys, folder, tmp_path, capsys):
    name = "2026年第四季度满意度调查"
    forms = tmp_path / "forms.pdf"
    base = ["--data-dir", str(folder.root)]
    assert main([*base, "print", "survey-forms", name, "--count", "2", "--out", str(forms)]) == 0
    assert f"已将{name}的 2 份问卷（0006–0007）写入 {forms}。" in capsys.readouterr().out
    assert ["问卷编号：0006" in page for page in pages_text(forms.read_bytes())] == [True, False]
    assert main([*base, "print", "survey-forms", name, "--count", "1", "--out", str(forms)]) == 0
    assert "问卷编号：0008" in pages_text(forms.read_bytes())[0]  # the next batch continues

    report = tmp_path / "report.pdf"
    assert main([*base, "print", "survey-report", name, "--out", str(report)]) == 0
    assert "67.5（目标 ≥ 90）" in pages_text(report.read_bytes())[0]
    results = tmp_path / "results.xlsx"
    assert main([*base, "export", "survey-results", name, str(results)]) == 0
    assert openpyxl.load_workbook(results)["问卷"].max_row == 6  # header and five forms
    capsys.readouterr()

    assert main([*base, "print", "survey-report", "2030年调查", "--out", str(report)]) == 2
    assert "找不到满意度调查“2030年调查”。" in capsys.readouterr().err


@needs_poppler_and_zbar
def test_thirty_long_questions_go_on_to_a_second_page_that_scans_too(fresh, tmp_path):
    from models.followup import DIMENSIONS, QuestionDraft

    long_text = "这是一道很长的题目，用来看问卷在题目很多又很长的时候会不会把字印到格子外面去或者互相重叠"
    set_questions(fresh, [QuestionDraft(d, f"{long_text}{i}") for d in DIMENSIONS for i in range(5)], **admin())
    pdf = render_survey_forms(survey_forms_data(fresh, 1))
    pages = pages_text(pdf)
    assert len(pages) == 2
    assert "第 1/2 页" in pages[0] and "第 2/2 页" in pages[1]
    assert "您的意见和建议" in pages[1] and "您的意见和建议" not in pages[0]
    joined = "".join(pages).replace("\n", "")
    assert joined.count("这是一道很长的题目") == 30  # every question printed, none cut off
    assert joined.count("互相重叠") == 30
    images = pdf_page_images(pdf, tmp_path, dpi=200)
    assert [decoded_symbols(page) for page in images] == [[f"CODE-128:S{fresh}-0001"]] * 2


def test_forms_that_cannot_be_written_take_no_numbers(surveys, folder, tmp_path, capsys):
    base = ["--data-dir", str(folder.root)]
    command = ["print", "survey-forms", "2026年第四季度满意度调查", "--count", "2", "--out", str(tmp_path)]
    assert main([*base, *command]) == 2  # --out names a folder
    assert f"{tmp_path} 是一个文件夹，请给出要写入的文件名。" in capsys.readouterr().err
    assert campaign_view(surveys.current_id).forms_printed == 0
    assert list(tmp_path.glob("*.part")) == []
