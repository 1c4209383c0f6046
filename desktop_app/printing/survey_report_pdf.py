"""The survey's result report (满意度调查结果报告) as an A4 PDF: the headline figures, the
score per dimension against the previous campaign (a bar chart and a table), the
distribution of answers per dimension (stacked bars), the quotas per building and each
building's score, the lowest questions, the comments by dimension and, last, how every
figure is worked out. Charts are ReportLab's own graphics; text is Chinese."""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app.printing import survey_labels
from desktop_app.printing.fonts import PaperFonts, paper_fonts
from models.clock import format_datetime
from models.followup import CampaignResults, DimensionResult, Figures, SurveyReportData

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
CURRENT = colors.HexColor("#1f5fa8")
PREVIOUS = colors.HexColor("#a8b8cc")
ANSWER_COLOURS = [colors.HexColor(c) for c in ("#c62828", "#ef8a3c", "#c9c9c9", "#7cb87c", "#2e7d32")]
GRID_GREY = colors.HexColor("#888888")
SHADE = colors.HexColor("#eeeeee")
GOOD, BAD = colors.HexColor("#2e7d32"), colors.HexColor("#c62828")
TARGET_SCORE = 90
EMPTY = "—"


def render_survey_report(data: SurveyReportData, *, font_file: str | None = None) -> bytes:
    fonts = paper_fonts(font_file)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{data.results.name} 结果报告",
        creator="Property Office Desk",
        initialFontName=fonts.cjk,
    )
    report = _Report(fonts, data)
    document.build(report.story(), onFirstPage=report.footer, onLaterPages=report.footer)
    return buffer.getvalue()


def _number(value: float | None, digits: int = 1) -> str:
    return EMPTY if value is None else f"{value:.{digits}f}"


def _percent(value: float | None) -> str:
    return EMPTY if value is None else f"{value * 100:.1f}%"


def _change(value: float | None) -> str:
    return EMPTY if value is None else f"{value:+.1f}"


class _Report:
    def __init__(self, fonts: PaperFonts, data: SurveyReportData) -> None:
        self.fonts, self.data, self.results = fonts, data, data.results
        base = ParagraphStyle("sr", fontName=fonts.cjk, fontSize=9.5, leading=13, wordWrap="CJK")
        self.text = base
        self.small = ParagraphStyle("sr.small", base, fontSize=8, leading=11)
        self.title = ParagraphStyle("sr.title", base, fontSize=17, leading=22)
        self.heading = ParagraphStyle(
            "sr.heading", base, fontSize=12, leading=16, spaceBefore=5 * mm, spaceAfter=2 * mm
        )
        self.cell = ParagraphStyle("sr.cell", base, fontSize=9, leading=11.5)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.fonts.markup(text), style or self.text)

    # --- the pages -------------------------------------------------------------------------
    def story(self) -> list:
        return [
            *self.title_block(),
            *self.dimension_section(),
            *self.distribution_section(),
            *self.quota_section(),
            *self.lowest_section(),
            *self.comment_section(),
            *self.definitions(),
        ]

    def footer(self, canvas, document) -> None:
        canvas.saveState()
        canvas.setFillColor(GRID_GREY)
        left = f"{self.data.office_name}  {self.results.name}  打印于 {format_datetime(self.data.prepared_at)}"
        self.fonts.draw(canvas, MARGIN, MARGIN, left.strip(), 7)
        self.fonts.draw(canvas, A4[0] - MARGIN, MARGIN, f"第 {document.page} 页", 7, align="right")
        canvas.restoreState()

    def title_block(self) -> list:
        r = self.results
        scope = f"（{r.building}）" if r.building else ""
        lines = [
            self.para(self.data.office_name, self.small),
            self.para(f"{r.name}{scope}结果报告", self.title),
            self.para(f"调查时间：{r.starts_on:%Y-%m-%d} 至 {r.ends_on:%Y-%m-%d}", self.small),
            Spacer(1, 4 * mm),
        ]
        overall = r.overall
        previous = f"上次（{r.previous_name}）{_number(overall.previous_score)}" if r.previous_name else "无上次调查"
        rows = [
            ["收回问卷", f"{r.responses} / 目标 {r.target_size}（{r.progress * 100:.0f}%）"],
            ["综合得分", f"{_number(overall.figures.score)}（目标 ≥ {TARGET_SCORE}）"],
            ["满意率（4–5 分）", _percent(overall.figures.satisfaction_rate)],
            ["与上次比较", f"{_change(overall.change)}    {previous}"],
            ["配额完成", f"{r.quotas_met} / {len(r.quotas)} 个楼栋" if r.quotas else "未设配额"],
        ]
        return [*lines, self.table(rows, [40 * mm, WIDTH - 40 * mm], header=False)]

    def dimension_section(self) -> list:
        r = self.results
        header = ["维度", "平均分", "得分", "满意率", "上次得分", "变化", "已答", "未答"]
        rows = [header]
        for result in [*r.dimensions, r.overall]:
            f = result.figures
            rows.append(
                [
                    survey_labels.dimension(result.dimension),
                    _number(f.mean, 2),
                    _number(f.score),
                    _percent(f.satisfaction_rate),
                    _number(result.previous_score),
                    _change(result.change),
                    str(f.answered),
                    str(f.blank),
                ]
            )
        widths = [30 * mm] + [(WIDTH - 30 * mm) / 7] * 7
        table = self.table(rows, widths, number_columns=range(1, 8), changes=5)
        return [self.para("一、各维度得分", self.heading), score_chart(self.fonts, r), Spacer(1, 3 * mm), table]

    def distribution_section(self) -> list:
        drawing = distribution_chart(self.fonts, [*self.results.dimensions, self.results.overall])
        return [KeepTogether([self.para("二、答案分布", self.heading), drawing])]

    def quota_section(self) -> list:
        r = self.results
        parts = [self.para("三、楼栋配额与得分", self.heading)]
        buildings = {b.building_id: b for b in r.buildings}
        rows = [["楼栋", "配额", "已收回", "配额完成", "得分", "满意率"]]
        quota_ids = [q.building_id for q in r.quotas]
        for quota in r.quotas:
            figures = buildings[quota.building_id].overall if quota.building_id in buildings else None
            rows.append(self._building_row(quota.building, quota.quota, quota.responses, figures, quota.met))
        for building in r.buildings:
            if building.building_id not in quota_ids:
                rows.append(self._building_row(building.building, 0, building.responses, building.overall, None))
        if len(rows) == 1:
            return [*parts, self.para("未设楼栋配额，也没有注明房号的问卷。")]
        widths = [WIDTH - 5 * 24 * mm] + [24 * mm] * 5
        return [*parts, self.table(rows, widths, number_columns=range(1, 6))]

    def _building_row(self, name: str, quota: int, responses: int, figures: Figures | None, met: bool | None) -> list:
        state = EMPTY if met is None else ("达成" if met else f"差 {quota - responses} 份")
        return [
            name,
            str(quota) if quota else EMPTY,
            str(responses),
            state,
            _number(figures.score if figures else None),
            _percent(figures.satisfaction_rate if figures else None),
        ]

    def lowest_section(self) -> list:
        lowest = self.results.lowest
        parts = [self.para("四、得分最低的题目", self.heading)]
        if not lowest:
            return [*parts, self.para("尚无答案。")]
        rows = [["序号", "维度", "题目", "得分", "满意率", "已答"]]
        for q in lowest:
            rows.append(
                [
                    str(q.question.number),
                    survey_labels.dimension(q.question.dimension),
                    Paragraph(self.fonts.markup(q.question.text), self.cell),
                    _number(q.figures.score),
                    _percent(q.figures.satisfaction_rate),
                    str(q.figures.answered),
                ]
            )
        widths = [12 * mm, 22 * mm, WIDTH - 12 * mm - 22 * mm - 3 * 20 * mm, 20 * mm, 20 * mm, 20 * mm]
        return [*parts, self.table(rows, widths, number_columns=(0, 3, 4, 5))]

    def comment_section(self) -> list:
        comments = self.results.comments
        parts = [self.para("五、业主意见（按维度）", self.heading)]
        if not comments:
            return [*parts, self.para("本次调查没有书面意见。")]
        for dimension, items in comments.items():
            parts.append(self.para(f"{survey_labels.dimension(dimension)}（{len(items)} 条）", self.cell))
            for comment in items:
                where = f"，{comment.room}" if comment.room else ""
                parts.append(self.para(f"· {comment.text}（问卷 {comment.form_number}{where}）", self.small))
            parts.append(Spacer(1, 2 * mm))
        return parts

    def definitions(self) -> list:
        text = (
            "计算方法：每题答案为 1–5 分，未填的题目不计入（不按 0 分计算）。平均分 = 已答分数之和 ÷ 已答题数；"
            "得分 = (平均分 − 1) ÷ 4 × 100，1 分为 0，3 分为 50，5 分为 100；满意率 = 答 4 分或 5 分的题数 ÷ 已答题数。"
            "维度的数字合并该维度所有题目的答案；“全部题目”合并全部答案，即综合得分。"
            "变化为本次得分减去上次调查的得分。楼栋按问卷注明的房号统计，未注明房号的问卷只计入全体。"
            "意见按所提内容归入维度；未提到具体方面的，归入该业主打分最低（3 分及以下）的维度，否则归入总体。"
        )
        return [self.para("说明", self.heading), self.para(text, self.small)]

    # --- tables ----------------------------------------------------------------------------
    def table(self, rows, widths, *, header: bool = True, number_columns=(), changes: int | None = None) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        commands = [
            ("FONT", (0, 0), (-1, -1), self.fonts.cjk, 9),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        else:
            commands.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
        for column in number_columns:
            commands.append(("ALIGN", (column, 1 if header else 0), (column, -1), "RIGHT"))
        if changes is not None:
            for row, values in enumerate(rows[1:], start=1):
                text = values[changes]
                if text.startswith(("+", "-")) and text not in ("+0.0", "-0.0"):
                    commands.append(("TEXTCOLOR", (changes, row), (changes, row), GOOD if text[0] == "+" else BAD))
        table.setStyle(TableStyle(commands))
        return table


# --- charts ----------------------------------------------------------------------------------
def score_chart(fonts: PaperFonts, results: CampaignResults) -> Drawing:
    """Score per dimension, this campaign beside the previous one, 0–100."""
    rows = [*results.dimensions, results.overall]
    drawing = Drawing(WIDTH, 68 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, WIDTH - 16 * mm, 46 * mm
    current = [r.figures.score or 0 for r in rows]
    previous = [r.previous_score or 0 for r in rows]
    chart.data = [current, previous] if results.previous_name else [current]
    chart.categoryAxis.categoryNames = [survey_labels.dimension(r.dimension) for r in rows]
    chart.categoryAxis.labels.fontName = fonts.cjk
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.cjk
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = CURRENT
    if results.previous_name:
        chart.bars[1].fillColor = PREVIOUS
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = fonts.cjk
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.groupSpacing = 8
    drawing.add(chart)
    legend = _legend(
        fonts, [(CURRENT, "本次")] + ([(PREVIOUS, f"上次：{results.previous_name}")] if results.previous_name else [])
    )
    legend.x, legend.y = 12 * mm, 62 * mm
    legend.columnMaximum = 1
    legend.deltax = 30 * mm
    legend.alignment = "right"
    legend.dx = legend.dy = 6
    drawing.add(legend)
    return drawing


def distribution_chart(fonts: PaperFonts, rows: list[DimensionResult]) -> Drawing:
    """Share of answers 1–5 per dimension, as stacked horizontal bars of 100%."""
    drawing = Drawing(WIDTH, 20 * mm + len(rows) * 9 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 22 * mm, 16 * mm, WIDTH - 26 * mm, len(rows) * 9 * mm
    ordered = list(reversed(rows))  # the first dimension on top
    chart.data = [
        [100 * r.figures.distribution[value] / r.figures.answered if r.figures.answered else 0 for r in ordered]
        for value in range(5)
    ]
    chart.categoryAxis.categoryNames = [survey_labels.dimension(r.dimension) for r in ordered]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = fonts.cjk
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.cjk
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars.strokeColor = colors.white
    for value, colour in enumerate(ANSWER_COLOURS):
        chart.bars[value].fillColor = colour
    drawing.add(chart)
    legend = _legend(fonts, list(zip(ANSWER_COLOURS, survey_labels.ANSWER_NAMES, strict=True)))
    legend.x, legend.y = 22 * mm, 1 * mm
    legend.columnMaximum = 1
    legend.deltax = 28 * mm
    legend.alignment = "right"
    legend.dx = legend.dy = 6
    drawing.add(legend)
    return drawing


def _legend(fonts: PaperFonts, pairs: list[tuple]) -> Legend:
    legend = Legend()
    legend.colorNamePairs = pairs
    legend.fontName = fonts.cjk
    legend.fontSize = 7.5
    legend.strokeColor = None
    legend.boxAnchor = "sw"
    return legend
