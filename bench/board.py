"""Dispatch board figures with 2,000 open tickets (SPEC: the board stays responsive):
reading the cards and workloads, building the page, reloading it after a change,
switching to the per-crew view, and one drag-and-drop dispatch end to end.

  QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.board [--tickets 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models.clock import FixedClock  # noqa: E402
from models.codes import Channel, Kind, Priority, Role, Status  # noqa: E402
from models.dispatch import BoardFilter, board_cards, crew_workloads
from models.office import User
from models.opening import open_database
from models.registers import Building, Category, Community, Department, Room, Staff
from models.store import DataFolder, database
from models.tickets import Assignment, Ticket

NOW = dt.datetime(2026, 11, 23, 10, 0)
OPEN = [Status.NEW, Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS]


def build_office(count: int, rng: random.Random) -> User:
    community = Community.create(name="阳光花园")
    rooms = []
    for building_number in range(1, 11):
        building = Building.create(community=community, name=str(building_number))
        rooms += [
            Room.create(
                community=community,
                building=building,
                number=f"{floor:02d}{door:02d}",
                code=f"{building_number}-1-{floor:02d}{door:02d}",
            )
            for floor in range(1, 21)
            for door in (1, 2)
        ]
    user = User.create(username="boss", display_name="马主管", role=Role.SUPERVISOR)
    crew = [
        Staff.create(name=f"师傅{i:02d}", department=department)
        for i, department in enumerate(list(Department.select()) * 4)
    ]
    categories = list(Category.select().where(Category.parent.is_null(False)))
    with database.atomic():
        for number in range(count + count // 10):  # the open ones, and a tenth more awaiting callback
            _ticket(number, rng.choice(OPEN) if number < count else Status.RESOLVED, rng, rooms, categories, crew, user)
    return user


def _ticket(number: int, status: Status, rng: random.Random, rooms, categories, crew, user) -> None:
    received = NOW - dt.timedelta(minutes=rng.randint(10, 60 * 24 * 6))
    ticket = Ticket.create(
        number=f"BX{received:%Y%m%d}-{number:04d}",
        kind=Kind.REPAIR,
        category=rng.choice(categories),
        channel=Channel.PHONE,
        priority=rng.choice(list(Priority)),
        status=status,
        room=rng.choice(rooms),
        reporter_name="业主",
        reporter_phone="13812345678",
        description="卫生间水管漏水，楼下天花板有水渍" * 3,
        first_responder=user,
        received_at=received,
        next_due=received + dt.timedelta(days=rng.randint(0, 4)),
        updated_at=received,
    )
    if status in (Status.DISPATCHED, Status.IN_PROGRESS, Status.RESOLVED):
        for member in rng.sample(crew, rng.randint(1, 2)):
            Assignment.create(
                ticket=ticket, staff=member, department=member.department_id, assigned_at=received, assigned_by=user
            )


def timed(label: str, action, repeat: int = 5):
    action()  # warm
    started = time.perf_counter()
    for _ in range(repeat):
        result = action()
    print(f"{label:<48} {(time.perf_counter() - started) / repeat * 1000:8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=2000)
    args = parser.parse_args()
    folder = DataFolder(Path(tempfile.mkdtemp()) / "data")
    open_database(folder)
    user = build_office(args.tickets, random.Random(7))
    print(f"{Ticket.select().count()} tickets on the board, {args.tickets} of them open")
    timed("board_cards (all lanes)", lambda: board_cards(BoardFilter(), NOW))
    timed("crew_workloads", lambda: crew_workloads(NOW))
    bench_page(folder, user)


def bench_page(folder: DataFolder, user: User) -> None:
    from PySide6.QtCore import QEvent

    from desktop_app.app import ensure_application
    from desktop_app.context import DeskContext
    from desktop_app.pages.dispatch import DispatchPage

    app = ensure_application()
    context = DeskContext(folder=folder, operator=user, clock=FixedClock(NOW))
    page = timed("build the page (first paint excluded)", lambda: DispatchPage(context), repeat=2)
    page.resize(1366, 700)
    page.show()
    started = time.perf_counter()
    app.processEvents()
    print(f"{'first show and paint':<48} {(time.perf_counter() - started) * 1000:8.1f} ms")
    timed("reload after a change (cards + workloads + views)", page.reload)
    mode = page.mode
    timed(
        "switch to one lane per crew member and back",
        lambda: (mode.setCurrentIndex(1), app.processEvents(), mode.setCurrentIndex(0), app.processEvents()),
        repeat=2,
    )
    waiting = [card.ticket_id for card in page.lane("new").card_model().cards]
    target = page.loads[0].crew[0].staff_id

    def drop_one():
        ticket_id = waiting.pop()
        page._on_crews_tickets_dropped([ticket_id], "staff", target)
        app.processEvents()

    timed("drop a card on a crew member (dispatch + reload)", drop_one)
    page.close()
    page.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    main()
