"""Version 1: the tables as first released, from the frozen DDL in v001.sql."""

from __future__ import annotations

from pathlib import Path

SQL_FILE = Path(__file__).with_name("v001.sql")


def apply(database) -> None:
    database.execute_sql("CREATE TABLE IF NOT EXISTS schema_version (major INTEGER NOT NULL, version INTEGER NOT NULL)")
    for statement in statements():
        database.execute_sql(statement)


def apply_postgresql(database) -> None:
    """The same tables in PostgreSQL's wording, and the SQLite functions the queries call."""
    from models.store.pg_schema import COMPAT_FUNCTIONS, postgres_ddl

    for function in COMPAT_FUNCTIONS:
        database.execute_sql(function)
    database.execute_sql("CREATE TABLE IF NOT EXISTS schema_version (major INTEGER NOT NULL, version INTEGER NOT NULL)")
    for statement in statements():
        database.execute_sql(postgres_ddl(statement))


def statements() -> list[str]:
    return [s for s in SQL_FILE.read_text(encoding="utf-8").split(";\n") if s.strip()]
