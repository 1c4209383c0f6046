"""Version 12: a leaner data file on a million tickets (issue 12), no query slower.

- The quick search's index no longer keeps its own copy of every ticket's text (about
  125 bytes a ticket on the 1,000,000-ticket office): FTS5 reads the text, when it needs
  it, from the view it was always built from (`ticket_search_text`, an "external content"
  table). A search asks the index for ticket ids only, so it never reads the text; the
  one-character check reads the view (the ticket's row, its room's code and household's
  name) where it read the copy. Nor does it keep each text's length (`columnsize=0`,
  10 bytes a ticket): nothing ranks by relevance. The triggers now tell the index what
  the old text was ('delete' with the old values), as an external-content index needs.
- Indexes no query reads go: the users who dispatched, typed in a result or made a call
  are never searched by, and users are never deleted (about 24 bytes a ticket). The
  index of merged tickets holds only those (under 1 %): an index of a column that is
  empty for nearly every ticket held an entry for each.

PostgreSQL keeps its search table (its trigram index needs the text beside it) and
takes the same index changes."""

from __future__ import annotations

from models.store.migrations.m003_ticket_search import SEPARATOR

UNUSED_INDEXES = [
    "assignment_assigned_by_id",  # no query reads assignments by who dispatched them
    "work_result_entered_by_id",  # nor results by who typed them in
    "callback_attempt_by_id",  # nor call attempts by who made them
]

MERGED_INDEX = "ticket_merged_into_id"
PARTIAL_MERGED = f"CREATE INDEX {MERGED_INDEX} ON ticket (merged_into_id) WHERE merged_into_id IS NOT NULL"

_SEP = "char(31, 31)"


def body_sql(number: str, code: str, name: str, household: str, phone: str, description: str) -> str:
    """The search text of one ticket, as an SQL expression of its parts (each an SQL
    expression): the view and every trigger build it by this one definition, so the text
    a trigger tells the index to forget is exactly the text it was given."""
    return (
        f"{number} || {_SEP} || coalesce({code}, '') || {_SEP} || {name}"
        f" || CASE WHEN {household} IS NULL OR {household} = {name} THEN '' ELSE ' ' || {household} END"
        f" || {_SEP} || {phone}"
        f" || CASE WHEN instr({phone}, '-') > 0 THEN ' ' || replace({phone}, '-', '') ELSE '' END"
        f" || {_SEP} || {description} || {_SEP}"
    )


SEARCH_TEXT_VIEW = f"""
CREATE VIEW ticket_search_text AS
SELECT t.id AS id,
       {body_sql("t.number", "r.code", "t.reporter_name", "h.name", "t.reporter_phone", "t.description")} AS body
FROM ticket t
LEFT JOIN room r ON r.id = t.room_id
LEFT JOIN household h ON h.id = t.household_id
"""

SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE ticket_fts USING fts5(body, tokenize = 'trigram', "
    "content = 'ticket_search_text', content_rowid = 'id', columnsize = 0)"
)
VOCABULARY = "CREATE VIRTUAL TABLE ticket_fts_vocab USING fts5vocab(ticket_fts, 'row')"


def _old_body(ticket: str, code: str | None = None, household: str | None = None) -> str:
    """The text the index holds for `ticket` (a row alias: old, t), its room's code and
    household's name read from their tables unless given."""
    code = code or f"(SELECT code FROM room WHERE id = {ticket}.room_id)"
    household = household or f"(SELECT name FROM household WHERE id = {ticket}.household_id)"
    return body_sql(
        f"{ticket}.number",
        code,
        f"{ticket}.reporter_name",
        household,
        f"{ticket}.reporter_phone",
        f"{ticket}.description",
    )


_FORGET = "INSERT INTO ticket_fts (ticket_fts, rowid, body) VALUES ('delete', old.id, {body});"
_LEARN = "INSERT INTO ticket_fts (rowid, body) SELECT id, body FROM ticket_search_text WHERE id {where};"
_FORGET_ROOMS = "INSERT INTO ticket_fts (ticket_fts, rowid, body) SELECT 'delete', t.id, {body} FROM ticket t WHERE t.{column} = old.id;"

TRIGGERS = {
    "ticket_fts_after_insert": f"""
CREATE TRIGGER ticket_fts_after_insert AFTER INSERT ON ticket BEGIN
  {_LEARN.format(where="= new.id")}
END""",
    "ticket_fts_after_update": f"""
CREATE TRIGGER ticket_fts_after_update
AFTER UPDATE OF number, room_id, household_id, reporter_name, reporter_phone, description ON ticket BEGIN
  {_FORGET.format(body=_old_body("old"))}
  {_LEARN.format(where="= new.id")}
END""",
    "ticket_fts_after_delete": f"""
CREATE TRIGGER ticket_fts_after_delete AFTER DELETE ON ticket BEGIN
  {_FORGET.format(body=_old_body("old"))}
END""",
    "ticket_fts_room_code": f"""
CREATE TRIGGER ticket_fts_room_code AFTER UPDATE OF code ON room BEGIN
  {_FORGET_ROOMS.format(body=_old_body("t", code="old.code"), column="room_id")}
  {_LEARN.format(where="IN (SELECT id FROM ticket WHERE room_id = new.id)")}
END""",
    "ticket_fts_household_name": f"""
CREATE TRIGGER ticket_fts_household_name AFTER UPDATE OF name ON household BEGIN
  {_FORGET_ROOMS.format(body=_old_body("t", household="old.name"), column="household_id")}
  {_LEARN.format(where="IN (SELECT id FROM ticket WHERE household_id = new.id)")}
END""",
}


def apply(database) -> None:
    drop_triggers(database)
    for statement in (
        "DROP TABLE IF EXISTS ticket_fts_vocab",
        "DROP TABLE IF EXISTS ticket_fts",
        "DROP VIEW IF EXISTS ticket_search_text",
        SEARCH_TEXT_VIEW,
        SEARCH_TABLE,
        VOCABULARY,
    ):
        database.execute_sql(statement)
    create_triggers(database)
    rebuild(database)
    _lean_indexes(database)
    database.execute_sql(f'ANALYZE "{MERGED_INDEX}"')


def apply_postgresql(database) -> None:
    _lean_indexes(database)
    database.execute_sql("ANALYZE ticket")


def _lean_indexes(database) -> None:
    for name in [*UNUSED_INDEXES, MERGED_INDEX]:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    database.execute_sql(PARTIAL_MERGED)


def _on_server(database) -> bool:
    return getattr(database, "dialect", "sqlite") == "postgresql"


def create_triggers(database) -> None:
    """The triggers keeping the search index in step with tickets, rooms and households."""
    if _on_server(database):
        from models.store.migrations.m003_ticket_search import create_triggers as server_triggers

        server_triggers(database)
        return
    for name, statement in TRIGGERS.items():
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        database.execute_sql(statement)


def drop_triggers(database) -> None:
    if _on_server(database):
        from models.store.migrations.m003_ticket_search import drop_triggers as drop_server_triggers

        drop_server_triggers(database)
        return
    for name in TRIGGERS:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(database) -> None:
    """Index every ticket's text afresh (after a bulk load without triggers)."""
    if _on_server(database):
        from models.store.migrations.m003_ticket_search import rebuild as rebuild_server

        rebuild_server(database)
        return
    database.execute_sql("INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild')")


__all__ = ["SEPARATOR", "create_triggers", "drop_triggers", "rebuild"]
