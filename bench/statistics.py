"""Writes the planner statistics of a large office as the Python module the query-plan
test installs (tests/models/tickets/planner_statistics.py), so that the test plans the
small office's queries as SQLite plans them on the large one.

    .venv/bin/python -m bench.statistics --data-dir DIR > tests/models/tickets/planner_statistics.py

Run it again after a migration adds or drops an index (the office is analysed first)."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

TABLES = ("ticket", "ticket_event", "assignment", "room", "household", "category", "callback", "work_result")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    arguments = parser.parse_args()
    path = Path(arguments.data_dir) / "property-desk.sqlite3"
    with sqlite3.connect(path) as connection:
        if connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 0:
            connection.execute("ANALYZE")
        marks = ", ".join("?" for _ in TABLES)
        rows = connection.execute(
            f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN ({marks}) ORDER BY tbl, idx", TABLES
        ).fetchall()
        tickets = connection.execute("SELECT count(*) FROM ticket").fetchone()[0]
    print(f'"""SQLite\'s planner statistics (sqlite_stat1) of a {tickets:,}-ticket office, written by')
    print('bench/statistics.py; test_query_plans.py installs them into the small office."""')
    print()
    print("MILLION_TICKET_STATISTICS = [")
    for table, index, stat in rows:
        print(f"    ({table!r}, {index!r}, {stat!r}),")
    print("]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
