"""Fixtures of the ticket domain tests: a clock standing at the small office's "now",
and a helper that registers a ticket the way the intake form would."""

from __future__ import annotations

import functools

import pytest

from models.clock import FixedClock
from tests.office import OFFICE_NOW, category_id, register_ticket_for


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(OFFICE_NOW)


@pytest.fixture
def register(office, folder, clock):
    """register(room="3-2-1501", category="房屋渗漏", operator=None, **fields) -> TicketRef"""
    return functools.partial(register_ticket_for, office, folder, clock)


__all__ = ["category_id"]
