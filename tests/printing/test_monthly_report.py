"""The monthly summary as a PDF, read back with pdfplumber: every KPI label and value the
figures hold is printed, with the sections, the definitions on the last page, and the
command line that writes it; in Chinese by default and in English when the language
setting asks for it, with nothing of the other language left on the page."""

from __future__ import annotations

import dataclasses
import io

import pdfplumber
import pytest

from desktop_app.cli import main
from desktop_app.cli.texts import translate, use_language
from desktop_app.printing.monthly_parts import Words, kpi_value
from desktop_app.printing.monthly_report import monthly_report_pdf
from models.reports import month
from tests.models.reports.report_office import NOW, at, build_report_office

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo


@pytest.fixture(autouse=True)
def _default_language(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    use_language("zh_CN")
    yield
    use_language()


def chinese_pdf(figures) -> bytes:
    use_language("zh_CN")
    return monthly_report_pdf(figures, translate)


def english_pdf(figures) -> bytes:
    use_language("en")
    try:
        return monthly_report_pdf(figures, translate)
    finally:
        use_language("zh_CN")


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" for ch in text)


@pytest.fixture
def march(folder):
    from models.reports import report_figures

    build_report_office()
    return report_figures(month(at("03-01 00:00").date()), now=NOW)


def pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def flat(text: str) -> str:
    return "".join(text.split())


def test_every_kpi_label_and_value_is_printed(march):
    text = flat("\n".join(pages(chinese_pdf(march))))
    chinese = Words(translate)
    for kpi in march.kpis:
        assert flat(chinese.domain(kpi.label)) in text, kpi.label
        assert flat(kpi_value(kpi, chinese)) in text, kpi.key
    # the values worked out by hand in tests/models/reports/test_figures.py
    for printed in ("60.0%", "75.0", "25.0%", "80.0%", "70.0%", "55.2小时", "50.0%"):
        assert printed in text
    assert "回访满意度" in text and "响应及时率" in text and "平均处理时长" in text


def test_a_table_cut_short_on_paper_says_how_many_rows_it_leaves_out(march):
    # the hand-built March has 3 repeat rows; 3 × 20 = 60 rows, the paper lists 40 → 20 left out
    many = dataclasses.replace(march, repeats=march.repeats * 20)
    text = flat("\n".join(pages(chinese_pdf(many))))
    assert "另有20行未列出，见报表页。" in text
    # March itself fits: no such line
    assert "未列出，见报表页" not in flat("\n".join(pages(chinese_pdf(march))))


def test_sections_and_definitions_on_the_last_page(march):
    printed = pages(chinese_pdf(march))
    assert len(printed) >= 3
    whole = flat("\n".join(printed))
    for heading in (
        "关键指标",
        "工单量",
        "类型与分类",
        "时效",
        "回访与满意度",
        "重复投诉",
        "部门与维修人员",
        "受理高峰",
        "工单最多的楼栋",
        "兄弟项目对比",
        "故障预警",
        "期末逾期工单",
    ):
        assert heading in whole, heading
    assert "T11" in whole and "T08" in whole  # overdue at the month's end
    assert "还是漏水" in whole  # an unhappy owner's words
    last = flat(printed[-1])
    assert "指标定义" in last and "重复投诉" in last and "服务住户" in last


def test_an_empty_month_prints_without_figures(folder):
    from models.reports import report_figures

    build_report_office()
    text = flat("\n".join(pages(chinese_pdf(report_figures(month(at("01-01 00:00").date()), now=NOW)))))
    assert "本期无数据" in text and "本期登记0张" in text


def test_print_monthly_from_the_command_line(folder, tmp_path, capsys):
    build_report_office()
    out = tmp_path / "march.pdf"
    assert main(["--data-dir", str(folder.root), "print", "monthly", "--month", "2026-03", "--out", str(out)]) == 0
    with pdfplumber.open(out) as document:
        first = flat(document.pages[0].extract_text())
    assert "全部项目月度报告2026-03" in first
    assert f"{out}" in capsys.readouterr().out


def test_print_monthly_for_one_community_and_bad_input(folder, tmp_path, capsys):
    build_report_office()
    out = tmp_path / "cuihu.pdf"
    arguments = ["--data-dir", str(folder.root), "print", "monthly", "--month", "2026-03"]
    assert main([*arguments, "--community", "翠湖苑", "--out", str(out)]) == 0
    with pdfplumber.open(out) as document:
        assert "翠湖苑月度报告2026-03" in flat(document.pages[0].extract_text())
    assert main([*arguments, "--community", "没有这个小区", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "没有名为 没有这个小区 的小区。" in capsys.readouterr().err
    assert main(["--data-dir", str(folder.root), "print", "monthly", "--month", "2026-13", "--out", str(out)]) == 2
    assert "2026-13" in capsys.readouterr().err
    assert main([*arguments, "--out", str(tmp_path / "missing" / "x.pdf")]) == 2
    assert not (tmp_path / "missing").exists()


def catalogue() -> list[tuple[str, str]]:
    """(English source, Chinese) of the paper's own words, from monthly_paper.ts."""
    import xml.etree.ElementTree as ET

    from scripts.translations import CATALOGUES

    root = ET.parse(CATALOGUES / "monthly_paper.ts").getroot()
    return [(m.findtext("source"), m.findtext("translation")) for m in root.iter("message")]


def fixed_parts(text: str) -> list[str]:
    """The words of a sentence around its {fields}."""
    import re

    return [part for part in re.split(r"\{[a-z_]+\}", text) if part.strip()]


def test_the_english_setting_prints_the_summary_in_english(march):
    printed = pages(english_pdf(march))
    whole = "\n".join(printed)
    assert "Whole office monthly summary 2026-03" in printed[0]
    for heading in ("1. Key figures", "2. Volume", "6. Repeat complaints", "12. Overdue at the period's end"):
        assert heading in whole, heading
    english = Words()
    for kpi in march.kpis:  # the domain's labels in English, the values as the Chinese paper has them
        assert kpi.label in whole, kpi.label
        assert flat(kpi_value(kpi, english)) in flat(whole), kpi.key
    assert "55.2 h" in whole  # the average handling time of March, worked out in test_figures.py
    assert flat(printed[-1]).startswith(flat("Whole office monthly summary 2026-03"))
    assert "Definitions" in printed[-1] and "Repeat complaint" in printed[-1]
    # none of the paper's Chinese words is left; the office's own names (小区, 业主) stay as
    # typed (a lone 张 is a surname there, so one-character pieces are not looked for)
    left = [
        part
        for _source, chinese in catalogue()
        for part in fixed_parts(chinese)
        if has_chinese(part) and len(flat(part)) >= 2
    ]
    assert left
    found = [part for part in left if flat(part) in flat(whole)]
    assert not found, found


def test_the_default_prints_no_english_words_of_the_paper(march):
    whole = flat("\n".join(pages(chinese_pdf(march))))
    assert "全部项目月度报告2026-03" in whole
    words = [
        word
        for source, _chinese in catalogue()
        for part in fixed_parts(source)
        for word in part.replace(".", " ").replace(",", " ").split()
        if sum(ch.isalpha() for ch in word) >= 3
    ]
    assert "Key" in words and "summary" in words
    found = sorted({word for word in words if word in whole})
    assert not found, found
    for kpi in march.kpis:
        assert kpi.label not in whole


def test_print_monthly_in_english_from_the_command_line(folder, tmp_path, monkeypatch):
    build_report_office()
    monkeypatch.setenv("PROPERTY_DESK_LANG", "en")
    out = tmp_path / "march-en.pdf"
    assert main(["--data-dir", str(folder.root), "print", "monthly", "--month", "2026-03", "--out", str(out)]) == 0
    with pdfplumber.open(out) as document:
        first = document.pages[0].extract_text()
    assert "Whole office monthly summary 2026-03" in first and "1. Key figures" in first
    assert "月度报告" not in first and "关键指标" not in first
