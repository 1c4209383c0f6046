"""The pieces a work order sheet is drawn from: the header with the ticket number as a
Code 128 barcode and a QR code, the table of facts about the job, the description, the
boxes the crew fills in by hand, and the footer. All sizes are in points; paper text is
Chinese (see paper_labels)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.printing import paper_labels
from desktop_app.printing.fonts import PaperFonts
from models.clock import format_datetime
from models.codes import Priority
from models.dispatch import WorkOrderData

SHEET_WIDTH = 148 * mm
SHEET_HEIGHT = 210 * mm
MARGIN = 8 * mm
BODY_WIDTH = SHEET_WIDTH - 2 * MARGIN
HEADER_HEIGHT = 40 * mm
CONTINUATION_HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 7 * mm
QR_SIZE = 24 * mm
QR_QUIET_MODULES = 4
QR_MASK = 0
BAR_WIDTH = 0.3 * mm
RESULT_ROWS = (9 * mm, 21 * mm, 12 * mm, 9 * mm, 11 * mm)
RESULT_HEIGHT = 6 * mm + sum(RESULT_ROWS)
STAMP_RED = colors.HexColor("#c62828")
RULE_GREY = colors.HexColor("#555555")
EMPTY = "—"
MOMENT = tuple(((index + 1) * 9 * mm, unit) for index, unit in enumerate("月日时分"))


@dataclass(frozen=True)
class Styles:
    label: ParagraphStyle
    value: ParagraphStyle
    urgent: ParagraphStyle
    heading: ParagraphStyle
    description: ParagraphStyle
    box_label: ParagraphStyle


def make_styles(fonts: PaperFonts) -> Styles:
    """Chinese line breaking keeps 。，、 off the start of a line by letting them hang
    past the line end; one em of right indent keeps them inside the box."""
    base = ParagraphStyle("wo", fontName=fonts.cjk, fontSize=9, leading=12, wordWrap="CJK")
    value = ParagraphStyle("wo.value", base, rightIndent=9)
    return Styles(
        label=ParagraphStyle("wo.label", base, textColor=RULE_GREY),
        value=value,
        urgent=ParagraphStyle("wo.urgent", value, textColor=STAMP_RED),
        heading=ParagraphStyle("wo.heading", base, fontSize=10, leading=14, spaceBefore=2 * mm),
        description=ParagraphStyle("wo.description", base, fontSize=10, leading=14.5, rightIndent=10),
        box_label=base,
    )


# --- header, continuation header and footer (drawn straight on the canvas) ---------------
def draw_header(canvas, fonts: PaperFonts, order: WorkOrderData) -> None:
    top = SHEET_HEIGHT - MARGIN
    office = "  ".join(part for part in (order.office_name, order.office_phone) if part)
    canvas.setFillColor(colors.black)
    fonts.draw(canvas, MARGIN, top - 9, office, 9)
    fonts.draw(canvas, MARGIN, top - 27, "派 工 单", 18)
    if order.reprint:
        draw_reprint_stamp(canvas, fonts, MARGIN + 32 * mm, top - 29)
    fonts.draw(canvas, MARGIN, top - 41, f"工单号：{order.number}", 11)
    draw_code128(canvas, order.number, MARGIN, top - 41 - 4 * mm - 12 * mm, 12 * mm)
    draw_qr(canvas, order.number, SHEET_WIDTH - MARGIN - QR_SIZE, top - QR_SIZE - 2 * mm, QR_SIZE)
    draw_rule(canvas, SHEET_HEIGHT - MARGIN - HEADER_HEIGHT + 1 * mm)


def draw_continuation_header(canvas, fonts: PaperFonts, order: WorkOrderData) -> None:
    top = SHEET_HEIGHT - MARGIN
    fonts.draw(canvas, MARGIN, top - 14, "派工单（续页）", 14)
    if order.reprint:
        draw_reprint_stamp(canvas, fonts, MARGIN + 36 * mm, top - 16)
    fonts.draw(canvas, SHEET_WIDTH - MARGIN, top - 14, f"工单号：{order.number}", 10, align="right")
    draw_code128(canvas, order.number, SHEET_WIDTH - MARGIN - 52 * mm, top - 14 - 3 * mm - 9 * mm, 9 * mm)
    draw_rule(canvas, SHEET_HEIGHT - MARGIN - CONTINUATION_HEADER_HEIGHT + 1 * mm)


def draw_footer(canvas, fonts: PaperFonts, order: WorkOrderData, page: int, pages: int) -> None:
    canvas.setFillColor(RULE_GREY)
    left = "请业主核对签字后，将本单交回客服中心。"
    if order.prepared_at:
        left += f" 打印于 {format_datetime(order.prepared_at)}"
    if order.reprint:
        left += "（补打）"
    fonts.draw(canvas, MARGIN, MARGIN, left, 7)
    fonts.draw(canvas, SHEET_WIDTH - MARGIN, MARGIN, f"第 {page}/{pages} 页", 7, align="right")
    canvas.setFillColor(colors.black)


def draw_continued_note(canvas, fonts: PaperFonts, y: float) -> None:
    fonts.draw(canvas, SHEET_WIDTH - MARGIN, y, "（问题描述未完，续见下页）", 8, align="right")


def draw_reprint_stamp(canvas, fonts: PaperFonts, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(STAMP_RED)
    canvas.setFillColor(STAMP_RED)
    canvas.setLineWidth(1.2)
    canvas.roundRect(x, y - 3, 13 * mm, 7.5 * mm, 1.5 * mm)
    fonts.draw(canvas, x + 6.5 * mm, y + 1.2, "补打", 12, align="centre")
    canvas.restoreState()


def draw_rule(canvas, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y, SHEET_WIDTH - MARGIN, y)
    canvas.restoreState()


def draw_code128(canvas, number: str, x: float, y: float, height: float) -> None:
    """The bars start at x; the quiet zone lies in the margin to their left."""
    barcode = Code128Auto(number, barHeight=height, barWidth=BAR_WIDTH, humanReadable=False)
    barcode.drawOn(canvas, x - barcode.lquiet, y)


def draw_qr(canvas, number: str, x: float, y: float, size: float) -> None:
    """A QR code (level M, 4-module quiet zone) drawn as one filled path: ReportLab's
    QrCodeWidget builds a shape per module, which made a batch of 200 twice as slow. The
    mask is fixed (any of the eight reads the same): trying all eight to score them was a
    quarter of a batch's time."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(number)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    count = code.getModuleCount()
    module = size / (count + 2 * QR_QUIET_MODULES)
    path = canvas.beginPath()
    for row, cells in enumerate(code.modules):
        top = y + size - (row + QR_QUIET_MODULES + 1) * module
        column = 0
        for dark, run in itertools.groupby(cells):
            length = len(list(run))
            if dark:
                path.rect(x + (column + QR_QUIET_MODULES) * module, top, length * module, module)
            column += length
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


# --- the body: facts, description ------------------------------------------------------
def body_flowables(fonts: PaperFonts, styles: Styles, order: WorkOrderData) -> list[Flowable]:
    return [
        facts_table(fonts, styles, order),
        Spacer(1, 2 * mm),
        Paragraph("问题描述", styles.heading),
        Spacer(1, 1 * mm),
        *description_paragraphs(fonts, styles, order.description),
    ]


def description_paragraphs(fonts: PaperFonts, styles: Styles, description: str) -> list[Flowable]:
    """One paragraph per line the clerk typed, each able to continue on the next sheet."""
    lines = [line for line in description.splitlines() if line.strip()] or [EMPTY]
    return [PlainParagraph(fonts, line, styles.description) for line in lines]


class PlainParagraph(Paragraph):
    """A paragraph of typed text that splits between sheets at a character and rebuilds
    both halves from the text itself: ReportLab's own split of Chinese lines re-joins
    the pieces of mixed-font lines with spaces that were never typed."""

    def __init__(self, fonts: PaperFonts, text: str, style: ParagraphStyle) -> None:
        # the text as drawn (℃ written °C): the split counts drawn characters
        self.fonts, self.plain = fonts, fonts.drawable(text)
        super().__init__(fonts.markup(self.plain), style)

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        lines = self.blPara.lines
        fitting = int((available_height + 0.01) // self.style.leading)
        if fitting <= 0:
            return []
        if fitting >= len(lines):
            return [self]
        used = sum(_line_length(line) for line in lines[:fitting])
        head, rest = self.plain[:used], self.plain[used:].lstrip()
        return [PlainParagraph(self.fonts, head, self.style), PlainParagraph(self.fonts, rest, self.style)]


def _line_length(line) -> int:
    """Characters of the text on one wrapped line: ReportLab keeps single-font lines as
    (extra space, words) and mixed-font lines as fragments; spaces dropped at a line's
    end are not counted (the rest is left-stripped)."""
    if isinstance(line, tuple):
        words = line[1]
        return sum(len(word) for word in words) + max(0, len(words) - 1)
    return sum(len(fragment.text) for fragment in line.words)


def facts_table(fonts: PaperFonts, styles: Styles, order: WorkOrderData) -> FactsTable:
    priority_style = styles.urgent if order.priority == Priority.URGENT else styles.value
    room = " ".join(part for part in (order.community, order.room) if part)
    value = styles.value
    rows = [
        (
            "受理时间",
            format_datetime(order.received_at),
            value,
            "紧急程度",
            paper_labels.priority(order.priority),
            priority_style,
        ),
        ("房号", room, value, "位置", paper_labels.location(order.location), value),
        ("报事人", order.reporter, value, "联系电话", order.phone, value),
        ("类型", paper_labels.kind(order.kind), value, "分类", order.category, value),
        ("派工时间", format_datetime(order.dispatched_at), value, "派工人", order.dispatched_by, value),
        ("维修人员", "、".join(order.crew), value, "部门", "、".join(order.departments), value),
        (
            "要求完成",
            format_datetime(order.crew_due or order.result_due),
            value,
            "回复时限",
            format_datetime(order.stage_reply_due),
            value,
        ),
    ]
    return FactsTable(
        fonts,
        styles.label,
        [
            (
                (left, styles.label),
                (left_value or EMPTY, left_style),
                (right, styles.label),
                (right_value or EMPTY, right_style),
            )
            for left, left_value, left_style, right, right_value, right_style in rows
        ],
    )


FACT_COLUMNS = (16 * mm, 50 * mm, 16 * mm, 50 * mm)
FACT_PADDING_X = 1.5
FACT_PADDING_Y = 1.2
FACT_RULE = colors.HexColor("#bbbbbb")


class FactsTable(Flowable):
    """The facts about the job, four cells a row (label, value, label, value) with a thin
    rule below each row, drawn straight on the canvas where a ReportLab Table of
    Paragraphs placed the same text (top-aligned, 1.5 pt / 1.2 pt padding; the test
    compares the pixels with tests/printing/reference_tables.py): the Table was two
    thirds of a batch's drawing time. A value too wide for its line is a
    Paragraph as before, wrapped the same way, and makes its row taller."""

    def __init__(self, fonts: PaperFonts, label: ParagraphStyle, rows) -> None:
        super().__init__()
        self.fonts = fonts
        self.rows = [
            [self._cell(text, style, width) for (text, style), width in zip(row, FACT_COLUMNS, strict=True)]
            for row in rows
        ]
        self.width = sum(FACT_COLUMNS)
        self.heights = [max(height for _, _, height in row) + 2 * FACT_PADDING_Y for row in self.rows]
        self.height = sum(self.heights)

    def _cell(self, text: str, style: ParagraphStyle, column_width: float):
        """(text or Paragraph, style, height): one line of text drawn as is when it fits
        with room to spare, else the Paragraph the Table held."""
        text = " ".join(text.split())  # as a paragraph takes it: runs of spaces are one
        inside = column_width - 2 * FACT_PADDING_X
        if self.fonts.width(text, style.fontSize) <= inside - style.leftIndent - style.rightIndent - 0.5:
            return text, style, style.leading
        paragraph = Paragraph(self.fonts.markup(text), style)
        _, height = paragraph.wrap(inside, 10_000)
        return paragraph, style, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def split(self, available_width, available_height):
        return []

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for row, height in zip(self.rows, self.heights, strict=True):
            left = 0.0
            for (content, style, cell_height), width in zip(row, FACT_COLUMNS, strict=True):
                if isinstance(content, Paragraph):
                    content.drawOn(canvas, left + FACT_PADDING_X, top - FACT_PADDING_Y - cell_height)
                else:
                    canvas.setFillColor(style.textColor)
                    self.fonts.draw(
                        canvas, left + FACT_PADDING_X, top - FACT_PADDING_Y - style.fontSize, content, style.fontSize
                    )
                left += width
            top -= height
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(FACT_RULE)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        bottom = 0.0
        for height in reversed(self.heights):
            canvas.line(0, bottom, self.width, bottom)
            bottom += height
        canvas.restoreState()


# --- the boxes the crew fills in -----------------------------------------------------------
class RatingBoxes(Flowable):
    """Five tick boxes numbered 1–5 for the owner's rating."""

    def __init__(self, fonts: PaperFonts) -> None:
        super().__init__()
        self.fonts = fonts

    def wrap(self, available_width, available_height):
        return 46 * mm, 5 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.6)
        for index in range(5):
            x = index * 9 * mm
            canvas.rect(x, 0.5 * mm, 3.5 * mm, 3.5 * mm)
            self.fonts.draw(canvas, x + 4.5 * mm, 1 * mm, str(index + 1), 9)


RESULT_COLUMNS = (16 * mm, 48 * mm, 24 * mm, 44 * mm)
RESULT_LABELS = {
    (0, 0): "到场时间",
    (0, 2): "完成时间",
    (1, 0): "处理情况",
    (2, 0): "使用材料",
    (3, 0): "收费金额",
    (3, 2): "维修人员签字",
    (4, 0): "业主评价",
    (4, 2): "业主签字",
}
RESULT_WIDE_ROWS = (1, 2)  # one box over the last three columns, its label at the top
RESULT_PADDING = 2  # left of each cell's content
RESULT_PAD_TOP = 3  # ReportLab's default cell padding, above a label at the top


def draw_result_block(canvas, fonts: PaperFonts, styles: Styles) -> None:
    """The fill-in boxes, always at the bottom of a work order's first sheet, drawn
    straight on the canvas where a ReportLab Table of Paragraphs put the same grid and
    words (tests/printing/reference_tables.py; the test compares the pixels): labels
    centred in their rows (those of the two wide boxes at the top), 月 日 时 分 and 元 at
    fixed places, five numbered tick boxes. The Table was a fifth of one order's time."""
    bottom = MARGIN + FOOTER_HEIGHT
    lefts = [MARGIN + sum(RESULT_COLUMNS[:index]) for index in range(len(RESULT_COLUMNS) + 1)]
    floors = [bottom + sum(RESULT_ROWS[row + 1 :]) for row in range(len(RESULT_ROWS))]
    tops = [floor + height for floor, height in zip(floors, RESULT_ROWS, strict=True)]
    style = styles.box_label
    canvas.setFillColor(colors.black)
    for (row, column), text in RESULT_LABELS.items():
        if row in RESULT_WIDE_ROWS:
            baseline = tops[row] - RESULT_PAD_TOP - style.fontSize
        else:
            baseline = floors[row] + (RESULT_ROWS[row] - style.leading) / 2 + style.leading - style.fontSize
        fonts.draw(canvas, lefts[column] + RESULT_PADDING, baseline, text, style.fontSize)
    for row, column, pieces in ((0, 1, MOMENT), (0, 3, MOMENT), (3, 1, ((30 * mm, "元"),))):
        y = floors[row] + (RESULT_ROWS[row] - 4 * mm) / 2 + 1 * mm
        for x, text in pieces:
            fonts.draw(canvas, lefts[column] + RESULT_PADDING + x, y, text, 9)
    _draw_rating_boxes(canvas, fonts, lefts[1] + RESULT_PADDING, floors[4] + (RESULT_ROWS[4] - 5 * mm) / 2)
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(colors.black)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for y in (*tops, bottom):
        canvas.line(lefts[0], y, lefts[-1], y)
    for index, x in enumerate(lefts):
        if index in (2, 3):  # not through the wide boxes
            canvas.line(x, tops[0], x, floors[0])
            canvas.line(x, tops[3], x, bottom)
        else:
            canvas.line(x, tops[0], x, bottom)
    canvas.restoreState()
    fonts.draw(canvas, MARGIN, tops[0] + 2 * mm, "处理结果（由维修人员填写，业主签字确认）", 9)


def _draw_rating_boxes(canvas, fonts: PaperFonts, x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    RatingBoxes(fonts).drawOn(canvas, 0, 0)
    canvas.restoreState()
