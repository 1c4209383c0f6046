"""Version 11: a server office's quick search folds letters as the data file's does.

The search text of a PostgreSQL office was lower-cased by lower() under the "C" collation
its columns sort by, which folds ASCII only (É stayed É, Ｂ stayed Ｂ) where SQLite's FTS5
folds every letter through its own table. `desk_fold` (models.store.search_fold) folds by
that table; the view the triggers read goes through it, and only the rows whose text
changes are written again (those holding a non-ASCII capital: few in a Chinese office),
so the GIN index is touched for those alone. New server offices get all of this from
migration 3 already (the statements are the same, and nothing differs to rewrite).

The data file needs nothing: FTS5 folds by itself."""

from __future__ import annotations

from models.store.migrations.m003_ticket_search import POSTGRESQL_TEXT_VIEW
from models.store.search_fold import SERVER_FOLD_FUNCTION

REFOLD = (
    "UPDATE ticket_search s SET body = v.body FROM ticket_search_text v "
    "WHERE v.id = s.id AND s.body IS DISTINCT FROM v.body"
)


def apply(database) -> None:
    """SQLite: nothing to change."""


def apply_postgresql(database) -> None:
    for statement in (SERVER_FOLD_FUNCTION, POSTGRESQL_TEXT_VIEW, REFOLD):
        database.execute_sql(statement)
