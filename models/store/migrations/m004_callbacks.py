"""Version 4: callbacks as the callbacks issue runs them.

- `callback.status` may also be 'cancelled' (the ticket was reopened, cancelled or
  merged before the call), `callback_attempt.outcome` also 'call_later' (the owner
  named another time). Only CHECK constraints widen, which does not touch a stored
  row, so the table text in sqlite_schema is edited in place the way SQLite's own
  ALTER TABLE documentation describes for such changes (writable_schema, then a new
  schema_version), inside the migration's transaction.
- New callback columns: `resolved_at` (the resolution the callback follows), `call_at`
  (when the next call is planned: the deadline at first, then the next attempt),
  `channel` (phone, walk-in, WeChat of the reached call), `flagged` (the supervisor
  should look: unhappy, partly solved or unreachable), `reviewed_at` / `reviewed_by_id`
  (the supervisor has looked), `cancelled_at`.
- `callback_attempt.next_call_at`: the next try this attempt planned.
- `ticket.callback_unhappy`: the last callback found the owner unsatisfied and
  reopened the ticket (the board marks it 回访不满意 until a later callback is happy).
- Indexes for the callbacks page's views: open callbacks by planned call, the flagged ones
  not yet seen (partial), attempts by callback and time."""

from __future__ import annotations

OLD_STATUS = "CHECK (status IN ('pending', 'done', 'abandoned'))"
NEW_STATUS = "CHECK (status IN ('pending', 'done', 'abandoned', 'cancelled'))"
OLD_OUTCOME = "CHECK (outcome IN ('reached', 'no_answer', 'busy', 'wrong_number'))"
NEW_OUTCOME = "CHECK (outcome IN ('reached', 'no_answer', 'busy', 'wrong_number', 'call_later'))"

COLUMNS = [
    "ALTER TABLE callback ADD COLUMN resolved_at DATETIME",
    "ALTER TABLE callback ADD COLUMN call_at DATETIME",
    "ALTER TABLE callback ADD COLUMN channel VARCHAR(16)"
    " CHECK (channel IS NULL OR channel IN ('phone', 'walk_in', 'online'))",
    "ALTER TABLE callback ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE callback ADD COLUMN reviewed_at DATETIME",
    "ALTER TABLE callback ADD COLUMN reviewed_by_id INTEGER REFERENCES user (id) ON DELETE RESTRICT",
    "ALTER TABLE callback ADD COLUMN cancelled_at DATETIME",
    "ALTER TABLE callback_attempt ADD COLUMN next_call_at DATETIME",
    "ALTER TABLE ticket ADD COLUMN callback_unhappy INTEGER NOT NULL DEFAULT 0",
]

FILL = [
    # an existing callback is planned for its deadline and follows its ticket's resolution
    "UPDATE callback SET call_at = due_at WHERE call_at IS NULL",
    "UPDATE callback SET resolved_at = (SELECT resolved_at FROM ticket WHERE ticket.id = callback.ticket_id)"
    " WHERE resolved_at IS NULL",
    # a ticket left 已完成 by the earlier program waits for a callback it never got one for
    """INSERT INTO callback (ticket_id, resolved_at, due_at, call_at, status, attempts, comment, flagged)
       SELECT t.id, t.resolved_at, coalesce(t.callback_due, datetime(date(t.resolved_at, '+7 days'), '+86399 seconds')),
              coalesce(t.callback_due, datetime(date(t.resolved_at, '+7 days'), '+86399 seconds')),
              'pending', 0, '', 0
       FROM ticket t
       WHERE t.status = 'resolved' AND t.resolved_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM callback c WHERE c.ticket_id = t.id AND c.status = 'pending')""",
    # unhappy verdicts and unreachable owners of the past are for the supervisor to see
    "UPDATE callback SET flagged = 1 WHERE status = 'abandoned' OR rating <= 3 OR solved IN ('partly', 'no')",
]

INDEXES = [
    "CREATE INDEX IF NOT EXISTS callback_status_call_at ON callback (status, call_at)",
    # the few callbacks the supervisor has still to look at (flagged = 1 must be a literal in the query)
    "CREATE INDEX IF NOT EXISTS callback_to_review ON callback (due_at) WHERE flagged = 1 AND reviewed_at IS NULL",
    "CREATE INDEX IF NOT EXISTS callback_attempt_callback_id_at ON callback_attempt (callback_id, at)",
]


def apply(database) -> None:
    _widen_check(database, "callback", OLD_STATUS, NEW_STATUS)
    _widen_check(database, "callback_attempt", OLD_OUTCOME, NEW_OUTCOME)
    for statement in [*COLUMNS, *FILL, *INDEXES]:
        database.execute_sql(statement)


def apply_postgresql(database) -> None:
    from models.store.pg_schema import postgres_ddl

    for table, column, new in (("callback", "status", NEW_STATUS), ("callback_attempt", "outcome", NEW_OUTCOME)):
        constraint = f"{table}_{column}_check"
        database.execute_sql(f"ALTER TABLE {table} DROP CONSTRAINT {constraint}, ADD CONSTRAINT {constraint} {new}")
    for statement in [*COLUMNS, *INDEXES]:
        database.execute_sql(postgres_ddl(statement))


def _widen_check(database, table: str, old: str, new: str) -> None:
    """Replace one CHECK constraint's text in the stored CREATE TABLE statement."""
    (sql,) = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if new in sql:
        return
    if old not in sql:
        raise RuntimeError(f"unexpected schema of {table}: {sql}")
    (version,) = database.execute_sql("PRAGMA schema_version").fetchone()
    database.execute_sql("PRAGMA writable_schema = ON")
    try:
        database.execute_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql.replace(old, new), table)
        )
        database.execute_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        database.execute_sql("PRAGMA writable_schema = OFF")
