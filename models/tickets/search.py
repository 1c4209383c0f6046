"""The quick search over tickets (SPEC §2, issue 5): what was typed turned into an FTS5
trigram MATCH expression over number, room, names, phones and description (see
models.store.search_index), counting matches, the one-character check against the
index's own copy of each ticket's text, and finding tickets by a typed or scanned
number. models.tickets.registry decides how a search joins the registry's filters."""

from __future__ import annotations

import re

import peewee as pw

from models.registers import clean_search_text, normalise_phone, stored_room_code, to_halfwidth
from models.store import SEARCH_SEPARATOR, data_stamp
from models.tickets.numbering import looks_like_ticket_number
from models.tickets.tables import Ticket

SHORT_TERM_EXPANSION = 4000  # trigrams a one- or two-character search may stand for


def search_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for what was typed (every word must occur), or None when
    a word cannot occur anywhere. Room numbers and phones are searched in stored form."""
    terms = [_term_expression(word) for word in search_words(text)]
    if not terms or any(term is None for term in terms):
        return None
    return " AND ".join(terms)


def search_words(text: str) -> list[str]:
    """The words as the index holds them: half-width, lower case, room numbers and phones normalised."""
    text = to_halfwidth(clean_search_text(text)).replace(SEARCH_SEPARATOR, " ").strip()
    whole_phone = normalise_phone(text) if " " in text else None
    words = []
    for word in [whole_phone] if whole_phone else text.split():
        phone = normalise_phone(word)
        code = stored_room_code(word) if not phone and re.search(r"\d", word) else None
        words.append((phone.replace("-", "") if phone else code or word).lower())
    return words


def _term_expression(word: str) -> str | None:
    if len(word) >= 3:
        return _quoted(word)
    trigrams = short_word_trigrams(word)[0]
    return "(" + " OR ".join(_quoted(term) for term in trigrams) + ")" if trigrams else None


def short_word_trigrams(word: str) -> tuple[list[str], int]:
    """The trigrams a one- or two-character word stands for (up to SHORT_TERM_EXPANSION) and
    an upper bound of the tickets holding it (the tickets of each such trigram, added up).

    fts5vocab reads every posting of every such trigram, a few milliseconds for a common
    character; one keystroke asks for this several times (the footer's counts, the page,
    the decision how to join the filters), so the answer is kept until the data changes."""
    stamp = data_stamp()
    if _vocabulary.get("stamp") != stamp:
        _vocabulary.clear()
        _vocabulary["stamp"] = stamp
    if word not in _vocabulary:
        rows = Ticket._meta.database.execute_sql(
            "SELECT term, doc FROM ticket_fts_vocab WHERE term >= ? AND term < ?", (word, word + "\U0010ffff")
        ).fetchall()
        _vocabulary[word] = ([term for term, _doc in rows[:SHORT_TERM_EXPANSION]], sum(doc for _term, doc in rows))
    return _vocabulary[word]


_vocabulary: dict = {}


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_subquery(text: str, expression: str | None = None) -> pw.SQL:
    """The ids of the tickets matching the text, as an SQL subquery."""
    expression = expression if expression is not None else search_expression(text)
    if expression is None:
        return pw.SQL("(SELECT rowid FROM ticket_fts WHERE 0)")
    return pw.SQL("(SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?)", (expression,))


def documents_at_most(word: str) -> int:
    """An upper bound of the tickets holding a short word: the tickets of each trigram
    starting with it, added up (fts5vocab keeps these counts)."""
    return short_word_trigrams(word)[1]


class _SearchText(pw.Model):
    """The search index's own copy of each ticket's text (FTS5 keeps it in <table>_content)."""

    id = pw.IntegerField(primary_key=True)
    c0 = pw.TextField()

    class Meta:
        database = Ticket._meta.database
        table_name = "ticket_fts_content"


def contains_character(character: str) -> pw.Expression:
    """A one-character search stands for thousands of trigrams; checking each ticket's
    indexed text as the page walks is far cheaper than collecting every match first."""
    body = _SearchText.select(_SearchText.c0).where(_SearchText.id == Ticket.id)
    if character.isascii() and character.isalpha():
        body = _SearchText.select(pw.fn.lower(_SearchText.c0)).where(_SearchText.id == Ticket.id)
    return pw.fn.instr(body, character) > 0


def exact_number(text: str) -> int | None:
    """The id of the ticket whose whole number was typed (or scanned from a work order)."""
    text = clean_search_text(text)
    return ticket_id_for_number(text) if looks_like_ticket_number(text) else None


def fts_count(expression: str, cap: int | None = None) -> int:
    """Tickets matching the MATCH expression, counted up to `cap` when given."""
    sql = "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH ?"
    if cap is not None:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM ticket_fts WHERE ticket_fts MATCH ? LIMIT {int(cap)})"
    return Ticket._meta.database.execute_sql(sql, (expression,)).fetchone()[0]


def find_ticket_ids(text: str, limit: int = 50) -> list[int]:
    """Tickets for the global search box: the exact number first, else the newest matches."""
    text = clean_search_text(text)
    if looks_like_ticket_number(text):
        exact = Ticket.get_or_none(Ticket.number == text.upper())
        if exact is not None:
            return [exact.id]
    query = (
        Ticket.select(Ticket.id)
        .where(Ticket.id.in_(search_subquery(text)))
        .order_by(Ticket.received_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    return [row.id for row in query] if text else []


def ticket_id_for_number(number: str) -> int | None:
    ticket = Ticket.get_or_none(Ticket.number == clean_search_text(number).upper())
    return ticket.id if ticket else None
