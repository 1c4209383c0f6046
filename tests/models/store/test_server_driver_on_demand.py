"""An office in a data file never loads the PostgreSQL driver: peewee is imported with it
hidden (models/__init__.py) and gets it when a server office is opened. Loading it was a
third of a second of every start-up (issue 12)."""

from __future__ import annotations

import subprocess
import sys

import peewee

CHILD = """
import sys
import models.opening
from desktop_app.cli import main
print(sorted(name for name in sys.modules if name.split(".")[0] in ("psycopg", "psycopg2", "psycopg_binary")))
"""


def test_opening_a_data_file_office_loads_no_server_driver():
    loaded = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


def test_a_server_office_gets_the_driver_peewee_would_have_had():
    from models.store.postgres import load_server_driver

    load_server_driver()
    import psycopg

    assert peewee.psycopg is psycopg
    assert peewee.Psycopg3Adapter.txn_idle == psycopg.pq.TransactionStatus.IDLE
