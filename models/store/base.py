"""The late-bound database object and the base model every table derives from.

`database` is opened by models.opening.open_database(); until then it is unbound, so the
app, the command line and each test point the same models at their own file.
"""

from __future__ import annotations

import peewee

database = peewee.SqliteDatabase(None)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


def check_in(column: str, values: list[str], *, nullable: bool = False) -> peewee.Check:
    """A CHECK constraint that keeps a code column within its known values (or NULL)."""
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return peewee.Check(f"{column} IS NULL OR {condition}" if nullable else condition)
