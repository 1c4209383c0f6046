"""Version 1: the tables as first released, from the frozen DDL in v001.sql."""

from __future__ import annotations

from pathlib import Path

SQL_FILE = Path(__file__).with_name("v001.sql")


def apply(database) -> None:
    database.execute_sql("CREATE TABLE IF NOT EXISTS schema_version (major INTEGER NOT NULL, version INTEGER NOT NULL)")
    for statement in SQL_FILE.read_text(encoding="utf-8").split(";\n"):
        if statement.strip():
            database.execute_sql(statement)
