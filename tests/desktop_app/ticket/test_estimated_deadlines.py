"""A deadline past the calendar package's data is an estimate, and the registry and the
ticket say so where the deadline is shown (not only Settings).

The package's data ends with 2026. A normal repair received Wed 30 Dec 2026 10:00 is due at
the end of its 3rd working day after that: Thu 31 Dec (official data, a working day),
Fri 1 Jan 2027 (no data: Monday–Friday assumed, so a working day although New Year will be
a holiday), Mon 4 Jan 2027 → 2027-01-04 23:59, an estimate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from desktop_app.pages.registry.model import ESTIMATE_EXPLAINED, cell_text
from models.tickets import RegistryFilter, acknowledge, fetch_page, ticket_detail
from tests.desktop_app.gui import find

NEW_YEARS_EVE_EVE = dt.datetime(2026, 12, 30, 10, 0)
NOW = dt.datetime(2026, 12, 30, 11, 0)


def test_the_registry_and_the_ticket_say_a_deadline_is_an_estimate(window, registry, register, office):
    later = register(at=NEW_YEARS_EVE_EVE, description="厨房水管渗水")
    earlier = register()  # received Mon 23 Nov 2026: due Thu 26 Nov, inside the official data
    clock = window.context.clock
    clock.at = NOW
    acknowledge(later.id, "已告知业主", operator=office.clerk, clock=clock)
    acknowledge(earlier.id, "已告知业主", operator=office.clerk, clock=clock)
    rows = {row.id: row for row in fetch_page(RegistryFilter(), now=NOW)}
    assert rows[later.id].next_due == dt.datetime(2027, 1, 4, 23, 59, 59) and rows[later.id].due_estimated
    assert not rows[earlier.id].due_estimated
    assert cell_text(rows[later.id], "next_due") == "2027-01-04 23:59（估算）"
    assert cell_text(rows[earlier.id], "next_due") == "2026-11-26 23:59"
    assert ticket_detail(later.id, NOW).deadlines_estimated
    assert not ticket_detail(earlier.id, NOW).deadlines_estimated
    detail = registry.open_ticket(later.id)
    assert "估算" in find(detail, QLabel, "detail.deadline").text()
    assert ESTIMATE_EXPLAINED.startswith("An estimate")
