"""Work order PDFs checked with independent tools: pdfplumber reads the text, pypdf the
font descriptors, poppler renders the page as a printer would and zbar scans the
barcodes back, as the desk's USB scanner will."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import work_order_parts as parts
from desktop_app.printing.fonts import paper_fonts
from desktop_app.printing.work_order_pdf import render_work_orders
from models.clock import FixedClock
from models.dispatch import record_printed, work_orders_for
from models.store import set_setting
from tests.office import OFFICE_NOW
from tests.printing import reference_tables
from tests.printing.conftest import LEAK, decoded_symbols, needs_poppler_and_zbar, pdf_page_images

A5_POINTS = (148 * mm, 210 * mm)
SENTENCES = [
    f"第{n}句：{text}"
    for n, text in enumerate(
        [
            "卫生间吊顶持续渗水，已经泡坏了石膏板",
            "楼下住户反映客厅墙面出现大面积水渍",
            "业主怀疑是楼上防水层老化或者管道接口松动",
            "请维修人员携带检漏仪和备用管件上门",
            "如需进入楼上住户家中，请先与客服中心联系预约",
        ]
        * 14,
        start=1,
    )
]
LONG = "。".join(SENTENCES) + "。"


def pdf_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def description_text(pdf: bytes) -> str:
    """The 10-point characters below the header lines: the description, as printed over
    all sheets (a space that was never typed counts against it)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = [c for page in document.pages for c in page.chars if abs(c["size"] - 10) < 0.05 and c["top"] > 20 * mm]
    return "".join(c["text"] for c in chars).removeprefix("问题描述")


def test_short_order_holds_the_facts_and_hides_the_phone(make_ticket):
    ticket = make_ticket()
    pdf = render_work_orders(work_orders_for([ticket.id], now=OFFICE_NOW))

    (text,) = pdf_text(pdf)
    assert "派 工 单" in text
    assert "BX20261123-0001" in text
    assert "阳光花园 3-2-1501" in text
    assert LEAK in text
    assert "138****5678" in text and "13812345678" not in text
    assert "紧急" in text and "维修 / 房屋渗漏" in text and "赵师傅" in text
    assert "补打" not in text
    for box in ("到场时间", "完成时间", "处理情况", "使用材料", "收费金额", "业主签字", "业主评价"):
        assert box in text


def test_cjk_font_is_embedded_as_a_subset(make_ticket):
    pdf = render_work_orders(work_orders_for([make_ticket().id]))

    fonts = [
        font.get_object() for page in PdfReader(io.BytesIO(pdf)).pages for font in page["/Resources"]["/Font"].values()
    ]
    embedded = [font for font in fonts if "/FontDescriptor" in font]
    assert embedded, "the Chinese font has a descriptor"
    for font in embedded:
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert re.match(r"/[A-Z]{6}\+", font["/BaseFont"]), "a subset font is named XXXXXX+Name"
    assert [font["/BaseFont"] for font in fonts if "/FontDescriptor" not in font] == [], "every font is embedded"


def test_long_description_continues_on_more_sheets_and_nothing_is_cut(make_ticket):
    ticket = make_ticket(description=LONG)
    pdf = render_work_orders(work_orders_for([ticket.id]))

    pages = pdf_text(pdf)
    assert len(pages) == 3
    assert "问题描述未完，续见下页" in pages[0]
    assert "派工单（续页）" in pages[1] and "BX20261123-0001" in pages[2]
    assert "第 3/3 页" in pages[2]
    assert description_text(pdf) == LONG
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            assert (page.width, page.height) == pytest.approx(A5_POINTS, abs=0.5)
            for char in page.chars:
                assert 7 * mm < char["x0"] and char["x1"] < page.width - 7 * mm, char["text"]
                assert 7 * mm < char["top"] and char["bottom"] < page.height - 7 * mm, char["text"]


def test_long_chinese_only_description_splits_just_the_same(make_ticket):
    plain = "楼道声控灯不亮，晚上老人上下楼很不方便，请尽快更换灯泡并检查线路。" * 30
    pdf = render_work_orders(work_orders_for([make_ticket(description=plain).id]))

    assert len(pdf_text(pdf)) == 2
    assert description_text(pdf) == plain


def test_long_description_with_signs_written_out_splits_too(make_ticket):
    # ℃ prints as °C (two characters for one): the sheets were split counting the typed
    # text, and such a description never finished paginating
    typed = "暖气片不热，室温只有15℃，老人孩子在家很冷，请尽快上门检查阀门和管道。" * 30
    pdf = render_work_orders(work_orders_for([make_ticket(description=typed).id]))

    assert len(pdf_text(pdf)) == 2
    assert description_text(pdf) == typed.replace("℃", "°C")


def test_two_up_puts_two_orders_on_one_landscape_a4(make_ticket):
    first, second = make_ticket(), make_ticket("5-1-0302", description="楼道灯不亮。")
    pdf = render_work_orders(work_orders_for([first.id, second.id]), layout="a4x2")

    (text,) = pdf_text(pdf)
    assert "BX20261123-0001" in text and "BX20261123-0002" in text
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert (document.pages[0].width, document.pages[0].height) == pytest.approx((297 * mm, 210 * mm), abs=0.5)


def test_reprint_says_so_on_the_paper(make_ticket, office):
    ticket = make_ticket()
    record_printed([ticket.id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW))

    (text,) = pdf_text(render_work_orders(work_orders_for([ticket.id], now=OFFICE_NOW)))
    assert "补打" in text


def test_full_phone_when_crews_may_see_it(make_ticket):
    set_setting("print.crew_full_phone", True)
    (text,) = pdf_text(render_work_orders(work_orders_for([make_ticket().id])))
    assert "13812345678" in text


@needs_poppler_and_zbar
def test_barcode_and_qr_scan_back_to_the_number(make_ticket, tmp_path):
    ticket = make_ticket()
    (page,) = pdf_page_images(render_work_orders(work_orders_for([ticket.id])), tmp_path)

    assert decoded_symbols(page) == ["CODE-128:BX20261123-0001", "QR-Code:BX20261123-0001"]


@needs_poppler_and_zbar
def test_every_sheet_of_a_two_up_batch_scans(make_ticket, tmp_path):
    first = make_ticket(description=LONG)  # three sheets
    second = make_ticket("5-1-0302", description="楼道灯不亮。")
    pages = pdf_page_images(render_work_orders(work_orders_for([first.id, second.id]), layout="a4x2"), tmp_path)

    # zbar reports two equal symbols on one image once
    assert [decoded_symbols(page) for page in pages] == [
        ["CODE-128:BX20261123-0001", "QR-Code:BX20261123-0001"],
        ["CODE-128:BX20261123-0001", "CODE-128:BX20261123-0002", "QR-Code:BX20261123-0002"],
    ]


@needs_poppler_and_zbar
def test_continuation_sheets_scan_too(make_ticket, tmp_path):
    pages = pdf_page_images(render_work_orders(work_orders_for([make_ticket(description=LONG).id])), tmp_path)

    assert [decoded_symbols(page) for page in pages] == [
        ["CODE-128:BX20261123-0001", "QR-Code:BX20261123-0001"],
        ["CODE-128:BX20261123-0001"],
        ["CODE-128:BX20261123-0001"],
    ]


def test_reportlab_draws_with_its_c_accelerator():
    # reportlab[accel] is a dependency: in pure Python its number formatting and text
    # widths made a batch of 200 work orders a third slower (bench/printing.py)
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method", (
        "rl_accel is missing: install the project again (./desk test does, or pip install -e '.[test]')"
    )


def one_page(draw) -> bytes:
    fonts = paper_fonts()
    styles = parts.make_styles(fonts)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5, initialFontName=fonts.cjk)
    draw(canvas, fonts, styles)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pixels(pdf: bytes, folder: Path) -> bytes:
    folder.mkdir()
    (image,) = pdf_page_images(pdf, folder, dpi=200)
    return image.read_bytes()


@needs_poppler_and_zbar
def test_the_fill_in_boxes_look_as_reportlabs_table_drew_them(tmp_path):
    # drawn straight on the canvas since issue 12; the Table of Paragraphs is the reference
    ours = pixels(one_page(parts.draw_result_block), tmp_path / "ours")
    table = pixels(one_page(reference_tables.draw_result_block), tmp_path / "table")
    assert ours == table


@needs_poppler_and_zbar
def test_the_facts_look_as_reportlabs_table_drew_them(make_ticket, tmp_path):
    (order,) = work_orders_for([make_ticket().id], now=OFFICE_NOW)
    variants = [
        order,
        # values too wide for one line wrap as the Table's paragraphs did
        replace(
            order, community="一个名字特别特别长的小区名称用来测试换行", category="维修 / 房屋渗漏 / 卫生间顶部和墙面"
        ),
        # empty values print a dash; runs of spaces are one; Latin letters and signs
        replace(order, reporter="Zhang  San & <李>", phone="", crew=(), departments=(), dispatched_at=None),
        replace(order, priority="normal", dispatched_by="王 ¥ 25℃"),
    ]
    for index, variant in enumerate(variants):

        def ours(canvas, fonts, styles, variant=variant):
            table = parts.facts_table(fonts, styles, variant)
            _, height = table.wrapOn(canvas, parts.BODY_WIDTH, 500)
            table.drawOn(canvas, parts.MARGIN, 500 - height)

        def reference(canvas, fonts, styles, variant=variant):
            table = reference_tables.facts_table(fonts, styles, variant)
            _, height = table.wrapOn(canvas, parts.BODY_WIDTH, 500)
            table.drawOn(canvas, parts.MARGIN, 500 - height)

        assert pixels(one_page(ours), tmp_path / f"ours{index}") == pixels(
            one_page(reference), tmp_path / f"table{index}"
        ), variant
