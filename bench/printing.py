"""Prints how long work orders take to make: one order warm (target ≤ 20 ms), a batch
of 200 (target ≤ 1.5 s), each split into building the data and rendering the PDF, and the
rasterising the Qt print path adds per page at 300 dpi. CPU time is printed beside wall
time (compare CPU on a shared machine).

The floor: ReportLab itself drawing the same page with no logic of ours — every string
at its place in one call, every rule and filled box (the barcodes' bars and modules in
one path a page), read back from our PDF beforehand — and the ratio of our PDF time to
it. What is above 1.0 is our layout: paging, line breaking, encoding the barcodes.

    .venv/bin/python -m bench.printing                        # 200 tickets in a small office
    .venv/bin/python -m bench.printing --data-dir DIR         # the newest 200 dispatched tickets of DIR

On a large office (issue 12: the 1,000,000-ticket one) the data part includes finding
which tickets were printed before among millions of timeline events. The office is only
read: making the PDF here records nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from desktop_app.printing.fonts import paper_fonts
from desktop_app.printing.qt_print import page_count
from desktop_app.printing.work_order_pdf import render_work_orders
from models.codes import Kind, Priority, Status
from models.dispatch import work_orders_for
from models.opening import open_database
from models.registers import Category
from models.store import DataFolder, close_database, database
from models.tickets import Assignment, Ticket, next_ticket_number
from tests.office import OFFICE_NOW, build_small_office

DESCRIPTIONS = [
    "卫生间顶部漏水，水一直滴到楼下客厅，业主很着急，请尽快上门查看。",
    "楼道声控灯不亮，晚上老人上下楼不方便。" * 3,
    "厨房水槽下水管接口渗水，柜子底板已经泡坏，需要更换管件。" * 8,
]


def build_tickets(count: int) -> list[int]:
    office = build_small_office()
    rooms, crews = list(office.rooms.values()), list(office.staff.values())
    category = Category.get(Category.name == "水电暖")
    ids = []
    with database.atomic():
        for index in range(count):
            received = OFFICE_NOW - dt.timedelta(minutes=5 * (count - index))
            room = rooms[index % len(rooms)]
            ticket = Ticket.create(
                number=next_ticket_number(Kind.REPAIR, received),
                kind=Kind.REPAIR,
                channel="phone",
                priority=Priority.NORMAL,
                category=category,
                room=room,
                household=room.households[0],
                reporter_name=room.households[0].name,
                reporter_phone="13812345678",
                description=DESCRIPTIONS[index % len(DESCRIPTIONS)],
                first_responder=office.clerk,
                received_at=received,
                updated_at=received,
                status=Status.DISPATCHED,
                dispatched_at=received,
                result_due=received + dt.timedelta(days=3),
            )
            crew = crews[index % len(crews)]
            Assignment.create(
                ticket=ticket,
                department=crew.department,
                staff=crew,
                assigned_at=received,
                assigned_by=office.supervisor,
                due_at=received + dt.timedelta(hours=4),
            )
            ids.append(ticket.id)
    return ids


CLOCK = {"now": time.perf_counter}


def timed(action, repeats: int = 1) -> tuple[float, object]:
    times, result = [], None
    clock = CLOCK["now"]
    for _ in range(repeats):
        start = clock()
        result = action()
        times.append(clock() - start)
    return statistics.median(times), result


def timed_both(action, repeats: int = 1) -> tuple[float, float, object]:
    """(median wall seconds, median CPU seconds, the last result)."""
    walls, cpus, result = [], [], None
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def floor_pages(pdf: bytes) -> list[dict]:
    """What each page of `pdf` draws, read back: strings (runs of characters of one font,
    size, colour and baseline), rules and filled boxes with their places."""
    import io

    import pdfplumber

    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            strings = []
            for char in page.chars:
                x, y = char["matrix"][4], char["matrix"][5]
                key = (char["fontname"], char["size"], round(y, 2), tuple(char["non_stroking_color"] or (0,)))
                if strings and strings[-1][0] == key and abs(strings[-1][3] - char["x0"]) < 0.5:
                    strings[-1][2].append(char["text"])
                    strings[-1][3] = char["x1"]
                else:
                    strings.append([key, (x, y), [char["text"]], char["x1"]])
            lines = [
                (line["x0"], line["y0"], line["x1"], line["y1"], line["linewidth"], line["stroking_color"])
                for line in page.lines
            ]
            boxes = [(box["x0"], box["y0"], box["width"], box["height"]) for box in page.rects if box["fill"]]
            outlines = [(box["x0"], box["y0"], box["width"], box["height"]) for box in page.rects if not box["fill"]]
            pages.append(
                {
                    "size": (page.width, page.height),
                    "strings": [(key, place, "".join(text)) for key, place, text, _ in strings],
                    "lines": lines,
                    "boxes": boxes,
                    "outlines": outlines,
                }
            )
    return pages


def draw_floor(pages: list[dict], cjk: str) -> bytes:
    """The same pages drawn by ReportLab with no logic: one call a string, rule or box."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pages[0]["size"], pageCompression=1, initialFontName=cjk)
    for page in pages:
        for (font, size, _, colour), (x, y), text in page["strings"]:
            canvas.setFont("Helvetica" if "Helvetica" in font else cjk, size)
            canvas.setFillColorRGB(*(colour * 3 if len(colour) == 1 else colour[:3]))
            canvas.drawString(x, y, text)
        for x0, y0, x1, y1, width, _colour in page["lines"]:
            canvas.setLineWidth(width)
            canvas.line(x0, y0, x1, y1)
        for x, y, width, height in page["outlines"]:
            canvas.rect(x, y, width, height)
        path = canvas.beginPath()
        for x, y, width, height in page["boxes"]:
            path.rect(x, y, width, height)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def dispatched_tickets(count: int) -> list[int]:
    query = (
        Assignment.select(Assignment.ticket)
        .where(Assignment.active == True)
        .order_by(Assignment.id.desc())
        .limit(count)
        .tuples()
    )
    return list(dict.fromkeys(ticket_id for (ticket_id,) in query))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="a large office to read (default: a small one made here)")
    parser.add_argument("--repeats", type=int, default=20, help="runs of the one-order figures (median)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if arguments.data_dir:
            open_database(DataFolder(Path(arguments.data_dir).resolve()))
            ids = dispatched_tickets(200)
            print(f"{Ticket.select().count():,} tickets; printing the newest {len(ids)} dispatched ones")
        else:
            open_database(DataFolder(Path(scratch)))
            ids = build_tickets(200)
        cold, _ = timed(lambda: render_work_orders(work_orders_for(ids[:1])))
        repeats = arguments.repeats
        one = timed_both(lambda: render_work_orders(work_orders_for(ids[:1])), repeats=repeats)
        data_one = timed_both(lambda: work_orders_for(ids[:1]), repeats=repeats)
        orders = data_one[2]
        render_one = timed_both(lambda: render_work_orders(orders), repeats=repeats)
        pdf = render_one[2]
        batch_all = timed_both(lambda: render_work_orders(work_orders_for(ids)), repeats=3)
        data_batch = timed_both(lambda: work_orders_for(ids), repeats=3)
        batch = data_batch[2]
        render_batch = timed_both(lambda: render_work_orders(batch), repeats=3)
        batch_pdf = render_batch[2]
        render_two_up = timed_both(lambda: render_work_orders(batch, layout="a4x2"))
        raster, _ = timed(lambda: _rasterise(batch_pdf, pages=20))
        close_database()
    cjk = paper_fonts().cjk
    floor_one = timed_both(lambda: draw_floor(floor_pages(pdf), cjk), repeats=1)  # warms the reading
    one_pages, batch_pages = floor_pages(pdf), floor_pages(batch_pdf)
    floor_one = timed_both(lambda: draw_floor(one_pages, cjk), repeats=repeats)
    floor_batch = timed_both(lambda: draw_floor(batch_pages, cjk), repeats=3)

    def both(figure, unit=1000, digits=1) -> str:
        return f"{figure[0] * unit:.{digits}f} wall / {figure[1] * unit:.{digits}f} CPU"

    print(f"first work order (font loading included): {cold * 1000:.0f} ms")
    print(f"one work order warm, ms: {both(one)}  target <= 20 ms")
    print(f"  data {both(data_one)}; PDF {both(render_one)} ({len(pdf) / 1024:.0f} KiB)")
    print(
        f"  ReportLab's floor for the same page {both(floor_one)}: PDF/floor {render_one[1] / floor_one[1]:.2f} (CPU)"
    )
    print(f"batch of 200, s: {both(batch_all, 1, 2)}  target <= 1.5 s")
    print(
        f"  data {both(data_batch, 1, 2)}; PDF {both(render_batch, 1, 2)} "
        f"({page_count(batch_pdf)} A5 pages, {len(batch_pdf) / 1024 / 1024:.1f} MiB)"
    )
    print(
        f"  ReportLab's floor for the same pages {both(floor_batch, 1, 2)}: "
        f"PDF/floor {render_batch[1] / floor_batch[1]:.2f} (CPU)"
    )
    print(f"batch of 200, two per A4, s: {both(render_two_up, 1, 2)}")
    print(f"Qt print path, rasterising at 300 dpi: {raster / 20 * 1000:.0f} ms per page")


def _rasterise(pdf: bytes, pages: int) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    for index in range(pages):
        document[index].render(scale=300 / 72, rev_byteorder=True, optimize_mode="print")
    document.close()


if __name__ == "__main__":
    main()
