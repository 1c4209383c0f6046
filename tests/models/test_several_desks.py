"""Four desks, an import and a batch print writing one office at the same moment, each a
real process on the same SQLite file (tests/several_desks.py): every save is kept, the
day's numbers run 1, 2, 3 … without a gap or a repeat, and no process meets a lock error
(the store takes turns on a busy file) or prints a traceback."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest

from models.office import verify_chain
from models.opening import open_database
from models.store import DataFolder, close_database
from tests import several_desks

DAY = dt.date(2026, 11, 23)
DESKS = 4
SAVES = 200


@pytest.fixture
def run(tmp_path):
    root = tmp_path / "data"
    several_desks.prepare(root, DAY)
    return root, several_desks.run(root, DAY, desks=DESKS, saves=SAVES)


def test_four_desks_an_import_and_a_batch_print_at_once(run):
    root, done = run
    for process in done.processes:
        assert process.returncode == 0, f"{process.name} ended {process.returncode}: {process.stderr[-2000:]}"
        assert "Traceback" not in process.stderr, f"{process.name}: {process.stderr[-2000:]}"
    reported = [number for desk in done.desks for number in desk.numbers]
    assert [len(desk.numbers) for desk in done.desks] == [SAVES] * DESKS
    with closing(sqlite3.connect(root / "property-desk.sqlite3")) as db:
        stored = [row[0] for row in db.execute("SELECT number FROM ticket WHERE number LIKE 'BX20261123-%'")]
        # 4 desks × 200 saves = 800 repairs on the day, numbered 0001 … 0800 with no gap
        assert sorted(stored) == [f"BX20261123-{n:04d}" for n in range(1, DESKS * SAVES + 1)]
        # every number a desk was given is a ticket in the file (no save lost), once
        assert sorted(reported) == sorted(stored)
        registered = db.execute(
            "SELECT count(*) FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id "
            "WHERE e.action = 'register' AND t.number LIKE 'BX%'"
        ).fetchone()[0]
        assert registered == DESKS * SAVES
        # each desk dispatched its 10th, 20th … save: 200 / 10 = 20 each, 80 in all
        dispatched = db.execute(
            "SELECT count(DISTINCT a.ticket_id) FROM assignment a JOIN ticket t ON t.id = a.ticket_id "
            "WHERE t.number LIKE 'BX%'"
        ).fetchone()[0]
        assert dispatched == DESKS * SAVES // 10
        # the import's 300 new rooms in building 9, each with its household
        imported = db.execute(
            "SELECT count(*) FROM household h JOIN room r ON r.id = h.room_id JOIN building b ON b.id = r.building_id "
            "WHERE b.name = '9'"
        ).fetchone()[0]
        assert imported == several_desks.IMPORTED
        # the batch print: as many print events as work orders it says it wrote (at
        # least the 30 complaints dispatched before the desks started)
        printed = db.execute("SELECT count(*) FROM ticket_event WHERE action = 'print'").fetchone()[0]
        assert printed >= several_desks.PRINTABLE
        assert f"{printed} " in done.printer.stdout
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert done.pdf.read_bytes().startswith(b"%PDF")
    # sign-ins, the import and the print wrote the audit log from several processes at
    # once: its hash chain still links every entry to the one before
    open_database(DataFolder(root))
    try:
        assert verify_chain() == []
    finally:
        close_database()
    print(f"\n4 desks × {SAVES} saves + import + batch print: {done.seconds:.1f} s")
