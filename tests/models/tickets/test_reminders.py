"""The two-hourly review: overdue count for the status bar, the list of what is overdue
or due within the window, and the reminder interval setting."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.tickets import (
    acknowledge,
    due_soon,
    overdue_count,
    reminder_interval_minutes,
    set_reminder_interval_minutes,
)
from tests.acting import admin
from tests.office import OFFICE_NOW


def test_overdue_and_due_soon(office, register, clock):
    clock.advance(hours=-1)
    urgent = register(priority="urgent", description="水管爆裂")  # ack due 09:30: overdue at 10:00
    clock.advance(hours=-22, minutes=30)
    normal = register(description="渗水")  # received yesterday 11:30: ack due today 11:30
    clock.at = OFFICE_NOW
    later = register(room="5-1-0302", category="噪音", kind="complaint", description="噪音")  # ack due tomorrow 10:00
    assert overdue_count(OFFICE_NOW) == 1
    items = due_soon(OFFICE_NOW, dt.timedelta(hours=2))
    assert [(i.number, i.overdue, i.next_kind, i.next_due_text) for i in items] == [
        (urgent.number, True, "ack", "2026-11-23 09:30"),
        (normal.number, False, "ack", "2026-11-23 11:30"),
    ]
    assert items[0].time_left == -dt.timedelta(minutes=30) and items[0].room == "3-2-1501"
    assert later.id not in [i.ticket_id for i in due_soon(OFFICE_NOW)]
    acknowledge(urgent.id, "已派人", operator=office.clerk, clock=clock)
    # Still owed: the stage reply within 30 minutes of receipt.
    assert overdue_count(OFFICE_NOW) == 1 and due_soon(OFFICE_NOW)[0].next_kind == "stage_reply"


def test_reminder_interval_setting(office):
    assert reminder_interval_minutes() == 120
    set_reminder_interval_minutes(60, **admin())
    assert reminder_interval_minutes() == 60
    with pytest.raises(ValidationError) as refused:
        set_reminder_interval_minutes(2, **admin())
    assert refused.value.problem_params == {"interval": {"low": 5, "high": 1440}}
