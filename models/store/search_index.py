"""The quick search's index over tickets, behind one interface for both databases.

SQLite: an FTS5 trigram table fed by triggers (migration 3), reading each ticket's text
from the view it is built from rather than keeping a copy (migration 12). PostgreSQL: a table of the
same texts, folded by FTS5's own table (models.store.search_fold: É → é, Ｂ → ｂ, accents
and widths kept), with a GIN trigram index (pg_trgm) for words of three characters or
more and a GIN index of each text's characters and pairs of characters for the shorter
ones (migration 14), fed by the same triggers in PL/pgSQL. Both answer the same question
the same way — every word occurs in the ticket's text, case folded — so the same data
gives the same tickets, one- and two-character words included (a test compares the two
on one office).

A search is planned once from its words (`plan(words)`: None when it cannot match), then
used as a subquery of ticket ids, counted (up to a cap), or — for one character, which
FTS5 would expand into thousands of trigrams — checked ticket by ticket as a page walks
(a server's count finds it in its index of characters instead).
The demo's bulk load drops the triggers, loads, then rebuilds the index in one pass."""

from __future__ import annotations

from collections.abc import Sequence

import peewee as pw

from models.store.base import database
from models.store.dialect import on_server
from models.store.migrations.m012_lean_search import SEPARATOR, create_triggers, drop_triggers, rebuild
from models.store.planning import fresh, id_list, unindexed
from models.store.search_fold import fold, folded_from

__all__ = [
    "SEPARATOR",
    "contains_character",
    "count_matching",
    "create_triggers",
    "documents_at_most",
    "drop_triggers",
    "matching_ids",
    "plan",
    "rebuild",
]

SHORT_TERM_EXPANSION = 4000  # trigrams a one- or two-character search may stand for (SQLite)


def plan(words: Sequence[str]) -> str | tuple[str, ...] | None:
    """What the index is asked for the words (each lower case, as the index holds them):
    SQLite's FTS5 MATCH expression, PostgreSQL's words; None when a word cannot occur."""
    if not words:
        return None
    if on_server():
        return tuple(fold(word) for word in words)  # as FTS5 folds SQLite's words
    terms = [_fts_term(word) for word in words]
    return None if any(term is None for term in terms) else " AND ".join(terms)


def matching_ids(planned) -> pw.SQL:
    """The ids of the tickets matching a plan, as an SQL subquery.

    A server finds a word of one or two characters in its index of characters and pairs
    (migration 14), all the matches at once: that index's expression is far too costly
    to work out ticket by ticket (about 30 µs a text), which the planner would otherwise
    do for each ticket of a filter (the 41,740 lifts' tickets beside 王: 1.4 s), so the
    matches are a subquery of their own (OFFSET 0 keeps it apart)."""
    if planned is None:
        return pw.SQL("(SELECT 0 WHERE 1 = 0)")
    if on_server():
        where, params, indexed = _server_condition(planned)
        apart = " OFFSET 0" if indexed else ""
        return pw.SQL(f"(SELECT id FROM ticket_search WHERE {where}{apart})", params)
    return pw.SQL("(SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?)", (planned,))


def listed_ids(planned) -> pw.SQL | None:
    """A server's matches of a plan as one array of ids (for `id = ANY(…)`), when the plan
    asks the index of characters and pairs (see _server_condition); None otherwise, and
    in the data file. Each id is then looked up in the tickets' own index: beside broad
    filters most of them pass, and a count that stops at 10,001 stops after about as many
    lookups, where joining the list with the filter's hundreds of thousands of tickets
    read them all (closed + 漏水: 315 → 120 ms)."""
    if planned is None or not on_server():
        return None
    where, params, indexed = _server_condition(planned)
    return pw.SQL(f"ANY(ARRAY(SELECT id FROM ticket_search WHERE {where}))", params) if indexed else None


def checked_per_ticket(planned, ticket_id: pw.Field) -> pw.Expression:
    """The ticket (`ticket_id`: its id column in the outer query) matches a plan, checked
    in its own text as a walk of another index meets it (a server's page of broad filters
    and the few open or overdue tickets counted beside a search): a word is looked for
    in the text (strpos, LIKE), a microsecond, where the index would first list every
    match of a common word (70,000 for 王). As a subquery of the ticket's own row, the
    planner cannot turn it round and start from the search: it took pg_trgm's fixed
    guess of 100 tickets for 水管爆裂 (12,485) and looked up each of them to find the
    1,400 open tickets' few. The data file checks through its index (matching_ids)."""
    if planned is None:
        return pw.SQL("1 = 0")
    if not on_server():
        return ticket_id.in_(matching_ids(planned))
    where, params, _indexed = _server_condition(planned, walked=True)
    found = _ServerText.select(pw.SQL(where, params)).where(_ServerText.id == ticket_id)
    return pw.Expression(found, "=", pw.SQL("true"))


def count_matching(planned, cap: int | None = None) -> int:
    """Tickets matching a plan, counted up to `cap` when given."""
    if planned is None:
        return 0
    if on_server():
        where, params, _indexed = _server_condition(planned)
        inner = f"SELECT 1 FROM ticket_search WHERE {where}" + (f" LIMIT {int(cap)}" if cap is not None else "")
        return database.execute_sql(f"SELECT count(*) FROM ({inner}) found", params).fetchone()[0]
    sql = "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH ?"
    if cap is not None:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM ticket_fts WHERE ticket_fts MATCH ? LIMIT {int(cap)})"
    return database.execute_sql(sql, (planned,)).fetchone()[0]


def documents_at_most(word: str, cap: int | None = None) -> int:
    """At least as many as the tickets holding a short word (SQLite adds up the tickets of
    each trigram starting with it, which fts5vocab keeps; PostgreSQL counts, up to `cap`)."""
    if on_server():
        counts = fresh(_server_counts)
        if (word, cap) not in counts:  # one keystroke asks this several times
            counts[word, cap] = count_matching((word,), cap)
        return counts[word, cap]
    return short_word_trigrams(word)[1]


_server_counts: dict = {}


def contains_character(character: str, ticket_id: pw.Field) -> pw.Expression:
    """The ticket (`ticket_id`: its id column in the outer query) holds `character` in its
    indexed text: checked per ticket as the page walks, cheaper than collecting every match.

    SQLite (migration 12) checks the parts of the search text in the ticket's own row
    (number, reporter, phone, description): no text put together for each ticket (the
    view's whole text took half as long again). Its room's code and household's name are
    looked at once for all rooms and households (a few thousand rows beside a million
    tickets, kept until the data changes): the ticket's room or household is then one of
    those found, an integer looked up in a list, where reading each ticket's room and
    household took a lookup each; a character no code or name holds (王 in a room code)
    adds nothing. One character occurs in the text exactly when it occurs in one of its parts."""
    if on_server():
        body = _ServerText.select(_ServerText.body).where(_ServerText.id == ticket_id)
        return pw.fn.strpos(body, fold(character)) > 0
    ticket = ticket_id.model
    found = _holds([ticket.number, ticket.reporter_name, ticket.reporter_phone, ticket.description], character)
    rooms, households = _holders(character)
    if rooms:
        found |= unindexed(ticket.room).in_(id_list(rooms))
    if households:
        found |= unindexed(ticket.household).in_(id_list(households))
    return found


def _holds(parts: Sequence[pw.Node], character: str) -> pw.Expression:
    """One of the texts holds the character as FTS5 folds it (checked in this order)."""
    if character.isascii() and character.isalpha():
        parts, spellings = [pw.fn.lower(part) for part in parts], [character]
    else:
        spellings = folded_from(fold(character))  # É for é, Ｂ for ｂ: FTS5 folds them alike
    found = None
    for part in parts:
        for spelling in spellings:
            one = pw.fn.instr(part, spelling) > 0
            found = one if found is None else found | one
    return found


def _holders(character: str) -> tuple[list[int], list[int]]:
    """The rooms whose code and the households whose name hold the character, found once
    and kept until the data changes (a rename or a new room changes the stamp)."""
    holding = fresh(_holding)
    if character not in holding:
        rooms = _RoomCode.select(_RoomCode.id).where(_holds([_RoomCode.code], character))
        households = _HouseholdName.select(_HouseholdName.id).where(_holds([_HouseholdName.name], character))
        holding[character] = ([row.id for row in rooms], [row.id for row in households])
    return holding[character]


_holding: dict = {}


def _fts_term(word: str) -> str | None:
    """A short word's term is kept with its trigrams: a common character's 2,176 trigrams
    took 2 ms to quote and join, and one keystroke plans the search six times."""
    if len(word) >= 3:
        return _quoted(word)
    trigrams = short_word_trigrams(word)[0]
    key = ("term", word)
    if key not in _vocabulary:
        _vocabulary[key] = "(" + " OR ".join(_quoted(term) for term in trigrams) + ")" if trigrams else None
    return _vocabulary[key]


def short_word_trigrams(word: str) -> tuple[list[str], int]:
    """The trigrams a one- or two-character word stands for (up to SHORT_TERM_EXPANSION) and
    an upper bound of the tickets holding it (the tickets of each such trigram, added up).

    fts5vocab reads every posting of every such trigram, a few milliseconds for a common
    character; one keystroke asks for this several times (the footer's counts, the page,
    the decision how to join the filters), so the answer is kept until the data changes."""
    vocabulary = fresh(_vocabulary)
    if word not in vocabulary:
        rows = database.execute_sql(
            "SELECT term, doc FROM ticket_fts_vocab WHERE term >= ? AND term < ?", (word, word + "\U0010ffff")
        ).fetchall()
        vocabulary[word] = ([term for term, _doc in rows[:SHORT_TERM_EXPANSION]], sum(doc for _term, doc in rows))
    return vocabulary[word]


_vocabulary: dict = {}


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _server_condition(words: Sequence[str], walked: bool = False) -> tuple[str, tuple[str, ...], bool]:
    """The WHERE clause over `ticket_search` finding every word, its parameters, and
    whether it asks the index of characters and pairs (migration 14). A word of one or two
    characters is one key of that index, unless the walk checks each ticket (`walked`) or
    the word is in a tenth of the tickets or more (电 in two fifths, 水 in a fifth: walking
    the other filters meets enough of them sooner than the index lists them all); then it
    is looked for in the text (strpos). A longer word is a LIKE that pg_trgm's index
    narrows by the word's trigrams."""
    short = [word for word in words if len(word) <= 2]
    listed = [] if walked else [word for word in short if _share_of_tickets(word) < FREQUENT_SHARE]
    checked = [word for word in short if word not in listed]
    long = [word for word in words if len(word) > 2]
    parts = ["desk_pairs(body) @> ARRAY[" + ", ".join("?" for _ in listed) + "]::text[]"] if listed else []
    parts += ["strpos(body, ?) > 0" for _ in checked]
    parts += ["body LIKE ?" for _ in long]
    patterns = ["%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for word in long]
    return " AND ".join(parts), (*listed, *checked, *patterns), bool(listed)


FREQUENT_SHARE = 0.1  # of the tickets: a short word this common is checked, not listed


def _share_of_tickets(word: str) -> float:
    """The planner's estimate of the share of tickets holding a short word: the index of
    pairs' statistics (ANALYZE keeps its commonest keys with their frequencies; a key not
    among them is rarer than all of those). Read once per connection."""
    connection = database.connection()
    if _shares.get("connection") is not connection:
        rows = database.execute_sql(
            "SELECT element, share FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) "
            "AS common (element, share) WHERE schemaname = current_schema() AND tablename = 'ticket_search_body_pairs' "
            "AND element IS NOT NULL"
        ).fetchall()
        _shares.clear()
        _shares.update({"connection": connection, "shares": dict(rows)})
    return _shares["shares"].get(word, 0.0)


_shares: dict = {}


class _RoomCode(pw.Model):
    """A room's code, as the search text holds it (SQLite's one-character check)."""

    id = pw.IntegerField(primary_key=True)
    code = pw.TextField()

    class Meta:
        database = database
        table_name = "room"


class _HouseholdName(pw.Model):
    """A household's name, as the search text holds it (SQLite's one-character check)."""

    id = pw.IntegerField(primary_key=True)
    name = pw.TextField()

    class Meta:
        database = database
        table_name = "household"


class _ServerText(pw.Model):
    """PostgreSQL's search table: each ticket's text, lower-cased."""

    id = pw.IntegerField(primary_key=True)
    body = pw.TextField()

    class Meta:
        database = database
        table_name = "ticket_search"
