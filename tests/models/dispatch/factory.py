"""Tickets for the dispatching tests, written straight into the tables with the
deadlines stated by the test (so expected figures do not depend on the SLA rules)."""

from __future__ import annotations

import datetime as dt

from models.codes import Channel, Kind, Priority, Status
from models.registers import Category
from models.tickets import Ticket, next_ticket_number
from tests.office import OFFICE_NOW, SmallOffice


def make_ticket(
    office: SmallOffice,
    *,
    room: str = "3-2-1501",
    category: str = "水电暖",
    description: str = "卫生间水管漏水，楼下天花板有水渍",
    kind: Kind = Kind.REPAIR,
    priority: Priority = Priority.NORMAL,
    status: Status = Status.ACKNOWLEDGED,
    received_at: dt.datetime = OFFICE_NOW - dt.timedelta(hours=2),
    next_due: dt.datetime | None = OFFICE_NOW + dt.timedelta(hours=6),
) -> Ticket:
    return Ticket.create(
        number=next_ticket_number(kind, received_at),
        kind=kind,
        category=Category.get(Category.name == category, Category.parent.is_null(False)),
        channel=Channel.PHONE,
        priority=priority,
        status=status,
        room=office.rooms[room],
        household=office.households[room],
        reporter_name=office.households[room].name,
        reporter_phone="13812345678",
        description=description,
        first_responder=office.clerk,
        received_at=received_at,
        acknowledged_at=received_at if status != Status.NEW else None,
        result_due=next_due,
        next_due=next_due,
        updated_at=received_at,
    )
