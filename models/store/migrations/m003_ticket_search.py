"""Version 3: the registry's quick search and the indexes its sorting needs.

`ticket_fts` is an FTS5 table with the trigram tokenizer (Chinese has no spaces, so
every run of three characters is a token) holding one text per ticket: number, room
code, reporter and household names, phone (as stored and as bare digits) and
description, each followed by two SEPARATOR characters. The separators keep a match
from running across two fields, and give every character a trigram that starts with
it, so one- and two-character searches are found through `ticket_fts_vocab` (the
index's list of trigrams) instead of a scan. Triggers keep the text in step with the
ticket, its room's code and its household's name, whoever writes them.

A bulk loader may call `drop_triggers()`, write, then `create_triggers()` and
`rebuild()` once at the end."""

from __future__ import annotations

from models.store.search_fold import SERVER_FOLD_FUNCTION

SEPARATOR = "\x1f"
_SEP = "char(31, 31)"

SEARCH_TEXT_VIEW = f"""
CREATE VIEW IF NOT EXISTS ticket_search_text AS
SELECT t.id AS id,
       t.number || {_SEP} || coalesce(r.code, '') || {_SEP}
       || t.reporter_name || CASE WHEN h.name IS NULL OR h.name = t.reporter_name THEN '' ELSE ' ' || h.name END || {_SEP}
       || t.reporter_phone
       || CASE WHEN instr(t.reporter_phone, '-') > 0 THEN ' ' || replace(t.reporter_phone, '-', '') ELSE '' END || {_SEP}
       || t.description || {_SEP} AS body
FROM ticket t
LEFT JOIN room r ON r.id = t.room_id
LEFT JOIN household h ON h.id = t.household_id
"""

TABLES = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS ticket_fts USING fts5(body, tokenize = 'trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS ticket_fts_vocab USING fts5vocab(ticket_fts, 'row')",
    SEARCH_TEXT_VIEW,
]

TRIGGERS = {
    "ticket_fts_after_insert": """
CREATE TRIGGER ticket_fts_after_insert AFTER INSERT ON ticket BEGIN
  INSERT INTO ticket_fts (rowid, body) SELECT id, body FROM ticket_search_text WHERE id = new.id;
END""",
    "ticket_fts_after_update": """
CREATE TRIGGER ticket_fts_after_update
AFTER UPDATE OF number, room_id, household_id, reporter_name, reporter_phone, description ON ticket BEGIN
  UPDATE ticket_fts SET body = (SELECT body FROM ticket_search_text WHERE id = new.id) WHERE rowid = new.id;
END""",
    "ticket_fts_after_delete": """
CREATE TRIGGER ticket_fts_after_delete AFTER DELETE ON ticket BEGIN
  DELETE FROM ticket_fts WHERE rowid = old.id;
END""",
    "ticket_fts_room_code": """
CREATE TRIGGER ticket_fts_room_code AFTER UPDATE OF code ON room BEGIN
  UPDATE ticket_fts SET body = (SELECT body FROM ticket_search_text WHERE id = ticket_fts.rowid)
  WHERE rowid IN (SELECT id FROM ticket WHERE room_id = new.id);
END""",
    "ticket_fts_household_name": """
CREATE TRIGGER ticket_fts_household_name AFTER UPDATE OF name ON household BEGIN
  UPDATE ticket_fts SET body = (SELECT body FROM ticket_search_text WHERE id = ticket_fts.rowid)
  WHERE rowid IN (SELECT id FROM ticket WHERE household_id = new.id);
END""",
}

# Sorting the registry by these columns walks an index instead of sorting a million rows.
INDEXES = [
    "CREATE INDEX IF NOT EXISTS ticket_priority_received_at ON ticket (priority, received_at)",
    "CREATE INDEX IF NOT EXISTS ticket_department_received_at ON ticket (department_id, received_at)",
    "CREATE INDEX IF NOT EXISTS ticket_reporter_name_received_at ON ticket (reporter_name, received_at)",
]


def apply(database) -> None:
    for statement in [*TABLES, *INDEXES]:
        database.execute_sql(statement)
    create_triggers(database)
    rebuild(database)


# PostgreSQL: the same text, folded as the trigram tokenizer folds it (desk_fold: FTS5's own
# table, models.store.search_fold), in a table with a GIN trigram index (pg_trgm); the same
# triggers keep it in step.
POSTGRESQL_TEXT_VIEW = """
CREATE OR REPLACE VIEW ticket_search_text AS
SELECT t.id AS id,
       desk_fold(t.number || chr(31) || chr(31) || coalesce(r.code, '') || chr(31) || chr(31)
       || t.reporter_name || CASE WHEN h.name IS NULL OR h.name = t.reporter_name THEN '' ELSE ' ' || h.name END
       || chr(31) || chr(31) || t.reporter_phone
       || CASE WHEN strpos(t.reporter_phone, '-') > 0 THEN ' ' || replace(t.reporter_phone, '-', '') ELSE '' END
       || chr(31) || chr(31) || t.description || chr(31) || chr(31)) AS body
FROM ticket t
LEFT JOIN room r ON r.id = t.room_id
LEFT JOIN household h ON h.id = t.household_id
"""

POSTGRESQL_TABLES = [
    SERVER_FOLD_FUNCTION,
    'CREATE TABLE IF NOT EXISTS ticket_search (id INTEGER NOT NULL PRIMARY KEY, body TEXT COLLATE "C" NOT NULL)',
    "CREATE INDEX IF NOT EXISTS ticket_search_body_trigrams ON ticket_search USING gin (body gin_trgm_ops)",
    POSTGRESQL_TEXT_VIEW,
]

_REFRESH = """  INSERT INTO ticket_search (id, body) SELECT id, body FROM ticket_search_text WHERE {where}
  ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body;"""

POSTGRESQL_TRIGGERS = {
    "ticket_search_after_change": (
        "ticket",
        "AFTER INSERT OR UPDATE OF number, room_id, household_id, reporter_name, reporter_phone, description",
        f"BEGIN\n{_REFRESH.format(where='id = NEW.id')}\n  RETURN NULL;\nEND",
    ),
    "ticket_search_after_delete": (
        "ticket",
        "AFTER DELETE",
        "BEGIN\n  DELETE FROM ticket_search WHERE id = OLD.id;\n  RETURN NULL;\nEND",
    ),
    "ticket_search_room_code": (
        "room",
        "AFTER UPDATE OF code",
        f"BEGIN\n{_REFRESH.format(where='id IN (SELECT id FROM ticket WHERE room_id = NEW.id)')}\n  RETURN NULL;\nEND",
    ),
    "ticket_search_household_name": (
        "household",
        "AFTER UPDATE OF name",
        f"BEGIN\n{_REFRESH.format(where='id IN (SELECT id FROM ticket WHERE household_id = NEW.id)')}\n"
        "  RETURN NULL;\nEND",
    ),
}


def apply_postgresql(database) -> None:
    """pg_trgm's GIN index where SQLite has FTS5 trigram; MissingExtension when the server lacks it."""
    from models.store.pg_schema import require_extension

    require_extension(database, "pg_trgm")
    for statement in [*POSTGRESQL_TABLES, *INDEXES]:
        database.execute_sql(statement)
    create_triggers(database)
    rebuild(database)


def _on_server(database) -> bool:
    return getattr(database, "dialect", "sqlite") == "postgresql"


def create_triggers(database) -> None:
    if _on_server(database):
        from models.store.pg_schema import create_trigger

        for name, (table, timing, body) in POSTGRESQL_TRIGGERS.items():
            create_trigger(database, name, table, body, timing)
        return
    for name, statement in TRIGGERS.items():
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        database.execute_sql(statement)


def drop_triggers(database) -> None:
    if _on_server(database):
        for name, (table, _timing, _body) in POSTGRESQL_TRIGGERS.items():
            database.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        return
    for name in TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(database) -> None:
    """Refill the search text of every ticket (after a bulk load without triggers)."""
    if _on_server(database):
        database.execute_sql("DELETE FROM ticket_search")
        database.execute_sql("INSERT INTO ticket_search (id, body) SELECT id, body FROM ticket_search_text")
        return
    database.execute_sql("DELETE FROM ticket_fts")
    database.execute_sql("INSERT INTO ticket_fts (rowid, body) SELECT id, body FROM ticket_search_text")
