"""Version 9: edit versions for several desks (issue 18). A ticket and a callback carry a
`version` that grows with every change a clerk could have been looking at, so a save
made from a form filled before another desk's change is told apart from one made after.

The schema keeps it, whoever writes the file: an update that changes any of the listed
columns without raising the version itself gets it raised by a trigger. The stored
deadlines (recomputed after a calendar or policy change, never typed) do not count.
The services raise it themselves when they take the row for a save (`version + 1 WHERE
version = expected`), which is how a stale form is refused.

On a PostgreSQL server the tables the desks show also announce each committed change on
the channel CHANNEL (NOTIFY, sent at commit, one per table and transaction), which the
store's listener turns into the change token the window polls; SQLite has its own cheap
counter (PRAGMA data_version) and needs nothing in the file."""

from __future__ import annotations

# every ticket column a clerk sees and a desk changes (all but id, version and the
# stored deadlines ack_due, stage_reply_due, result_due, callback_due, next_due)
TICKET_COLUMNS = (
    "number",
    "kind",
    "category_id",
    "channel",
    "priority",
    "status",
    "room_id",
    "household_id",
    "reporter_name",
    "reporter_phone",
    "location",
    "description",
    "first_responder_id",
    "department_id",
    "received_at",
    "acknowledged_at",
    "dispatched_at",
    "resolved_at",
    "called_back_at",
    "closed_at",
    "paused_since",
    "pause_reason",
    "paused_seconds",
    "reopen_count",
    "merged_into_id",
    "updated_at",
    "callback_unhappy",
)
CALLBACK_COLUMNS = (
    "ticket_id",
    "due_at",
    "status",
    "attempts",
    "reached",
    "solved",
    "rating",
    "comment",
    "done_by_id",
    "done_at",
    "resolved_at",
    "call_at",
    "channel",
    "flagged",
    "reviewed_at",
    "reviewed_by_id",
    "cancelled_at",
)
TABLES = {"ticket": TICKET_COLUMNS, "callback": CALLBACK_COLUMNS}

CHANNEL = "desk_changes"
# what the registry, the board, the callbacks page and the status bar show
ANNOUNCED = ("ticket", "ticket_event", "assignment", "work_result", "callback", "callback_attempt")


def version_trigger(table: str, columns: tuple[str, ...]) -> list[str]:
    """SQLite: an AFTER UPDATE trigger raising the version of a row changed without it."""
    changed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in columns)
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_version_after_update AFTER UPDATE ON {table} "
        f"WHEN NEW.version <= OLD.version AND ({changed}) "
        f"BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; END"
    ]


def server_version_trigger(table: str, columns: tuple[str, ...]) -> list[str]:
    """PostgreSQL: the same rule as a BEFORE UPDATE row trigger setting NEW.version."""
    changed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in columns)
    return [
        f"CREATE OR REPLACE FUNCTION {table}_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF NEW.version <= OLD.version AND ({changed}) THEN NEW.version := OLD.version + 1; END IF; "
        "RETURN NEW; END $$",
        f"DROP TRIGGER IF EXISTS {table}_version_before_update ON {table}",
        f"CREATE TRIGGER {table}_version_before_update BEFORE UPDATE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_version_bump()",
    ]


def server_notify_triggers() -> list[str]:
    statements = [
        "CREATE OR REPLACE FUNCTION desk_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
    ]
    for table in ANNOUNCED:
        statements += [
            f"DROP TRIGGER IF EXISTS {table}_announce_change ON {table}",
            f"CREATE TRIGGER {table}_announce_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION desk_announce_change()",
        ]
    return statements


def apply(database) -> None:
    on_server = getattr(database, "dialect", "sqlite") == "postgresql"
    tables = set(database.get_tables())
    for table, columns in TABLES.items():
        if table not in tables:
            continue  # a damaged file lacking it is refused after the migrations, with a sentence
        present = {column.name for column in database.get_columns(table)}
        if "version" not in present:
            database.execute_sql(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
        for statement in (server_version_trigger if on_server else version_trigger)(table, columns):
            database.execute_sql(statement)
    if on_server and tables.issuperset(ANNOUNCED):
        for statement in server_notify_triggers():
            database.execute_sql(statement)
