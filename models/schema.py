"""The list of every table in dependency order, and the DDL peewee would create for them.

The migrations own the real schema; `current_ddl()` exists so a test can check that a
migrated file and the model classes agree column for column."""

from __future__ import annotations

from models import catalog, followup, office_settings, places, staff, tickets

ALL_TABLES = [
    *places.TABLES,
    *staff.TABLES,
    *catalog.TABLES,
    *tickets.TABLES,
    *followup.TABLES,
    *office_settings.TABLES,
]


def table_names() -> list[str]:
    return [model._meta.table_name for model in ALL_TABLES]
