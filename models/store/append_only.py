"""Append-only tables in the schema itself: rows can be added, never changed, deleted or
replaced, whoever writes the file (the timeline; later the audit log, callback attempts).

SQLite fires no delete trigger when `INSERT OR REPLACE` / `REPLACE INTO` overwrites a row,
so a BEFORE INSERT trigger refuses a key that already exists: together with the update
and delete triggers, nothing but a new row gets in. One call per table:
`make_append_only(database, "audit_entry")` in the migration that creates it."""

from __future__ import annotations


def append_only_triggers(table: str, key: str = "id") -> dict[str, str]:
    """The triggers' names and CREATE statements for `table` (an identifier from our own schema)."""
    refusal = f"SELECT RAISE(ABORT, '{table} rows are append-only')"
    return {
        f"{table}_no_update": f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} "
        f"BEGIN {refusal}; END",
        f"{table}_no_delete": f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN {refusal}; END",
        f"{table}_no_replace": f"CREATE TRIGGER IF NOT EXISTS {table}_no_replace BEFORE INSERT ON {table} "
        f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {key} = NEW.{key}) BEGIN {refusal}; END",
    }


def make_append_only(database, table: str, key: str = "id") -> None:
    """Refuse updates, deletes and inserts over an existing `key` on `table` (idempotent).
    On PostgreSQL an insert over an existing key fails on the key itself; an UPSERT's
    overwrite is an UPDATE there, and TRUNCATE is refused too (models.store.pg_schema)."""
    if getattr(database, "dialect", "sqlite") == "postgresql":
        from models.store.pg_schema import make_append_only as on_server

        return on_server(database, table)
    for statement in append_only_triggers(table, key).values():
        database.execute_sql(statement)
