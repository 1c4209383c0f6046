"""Fixtures of the ticket domain tests: a clock standing at the small office's "now",
and a helper that registers a ticket the way the intake form would."""

from __future__ import annotations

import pytest

from models.clock import FixedClock
from models.registers import Category
from models.tickets import NewTicket, register_ticket
from tests.office import OFFICE_NOW


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(OFFICE_NOW)


def category_id(name: str) -> int:
    return Category.get(Category.name == name, Category.parent.is_null(False)).id


@pytest.fixture
def register(office, folder, clock):
    """register(room="3-2-1501", category="房屋渗漏", **fields) -> TicketRef"""

    def _register(room: str | None = "3-2-1501", category: str = "房屋渗漏", operator=None, **fields):
        household = office.households.get(room) if room else None
        data = NewTicket(
            kind=fields.pop("kind", "repair"), category_id=category_id(category), channel=fields.pop("channel", "phone"),
            priority=fields.pop("priority", "normal"), room_id=office.rooms[room].id if room else None,
            household_id=household.id if household else None,
            reporter_name=fields.pop("reporter_name", household.name if household else "巡检员"),
            reporter_phone=fields.pop("reporter_phone", "13812345678"),
            location=fields.pop("location", "in_home" if room else "public_area"),
            description=fields.pop("description", "卫生间天花板渗水"), **fields,
        )
        return register_ticket(data, operator=operator or office.clerk, clock=clock, folder=folder)

    return _register
