"""The list of every table in dependency order, and the DDL peewee would create for them.

The migrations own the real schema; `current_ddl()` exists so a test can check that a
migrated file and the model classes agree column for column."""

from __future__ import annotations

from models import followup, office, registers, service_levels, store, tickets

ALL_TABLES = [
    *registers.TABLES,
    *office.TABLES,
    *tickets.TABLES,
    *followup.TABLES,
    *service_levels.TABLES,
    *store.TABLES,
]


def table_names() -> list[str]:
    return [model._meta.table_name for model in ALL_TABLES]
