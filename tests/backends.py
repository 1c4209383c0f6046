"""The domain suite on either database: `pytest --backend=postgresql tests/models` runs
every test that opens an office (the `folder` fixture) against a PostgreSQL server of the
session's own (tests/services.py). The office database is migrated and seeded once; its
rows are kept aside in a schema `pristine`, and before each test every table is emptied
and refilled from there and its ids restarted, in one round trip with the triggers
asleep (session_replication_role = replica): a few milliseconds, where CREATE DATABASE …
TEMPLATE takes a good part of a second and migrating anew over a second. Tests about SQLite's own file carry
`@pytest.mark.sqlite_only` and are skipped there with that reason; tests that open no
office are left to the SQLite pass (the terminal summary says how many)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

BACKENDS = ("sqlite", "postgresql")
OFFICE = "desk_office"


class OfficeServer:
    """The session's office database, reset to a new office before each test."""

    def __init__(self, url: str, root: Path) -> None:
        self.url = url
        self.root = root
        self.office_url = self.url_of(OFFICE)
        self._reset_sql = ""

    def url_of(self, name: str) -> str:
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(path="/" + name))

    def admin(self, statement: str, url: str | None = None) -> list[tuple]:
        import psycopg

        with psycopg.connect(url or self.url, autocommit=True) as connection:
            cursor = connection.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def build_template(self) -> None:
        """Migrate and seed the office once; keep its rows in the schema `pristine`."""
        from models.opening import open_database
        from models.store import DataFolder, close_database

        self.admin(f"DROP DATABASE IF EXISTS {OFFICE} WITH (FORCE)")
        self.admin(f"CREATE DATABASE {OFFICE}")
        open_database(DataFolder(self.root / "template", url=self.office_url))
        close_database()
        tables = [row[0] for row in self.admin(TABLES_SQL, self.office_url)]
        identities = {row[0] for row in self.admin(IDENTITY_SQL, self.office_url)}
        copies = "; ".join(f'CREATE TABLE pristine."{t}" AS SELECT * FROM public."{t}"' for t in tables)
        self.admin(f"CREATE SCHEMA pristine; {copies}", self.office_url)
        empty = " ".join(f'DELETE FROM public."{t}";' for t in tables)
        refill = " ".join(f'INSERT INTO public."{t}" SELECT * FROM pristine."{t}";' for t in tables)
        restart = " ".join(
            f"SELECT setval(pg_get_serial_sequence('public.\"{t}\"', 'id'), "
            f'coalesce((SELECT max(id) FROM public."{t}"), 0) + 1, false);'
            for t in tables
            if t in identities
        )
        self._reset_sql = (
            f"SET session_replication_role = replica; {empty} {refill} {restart} SET session_replication_role = origin;"
        )

    def fresh_database(self) -> str:
        """The office database as a new office again; its URL."""
        self.admin(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{OFFICE}' "
            "AND pid <> pg_backend_pid()"
        )
        self.admin(self._reset_sql, self.office_url)
        return self.office_url

    def drop(self, url: str) -> None:
        """Nothing to do: the next test's reset empties the office."""


TABLES_SQL = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
IDENTITY_SQL = (
    "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
    "AND column_name = 'id' AND is_identity = 'YES'"
)


def add_option(parser) -> None:
    parser.addoption(
        "--backend",
        choices=BACKENDS,
        default="sqlite",
        help="the database the domain tests' offices live in (postgresql: a throwaway server of the session's own)",
    )


def on_postgresql(config) -> bool:
    return config.getoption("--backend") == "postgresql"


def select_for_backend(config, items) -> None:
    """On PostgreSQL, keep the tests that open an office; report how many were left out."""
    if not on_postgresql(config):
        return
    kept = [item for item in items if "folder" in getattr(item, "fixturenames", ())]
    left = [item for item in items if item not in kept]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept
        config._desk_left_to_sqlite = len(left)


def skip_sqlite_only(item) -> None:
    marker = item.get_closest_marker("sqlite_only")
    if marker is not None and on_postgresql(item.config):
        pytest.skip(f"about SQLite's own data file: {marker.args[0] if marker.args else 'SQLite only'}")


def summary_line(config) -> str | None:
    left = getattr(config, "_desk_left_to_sqlite", 0)
    if on_postgresql(config) and left:
        return f"--backend=postgresql: {left} tests open no office and run in the SQLite pass only (deselected here)"
    return None
