"""A ticket worked through the desk's own services (register, acknowledge late; the supervisor pauses
and resumes) is counted by the report as the services left it."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.office import User
from models.registers import Category, Household
from models.reports import month, report_figures
from models.tickets import NewTicket, acknowledge, pause, register_ticket, resume


def test_a_late_acknowledgement_and_a_pause_from_the_services(report_office, folder):
    room = report_office.rooms["1-1-102"]
    household = Household.get(Household.room == room)
    clock = FixedClock(dt.datetime(2026, 6, 8, 9, 0))  # a Monday
    data = NewTicket(
        kind="repair",
        category_id=Category.get(Category.name == "门窗").id,
        channel="phone",
        priority="normal",
        room_id=room.id,
        household_id=household.id,
        reporter_name=household.name,
        reporter_phone="13987654321",
        location="in_home",
        description="阳台窗户关不上",
    )
    ref = register_ticket(data, operator=report_office.clerk, clock=clock, folder=folder)
    clock.at = dt.datetime(2026, 6, 9, 10, 0)  # 25 h after receipt: the 24-hour deadline has passed
    acknowledge(ref.id, "已告知业主明天上门", operator=report_office.clerk, clock=clock)
    clock.at = dt.datetime(2026, 6, 9, 11, 0)
    supervisor = User.create(username="boss", display_name="马主管", role="supervisor")
    pause(ref.id, "awaiting_parts", "等配件", operator=supervisor, clock=clock)
    clock.at = dt.datetime(2026, 6, 9, 13, 0)
    resume(ref.id, operator=supervisor, clock=clock)

    june = report_figures(month(dt.date(2026, 6, 1)), now=dt.datetime(2026, 7, 10, 9, 0))

    assert june.volume.received == 1
    assert june.kpi("ack_in_time").value == 0.0
    assert june.timeliness.paused_tickets == 1 and june.timeliness.paused_hours == pytest.approx(2.0)
    # never resolved: overdue at 07-01 00:00, 06-08 09:00 → 07-01 00:00 = 22 days 15 h = 543 h;
    # March's T8 (received 03-12 10:00) is still open too: 2654 h by then
    assert [(row.number, row.stage, row.age_hours) for row in june.overdue] == [
        ("T08", "result", 2654.0),
        (ref.number, "result", 543.0),
    ]
    assert june.kpi("resolution_rate").value == 0.0
