"""The quick search over tickets (SPEC §2, issue 5): what was typed turned into the words
the search index is asked for (number, room, names, phones and description; the index is
the store's, FTS5 trigram on SQLite and pg_trgm on PostgreSQL, models.store.search_index),
counting matches, the one-character check made ticket by ticket, and finding tickets by
a typed or scanned number. models.tickets.registry decides how a search joins the registry's filters."""

from __future__ import annotations

import re

import peewee as pw

from models.registers import clean_search_text, normalise_phone, stored_room_code, to_halfwidth
from models.store import (
    SEARCH_SEPARATOR,
    count_matching,
    matching_ids,
    plan_search,
    search_checked_per_ticket,
    search_contains_character,
    search_listed_ids,
)
from models.store import documents_at_most as search_documents_at_most
from models.tickets.numbering import looks_like_ticket_number
from models.tickets.tables import Ticket


def search_expression(text: str):
    """What the search index is asked for what was typed (every word must occur; see
    models.store.search_index), or None when a word cannot occur anywhere. Room numbers and
    phones are searched in stored form."""
    return plan_search(search_words(text))


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


def search_subquery(text: str, expression=None) -> pw.SQL:
    """The ids of the tickets matching the text, as an SQL subquery."""
    return matching_ids(expression if expression is not None else search_expression(text))


def search_listed(text: str, expression=None) -> pw.SQL | None:
    """A server's matches as one array of ids, when its index lists them (see
    models.store.search_index.listed_ids); None otherwise."""
    return search_listed_ids(expression if expression is not None else search_expression(text))


def search_checked(text: str, expression=None) -> pw.Expression:
    """The ticket matches the text, checked in each ticket's own text as a walk meets it
    (see models.store.search_index.checked_per_ticket)."""
    return search_checked_per_ticket(expression if expression is not None else search_expression(text), Ticket.id)


def documents_at_most(word: str, cap: int | None = None) -> int:
    """At least as many as the tickets holding a short word (see models.store.search_index)."""
    return search_documents_at_most(word, cap)


def contains_character(character: str) -> pw.Expression:
    """A one-character search stands for thousands of trigrams; checking each ticket's
    indexed text as the page walks is far cheaper than collecting every match first."""
    return search_contains_character(character, Ticket.id)


def exact_number(text: str) -> int | None:
    """The id of the ticket whose whole number was typed (or scanned from a work order)."""
    text = clean_search_text(text)
    return ticket_id_for_number(text) if looks_like_ticket_number(text) else None


def fts_count(expression, cap: int | None = None) -> int:
    """Tickets matching a planned search, counted up to `cap` when given."""
    return count_matching(expression, cap)


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
