"""The blank satisfaction questionnaire (满意度调查问卷) as a PDF: one A4 page per form,
with the office and campaign, the form's number printed and as a Code 128 barcode (the
returned form is scanned into the entry form), a room line, the questions grouped by
dimension with five boxes each (1 非常不满意 … 5 非常满意), and lines for comments."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_app.printing import survey_labels
from desktop_app.printing.fonts import PaperFonts, paper_fonts
from desktop_app.printing.work_order_parts import draw_code128
from models.followup import PaperForm, QuestionView, SurveyFormsData

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_HEIGHT = 50 * mm
COMMENT_HEIGHT = 42 * mm
FOOTER_HEIGHT = 8 * mm
BOX = 3.6 * mm
TYPE_SIZES = (9.5, 8.5, 7.5, 6.5)
GRID_GREY = colors.HexColor("#777777")
SHADE = colors.HexColor("#eeeeee")
COLUMNS = (18 * mm, 9 * mm, None, *(16 * mm,) * 5)


def render_survey_forms(data: SurveyFormsData, *, font_file: str | None = None) -> bytes:
    """One page per form of the batch; the CJK font is embedded as a subset."""
    fonts = paper_fonts(font_file)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.cjk)
    canvas.setTitle(f"{data.campaign} 问卷 {data.forms[0].number}–{data.forms[-1].number}" if data.forms else "")
    canvas.setCreator("Property Office Desk")
    table = QuestionTable(fonts, data.questions)
    for form in data.forms:
        _draw_form(canvas, fonts, data, form, table)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_form(canvas: Canvas, fonts: PaperFonts, data: SurveyFormsData, form: PaperForm, table: QuestionTable) -> None:
    """The form on one page — or, when its questions are too many or too long even in
    the smallest type, on as many pages as they need, each headed with the form's number
    and barcode; the comment lines close the last page."""
    top = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT
    pieces = table.pieces(top - (MARGIN + FOOTER_HEIGHT + COMMENT_HEIGHT))
    for index, piece in enumerate(pieces):
        if index:
            canvas.showPage()
        _draw_header(canvas, fonts, data, form)
        _, height = piece.wrap(BODY_WIDTH, top)
        piece.drawOn(canvas, MARGIN, top - height)
        _draw_footer(canvas, fonts, form, index + 1, len(pieces))
    _draw_comment_lines(canvas, fonts, top - height - 6 * mm)


def _draw_header(canvas: Canvas, fonts: PaperFonts, data: SurveyFormsData, form: PaperForm) -> None:
    top = PAGE_HEIGHT - MARGIN
    office = "  ".join(part for part in (data.office_name, data.office_phone) if part)
    fonts.draw(canvas, MARGIN, top - 9, office, 9)
    fonts.draw(canvas, MARGIN, top - 30, data.campaign, 17)
    fonts.draw(canvas, MARGIN, top - 47, "业主满意度调查问卷", 13)
    period = f"调查时间：{data.starts_on:%Y-%m-%d} 至 {data.ends_on:%Y-%m-%d}"
    fonts.draw(canvas, MARGIN, top - 62, period, 9)
    right = PAGE_WIDTH - MARGIN
    fonts.draw(canvas, right, top - 12, f"问卷编号：{form.number}", 12, align="right")
    draw_code128(canvas, form.code, right - 58 * mm, top - 12 - 3 * mm - 11 * mm, 11 * mm)
    fonts.draw(canvas, right, top - 12 - 3 * mm - 11 * mm - 9, form.code, 7, align="right")
    intro = (
        "尊敬的业主/住户：为了解您对物业服务的评价，请在每题右侧对应的方框内打“✓”。"
        "不了解的题目可以不填。填好后请交回客服中心或投入意见箱。感谢您的支持！"
    )
    style = ParagraphStyle("survey.intro", fontName=fonts.cjk, fontSize=9, leading=13, wordWrap="CJK")
    paragraph = Paragraph(fonts.markup(intro), style)
    _, height = paragraph.wrap(BODY_WIDTH, 30 * mm)
    paragraph.drawOn(canvas, MARGIN, top - 70 - height)
    room_line = "房号：________ 栋 ________ 单元 ________ 室（可不填）"
    fonts.draw(canvas, MARGIN, top - 70 - height - 16, room_line, 10)


def _draw_comment_lines(canvas: Canvas, fonts: PaperFonts, top: float) -> None:
    fonts.draw(canvas, MARGIN, top, "您的意见和建议：", 10)
    canvas.saveState()
    canvas.setStrokeColor(GRID_GREY)
    canvas.setLineWidth(0.5)
    for line in range(1, 5):
        y = top - line * 8 * mm
        canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, fonts: PaperFonts, form: PaperForm, page: int, pages: int) -> None:
    canvas.setFillColor(GRID_GREY)
    fonts.draw(canvas, MARGIN, MARGIN, "本问卷仅用于改进物业服务，您的信息将予以保密。", 7)
    where = f"问卷编号 {form.number}" + (f"  第 {page}/{pages} 页" if pages > 1 else "")
    fonts.draw(canvas, PAGE_WIDTH - MARGIN, MARGIN, where, 7, align="right")
    canvas.setFillColor(colors.black)


class Boxes(Flowable):
    """The empty box a respondent ticks."""

    def wrap(self, available_width, available_height):
        return BOX, BOX

    def draw(self):
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, BOX, BOX)


class QuestionTable:
    """The questions under their dimension, five boxes per question. The type shrinks
    (down to a limit) until the table fits one page; past that it is split over pages,
    each with the heading row."""

    def __init__(self, fonts: PaperFonts, questions: list[QuestionView]) -> None:
        self.fonts, self.questions = fonts, questions
        self.head = ParagraphStyle("survey.h", fontName=fonts.cjk, fontSize=7.5, leading=9, alignment=1)

    def pieces(self, available: float) -> list[Table]:
        for size in TYPE_SIZES:
            table = self._table(size, spans=True)
            if table.wrap(BODY_WIDTH, available)[1] <= available:
                return [table]
        rest, pieces = self._table(TYPE_SIZES[-1], spans=False), []
        while True:
            if rest.wrap(BODY_WIDTH, available)[1] <= available:
                return [*pieces, rest]
            first, rest = rest.split(BODY_WIDTH, available)
            pieces.append(first)

    def _table(self, size: float, *, spans: bool) -> Table:
        style = ParagraphStyle("survey.q", fontName=self.fonts.cjk, fontSize=size, leading=size * 1.22, wordWrap="CJK")
        header = ["维度", "序号", "题目", *(Paragraph(label, self.head) for label in survey_labels.ANSWER_HEADINGS)]
        rows = [header]
        for index, question in enumerate(self.questions):
            first = index == 0 or self.questions[index - 1].dimension != question.dimension
            rows.append(
                [
                    survey_labels.dimension(question.dimension) if first or spans else "",
                    str(question.number),
                    Paragraph(self.fonts.markup(question.text), style),
                    *(Boxes() for _ in range(5)),
                ]
            )
        widths = [w if w is not None else BODY_WIDTH - sum(c for c in COLUMNS if c) for w in COLUMNS]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(self._commands(size, spans)))
        return table

    def _commands(self, size: float, spans: bool) -> list[tuple]:
        padding = size * 0.45
        commands = [
            ("FONT", (0, 0), (-1, -1), self.fonts.cjk, size),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (1, -1), "CENTER"),
            ("ALIGN", (3, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (3, 1), (-1, -1), (16 * mm - BOX) / 2),
            ("LEFTPADDING", (3, 0), (-1, 0), 1),
            ("RIGHTPADDING", (3, 0), (-1, 0), 1),
            ("TOPPADDING", (0, 1), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 1), (-1, -1), padding),
        ]
        start = 1
        for index in range(1, len(self.questions) + 1):
            last = index == len(self.questions)
            if spans and (last or self.questions[index].dimension != self.questions[index - 1].dimension):
                commands.append(("SPAN", (0, start), (0, index)))
                start = index + 1
        return commands
