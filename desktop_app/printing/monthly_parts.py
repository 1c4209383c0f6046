"""The pieces of the monthly summary: paragraph and table styles in the embedded CJK
font, number formats, the traffic-light colours, and the charts drawn with ReportLab's
own graphics (the 12-month trend, category bars, the weekday × hour grid).

The paper's own words are English sources marked for the catalogue monthly_paper.ts
(context "MonthlyReport"); `Words` gives them, and the domain's labels (context
"models"), in the reader's language through a translate(context, text) handed in:
Qt's for the window, the command line's for the command line. No Qt is loaded here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop_app.printing.fonts import PaperFonts
from models.i18n import QT_TRANSLATE_NOOP
from models.reports import AMBER, GREEN, HOURS, PERCENT, RED, Kpi

CONTEXT = "MonthlyReport"

PAGE_BODY_WIDTH = 180 * mm
EMPTY = "—"
RATING_COLOURS = {
    GREEN: colors.HexColor("#2e7d32"),
    AMBER: colors.HexColor("#f9a825"),
    RED: colors.HexColor("#c62828"),
}
RATING_WORDS = {
    GREEN: QT_TRANSLATE_NOOP("MonthlyReport", "On target"),
    AMBER: QT_TRANSLATE_NOOP("MonthlyReport", "Near target"),
    RED: QT_TRANSLATE_NOOP("MonthlyReport", "Off target"),
}
NO_RATING = QT_TRANSLATE_NOOP("MonthlyReport", "No data")
HEADER_FILL = colors.HexColor("#e8eef4")
BAR_BLUE = colors.HexColor("#3b6ea8")
GRID_GREY = colors.HexColor("#9e9e9e")
WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("MonthlyReport", "Mon"),
    QT_TRANSLATE_NOOP("MonthlyReport", "Tue"),
    QT_TRANSLATE_NOOP("MonthlyReport", "Wed"),
    QT_TRANSLATE_NOOP("MonthlyReport", "Thu"),
    QT_TRANSLATE_NOOP("MonthlyReport", "Fri"),
    QT_TRANSLATE_NOOP("MonthlyReport", "Sat"),
    QT_TRANSLATE_NOOP("MonthlyReport", "Sun"),
)
HOUR_MARK = QT_TRANSLATE_NOOP("MonthlyReport", "{hour}h")
HOURS_UNIT = QT_TRANSLATE_NOOP("MonthlyReport", "{value} h")
TREND_TITLE = QT_TRANSLATE_NOOP("MonthlyReport", "Received in the last 12 months")
NO_DATA = QT_TRANSLATE_NOOP("MonthlyReport", "No data in the period")
TICKETS_BASIS = QT_TRANSLATE_NOOP("MonthlyReport", "{count} tickets")
ANSWERS_BASIS = QT_TRANSLATE_NOOP("MonthlyReport", "{count} answers")

Translate = Callable[[str, str], str]  # (context, English source) -> the reader's words


def english(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Words:
    """The paper's words in the reader's language."""

    translate: Translate = english

    def __call__(self, text: str, /, **params: object) -> str:
        """One of the paper's own sentences (context MonthlyReport), its {fields} filled."""
        found = self.translate(CONTEXT, text) or text
        return found.format(**params) if params else found

    def domain(self, text: str) -> str:
        """A label of the domain's (context "models"): a KPI, a weekday, a definition."""
        return self.translate("models", text) or text


ENGLISH = Words()


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header_small: ParagraphStyle  # the header of a table with many narrow columns


def make_styles(fonts: PaperFonts) -> Styles:
    base = ParagraphStyle("body", fontName=fonts.cjk, fontSize=9.5, leading=13.5)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=1, spaceAfter=2 * mm),
        heading=ParagraphStyle("heading", parent=base, fontSize=13, leading=18, spaceBefore=4 * mm, spaceAfter=2 * mm),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        cell_right=ParagraphStyle("cell_right", parent=base, fontSize=8.5, leading=11, alignment=2),
        header_small=ParagraphStyle("header_small", parent=base, fontSize=6.5, leading=8.5, alignment=1),
    )


# -- numbers -----------------------------------------------------------------------------


def number(value: float | None, digits: int = 1) -> str:
    return EMPTY if value is None else f"{value:.{digits}f}"


def percent(value: float | None) -> str:
    return EMPTY if value is None else f"{value:.1f}%"


def hours(value: float | None, words: Words = ENGLISH) -> str:
    return EMPTY if value is None else words(HOURS_UNIT, value=f"{value:.1f}")


def signed_percent(value: float | None) -> str:
    return EMPTY if value is None else f"{value:+.1f}%"


def kpi_value(kpi: Kpi, words: Words = ENGLISH) -> str:
    """The figure as printed, the same text the tests look for."""
    if kpi.unit == PERCENT:
        return percent(kpi.value)
    if kpi.unit == HOURS:
        return hours(kpi.value, words)
    return number(kpi.value)


def kpi_target(kpi: Kpi, words: Words = ENGLISH) -> str:
    sign = "≥" if kpi.higher_is_better else "≤"
    if kpi.unit == PERCENT:
        return f"{sign} {kpi.target:g}%"
    if kpi.unit == HOURS:
        return f"{sign} {words(HOURS_UNIT, value=f'{kpi.target:g}')}"
    return f"{sign} {kpi.target:g}"


def kpi_basis(kpi: Kpi, words: Words = ENGLISH) -> str:
    if kpi.value is None:
        return words(NO_DATA)
    if kpi.unit == HOURS:
        return words(TICKETS_BASIS, count=f"{kpi.denominator:g}")
    if kpi.unit == PERCENT:
        return f"{kpi.numerator:g} / {kpi.denominator:g}"
    return words(ANSWERS_BASIS, count=f"{kpi.denominator:g}")


# -- tables ------------------------------------------------------------------------------


def table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    fills: Sequence[tuple[int, int, colors.Color]] = (),
    small_header: bool = False,
) -> Table:
    """A ruled table with a shaded header repeated on each page; `right` columns are
    right-aligned numbers; `fills` colour single cells (column, row, colour); a
    `small_header` in smaller centred type, for narrow columns under long labels."""

    def cell(value: object, column: int) -> Paragraph:
        style = styles.cell_right if column in right else styles.cell
        return Paragraph(_escape(str(value)), style)

    if small_header:
        data = [[Paragraph(_escape(str(text)), styles.header_small) for text in header]]
    else:
        data = [[cell(text, i) for i, text in enumerate(header)]]
    data += [[cell(value, i) for i, value in enumerate(row)] for row in rows]
    result = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if small_header:
        commands += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    commands += [("BACKGROUND", (column, row), (column, row), colour) for column, row, colour in fills]
    result.setStyle(TableStyle(commands))
    return result


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- charts ------------------------------------------------------------------------------


def trend_chart(fonts: PaperFonts, months: Sequence[str], counts: Sequence[int], words: Words = ENGLISH) -> Drawing:
    drawing = Drawing(PAGE_BODY_WIDTH, 58 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, PAGE_BODY_WIDTH - 20 * mm, 42 * mm
    chart.data = [list(counts)]
    chart.bars[0].fillColor = BAR_BLUE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(counts, default=0), 1) * 1.15
    chart.valueAxis.labels.fontName = fonts.cjk
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [m[2:].replace("-", "/") for m in months]
    chart.categoryAxis.labels.fontName = fonts.cjk
    chart.categoryAxis.labels.fontSize = 7
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.cjk
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(String(0, 54 * mm, words(TREND_TITLE), fontName=fonts.cjk, fontSize=8))
    return drawing


def category_chart(fonts: PaperFonts, names: Sequence[str], counts: Sequence[int]) -> Drawing:
    height = max(len(names), 1) * 5.5 * mm + 12 * mm
    drawing = Drawing(PAGE_BODY_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 30 * mm, 6 * mm
    chart.width, chart.height = PAGE_BODY_WIDTH - 40 * mm, height - 12 * mm
    chart.data = [list(reversed(counts)) or [0]]
    chart.bars[0].fillColor = BAR_BLUE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(counts, default=0), 1) * 1.15
    chart.valueAxis.labels.fontName = fonts.cjk
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = list(reversed(names)) or [""]
    chart.categoryAxis.labels.fontName = fonts.cjk
    chart.categoryAxis.labels.fontSize = 7.5
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.cjk
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def peak_grid(fonts: PaperFonts, grid: Sequence[Sequence[int]], words: Words = ENGLISH) -> Drawing:
    """Weekday rows × 24 hour columns, darker where more tickets arrived."""
    cell_w, cell_h, left, top = 6.6 * mm, 6 * mm, 12 * mm, 8 * mm
    drawing = Drawing(PAGE_BODY_WIDTH, 7 * cell_h + top + 4 * mm)
    busiest = max((max(row) for row in grid), default=0) or 1
    base_y = 4 * mm
    for day, row in enumerate(grid):
        y = base_y + (6 - day) * cell_h
        drawing.add(String(0, y + 2 * mm, words(WEEKDAY_SHORT[day]), fontName=fonts.cjk, fontSize=7))
        for hour, count in enumerate(row):
            share = count / busiest
            shade = colors.Color(1 - 0.77 * share, 1 - 0.57 * share, 1 - 0.34 * share)
            drawing.add(Rect(left + hour * cell_w, y, cell_w, cell_h, fillColor=shade, strokeColor=colors.white))
            if count:
                text_colour = colors.white if share > 0.55 else colors.black
                drawing.add(
                    String(
                        left + hour * cell_w + cell_w / 2,
                        y + 2 * mm,
                        str(count),
                        fontName=fonts.cjk,
                        fontSize=5.5,
                        textAnchor="middle",
                        fillColor=text_colour,
                    )
                )
    for hour in range(0, 24, 2):
        drawing.add(
            String(
                left + hour * cell_w + cell_w / 2,
                base_y + 7 * cell_h + 2 * mm,
                words(HOUR_MARK, hour=hour),
                fontName=fonts.cjk,
                fontSize=6,
                textAnchor="middle",
            )
        )
    return drawing
