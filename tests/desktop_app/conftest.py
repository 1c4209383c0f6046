"""Fixtures of the page tests: the registry page of the real main window and a helper
that registers tickets the way the intake form would (at any moment of the office's
clock). Widget finders are in tests.desktop_app.gui."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.tickets import TicketRef
from tests.office import register_ticket_for


@pytest.fixture
def registry(window):
    """The registry page (工单登记), shown."""
    return window.show_page("registry")


@pytest.fixture
def register(window, office, folder):
    """register(room="3-2-1501", category="房屋渗漏", at=None, operator=None, **fields) -> TicketRef,
    registered at `at` (default: the window's clock)."""

    def _register(
        room: str | None = "3-2-1501",
        category: str = "房屋渗漏",
        *,
        at: dt.datetime | None = None,
        operator=None,
        **fields,
    ) -> TicketRef:
        clock = FixedClock(at) if at else window.context.clock
        return register_ticket_for(office, folder, clock, room, category, operator, **fields)

    return _register
