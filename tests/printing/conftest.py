"""Fixtures of the printing tests: tickets of the small office, dispatched to its crews
by writing the rows a dispatch writes (assignment, status, dispatch time), so these
tests do not wait on the dispatch service."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from models.codes import Kind, Priority, Status
from models.registers import Category
from models.store import database
from models.tickets import Assignment, Ticket, next_ticket_number
from tests.office import OFFICE_NOW, SmallOffice

LEAK = "卫生间顶部漏水，水一直滴到楼下客厅，业主很着急，请尽快上门查看。"


@pytest.fixture
def make_ticket(office: SmallOffice):
    """make_ticket(room="3-2-1501", description=..., crew=("赵师傅",), ...) -> Ticket."""

    def make(
        room: str = "3-2-1501",
        *,
        description: str = LEAK,
        crew: tuple[str, ...] = ("赵师傅",),
        kind: Kind = Kind.REPAIR,
        priority: Priority = Priority.URGENT,
        category: str = "房屋渗漏",
        received_at: dt.datetime = OFFICE_NOW - dt.timedelta(minutes=40),
        dispatched_at: dt.datetime | None = OFFICE_NOW - dt.timedelta(minutes=20),
        phone: str = "13812345678",
    ) -> Ticket:
        with database.atomic():
            ticket = Ticket.create(
                number=next_ticket_number(kind, received_at),
                kind=kind,
                channel="phone",
                priority=priority,
                category=Category.get(Category.name == category),
                room=office.rooms[room],
                household=office.households[room],
                reporter_name=office.households[room].name,
                reporter_phone=phone,
                description=description,
                first_responder=office.clerk,
                received_at=received_at,
                updated_at=received_at,
                result_due=received_at + dt.timedelta(days=3),
                stage_reply_due=received_at + dt.timedelta(minutes=30),
            )
            if dispatched_at is not None:
                dispatch_rows(ticket, office, crew, dispatched_at)
        return ticket

    return make


def dispatch_rows(ticket: Ticket, office: SmallOffice, crew: tuple[str, ...], at: dt.datetime) -> None:
    for name in crew:
        staff = office.staff[name]
        Assignment.create(
            ticket=ticket,
            department=staff.department,
            staff=staff,
            assigned_at=at,
            assigned_by=office.supervisor,
            due_at=at + dt.timedelta(hours=4),
        )
    ticket.status, ticket.dispatched_at, ticket.acknowledged_at = Status.DISPATCHED, at, at
    ticket.department = office.staff[crew[0]].department if crew else None
    ticket.save()


def pdf_page_images(pdf: bytes, tmp_path: Path, dpi: int = 300) -> list[Path]:
    """Render every page with poppler's pdftoppm, as a printer would see it (grey PGM
    images, which zbar reads as fast as they are written)."""
    source = tmp_path / "scan.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(source), str(tmp_path / "page")], check=True)
    return sorted(tmp_path.glob("page*.pgm"))


def decoded_symbols(image: Path) -> list[str]:
    """What zbar reads off a page image, as TYPE:data lines."""
    run = subprocess.run(["zbarimg", "--quiet", str(image)], capture_output=True, text=True)
    return sorted({line.strip() for line in run.stdout.splitlines() if line.strip()})


needs_poppler_and_zbar = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="poppler-utils and zbar-tools are installed by ./desk test",
)
