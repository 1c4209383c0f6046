"""The ticket registry's queries (SPEC §2, issue 5): filters, sorting and one page at a
time over any number of tickets, the footer counts, how a quick search joins the other
filters (the search itself, FTS5 trigram, is models.tickets.search), and
the filter presets the office saves. Every query is driven by an index and a LIMIT: nothing
here ever loads every ticket.

Sorting by category, room or department follows the order of those lists (their ids),
which an index can serve; the other columns sort by their stored value. Ties are broken
by receipt time, then id, in the same direction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace

import peewee as pw

from models.codes import Status
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers import Building, Category, Community, Department, Room, Staff, stored_room_code
from models.service_levels import WATCHED, estimate_rule
from models.store import (
    data_stamp,
    database,
    get_setting,
    id_list,
    in_file_order,
    on_server,
    rare,
    search_checked_per_ticket,
    set_setting,
    unindexed,
    within_steps,
)
from models.tickets.registry_columns import PAGE_SELECT, PageRow, RegistryRow, column, registry_row
from models.tickets.search import (
    contains_character,
    documents_at_most,
    exact_number,
    fts_count,
    search_checked,
    search_expression,
    search_listed,
    search_subquery,
    search_words,
)
from models.tickets.tables import Assignment, Ticket, TicketCount

PAGE_LIMIT = 500
COMMON_MATCH = 5000  # from this many matching tickets on, a condition is probed rather than looked up
PRESETS_KEY = "registry.presets"
PRESET_NAME_LIMIT = 40
COUNT_CAP = 10_000
# SQLite VM instructions an exact footer total may take (about 30 ms); beyond, it is capped
EXACT_COUNT_STEPS = 3_000_000
# SQLite VM instructions a count may walk checking a one-character search ticket by ticket
WALK_STEPS = 500_000
# a server's count of a one-character search beside filters checks the text of at most
# this many of the filters' newest tickets (its bounded walk, as the data file's above)
WALK_TICKETS = 10_000
# at most this many tickets of the other filters beside a one-character search have their
# rows looked up (in file order, about 2 µs each) to count it; more are walked as above
ONE_CHARACTER_LOOKUPS = 10_000
# below this many matching tickets a (two or more character) search leads a count of broad
# filters: each match's row is looked up (about 2 µs) rather than the receipt-time index
# walked (about 0.2 µs an entry) until enough matches turn up, which on the 1,000,000-ticket
# office costs as much from about 100,000 matches on; half of that, to be safe
SEARCH_LEADS = 50_000
# a server's lookup of one listed match by id costs about as much as reading this many
# tickets of a filter joined with the matches
LOOKUP_COST = 8

MSG_PRESET_NAME = QT_TRANSLATE_NOOP("models", "Give the preset a name.")
MSG_PRESET_NAME_LONG = QT_TRANSLATE_NOOP("models", "Keep the preset name under {limit} characters.")
MSG_NO_PRESET = QT_TRANSLATE_NOOP("models", "There is no preset called {name}.")
MSG_UNKNOWN_SORT = QT_TRANSLATE_NOOP("models", "The registry cannot be sorted by {column}.")


@dataclass
class RegistryFilter:
    statuses: Sequence[str] = ()
    kinds: Sequence[str] = ()
    category_ids: Sequence[int] = ()  # a group's id stands for all its categories
    building_ids: Sequence[int] = ()
    department_ids: Sequence[int] = ()
    priorities: Sequence[str] = ()
    received_from: dt.date | dt.datetime | None = None
    received_to: dt.date | dt.datetime | None = None  # a date includes that whole day
    overdue_only: bool = False
    mine_user_id: int | None = None
    text: str = ""
    # exactly these tickets (a report's figure drilled into), named by `ticket_set_name`
    ticket_ids: Sequence[int] = ()
    ticket_set_name: str = ""


@dataclass(frozen=True)
class FooterCounts:
    total: int
    open: int
    overdue: int
    total_is_lower_bound: bool = False  # a broad quick search is counted up to COUNT_CAP only


@dataclass(frozen=True)
class Option:
    id: int
    name: str
    group: str = ""


@dataclass(frozen=True)
class FilterOptions:
    categories: list[Option] = field(default_factory=list)  # groups have group == ""
    buildings: list[Option] = field(default_factory=list)
    departments: list[Option] = field(default_factory=list)


@dataclass(frozen=True)
class Preset:
    name: str
    filter: RegistryFilter


# -- filters -------------------------------------------------------------------------


def filter_condition(f: RegistryFilter, now: dt.datetime, *, probe: bool = False) -> pw.Expression | None:
    """The WHERE clause for a filter (None when it filters nothing). With `probe` every
    indexed condition is only checked (see _probed), so a page walks the sort's index."""
    column = _probed if probe else _as_is
    parts = [column(field).in_(list(values)) for field, values in _code_pairs(f) if values]
    if f.statuses and not probe and set(f.statuses) <= set(WATCHED):
        parts[0] = rare(parts[0])  # the open (and resolved) tickets are a small part of any office
    parts += _date_conditions(f)
    if f.category_ids:
        parts.append(column(Ticket.category).in_(_expand_categories(f.category_ids)))
    if f.building_ids:
        parts.append(column(Ticket.room).in_(Room.select(Room.id).where(Room.building.in_(list(f.building_ids)))))
    if f.overdue_only:
        passed = column(Ticket.next_due) < now
        parts.append((passed if probe else rare(passed)) & Ticket.status.in_(WATCHED))  # overdue tickets are few
    if f.mine_user_id is not None:
        parts.append(column(Ticket.first_responder) == f.mine_user_id)
    if f.ticket_set_name or f.ticket_ids:
        parts.append(_ticket_set_condition(f.ticket_ids, column))
    if (f.text or "").strip():
        parts.append(_text_condition(f.text, probe))
    condition = None
    for part in parts:
        condition = part if condition is None else condition & part
    return condition


def _ticket_set_condition(ticket_ids: Sequence[int], column) -> pw.Expression:
    """Ticket ids passed as one JSON parameter: a figure may stand for tens of thousands
    of tickets, more than SQLite takes as separate parameters."""
    return column(Ticket.id).in_(id_list(ticket_ids))


def _probed(field: pw.Field) -> pw.Node:
    """The condition is only checked (see store.unindexed), so the ORDER BY's index drives
    and a page of a common match stops early instead of looking up and sorting every
    matching ticket."""
    return unindexed(field)


def _as_is(field: pw.Field) -> pw.Field:
    return field


def _code_pairs(f: RegistryFilter) -> list[tuple[pw.Field, Sequence]]:
    return [
        (Ticket.status, f.statuses),
        (Ticket.kind, f.kinds),
        (Ticket.priority, f.priorities),
        (Ticket.department, f.department_ids),
    ]


def _is_common(f: RegistryFilter, now: dt.datetime) -> bool:
    """True when both the structured filter and the text (each where given) match at least
    COMMON_MATCH tickets. The footer's count of the same filter, made just before, answers
    this; otherwise counting stops at COMMON_MATCH, a few milliseconds."""
    known = _known_totals.get(_size_key(f, now))
    if known is not None and not known[1] and known[0] < COMMON_MATCH:
        return False  # few together, however many each condition alone
    text = (f.text or "").strip()
    structured = RegistryFilter(**{**asdict(f), "text": ""})
    if _filters_something(structured) and _at_least(structured, now, COMMON_MATCH) < COMMON_MATCH:
        return False
    if text:
        expression = search_expression(text)
        return expression is not None and exact_number(text) is None and _common_text(text, expression)
    return _filters_something(structured)


def _at_least(f: RegistryFilter, now: dt.datetime, wanted: int) -> int:
    """The tickets matching `f`, counted up to `wanted` (or known exactly from the footer)."""
    known = _known_totals.get(_size_key(f, now))
    if known is not None and (known[0] >= wanted or not known[1]):
        return known[0]
    return _capped_count(f, now, wanted)


def _filters_something(f: RegistryFilter) -> bool:
    return any(asdict(f).values())


def _date_conditions(f: RegistryFilter) -> list[pw.Expression]:
    parts = []
    if f.received_from is not None:
        parts.append(Ticket.received_at >= _as_datetime(f.received_from))
    if f.received_to is not None:
        if isinstance(f.received_to, dt.datetime):
            parts.append(Ticket.received_at <= f.received_to)
        else:
            parts.append(Ticket.received_at < _as_datetime(f.received_to + dt.timedelta(days=1)))
    return parts


def _as_datetime(value: dt.date | dt.datetime) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def _expand_categories(ids: Sequence[int]) -> list[int]:
    children = [c.id for c in Category.select(Category.id).where(Category.parent.in_(list(ids)))]
    return sorted({*ids, *children})


# -- quick search within the filters ------------------------------------------------


def _text_condition(text: str, probe: bool = False) -> pw.Expression:
    """Tickets matching the text. A rare text drives the query (its few tickets are looked
    up); a common one is only probed (`+id`), so that the filter's or the sort's index
    drives instead of a lookup of every matching ticket."""
    exact = exact_number(text)
    if exact is not None:
        return Ticket.id == exact
    expression = search_expression(text)
    subquery = search_subquery(text, expression)
    if expression is None:
        return Ticket.id.in_(subquery)
    few = _rare_text_ids(text, expression)
    if few is not None:  # the search index asked once (see _rare_text_ids)
        return (_probed(Ticket.id) if probe else Ticket.id).in_(id_list(few))
    if not probe and not _common_text(text, expression):
        return Ticket.id.in_(subquery)
    words = search_words(text)
    if on_server():  # a page's walk checks each ticket's text, a count lists the matches
        return search_checked(text, expression) if probe else Ticket.id.in_(subquery)
    if len(words) == 1 and len(words[0]) == 1:
        return contains_character(words[0])
    return _probed(Ticket.id).in_(subquery)


def _common_text(text: str, expression: str) -> bool:
    words = search_words(text)
    if len(words) == 1 and len(words[0]) == 1:
        return documents_at_most(words[0], cap=COMMON_MATCH) >= COMMON_MATCH
    few = _rare_text_ids(text, expression)
    return few is None


def _rare_text_ids(text: str, expression) -> list[int] | None:
    """The ids of the tickets matching a search of fewer than COMMON_MATCH tickets (None
    for a commoner one, or a single character), asked of the search index once and kept
    until the data changes: a room code's search (its trigrams '-1-', '-13' are in every
    code) took 50 ms each of the five times one keystroke asked it."""
    words = search_words(text)
    if len(words) == 1 and len(words[0]) == 1:
        return None
    key = (repr(expression), data_stamp())
    if key not in _text_ids:
        if len(_text_ids) >= 16:
            _text_ids.clear()
        found = search_subquery(text, expression)
        sql = f"SELECT * FROM {found.sql} AS found LIMIT {COMMON_MATCH}"
        _text_ids[key] = [row[0] for row in database.execute_sql(sql, tuple(found.params or ()))]
    return None if len(_text_ids[key]) >= COMMON_MATCH else _text_ids[key]


_text_ids: dict[tuple, list[int]] = {}


# -- counting and paging -------------------------------------------------------------


def count_query(f: RegistryFilter, now: dt.datetime) -> pw.Select:
    query = Ticket.select(pw.fn.COUNT(pw.SQL("*")))
    condition = filter_condition(f, now)
    return query.where(condition) if condition is not None else query


def count_tickets(f: RegistryFilter, now: dt.datetime) -> int:
    if not _filters_something(f):
        return TicketCount.select(TicketCount.tickets).scalar()
    if (f.text or "").strip() and _only_text(f) and exact_number(f.text) is None:
        expression = search_expression(f.text)
        return fts_count(expression) if expression is not None else 0
    return count_query(f, now).scalar()


def _capped_count(f: RegistryFilter, now: dt.datetime, cap: int) -> int:
    """The tickets matching `f`, counted up to `cap` (`cap` when a walk was cut short: at
    least that many, as far as the caller can tell)."""
    driven = _driven_condition(f, now)
    if driven is not None:
        return Ticket.select(pw.SQL("1")).where(driven).limit(cap).count()
    ids, complete = _walk_ids(f, now, cap)
    return len(ids) if complete else cap


def _walk_ids(f: RegistryFilter, now: dt.datetime, cap: int) -> tuple[list[int], bool]:
    """Up to `cap` ids of the tickets of `f` (no condition few tickets meet), newest first,
    and whether the walk finished. Every condition is only checked while one index
    carrying all the filter columns is walked (the building's, the category's, else the
    receipt-time index), reading no ticket row: a row lookup for each of the 370,000
    tickets of a department to find its 5,000 complaints took 1.4 s on the 1,000,000-ticket
    office. A one-character search reads each passing ticket's text, a lookup each: that
    walk stops after WALK_STEPS of SQLite's instructions, and what it found is a lower
    bound. The ids are kept for the page when the walk found them all."""
    if on_server() and _one_character(f.text) and (walked := _server_walk(f, now, cap)) is not None:
        return walked
    condition = filter_condition(f, now)
    own = Ticket.select(Ticket.id, Ticket.received_at).where(condition).limit(cap) if condition is not None else None
    led_by_search = _search_leads(f)
    listed = _listed_beside_broad_filters(f, now)
    if listed is not None:
        # a server: the search's matches, listed from its index, are looked up one by one
        # and each checked for the other filters; put in receipt order here
        rest = filter_condition(replace(f, text=""), now)
        found = Ticket.id == listed
        query = Ticket.select(Ticket.id, Ticket.received_at).where(found if rest is None else found & rest)
        query, in_order = query.limit(cap), False
    elif led_by_search:
        # the search's matches are read one by one, each ticket's other conditions checked
        # in its row; put in receipt order here (closed + 漏水: 76 → 31 ms of CPU). The
        # receipt time is sorted as stored (ISO text, in time order): turning 10,000 of
        # them into datetimes took longer than the query
        led = filter_condition(replace(f, text=""), now, probe=True)
        condition = Ticket.id.in_(search_subquery(f.text))
        query, in_order = (
            Ticket.select(Ticket.id, pw.SQL('"t1"."received_at"'))
            .where(condition if led is None else condition & led)
            .limit(cap),
            False,
        )
    elif own is not None and _reads_index_only(own):
        # a building's or a category's tickets are read in its own index, which carries
        # the other filter columns too; put in receipt order here (newest first)
        query, in_order = own, False
    elif (others := _few_beside_one_character(f, now)) is not None:
        # their rows looked up in file order, each checked for the character (one building
        # + mine + 王: 6,989 tickets, found all in 29 ms CPU where walking the receipt-time
        # index to its budget took 66 ms and found 17); put in receipt order here
        query = Ticket.select(Ticket.id, Ticket.received_at).where(Ticket.id.in_(others) & _text_condition(f.text))
        query, in_order = query.limit(cap), False
    else:
        probed = filter_condition(f, now, probe=True)
        query = Ticket.select(Ticket.id, Ticket.received_at).order_by(Ticket.received_at.desc(), Ticket.id.desc())
        query, in_order = (query if probed is None else query.where(probed)).limit(cap), True
    rows: list[tuple] = []

    def walk() -> bool:
        # one at a time: what was found before a cut stays. Each row as the database gives
        # it (the receipt time as stored sorts as the times do): peewee's turning 10,000 of
        # them into datetimes took as long as a one-character search's walk itself
        for row in database.execute_sql(*query.sql()):
            rows.append(row)
        return True

    if led_by_search:  # read at once, each row as SQLite gives it
        sql, params = query.sql()
        rows, complete = database.execute_sql(sql, params).fetchall(), True
    else:
        complete = within_steps(walk, WALK_STEPS) is not None if _one_character(f.text) else walk()
    if not in_order:
        rows.sort(key=lambda row: (row[1], row[0]), reverse=True)
    ids = [row[0] for row in rows]
    if complete and len(ids) < cap and len(ids) <= COUNT_CAP:  # all of them
        _keep_ids(f, now, ids)
    return ids, complete


def _keep_ids(f: RegistryFilter, now: dt.datetime, ids: list[int]) -> None:
    """Every ticket of `f`, kept for its pages (a few filters' worth at a time)."""
    if len(_known_ids) >= 8:
        _known_ids.clear()
    _known_ids[_size_key(f, now)] = ids


def _server_walk(f: RegistryFilter, now: dt.datetime, cap: int) -> tuple[list[int], bool] | None:
    """A server's bounded walk for a one-character search (see _walk_ids): the text of
    the other filters' newest WALK_TICKETS tickets (and one more) is checked, each in its
    own row (a microsecond), and the walk is complete when the filters have no more
    tickets than that. Otherwise all but the oldest match found are given as a walk cut
    short, so that "more than" that many is true, as the data file's walk within its
    budget of steps; None when it found none (the caller counts as before). Counting up
    to 10,000 matches read 25,000–70,000 tickets and their texts, or listed all 70,000
    matches of 王 first (closed + last month + 电 347 → 51 ms wall, 维修 group +
    engineering + 王 300 → 45 ms on the 1,000,000-ticket office)."""
    rest = filter_condition(replace(f, text=""), now)
    newest = Ticket.select(Ticket.id, Ticket.received_at)
    newest = (newest if rest is None else newest.where(rest)).order_by(Ticket.received_at.desc(), Ticket.id.desc())
    context = database.get_sql_context()
    context.sql(search_checked_per_ticket(search_expression(f.text), pw.SQL('"walked"."id"')))
    check, check_params = context.query()
    inner, inner_params = newest.limit(WALK_TICKETS + 1).sql()
    sql = (
        'SELECT count(*), array_agg("walked"."id" ORDER BY "walked"."received_at" DESC, "walked"."id" DESC) '
        f'FILTER (WHERE {check}) FROM ({inner}) AS "walked"'
    )
    walked, found = database.execute_sql(sql, (*check_params, *inner_params)).fetchone()
    ids = list(found or [])[:cap]
    if len(ids) >= cap:  # enough: at least `cap`
        return ids, True
    if walked > WALK_TICKETS:  # more tickets than checked: at least len(ids), so more than one fewer
        return (ids[:-1], False) if ids else None
    if len(ids) <= COUNT_CAP:  # all of them
        _keep_ids(f, now, ids)
    return ids, True


def _few_beside_one_character(f: RegistryFilter, now: dt.datetime) -> pw.Select | None:
    """The ids of the tickets of `f`'s other filters, as a subquery, when `f` has a
    one-character search (checked in each ticket's row) and those filters are met by at
    most ONE_CHARACTER_LOOKUPS tickets, found in one index that carries them all (counted
    there first, a few milliseconds). Their rows are then looked up in the order of the
    file: walking the receipt-time index across the office to meet them took longer, and
    looking them up in the order of their index (a building's tickets are spread through
    the file) 1.7 times as long. None otherwise (SQLite only)."""
    if on_server() or not _one_character(f.text):
        return None
    rest = filter_condition(replace(f, text=""), now)
    others = Ticket.select(Ticket.id).where(rest) if rest is not None else None
    if others is None or not _reads_index_only(others, searched=True):
        return None
    return others if others.limit(ONE_CHARACTER_LOOKUPS + 1).count() <= ONE_CHARACTER_LOOKUPS else None


def _search_leads(f: RegistryFilter) -> bool:
    """True when a count of `f` should start from the quick search's matches: a search of
    two or more characters (not a ticket number) that fewer than SEARCH_LEADS tickets match
    (counted in the search index up to that many, about 1 ms), beside only broad filters
    (status, kind, priority, department, mine: each 100,000 tickets and more of a million,
    whose indexes a walk would read at length). A building's, a category's or a date
    range's tickets stay read in their own index, a few tens of thousands of entries and
    no row lookup. SQLite only: PostgreSQL keeps its plans (see _reads_index_only)."""
    text = (f.text or "").strip()
    if on_server() or not text or _one_character(text) or exact_number(text) is not None:
        return False
    if f.building_ids or f.category_ids or f.received_from is not None or f.received_to is not None:
        return False
    expression = search_expression(text)
    return expression is not None and fts_count(expression, cap=SEARCH_LEADS) < SEARCH_LEADS


def _listed_beside_broad_filters(f: RegistryFilter, now: dt.datetime) -> pw.SQL | None:
    """A server's search matches as one list of ids (see search_listed), for a count of
    a search its index lists beside only broad filters (status, kind, priority,
    department, mine), as the data file's search leads such a count (_search_leads); a
    building's, a category's or a date range's tickets are fewer and joined with the
    matches instead (电梯 + 王: a lookup for each of 王's 70,000 matches took 291 ms,
    the join 173 ms), unless the planner expects so many of them that the lookups stop
    at the cap sooner than the join reads them (see _lookups_stop_sooner). None otherwise."""
    text = (f.text or "").strip()
    if not on_server() or not text or exact_number(text) is not None:
        return None
    expression = search_expression(text)
    listed = search_listed(text, expression) if expression is not None else None
    if listed is None:
        return None
    if f.building_ids or f.category_ids or f.received_from is not None or f.received_to is not None:
        return listed if _lookups_stop_sooner(f, now) else None
    return listed


def _lookups_stop_sooner(f: RegistryFilter, now: dt.datetime) -> bool:
    """A server: True when the planner expects the tickets of `f`'s filters (its estimate,
    about a millisecond) to be at least LOOKUP_COST times the matches a count would look
    up before it reaches the cap, were the filters' share of the office the same among
    the matches (closed + 维修 group: 463,000 expected, the cap reached after about 22,000
    lookups of 漏水's 25,544 matches: 293 → 110–145 ms against the join); a building's or
    a category's tickets (电梯: 41,600) stay joined."""
    rest = filter_condition(replace(f, text=""), now)  # a building, a category or a date range at least
    sql, params = Ticket.select(pw.SQL("1")).where(rest).sql()
    plan = database.execute_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0]
    expected = max(1.0, float(plan[0]["Plan"]["Plan Rows"]))
    office = TicketCount.select(TicketCount.tickets).scalar() or 0
    return expected >= LOOKUP_COST * (COUNT_CAP + 1) * office / expected


def _one_character(text: str) -> bool:
    words = search_words(text) if (text or "").strip() else []
    return len(words) == 1 and len(words[0]) == 1


def _driven_condition(f: RegistryFilter, now: dt.datetime) -> pw.Expression | None:
    """The WHERE clause that counts `f` through a condition few tickets meet (open
    statuses, overdue, a typed number, a report's tickets, a rare search), the rest only
    checked on those few; None when every condition of `f` is met by many tickets."""
    if f.statuses and set(f.statuses) <= set(WATCHED):
        rest = filter_condition(replace(f, statuses=()), now, probe=True)
        driver = rare(Ticket.status.in_(list(f.statuses)))
        return driver if rest is None else driver & rest
    if f.overdue_only:
        rest = filter_condition(replace(f, overdue_only=False, statuses=()), now, probe=True)
        driver = rare(Ticket.next_due < now) & Ticket.status.in_(WATCHED)
        if f.statuses:
            driver &= _probed(Ticket.status).in_(list(f.statuses))
        return driver if rest is None else driver & rest
    text = (f.text or "").strip()
    if f.ticket_ids or f.ticket_set_name or (text and not _is_common_text(text)):
        return filter_condition(f, now)
    return None


def _is_common_text(text: str) -> bool:
    expression = search_expression(text)
    return expression is not None and exact_number(text) is None and _common_text(text, expression)


def _reads_index_only(query: pw.Select, *, searched: bool = False) -> bool:
    """True when SQLite answers the query from indexes alone (one index holds every column
    it filters on), so its time grows with the index entries read, never with row lookups.
    `searched`: and reads only a part of that index (a building's, a category's entries)."""
    if on_server():
        return True
    sql, params = query.sql()
    plan = [row[-1] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]
    ticket = [line for line in plan if line.startswith(("SEARCH t1 ", "SCAN t1"))]
    whole = searched and any(line.startswith("SCAN") for line in ticket)
    return bool(ticket) and all("COVERING INDEX" in line for line in ticket) and not whole


def _total(f: RegistryFilter, now: dt.datetime) -> tuple[int, bool]:
    """(count, True when there are more than that) for the footer."""
    if (f.text or "").strip() and _only_text(f) and exact_number(f.text) is None:
        expression = search_expression(f.text)
        found = fts_count(expression, cap=COUNT_CAP + 1) if expression is not None else 0
        return (COUNT_CAP, True) if found > COUNT_CAP else (found, False)
    return _budgeted_total(f, now)


def _budgeted_total(f: RegistryFilter, now: dt.datetime) -> tuple[int, bool]:
    """Exact when SQLite can count within EXACT_COUNT_STEPS (one index read alone, or few
    tickets); otherwise a combination of broad filters is counted up to COUNT_CAP, more
    than its first pages ever need."""
    if not _filters_something(f):  # the whole office: the trigger-kept counter, always exact
        return count_tickets(f, now), False
    driven = _driven_condition(f, now)
    if driven is not None:
        exact = within_steps(lambda: _count_where(driven), EXACT_COUNT_STEPS)
    elif not (f.text or "").strip() and _counted_in_one_index(f, now):
        exact = within_steps(lambda: count_tickets(f, now), EXACT_COUNT_STEPS)
    else:  # counting would look up a row for each ticket of the broadest filter
        exact = None
    if exact is not None:
        return exact, False
    if driven is not None:
        found = _capped_count(f, now, COUNT_CAP + 1)
        return (COUNT_CAP, True) if found > COUNT_CAP else (found, False)
    ids, complete = _walk_ids(f, now, COUNT_CAP + 1)
    if not complete:
        return len(ids), True
    return (COUNT_CAP, True) if len(ids) > COUNT_CAP else (len(ids), False)


def _counted_in_one_index(f: RegistryFilter, now: dt.datetime) -> bool:
    """True when the data file counts `f` (no search, no condition few tickets meet) in
    one index that holds every column it filters on (see _reads_index_only); a server
    answers as the data file would, so that the footer shows the same number on both
    (the server's planner could count any filter exactly, but 'repair + urgent' is 'more
    than 10,000' in the file): a building's or a category's index holds every filter
    column, so does the receipt-time index for a date range with at most one other column
    (one clerk's: SQLite reads that rather than the clerk's index); otherwise the index
    led by one filtered column (status, kind, priority, department, mine) that also holds
    every other one, as SQLite takes the index that uses the most of the conditions
    (tests/models/tickets/test_query_plans.py checks this against SQLite's plans). The
    data file's budget of steps is not applied (its 1,000,000-ticket office counts every
    such filter within it, 974,576 closed tickets the most)."""
    return file_index_holds_all(f) if on_server() else _reads_index_only(count_query(f, now))


def file_index_holds_all(f: RegistryFilter) -> bool:
    """Whether the data file's count of `f` (see _counted_in_one_index) reads one index
    that holds every column `f` filters on, worked out from the filter alone."""
    filtered = {
        name
        for name, value in (
            ("status", f.statuses),
            ("kind", f.kinds),
            ("priority", f.priorities),
            ("department", f.department_ids),
            ("mine", f.mine_user_id is not None),
            ("received_at", f.received_from is not None or f.received_to is not None),
        )
        if value
    }
    if f.category_ids or f.building_ids or ("received_at" in filtered and len(filtered) <= 2):
        return True  # a date range and one more column: (column, received_at) or the receipt-time index
    return any(lead in filtered and filtered <= held for lead, held in _FILE_INDEXES)


# the data file's indexes led by a filter column, with the filter columns each holds
_FILE_INDEXES = (
    ("status", {"status", "received_at"}),
    ("kind", {"kind", "received_at"}),
    ("priority", {"priority", "received_at"}),
    ("department", {"department", "received_at"}),
    ("department", {"department", "status"}),
    ("mine", {"mine", "status"}),
)


def _size_key(f: RegistryFilter, now: dt.datetime) -> tuple:
    return repr(f), now, data_stamp()


# the footer's latest totals (count, is a lower bound), which the page's plan then reuses
_known_totals: dict[tuple, tuple[int, bool]] = {}
# the ids of the latest few-match filter counted without a driver, newest first
_known_ids: dict[tuple, list[int]] = {}


def _count_where(condition: pw.Expression) -> int:
    return Ticket.select(pw.fn.COUNT(pw.SQL("*"))).where(condition).scalar()


def _only_text(f: RegistryFilter) -> bool:
    return not any(value for key, value in asdict(f).items() if key != "text")


def footer_counts(f: RegistryFilter, now: dt.datetime) -> FooterCounts:
    """Tickets matching the filter, how many of them are open, how many overdue. A quick
    search alone, and a combination of broad filters that SQLite cannot count from one
    index, are counted up to COUNT_CAP: over a million tickets they would otherwise spend
    longer counting than the clerk waits for the page. Open and overdue are always exact."""
    open_statuses = [s for s in (f.statuses or _open()) if s in _open()]
    total, lower_bound = _total(f, now)
    _known_totals.clear()
    _known_totals[_size_key(f, now)] = (total, lower_bound)
    open_count = _count_driven_by(f, now, Ticket.status.in_(open_statuses)) if open_statuses else 0
    overdue_driver = (Ticket.next_due < now) & Ticket.status.in_(WATCHED)
    if f.statuses:
        overdue_driver &= _probed(Ticket.status).in_(list(f.statuses))
    return FooterCounts(total, open_count, _count_driven_by(f, now, overdue_driver), lower_bound)


def _count_driven_by(f: RegistryFilter, now: dt.datetime, driver: pw.Expression) -> int:
    """Count with the few open/overdue tickets driving (status or next_due index) and every
    other condition only checked: a common kind or priority would otherwise walk its own
    index over a large part of the office, row by row."""
    rest = filter_condition(RegistryFilter(**{**asdict(f), "statuses": (), "overdue_only": False}), now, probe=True)
    condition = driver if rest is None else rest & driver
    return Ticket.select(pw.fn.COUNT(pw.SQL("*"))).where(condition).scalar()


def _open() -> list[str]:
    return [Status.NEW, Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS]


def page_query(
    f: RegistryFilter,
    *,
    now: dt.datetime,
    sort: str = "received_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> pw.Select:
    """The SELECT behind fetch_page (the bench runs its SQL through plain sqlite3 too)."""
    sorted_by = column(sort)
    if sorted_by is None:
        raise ValidationError({"sort": MSG_UNKNOWN_SORT}, {"sort": {"column": sort}})
    query = (
        Ticket.select(*PAGE_SELECT)
        .join(Category, pw.JOIN.LEFT_OUTER, on=(Ticket.category == Category.id))
        .join_from(Ticket, Room, pw.JOIN.LEFT_OUTER, on=(Ticket.room == Room.id))
        .join_from(Ticket, Department, pw.JOIN.LEFT_OUTER, on=(Ticket.department == Department.id))
    )
    common = _is_common(f, now)
    exact_rooms = _rooms_coded(f.text)
    offset, limit = max(0, offset), max(1, min(limit, PAGE_LIMIT))
    few = None if exact_rooms else _few_ids(f, now, common and sort == "received_at")
    if few is not None and sort == "received_at":
        # the ids are in this very order: the page is its slice of them
        ordered = few if descending else few[::-1]
        condition, offset = Ticket.id.in_(id_list(ordered[offset : offset + limit])), 0
    elif few is not None:
        condition = Ticket.id.in_(id_list(few))
    else:
        condition = filter_condition(f, now, probe=True) if common else _few_condition(f, now)
    if condition is not None:
        query = query.where(condition)
    # A filter few tickets match (fewer than COMMON_MATCH) finds them through its own
    # index and sorts them; the sort's index must not drive, or the planner may walk it
    # across the whole office hoping to meet a page of them early (6.5 s for 60 overdue
    # repairs of one clerk sorted by room, on the 1,000,000-ticket office).
    fields = sorted_by.sort if common or not _filters_something(f) else [unindexed(field) for field in sorted_by.sort]
    order = [in_file_order(field, descending) for field in fields]
    if exact_rooms:
        # a room code typed in the search finds that room first (in each community), then the codes containing it
        order.insert(0, pw.Case(None, [(Ticket.room.in_(exact_rooms), 0)], 1))
    return query.order_by(*order).offset(offset).limit(limit)


def _few_condition(f: RegistryFilter, now: dt.datetime) -> pw.Expression | None:
    """The WHERE clause finding the fewer than COMMON_MATCH tickets of `f` through the
    condition few tickets meet (see _driven_condition), else through their own indexes."""
    if not _filters_something(f):
        return None
    driven = _driven_condition(f, now)
    return filter_condition(f, now) if driven is None else driven


def _few_ids(f: RegistryFilter, now: dt.datetime, walk_instead: bool) -> list[int] | None:
    """The ids (newest first) of the tickets of `f` when each of its conditions is met by
    many tickets and all of them together by at most COUNT_CAP, as the count found them
    walking one index (see _capped_count); None when a condition few tickets meet finds
    them (see _driven_condition) or there are more. A page of them is their slice, or
    their rows sorted: fewer lookups than walking another column's index hoping to meet
    a page of them (electricity + one clerk, by priority: 2.1 s, a lookup a ticket).
    `walk_instead`: the page would rather walk the receipt-time index than find them all."""
    if not _filters_something(f) or _driven_condition(f, now) is not None:
        return None
    key = _size_key(f, now)
    known = _known_totals.get(key)
    few = known is not None and not known[1] and known[0] <= COUNT_CAP
    if key not in _known_ids and not walk_instead and (known is None or few):
        _capped_count(f, now, COUNT_CAP + 1)
    return _known_ids.get(key)


def _rooms_coded(text: str) -> list[int]:
    """The rooms whose code is exactly the searched text (3-1-0301, 3栋1单元301), in any community."""
    code = stored_room_code(text) if (text or "").strip() else None
    return [room.id for room in Room.select(Room.id).where(Room.code == code)] if code else []


def fetch_page(
    f: RegistryFilter,
    *,
    now: dt.datetime,
    sort: str = "received_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[RegistryRow]:
    """One page of the registry, display-ready (phones masked, deadlines with time left)."""
    query = page_query(f, now=now, sort=sort, descending=descending, offset=offset, limit=limit)
    rows = [PageRow._make(row) for row in Ticket._meta.database.execute(query)]
    crews = crew_names([row.id for row in rows])
    estimates = estimate_rule()
    return _with_communities([registry_row(row, crews.get(row.id, ""), now, estimates) for row in rows])


def _with_communities(rows: list[RegistryRow]) -> list[RegistryRow]:
    """Rooms named with their community when the office has several (3-1-0301 is in both)."""
    if not rows or Community.select().where(Community.archived == False).count() < 2:
        return rows
    marks = ", ".join("?" for _ in rows)
    cursor = Ticket._meta.database.execute_sql(
        "SELECT t.id, c.name FROM ticket t JOIN room r ON r.id = t.room_id JOIN community c ON c.id = r.community_id "
        f"WHERE t.id IN ({marks})",
        tuple(row.id for row in rows),
    )
    names = dict(cursor.fetchall())
    return [replace(row, room=f"{names[row.id]} {row.room}") if row.id in names else row for row in rows]


def crew_names(ticket_ids: list[int]) -> dict[int, str]:
    """The active crew members of each ticket, joined by 、."""
    if not ticket_ids:
        return {}
    query = (
        Assignment.select(Assignment.ticket, Staff.name)
        .join(Staff, on=(Assignment.staff == Staff.id))
        .where(Assignment.active == True, Assignment.ticket.in_(id_list(ticket_ids)))
        .order_by(Assignment.ticket, Assignment.id)
        .tuples()
    )
    names: dict[int, list[str]] = {}
    for ticket_id, name in query:
        names.setdefault(ticket_id, []).append(name)
    return {ticket_id: "、".join(dict.fromkeys(found)) for ticket_id, found in names.items()}


# -- filter choices and presets ------------------------------------------------------


def filter_options() -> FilterOptions:
    groups = {
        c.id: c.name
        for c in Category.select()
        .where(Category.parent.is_null(), Category.archived == False)
        .order_by(Category.position, Category.id)
    }
    categories = []
    for group_id, group_name in groups.items():
        categories.append(Option(group_id, group_name))
        children = (
            Category.select()
            .where(Category.parent == group_id, Category.archived == False)
            .order_by(Category.position, Category.id)
        )
        categories.extend(Option(child.id, child.name, group_name) for child in children)
    buildings = [
        Option(b.id, b.name, b.community.name)
        for b in Building.select(Building, Community)
        .join(Community)
        .where(Building.archived == False)
        .order_by(Community.name, Building.position, Building.name)
    ]
    departments = [
        Option(d.id, d.name) for d in Department.select().where(Department.archived == False).order_by(Department.id)
    ]
    return FilterOptions(categories, buildings, departments)


def save_preset(name: str, f: RegistryFilter) -> None:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": MSG_PRESET_NAME})
    if len(name) > PRESET_NAME_LIMIT:
        raise ValidationError({"name": MSG_PRESET_NAME_LONG}, {"name": {"limit": PRESET_NAME_LIMIT}})
    presets = get_setting(PRESETS_KEY, {})
    presets[name] = _filter_to_json(f)
    set_setting(PRESETS_KEY, presets)


def list_presets() -> list[Preset]:
    return [Preset(name, _filter_from_json(data)) for name, data in sorted(get_setting(PRESETS_KEY, {}).items())]


def delete_preset(name: str) -> None:
    presets = get_setting(PRESETS_KEY, {})
    if name not in presets:
        raise NotFound(MSG_NO_PRESET, name=name)
    del presets[name]
    set_setting(PRESETS_KEY, presets)


def _filter_to_json(f: RegistryFilter) -> dict:
    """A preset keeps the filter, not a report figure's tickets (those are a snapshot)."""
    data = {key: value for key, value in asdict(f).items() if key not in ("ticket_ids", "ticket_set_name")}
    for key in ("received_from", "received_to"):
        value = data[key]
        data[key] = (
            None if value is None else {"datetime" if isinstance(value, dt.datetime) else "date": value.isoformat()}
        )
    return {key: list(value) if isinstance(value, tuple) else value for key, value in data.items()}


def _filter_from_json(data: dict) -> RegistryFilter:
    data = dict(data)
    for key in ("received_from", "received_to"):
        value = data.get(key)
        if isinstance(value, dict):
            data[key] = (
                dt.datetime.fromisoformat(value["datetime"])
                if "datetime" in value
                else dt.date.fromisoformat(value["date"])
            )
    known = RegistryFilter.__dataclass_fields__
    return RegistryFilter(**{key: value for key, value in data.items() if key in known})
