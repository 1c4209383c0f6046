"""Version 14: on a PostgreSQL server, one- and two-character searches are found through an
index, and the registry sorted by next deadline is read in its index's order (issue 18).

The search table's trigram index (pg_trgm) narrows a search only by words of three
characters or more: a one- or two-character search read every ticket's text (0.5–1.5 s
on the 1,000,000-ticket office beside a broad filter). Now a second GIN index holds, for
each ticket, every character of its search text and every pair of neighbouring
characters (`desk_pairs(body)`), so a one- or two-character word is one key of that index:
`desk_pairs(body) @> ARRAY['水']`, `@> ARRAY['漏水']`. The pairs never span a field
(the separator and the space end a run), and a search word never holds either, so a
ticket's text contains the word exactly when its pairs do — the same tickets as the data
file's FTS5 trigram search, for any character (pg_trgm keeps letters and digits only, and
only where the server's locale calls them so).

It is an index over an expression, not a column: nothing is stored twice, and the
triggers that keep `ticket_search` keep it too.

The registry sorted by next deadline orders ties (every ticket without one: the closed,
nine in ten) by id. SQLite's index on next_due holds the id beside each entry (its
rowid), the server's did not, so a page of broad filters sorted by deadline sorted the
whole of that tie first (repairs with 漏水 by time left: 0.7 s, spilling to disk). The
server's index becomes (next_due NULLS FIRST, id), the data file's order.

The data file needs nothing (FTS5 finds short words through its vocabulary, its index
carries the id), so opening it takes no backup copy (`CHANGES_DATA_FILE`)."""

from __future__ import annotations

CHANGES_DATA_FILE = False  # nothing to do in the data file

# The characters and the pairs of neighbouring characters of a search text, each an array
# element; the separator (chr(31)) and the space end a run. GIN keeps each key once.
PAIRS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION desk_pairs(body text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
DECLARE
  found text[] := '{}';
  previous text := '';
  one text;
BEGIN
  FOREACH one IN ARRAY string_to_array(body, NULL) LOOP
    IF one = chr(31) OR one = ' ' THEN
      previous := '';
    ELSE
      found := found || one;
      IF previous <> '' THEN
        found := found || (previous || one);
      END IF;
      previous := one;
    END IF;
  END LOOP;
  RETURN found;
END $$"""

PAIRS_INDEX = "CREATE INDEX IF NOT EXISTS ticket_search_body_pairs ON ticket_search USING gin (desk_pairs(body))"
DEADLINE_INDEX = "CREATE INDEX ticket_next_due ON ticket (next_due NULLS FIRST, id)"


def apply(database) -> None:
    """The data file: nothing to change."""


def apply_postgresql(database) -> None:
    database.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
    database.execute_sql(PAIRS_FUNCTION)
    database.execute_sql(PAIRS_INDEX)
    database.execute_sql('DROP INDEX IF EXISTS "ticket_next_due"')
    database.execute_sql(DEADLINE_INDEX)
    database.execute_sql("ANALYZE ticket_search")
