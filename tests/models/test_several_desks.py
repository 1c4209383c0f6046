"""Four desks, an import and a batch print writing one office at the same moment, each a
real process (tests/several_desks.py), on the SQLite file and on a PostgreSQL server:
every save is kept, the day's numbers run 1, 2, 3 … without a gap or a repeat, no process
meets a lock or serialization error (the store takes turns) or prints a traceback, and the
audit log's hash chain, written by several processes at once, stays whole.

On the server the run is 4 desks × 50 saves here (the machine running the suite is shared);
`python -m bench.desks --server` runs the full 4 × 200 and prints its figures."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import several_desks
from tests.models.store.test_server_office import new_database

DAY = dt.date(2026, 11, 23)
DESKS = 4
SAVES = 200
SERVER_SAVES = 50


def test_four_desks_an_import_and_a_batch_print_at_once(tmp_path):
    root = tmp_path / "data"
    several_desks.prepare(root, DAY)
    done = several_desks.run(root, DAY, desks=DESKS, saves=SAVES)
    # 4 desks × 200 saves = 800 repairs numbered 0001 … 0800, 4 × 20 dispatched, 300
    # households imported, ≥ 30 work orders printed, the audit chain whole (several_desks.check)
    assert several_desks.check(root, done, DAY, DESKS, SAVES) == []
    print(f"\n4 desks × {SAVES} saves + import + batch print: {done.seconds:.1f} s")


@pytest.mark.slow
def test_four_desks_an_import_and_a_batch_print_at_once_on_a_server(tmp_path, postgres_url, monkeypatch):
    url = new_database(postgres_url)
    monkeypatch.setenv("PROPERTY_DESK_DATABASE", url)  # every process of the run opens the server office
    root = tmp_path / "data"
    several_desks.prepare(root, DAY, url)
    done = several_desks.run(root, DAY, desks=DESKS, saves=SERVER_SAVES)
    # 4 desks × 50 saves = 200 repairs numbered 0001 … 0200 without a gap, 4 × 5 dispatched,
    # 300 households imported, ≥ 30 work orders printed, the audit chain whole
    assert several_desks.check(root, done, DAY, DESKS, SERVER_SAVES) == []
    print(f"\non a server, 4 desks × {SERVER_SAVES} saves + import + batch print: {done.seconds:.1f} s")
