"""A full disk during a save (SQLite's max_page_count stands in for the disk): the clerk
gets the plain sentence about freeing space, the half-done save leaves nothing behind, and
once there is room again the same save goes through."""

from __future__ import annotations

import pytest

from models.clock import FixedClock
from models.errors import DataFileError
from models.store import database
from models.tickets import Ticket
from tests.office import OFFICE_NOW, register_ticket_for


@pytest.mark.sqlite_only("a full disk under the data file")
def test_a_save_on_a_full_disk_says_so_and_writes_nothing(office, folder):
    clock = FixedClock(OFFICE_NOW)
    register_ticket_for(office, folder, clock)
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    long_text = "卫生间天花板渗水，" * 150  # 1,350 characters, under the 2,000 limit
    with pytest.raises(DataFileError) as full:
        for _ in range(60):
            register_ticket_for(office, folder, clock, description=long_text)
    assert "full" in full.value.message.lower()
    saved = Ticket.select().count()
    database.execute_sql(f"PRAGMA max_page_count = {pages * 100}")
    register_ticket_for(office, folder, clock, description=long_text)
    assert Ticket.select().count() == saved + 1
