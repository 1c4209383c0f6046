"""Prints how long work orders take to make: one order warm (target ≤ 20 ms), a batch
of 200 (target ≤ 1.5 s), each split into building the data and rendering the PDF, and the
rasterising the Qt print path adds per page at 300 dpi.

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
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall time (on a shared machine)")
    arguments = parser.parse_args()
    if arguments.cpu:
        CLOCK["now"] = time.process_time
    with tempfile.TemporaryDirectory() as scratch:
        if arguments.data_dir:
            open_database(DataFolder(Path(arguments.data_dir).resolve()))
            ids = dispatched_tickets(200)
            print(f"{Ticket.select().count():,} tickets; printing the newest {len(ids)} dispatched ones")
        else:
            open_database(DataFolder(Path(scratch)))
            ids = build_tickets(200)
        cold, _ = timed(lambda: render_work_orders(work_orders_for(ids[:1])))
        data_one, orders = timed(lambda: work_orders_for(ids[:1]), repeats=20)
        render_one, pdf = timed(lambda: render_work_orders(orders), repeats=20)
        data_batch, batch = timed(lambda: work_orders_for(ids), repeats=3)
        render_batch, batch_pdf = timed(lambda: render_work_orders(batch), repeats=3)
        render_two_up, _ = timed(lambda: render_work_orders(batch, layout="a4x2"))
        raster, _ = timed(lambda: _rasterise(batch_pdf, pages=20))
        close_database()
    print(f"first work order (font loading included): {cold * 1000:.0f} ms")
    print(
        f"one work order warm: {(data_one + render_one) * 1000:.1f} ms "
        f"(data {data_one * 1000:.1f} ms, PDF {render_one * 1000:.1f} ms, {len(pdf) / 1024:.0f} KiB)  target <= 20 ms"
    )
    print(
        f"batch of 200: {data_batch + render_batch:.2f} s (data {data_batch:.2f} s, PDF {render_batch:.2f} s, "
        f"{page_count(batch_pdf)} A5 pages, {len(batch_pdf) / 1024 / 1024:.1f} MiB)  target <= 1.5 s"
    )
    print(f"batch of 200, two per A4: {render_two_up:.2f} s")
    print(f"Qt print path, rasterising at 300 dpi: {raster / 20 * 1000:.0f} ms per page")


def _rasterise(pdf: bytes, pages: int) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    for index in range(pages):
        document[index].render(scale=300 / 72, rev_byteorder=True, optimize_mode="print")
    document.close()


if __name__ == "__main__":
    main()
