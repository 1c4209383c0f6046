"""Version 10: a leaner file on a million tickets (issue 12).

- The timeline's (action, at) index held every one of about seven events a ticket (248
  bytes a ticket on the 1,000,000-ticket office), for one question only: which tickets
  were finished (resolved, cancelled, merged) since a moment, which the monthly report
  asks. A partial index over the finishing events alone answers it (about a seventh of
  the events); the report's SQL names the actions literally, exactly as FINISHING_WHERE
  does, or SQLite could not tell that the partial index holds every row it asks for.
- `callback_attempt_callback_id` is a prefix of `callback_attempt_callback_id_at`.
- A building's and a category's indexes carry every column the registry filters on (as
  the receipt-time index does since migration 8), so a building or a category together
  with any other filter is counted and found inside that index: a building's 25,000
  tickets were otherwise each looked up, or the whole receipt-time index walked (one
  building + one clerk: 290 ms of CPU to 30 ms). Each replaces the index it extends.

PostgreSQL takes the same statements (a partial index matches a query whose condition
implies its WHERE there too)."""

from __future__ import annotations

# the report's condition, word for word (models.reports.loading)
FINISHING_WHERE = "action IN ('resolve', 'cancel', 'merge')"

# the filter columns after the leading ones, in the receipt-time index's order
_FILTERED = "status, kind, priority, category_id, room_id, department_id, first_responder_id"

INDEXES = [
    # covering for the report: the count of finishing events since a moment and their
    # tickets read the index alone
    f"CREATE INDEX IF NOT EXISTS ticket_event_finished_at ON ticket_event (at, action, ticket_id) WHERE {FINISHING_WHERE}",
    "CREATE INDEX IF NOT EXISTS ticket_room_id_received_at_cover ON ticket (room_id, received_at, "
    + _FILTERED.replace(", room_id", "")
    + ")",
    "CREATE INDEX IF NOT EXISTS ticket_category_id_received_at_cover ON ticket (category_id, received_at, "
    + _FILTERED.replace(", category_id", "")
    + ")",
]

DROPPED = [
    "ticket_event_action_at",  # replaced by ticket_event_finished_at
    "callback_attempt_callback_id",  # prefix of callback_attempt_callback_id_at
    "ticket_room_id_received_at",  # prefix of ticket_room_id_received_at_cover
    "ticket_category_id_received_at_kind",  # served by ticket_category_id_received_at_cover
]

NEW_INDEXES = ["ticket_event_finished_at", "ticket_room_id_received_at_cover", "ticket_category_id_received_at_cover"]


def apply(database) -> None:
    for statement in INDEXES:
        database.execute_sql(statement)
    for name in DROPPED:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    for name in NEW_INDEXES:  # statistics for the new indexes only (the rest are kept)
        database.execute_sql(f'ANALYZE "{name}"')


def apply_postgresql(database) -> None:
    for statement in INDEXES:
        database.execute_sql(statement)
    for name in DROPPED:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    database.execute_sql("ANALYZE ticket_event")
