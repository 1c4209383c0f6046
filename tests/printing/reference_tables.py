"""The work order's facts and fill-in boxes as ReportLab Tables of Paragraphs, as they
were made before they were drawn straight on the canvas (two thirds of a batch's time):
test_work_order_pdf.py renders both and compares the pixels."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_app.printing import paper_labels
from desktop_app.printing.fonts import PaperFonts
from desktop_app.printing.work_order_parts import (
    BODY_WIDTH,
    EMPTY,
    FOOTER_HEIGHT,
    MARGIN,
    MOMENT,
    RESULT_HEIGHT,
    RESULT_ROWS,
    RatingBoxes,
    Styles,
)
from models.clock import format_datetime
from models.codes import Priority


class SpacedText(Flowable):
    """Words at fixed places in a box (月 日 时 分, 元)."""

    def __init__(self, fonts: PaperFonts, pieces) -> None:
        super().__init__()
        self.fonts = fonts
        self.pieces = pieces

    def wrap(self, available_width, available_height):
        return 46 * mm, 4 * mm

    def draw(self) -> None:
        for x, text in self.pieces:
            self.fonts.draw(self.canv, x, 1 * mm, text, 9)


def result_table(fonts: PaperFonts, styles: Styles) -> Table:
    def label(text: str) -> Paragraph:
        return Paragraph(text, styles.box_label)

    rows = [
        [label("到场时间"), SpacedText(fonts, MOMENT), label("完成时间"), SpacedText(fonts, MOMENT)],
        [label("处理情况"), "", "", ""],
        [label("使用材料"), "", "", ""],
        [label("收费金额"), SpacedText(fonts, ((30 * mm, "元"),)), label("维修人员签字"), ""],
        [label("业主评价"), RatingBoxes(fonts), label("业主签字"), ""],
    ]
    table = Table(rows, colWidths=[16 * mm, 48 * mm, 24 * mm, 44 * mm], rowHeights=RESULT_ROWS)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.cjk),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("SPAN", (1, 1), (3, 1)),
                ("SPAN", (1, 2), (3, 2)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 1), (0, 2), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def draw_result_block(canvas, fonts: PaperFonts, styles: Styles) -> None:
    bottom = MARGIN + FOOTER_HEIGHT
    table = result_table(fonts, styles)
    _, height = table.wrapOn(canvas, BODY_WIDTH, RESULT_HEIGHT)
    table.drawOn(canvas, MARGIN, bottom)
    fonts.draw(canvas, MARGIN, bottom + height + 2 * mm, "处理结果（由维修人员填写，业主签字确认）", 9)


def facts_table(fonts: PaperFonts, styles: Styles, order) -> Table:
    def cell(text: str, style=styles.value) -> Paragraph:
        return Paragraph(fonts.markup(text or EMPTY), style)

    def label(text: str) -> Paragraph:
        return Paragraph(text, styles.label)

    priority_style = styles.urgent if order.priority == Priority.URGENT else styles.value
    room = " ".join(part for part in (order.community, order.room) if part)
    rows = [
        [
            label("受理时间"),
            cell(format_datetime(order.received_at)),
            label("紧急程度"),
            cell(paper_labels.priority(order.priority), priority_style),
        ],
        [label("房号"), cell(room), label("位置"), cell(paper_labels.location(order.location))],
        [label("报事人"), cell(order.reporter), label("联系电话"), cell(order.phone)],
        [label("类型"), cell(paper_labels.kind(order.kind)), label("分类"), cell(order.category)],
        [label("派工时间"), cell(format_datetime(order.dispatched_at)), label("派工人"), cell(order.dispatched_by)],
        [label("维修人员"), cell("、".join(order.crew)), label("部门"), cell("、".join(order.departments))],
        [
            label("要求完成"),
            cell(format_datetime(order.crew_due or order.result_due)),
            label("回复时限"),
            cell(format_datetime(order.stage_reply_due)),
        ],
    ]
    table = Table(rows, colWidths=[16 * mm, 50 * mm, 16 * mm, 50 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.cjk),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
            ]
        )
    )
    return table
