"""Work orders (派工单) as a PDF: each order is one A5 sheet, or more when its description
is long (the rest continues on sheets headed 续页, never cut); sheets go one per A5
page or two side by side on a landscape A4 page with a cut line between them."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.printing import work_order_parts as parts
from desktop_app.printing.fonts import PaperFonts, paper_fonts
from models.dispatch import WorkOrderData

LAYOUTS = ("a5", "a4x2")
RESULT_BLOCK = "work_order_result_block"  # the form holding the fill-in boxes
NOTE_HEIGHT = 5 * mm
FIRST_BODY_TOP = parts.SHEET_HEIGHT - parts.MARGIN - parts.HEADER_HEIGHT
FIRST_BODY_HEIGHT = FIRST_BODY_TOP - (parts.MARGIN + parts.FOOTER_HEIGHT + parts.RESULT_HEIGHT + 8 * mm) - NOTE_HEIGHT
NEXT_BODY_TOP = parts.SHEET_HEIGHT - parts.MARGIN - parts.CONTINUATION_HEADER_HEIGHT
NEXT_BODY_HEIGHT = NEXT_BODY_TOP - (parts.MARGIN + parts.FOOTER_HEIGHT + 2 * mm)


@dataclass
class Sheet:
    """One A5 sheet of one order: its place among the order's sheets and what it holds."""

    order: WorkOrderData
    index: int
    count: int
    flowables: list[tuple[Flowable, float]]


def render_work_orders(orders: list[WorkOrderData], *, layout: str = "a5", font_file: str | None = None) -> bytes:
    """The PDF of these work orders; the CJK font is embedded as a subset."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    fonts = paper_fonts(font_file)
    styles = parts.make_styles(fonts)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=A5 if layout == "a5" else landscape(A4), pageCompression=1, initialFontName=fonts.cjk
    )  # no unembedded default font in the file
    canvas.setTitle(_title(orders))
    canvas.setCreator("Property Office Desk")
    sheets = [sheet for order in orders for sheet in paginate(order, fonts, styles)]
    _define_result_block(canvas, fonts, styles)
    _place_sheets(canvas, sheets, fonts, styles, layout)
    canvas.save()
    return buffer.getvalue()


def _title(orders: list[WorkOrderData]) -> str:
    if len(orders) == 1:
        return f"派工单 {orders[0].number}"
    return f"派工单 {len(orders)} 张"


# --- pagination ----------------------------------------------------------------------------
def paginate(order: WorkOrderData, fonts: PaperFonts, styles: parts.Styles) -> list[Sheet]:
    """Split the order's body over as many sheets as it needs."""
    pages: list[list[tuple[Flowable, float]]] = [[]]
    for flowable, height in _fitted(parts.body_flowables(fonts, styles, order)):
        if height is None:
            pages.append([])
        else:
            pages[-1].append((flowable, height))
    return [Sheet(order, index, len(pages), content) for index, content in enumerate(pages)]


def _fitted(flowables: list[Flowable]) -> Iterator[tuple[Flowable | None, float | None]]:
    """Yield (flowable, height) as they fit, and (None, None) where a new sheet starts."""
    queue = list(flowables)
    available, fresh = FIRST_BODY_HEIGHT, True
    while queue:
        flowable = queue.pop(0)
        _, height = flowable.wrap(parts.BODY_WIDTH, available)
        if height <= available + 0.01:
            yield flowable, height
            available, fresh = available - height, False
            continue
        pieces = flowable.split(parts.BODY_WIDTH, available)
        if len(pieces) >= 2:
            queue[0:0] = pieces
            continue
        if fresh:
            raise ValueError("a part of the work order is taller than a sheet")
        queue.insert(0, flowable)
        yield None, None
        available, fresh = NEXT_BODY_HEIGHT, True


# --- drawing --------------------------------------------------------------------------------
def _place_sheets(canvas: Canvas, sheets: list[Sheet], fonts: PaperFonts, styles: parts.Styles, layout: str) -> None:
    per_page = 1 if layout == "a5" else 2
    page_width = canvas._pagesize[0]
    for start in range(0, len(sheets), per_page):
        for slot, sheet in enumerate(sheets[start : start + per_page]):
            canvas.saveState()
            canvas.translate(_slot_left(page_width, per_page, slot), 0)
            _draw_sheet(canvas, sheet, fonts, styles)
            canvas.restoreState()
        if per_page == 2:
            _draw_cut_line(canvas, page_width)
        canvas.showPage()


def _slot_left(page_width: float, per_page: int, slot: int) -> float:
    slot_width = page_width / per_page
    return slot * slot_width + (slot_width - parts.SHEET_WIDTH) / 2


def _define_result_block(canvas: Canvas, fonts: PaperFonts, styles: parts.Styles) -> None:
    """The fill-in boxes are the same on every order: drawn once into the PDF as a form
    and placed on each first sheet (a third of a batch's drawing time otherwise)."""
    canvas.beginForm(RESULT_BLOCK, upperx=parts.SHEET_WIDTH, uppery=parts.SHEET_HEIGHT)
    parts.draw_result_block(canvas, fonts, styles)
    canvas.endForm()


def _draw_sheet(canvas: Canvas, sheet: Sheet, fonts: PaperFonts, styles: parts.Styles) -> None:
    first = sheet.index == 0
    if first:
        parts.draw_header(canvas, fonts, sheet.order)
        canvas.doForm(RESULT_BLOCK)
    else:
        parts.draw_continuation_header(canvas, fonts, sheet.order)
    top = FIRST_BODY_TOP if first else NEXT_BODY_TOP
    for flowable, height in sheet.flowables:
        flowable.drawOn(canvas, parts.MARGIN, top - height)
        top -= height
    if first and sheet.count > 1:
        parts.draw_continued_note(canvas, fonts, top - NOTE_HEIGHT + 1.5 * mm)
    parts.draw_footer(canvas, fonts, sheet.order, sheet.index + 1, sheet.count)


def _draw_cut_line(canvas: Canvas, page_width: float) -> None:
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.setStrokeColor(parts.RULE_GREY)
    canvas.line(page_width / 2, 4 * mm, page_width / 2, canvas._pagesize[1] - 4 * mm)
    canvas.restoreState()
