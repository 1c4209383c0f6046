"""Version 13: tickets with no deadline, room or crew listed in the same place on a
PostgreSQL server as in the data file (issue 18).

SQLite takes an empty value (NULL) as the smallest: sorted by next deadline, the tickets
with none come first ascending and last descending. PostgreSQL takes it as the largest
unless told otherwise, so the registry now says NULLS FIRST / NULLS LAST there
(models.store.dialect.in_file_order). An index serves such a sort only when it is built in
that order, so the server's indexes that lead with a column some tickets leave empty are
rebuilt `NULLS FIRST`: read forward they give ASC NULLS FIRST, backward DESC NULLS LAST.

The data file's order and indexes are unchanged: its step does nothing, and since no
step from here on changes the file, opening it takes no backup copy first
(`changes_data_file`)."""

from __future__ import annotations

import re

# the server's indexes whose first column is a nullable sort column of the registry
NULLS_FIRST_INDEXES = {
    "ticket_next_due": "next_due",
    "ticket_room_id_received_at_cover": "room_id",
    "ticket_department_received_at": "department_id",
}

CHANGES_DATA_FILE = False  # nothing to do in the data file


def apply(database) -> None:
    """The data file keeps its order and its indexes."""


def apply_postgresql(database) -> None:
    for name, column in NULLS_FIRST_INDEXES.items():
        row = database.execute_sql("SELECT indexdef FROM pg_indexes WHERE indexname = ?", (name,)).fetchone()
        if row is None:
            continue
        statement = nulls_first(row[0], column)
        database.execute_sql(f'DROP INDEX "{name}"')
        database.execute_sql(statement)
    database.execute_sql("ANALYZE ticket")


def nulls_first(indexdef: str, column: str) -> str:
    """The index's definition (pg_get_indexdef's wording) with its first column NULLS FIRST."""
    if re.search(rf"\(\s*\"?{column}\"?\s+NULLS FIRST", indexdef):
        return indexdef
    changed, count = re.subn(rf"\(\s*(\"?{column}\"?)(\s*[,)])", r"(\1 NULLS FIRST\2", indexdef, count=1)
    if count != 1:
        raise ValueError(f"index does not lead with {column}: {indexdef}")
    return changed
