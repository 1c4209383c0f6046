"""The callback sheet (回访单) as a PDF: one day's (or a selection's) due callbacks on A4,
five to a page. Each block carries the ticket number with its Code 128 barcode (a
scanner typing it into the search box opens that callback's entry), the owner, room,
phone (masked unless the office prints full numbers), category, what was done, by whom
and when, the deadline, and the blanks filled in on the phone: reached, solved, rating
boxes 1–5, comment, clerk and time. Plain data in (models.followup.SheetLine), no Qt.
Paper is always Chinese."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import paper_labels
from desktop_app.printing.fonts import PaperFonts, paper_fonts
from desktop_app.printing.work_order_parts import BAR_WIDTH
from models.clock import format_datetime
from models.followup import SheetLine

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
HEADER_HEIGHT = 16 * mm
FOOTER_HEIGHT = 8 * mm
BLOCK_HEIGHT = 50 * mm
PER_PAGE = 5
BODY = 9
SMALL = 8
BOX = 3.2 * mm
BAR_HEIGHT = 9 * mm
GREY = colors.HexColor("#667085")


def render_callback_sheet(
    lines: list[SheetLine], *, title_day: dt.date | None, printed_at: dt.datetime, font_file: str | None = None
) -> bytes:
    """The PDF of these callbacks; an empty list gives one page saying there is none."""
    fonts = paper_fonts(font_file)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.cjk)
    title = f"回访单 {title_day.isoformat()}" if title_day else "回访单"
    canvas.setTitle(title)
    canvas.setCreator("Property Office Desk")
    pages = [lines[start : start + PER_PAGE] for start in range(0, len(lines), PER_PAGE)] or [[]]
    for number, page in enumerate(pages, start=1):
        _header(canvas, fonts, title, len(lines), printed_at)
        top = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT
        if not page:
            fonts.draw(canvas, MARGIN, top - 10 * mm, "这一天没有待回访的工单。", BODY + 2)
        for position, line in enumerate(page):
            _block(canvas, fonts, line, top - position * BLOCK_HEIGHT)
        fonts.draw(canvas, PAGE_WIDTH / 2, MARGIN / 2, f"第 {number} 页 / 共 {len(pages)} 页", SMALL, align="centre")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _header(canvas, fonts: PaperFonts, title: str, count: int, printed_at: dt.datetime) -> None:
    y = PAGE_HEIGHT - MARGIN - 7 * mm
    fonts.draw(canvas, MARGIN, y, title, 16)
    fonts.draw(
        canvas, PAGE_WIDTH - MARGIN, y, f"共 {count} 条 · 打印于 {format_datetime(printed_at)}", SMALL, align="right"
    )
    fonts.draw(
        canvas,
        MARGIN,
        y - 6 * mm,
        "回访须由施工人员以外的人进行；业主不满意（1–2 分或未解决）请写明原因。扫描条码即可打开该条回访。",
        SMALL,
    )


def _block(canvas, fonts: PaperFonts, line: SheetLine, top: float) -> None:
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.rect(left, top - BLOCK_HEIGHT + 2 * mm, right - left, BLOCK_HEIGHT - 3 * mm)
    canvas.restoreState()
    x = left + 3 * mm
    y = top - 7 * mm
    fonts.draw(canvas, x, y, line.number, 12)
    _barcode(canvas, line.number, right - 3 * mm, y - 5 * mm)
    y -= 6 * mm
    room = " ".join(part for part in (line.community, line.room) if part) or "公共区域"
    fonts.draw(canvas, x, y, f"业主：{line.owner}    房号：{room}    电话：{line.phone}", BODY)
    y -= 5 * mm
    category = f"{paper_labels.kind(line.kind)} · {line.category}"
    fonts.draw(
        canvas, x, y, _fit(fonts, f"分类：{category}    问题：{line.description}", BODY, right - x - 3 * mm), BODY
    )
    y -= 5 * mm
    done = line.work_done or "（未录入处理结果）"
    fonts.draw(canvas, x, y, _fit(fonts, f"处理情况：{done}", BODY, right - x - 3 * mm), BODY)
    y -= 5 * mm
    who = f"处理人：{line.crew or '—'}    完成：{format_datetime(line.finished_at) or '—'}"
    due = f"回访期限：{format_datetime(line.due_at)}    已拨打 {line.attempts} 次"
    fonts.draw(canvas, x, y, f"{who}    {due}", BODY)
    y -= 7 * mm
    cursor = _choices(canvas, fonts, x, y, "是否接通", ["是", "否"])
    cursor = _choices(canvas, fonts, cursor + 6 * mm, y, "是否解决", ["已解决", "部分解决", "未解决"])
    _choices(canvas, fonts, cursor + 6 * mm, y, "满意度", ["1", "2", "3", "4", "5"])
    y -= 8 * mm
    fonts.draw(canvas, x, y, "业主意见：", BODY)
    _blank(canvas, x + 16 * mm, y, right - 72 * mm)
    fonts.draw(canvas, right - 70 * mm, y, "回访人：", BODY)
    _blank(canvas, right - 57 * mm, y, right - 37 * mm)
    fonts.draw(canvas, right - 35 * mm, y, "时间：", BODY)
    _blank(canvas, right - 25 * mm, y, right - 4 * mm)


def _barcode(canvas, number: str, end: float, y: float) -> None:
    """Code 128 of the ticket number, its bars ending at `end` (quiet zones inside the frame)."""
    barcode = Code128Auto(number, barHeight=BAR_HEIGHT, barWidth=BAR_WIDTH, humanReadable=False)
    barcode.drawOn(canvas, end - barcode.width, y)


def _choices(canvas, fonts: PaperFonts, x: float, y: float, label: str, options: list[str]) -> float:
    """`label：□a □b …`; returns where it ends."""
    fonts.draw(canvas, x, y, f"{label}：", BODY)
    cursor = x + fonts.width(f"{label}：", BODY) + 1 * mm
    canvas.saveState()
    canvas.setLineWidth(0.7)
    for option in options:
        canvas.rect(cursor, y - 0.6 * mm, BOX, BOX)
        cursor += BOX + 1 * mm
        fonts.draw(canvas, cursor, y, option, BODY)
        cursor += fonts.width(option, BODY) + 3 * mm
    canvas.restoreState()
    return cursor


def _blank(canvas, x: float, y: float, end: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.line(x, y - 1 * mm, end, y - 1 * mm)
    canvas.restoreState()


def _fit(fonts: PaperFonts, text: str, size: float, width: float) -> str:
    """The text cut with … where it would run past `width` (one line per fact)."""
    text = " ".join(text.split())
    if fonts.width(text, size) <= width:
        return text
    while text and fonts.width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"
