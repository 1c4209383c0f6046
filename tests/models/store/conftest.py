"""Fixtures of the store tests: a clock at the small office's "now" and a helper that
registers a ticket the way the intake form would."""

from __future__ import annotations

import functools

import pytest

from models.clock import FixedClock
from tests.office import OFFICE_NOW, register_ticket_for


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(OFFICE_NOW)


@pytest.fixture
def register(office, folder, clock):
    return functools.partial(register_ticket_for, office, folder, clock)
