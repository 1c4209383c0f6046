"""Typing in the returned work order: finding the ticket by its scanned number, checking
what was typed, storing the result and resolving the ticket."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.clock import FixedClock, format_datetime
from models.codes import Status
from models.dispatch import ResultEntry, dispatch, parse_entry_time, record_result, result_entry_for
from models.errors import NotFound, TransitionRefused, ValidationError
from models.tickets import Ticket, TicketEvent, WorkResult
from tests.models.dispatch.factory import make_ticket
from tests.office import OFFICE_NOW

CLOCK = FixedClock(OFFICE_NOW)


@pytest.fixture
def dispatched(office) -> Ticket:
    ticket = make_ticket(office, received_at=dt.datetime(2026, 11, 22, 16, 0))
    dispatch(ticket.id, staff_ids=[office.staff["钱师傅"].id], operator=office.supervisor, clock=CLOCK)
    return Ticket.get_by_id(ticket.id)


def test_scanned_number_finds_the_ticket_even_typed_in_lower_case_or_full_width(dispatched, office):
    entry = result_entry_for(dispatched.number.lower())
    assert (entry.ticket_id, entry.room, entry.community, entry.category) == (
        dispatched.id,
        "3-2-1501",
        "阳光花园",
        "水电暖",
    )
    assert [c.name for c in entry.assigned] == ["钱师傅"]
    # the assigned crew first, then the rest of engineering, then the other departments
    assert [c.name for c in entry.crew_choices] == ["钱师傅", "赵师傅", "孙阿姨", "周队长"]
    full_width = dispatched.number.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789-"})
    assert result_entry_for(f" {full_width} ").ticket_id == dispatched.id


def test_unknown_number_and_a_ticket_not_awaiting_a_result_are_told_apart(dispatched, office):
    with pytest.raises(NotFound) as unknown:
        result_entry_for("BX20261123-9999")
    assert unknown.value.params == {"number": "BX20261123-9999"}
    waiting = make_ticket(office)
    with pytest.raises(TransitionRefused) as refused:
        result_entry_for(waiting.number)
    assert refused.value.params == {"number": waiting.number}


def test_result_is_stored_and_the_ticket_resolved(dispatched, office):
    entry = ResultEntry(
        arrived="11-22 17:05",
        finished="2026-11-22 18:30",
        work_done=" 更换角阀一个 ",
        materials="角阀 ×1",
        cost="35.5",
        owner_signed=True,
        crew_id=office.staff["钱师傅"].id,
        owner_rating=5,
    )
    outcome = record_result(dispatched.id, entry, operator=office.clerk, clock=CLOCK)
    ticket = Ticket.get_by_id(dispatched.id)
    assert (ticket.status, ticket.resolved_at, outcome.resolved_at) == (Status.RESOLVED, OFFICE_NOW, OFFICE_NOW)
    result = WorkResult.get(WorkResult.ticket == ticket)
    assert (result.arrived_at, result.finished_at) == (
        dt.datetime(2026, 11, 22, 17, 5),
        dt.datetime(2026, 11, 22, 18, 30),
    )
    assert (result.work_done, result.materials, result.cost_cents) == ("更换角阀一个", "角阀 ×1", 3550)
    assert (result.owner_signed, result.crew.name, result.owner_rating, result.entered_by.display_name) == (
        True,
        "钱师傅",
        5,
        "小林",
    )
    events = TicketEvent.select().where(TicketEvent.ticket == ticket).order_by(TicketEvent.id.desc())
    event, scheduled = events[1], events[0]  # the resolution, then its callback scheduled
    assert (event.action, event.new_value, event.note) == ("resolve", "resolved", "更换角阀一个")
    assert (scheduled.action, scheduled.field) == ("callback_schedule", "callback_due")
    # resolved 2026-11-23 10:00; the default callback policy gives 7 calendar days
    assert ticket.next_due == ticket.callback_due and ticket.callback_due.date() == dt.date(2026, 11, 30)


def test_every_problem_is_reported_at_once_and_nothing_is_written(dispatched, office):
    entry = ResultEntry(arrived="23:00", finished="9:30", work_done="  ", cost="-5", owner_rating=7)
    with pytest.raises(ValidationError) as refused:
        record_result(dispatched.id, entry, operator=office.clerk, clock=CLOCK)
    assert refused.value.problems == {
        "arrived": "This time is later than now.",
        "work_done": "Write down what the crew did.",
        "cost": "The cost cannot be negative.",
        "owner_rating": "The owner's rating is a whole number from 1 to 5.",
    }
    assert WorkResult.select().count() == 0
    assert Ticket.get_by_id(dispatched.id).status == Status.DISPATCHED


@pytest.mark.parametrize(
    ("arrived", "finished", "cost", "problems"),
    [
        ("", "", "", {"finished": "Enter when the crew finished."}),
        ("9:40", "9:30", "", {"arrived": "The arrival time is later than the finish time."}),
        ("", "11-22 15:00", "", {"finished": "This time is before the ticket was received ({received})."}),
        (
            "昨天",
            "9:30",
            "三十",
            {
                "arrived": "Enter a time such as 14:30, 11-23 14:30 or 2026-11-23 14:30.",
                "cost": "Enter the cost in yuan, e.g. 35 or 35.50.",
            },
        ),
        ("", "9:30", "1.005", {"cost": "Enter the cost in yuan, e.g. 35 or 35.50."}),
    ],
)
def test_times_and_cost_are_checked(dispatched, office, arrived, finished, cost, problems):
    entry = ResultEntry(arrived=arrived, finished=finished, work_done="修好了", cost=cost)
    with pytest.raises(ValidationError) as refused:
        record_result(dispatched.id, entry, operator=office.clerk, clock=CLOCK)
    assert refused.value.problems == problems


def test_cost_accepts_yuan_sign_and_full_width_digits(dispatched, office):
    record_result(
        dispatched.id,
        ResultEntry(finished="９：３０", work_done="修好了", cost="¥１２０元"),
        operator=office.clerk,
        clock=CLOCK,
    )
    assert WorkResult.get().cost_cents == 12000
    assert WorkResult.get().finished_at == dt.datetime(2026, 11, 23, 9, 30)


def test_a_result_cannot_be_entered_twice(dispatched, office):
    record_result(
        dispatched.id,
        ResultEntry(finished="9:30", work_done="修好了", cost=Decimal("0")),
        operator=office.clerk,
        clock=CLOCK,
    )
    with pytest.raises(TransitionRefused):
        record_result(
            dispatched.id, ResultEntry(finished="9:30", work_done="修好了"), operator=office.clerk, clock=CLOCK
        )
    assert WorkResult.select().count() == 1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14:30", dt.datetime(2026, 11, 23, 14, 30)),
        ("8:05", dt.datetime(2026, 11, 23, 8, 5)),
        ("11-22 17:05", dt.datetime(2026, 11, 22, 17, 5)),
        ("11/22 17:05", dt.datetime(2026, 11, 22, 17, 5)),
        ("2025.12.31 23:59", dt.datetime(2025, 12, 31, 23, 59)),
        ("11月22日 17点05分", dt.datetime(2026, 11, 22, 17, 5)),
        ("17点", dt.datetime(2026, 11, 23, 17, 0)),
        ("２０２６－１１－２２　１７：０５", dt.datetime(2026, 11, 22, 17, 5)),
        ("25:00", None),
        ("02-30 10:00", None),
        ("1430", None),
        ("", None),
    ],
)
def test_times_typed_from_paper(typed, expected):
    assert parse_entry_time(typed, dt.date(2026, 11, 23)) == expected


# a busy machine (the GUI tests beside it) can make drawing datetimes look slow: that is not a failure
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31)))
def test_every_displayed_time_reads_back(moment):
    shown = format_datetime(moment)
    assert parse_entry_time(shown, dt.date(2026, 11, 23)) == moment.replace(second=0, microsecond=0)
