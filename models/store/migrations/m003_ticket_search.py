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


def create_triggers(database) -> None:
    for name, statement in TRIGGERS.items():
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        database.execute_sql(statement)


def drop_triggers(database) -> None:
    for name in TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(database) -> None:
    """Refill the search text of every ticket (after a bulk load without triggers)."""
    database.execute_sql("DELETE FROM ticket_fts")
    database.execute_sql("INSERT INTO ticket_fts (rowid, body) SELECT id, body FROM ticket_search_text")
