"""Fixtures of the register tests: sheets written by openpyxl or as CSV bytes in a given
encoding, and a ticket on a room (the room page and delete refusals need one)."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook

from models.codes import Channel, Kind, Priority
from models.registers import Category
from models.tickets import Ticket
from tests.office import OFFICE_NOW


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path, rows, encoding="utf-8-sig"):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def make_ticket(office):
    def make(room_code, number, *, received_at=OFFICE_NOW, description="厨房水管漏水", category="房屋渗漏"):
        room = office.rooms[room_code]
        return Ticket.create(
            number=number,
            kind=Kind.REPAIR,
            category=Category.get(Category.name == category),
            channel=Channel.PHONE,
            priority=Priority.NORMAL,
            room=room,
            household=office.households[room_code],
            reporter_name="王建国",
            reporter_phone="13812345678",
            description=description,
            first_responder=office.clerk,
            received_at=received_at,
            updated_at=received_at,
        )

    return make
