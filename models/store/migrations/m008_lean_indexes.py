"""Version 8: indexes that serve the registry on a million tickets (issue 12).

- Indexes that are a prefix of another index go: the longer one serves every lookup the
  shorter one did (e.g. `ticket_room_id` inside `ticket_room_id_received_at`); so do the
  timeline's indexes no query needs (UNUSED).
- Covering indexes let the registry's counts read only the index, never the ticket rows.
- `ticket_count` holds the number of tickets, kept by triggers, so the unfiltered
  footer total is one row read instead of a walk of a whole index.
- ANALYZE gives the planner statistics, which it had never had.

`ticket_count` is recounted by `recount_tickets()`, which bulk loaders call at the end."""

from __future__ import annotations

REDUNDANT = [
    "ticket_category_id",  # prefix of ticket_category_id_received_at(_kind)
    "ticket_room_id",  # prefix of ticket_room_id_received_at
    "ticket_first_responder_id",  # prefix of ticket_first_responder_id_status
    "ticket_department_id",  # prefix of ticket_department_id_status
    "assignment_department_id",  # prefix of assignment_department_id_active
    "assignment_staff_id",  # prefix of assignment_staff_id_active
]

# Indexes nothing needs on the timeline (7 events a ticket). ticket_event_action_at stays:
# the monthly report counts the events finishing tickets since a moment through it;
# "printed before?" goes through the ticket's own index (see models.dispatch.work_orders).
UNUSED = [
    # a ticket's few events are found through ticket_event_ticket_id and sorted by time
    # after the lookup; with `at` the index was three times as large
    "ticket_event_ticket_id_at",
    # users are deactivated, never deleted, and no query reads events by actor
    "ticket_event_actor_id",
]

# The receipt-time index carries every column the registry filters on, so a page walking
# it in time order checks each filter inside the index and reads only the rows it shows,
# and a count over any combination of filters (within a date range) reads the index alone.
INDEXES = [
    "CREATE INDEX IF NOT EXISTS ticket_received_at_cover ON ticket "
    "(received_at, status, kind, priority, category_id, room_id, department_id, first_responder_id)",
    # categories belong to kinds: "complaints about repairs" is a handful among tens of
    # thousands of either, told apart inside the index instead of by reading each ticket
    "CREATE INDEX IF NOT EXISTS ticket_category_id_received_at_kind ON ticket (category_id, received_at, kind)",
]
# each a prefix of its replacement above
REPLACED = ["ticket_received_at", "ticket_category_id_received_at"]

COUNTER = [
    "CREATE TABLE IF NOT EXISTS ticket_count (id INTEGER PRIMARY KEY CHECK (id = 1), tickets INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO ticket_count (id, tickets) VALUES (1, 0)",
    """CREATE TRIGGER IF NOT EXISTS ticket_count_after_insert AFTER INSERT ON ticket BEGIN
  UPDATE ticket_count SET tickets = tickets + 1 WHERE id = 1;
END""",
    """CREATE TRIGGER IF NOT EXISTS ticket_count_after_delete AFTER DELETE ON ticket BEGIN
  UPDATE ticket_count SET tickets = tickets - 1 WHERE id = 1;
END""",
]


def apply(database) -> None:
    for statement in [*INDEXES, *COUNTER]:
        database.execute_sql(statement)
    for name in [*REDUNDANT, *UNUSED, *REPLACED]:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    recount_tickets(database)
    database.execute_sql("ANALYZE")


POSTGRESQL_COUNTER = [
    "CREATE TABLE IF NOT EXISTS ticket_count (id INTEGER PRIMARY KEY CHECK (id = 1), tickets INTEGER NOT NULL)",
    "INSERT INTO ticket_count (id, tickets) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
]
POSTGRESQL_TRIGGERS = {
    "ticket_count_after_insert": (
        "AFTER INSERT",
        "BEGIN\n  UPDATE ticket_count SET tickets = tickets + 1 WHERE id = 1;\n  RETURN NULL;\nEND",
    ),
    "ticket_count_after_delete": (
        "AFTER DELETE",
        "BEGIN\n  UPDATE ticket_count SET tickets = tickets - 1 WHERE id = 1;\n  RETURN NULL;\nEND",
    ),
}


def apply_postgresql(database) -> None:
    """The same indexes and counter; the counter's triggers in PL/pgSQL."""
    from models.store.pg_schema import create_trigger

    for statement in [*INDEXES, *POSTGRESQL_COUNTER]:
        database.execute_sql(statement)
    for name, (timing, body) in POSTGRESQL_TRIGGERS.items():
        create_trigger(database, name, "ticket", body, timing)
    for name in [*REDUNDANT, *UNUSED, *REPLACED]:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    recount_tickets(database)
    database.execute_sql("ANALYZE")


def recount_tickets(database) -> None:
    database.execute_sql("UPDATE ticket_count SET tickets = (SELECT count(*) FROM ticket) WHERE id = 1")
