"""The work order as data: what a crew's paper says, which tickets still wait for their
paper, and how a printing is recorded on the ticket."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.codes import Status
from models.dispatch import (
    PrintSettings,
    print_settings,
    record_printed,
    save_print_settings,
    tickets_to_print,
    work_order_for_number,
    work_orders_for,
)
from models.errors import NotFound, TransitionRefused, ValidationError
from models.store import set_setting
from models.tickets import Assignment, TicketEvent
from tests.acting import admin
from tests.office import OFFICE_NOW
from tests.printing.conftest import LEAK, dispatch_rows

TODAY = OFFICE_NOW.date()


def test_work_order_carries_what_the_crew_needs(make_ticket):
    ticket = make_ticket(crew=("赵师傅", "钱师傅"))

    order = work_order_for_number(ticket.number, now=OFFICE_NOW)

    assert order.number == "BX20261123-0001"
    assert (order.community, order.room, order.reporter) == ("阳光花园", "3-2-1501", "王建国")
    assert order.phone == "138****5678"
    assert (order.kind, order.priority, order.category) == ("repair", "urgent", "维修 / 房屋渗漏")
    assert order.description == LEAK
    assert order.crew == ("赵师傅", "钱师傅")
    assert order.departments == ("工程维修",)
    assert order.dispatched_by == "马主管"
    assert order.received_at == dt.datetime(2026, 11, 23, 9, 20)
    assert order.crew_due == dt.datetime(2026, 11, 23, 13, 40)  # dispatched 09:40 + 4 h
    assert order.result_due == dt.datetime(2026, 11, 26, 9, 20)
    assert order.prepared_at == OFFICE_NOW
    assert order.reprint is False


def test_office_name_and_phone_come_from_settings_else_the_community(make_ticket):
    ticket = make_ticket()
    before = work_orders_for([ticket.id])[0]
    set_setting("office.name", "阳光花园物业服务中心")
    set_setting("office.phone", "010-88887777")
    after = work_orders_for([ticket.id])[0]

    assert (before.office_name, before.office_phone) == ("阳光花园", "010-88886666")
    assert (after.office_name, after.office_phone) == ("阳光花园物业服务中心", "010-88887777")


def test_full_phone_only_when_the_office_allows_it(make_ticket):
    mobile = make_ticket()
    landline = make_ticket("3-2-1502", phone="010-62345678")
    masked = [order.phone for order in work_orders_for([mobile.id, landline.id])]
    set_setting("print.crew_full_phone", True)
    full = [order.phone for order in work_orders_for([mobile.id, landline.id])]

    assert masked == ["138****5678", "010-62****78"]
    assert full == ["13812345678", "010-62345678"]


def test_unknown_number_is_reported(office):
    with pytest.raises(NotFound) as raised:
        work_order_for_number("BX20261123-0099")
    assert "BX20261123-0099" in str(raised.value)


def test_todays_unprinted_dispatches_in_dispatch_order(make_ticket, office):
    later = make_ticket("3-2-1502", dispatched_at=OFFICE_NOW - dt.timedelta(minutes=5))
    earlier = make_ticket("3-1-0101", dispatched_at=OFFICE_NOW - dt.timedelta(hours=1))
    make_ticket("5-1-0302", dispatched_at=OFFICE_NOW - dt.timedelta(days=1))  # yesterday
    make_ticket("5-1-0303", dispatched_at=None)  # not dispatched

    assert tickets_to_print(TODAY) == [earlier.id, later.id]
    record_printed([earlier.id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW))
    assert tickets_to_print(TODAY) == [later.id]


def test_printing_is_an_event_and_a_second_paper_is_a_reprint(make_ticket, office):
    ticket = make_ticket()
    record_printed([ticket.id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW))
    record_printed([ticket.id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW + dt.timedelta(minutes=30)))

    events = list(
        TicketEvent.select().where(TicketEvent.ticket == ticket, TicketEvent.action == "print").order_by(TicketEvent.id)
    )
    assignment = Assignment.get(Assignment.ticket == ticket)
    assert [(e.old_value, e.new_value, e.actor.display_name) for e in events] == [
        ("0", "1", "马主管"),
        ("1", "2", "马主管"),  # work orders are the supervisor's to print
    ]
    assert (assignment.print_count, assignment.printed_at) == (2, OFFICE_NOW + dt.timedelta(minutes=30))
    assert work_orders_for([ticket.id])[0].reprint is True


def test_crew_added_after_printing_gets_a_fresh_paper(make_ticket, office):
    ticket = make_ticket()
    record_printed([ticket.id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW))
    dispatch_rows(ticket, office, ("钱师傅",), OFFICE_NOW + dt.timedelta(minutes=10))

    order = work_orders_for([ticket.id])[0]
    assert tickets_to_print(TODAY) == [ticket.id]
    assert order.reprint is False
    assert order.crew == ("赵师傅", "钱师傅")


def test_a_cancelled_ticket_is_not_printed(make_ticket, office):
    ticket = make_ticket()
    ticket.status = Status.CANCELLED
    ticket.save()

    with pytest.raises(TransitionRefused):
        record_printed([ticket.id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW))
    assert TicketEvent.select().where(TicketEvent.action == "print").count() == 0


def test_print_settings_are_checked_and_stored(office):
    assert print_settings() == PrintSettings(copies=2, layout="a5", crew_full_phone=False)

    with pytest.raises(ValidationError) as raised:
        save_print_settings(PrintSettings(office_phone="12345", copies=0, layout="letter"), **admin())
    assert set(raised.value.problems) == {"office_phone", "copies", "layout"}

    saved = save_print_settings(
        PrintSettings(office_name=" 阳光花园物业 ", office_phone="010 8888 6666", copies=1, layout="a4x2"), **admin()
    )
    assert saved == PrintSettings(office_name="阳光花园物业", office_phone="010-88886666", copies=1, layout="a4x2")
