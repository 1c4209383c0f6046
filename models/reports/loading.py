"""Reading what a report needs in a few set-based queries: one pass over the tickets
received in the period as narrow rows whose verdicts (resolved, in time, …) the database
works out (models.reports.rules), their callbacks and crews, the tickets of the 30 days
before (for repeats), counts of other periods grouped in the database, and the names of
places, categories, departments and crew. Nothing here loads more than the period, and
no row becomes a model object."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from models.codes import OPEN_STATUSES, Kind
from models.reports import rules
from models.reports.periods import BUILDING, COMMUNITY, Period, Scope
from models.store import database, on_server

NOT_COUNTED = rules.NOT_COUNTED
OPEN_NOW = tuple(status.value for status in OPEN_STATUSES)
FINISHING = ("resolve", "cancel", "merge")  # the timeline actions that end a ticket's open time
# FINISHING as SQL, word for word the WHERE of the partial index ticket_event_finished_at
# (migration 10): worded any other way (bound parameters, another order) SQLite cannot use it
FINISHED_EVENT = "action IN ('resolve', 'cancel', 'merge')"


@dataclass
class Names:
    categories: dict[int, tuple[str, int | None]] = field(default_factory=dict)  # id -> (name, group id)
    departments: dict[int, str] = field(default_factory=dict)
    buildings: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (name, community id)
    communities: dict[int, str] = field(default_factory=dict)
    staff: dict[int, str] = field(default_factory=dict)

    def category(self, category_id: int | None) -> str:
        return self.categories.get(category_id, ("", None))[0]

    def group_of(self, category_id: int) -> str:
        group = self.categories.get(category_id, ("", None))[1]
        return self.category(group) if group is not None else ""

    def building(self, building_id: int | None) -> str:
        if building_id not in self.buildings:
            return ""
        name, community_id = self.buildings[building_id]
        return f"{self.communities.get(community_id, '')} {name}".strip()


def stamp(value) -> dt.datetime | None:
    """A stored timestamp (kept as text) as a datetime."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def as_stored(value: dt.datetime) -> str:
    """A moment written as the store writes timestamps, so that text comparisons in SQL
    order it as datetimes would (microseconds kept when there are any)."""
    return value.isoformat(" ")


def scope_sql(scope: Scope) -> tuple[str, tuple]:
    """The extra WHERE on the room (alias r) for a scope, and its parameter."""
    if scope.kind == COMMUNITY:
        return " AND r.community_id = ?", (scope.id,)
    if scope.kind == BUILDING:
        return " AND r.building_id = ?", (scope.id,)
    return "", ()


def _received_where(start: dt.datetime, end: dt.datetime, scope: Scope) -> tuple[str, tuple]:
    extra, params = scope_sql(scope)
    return f"t.received_at >= ? AND t.received_at < ?{extra}", (_text(start), _text(end), *params)


def _room_join(scope: Scope) -> str:
    """The room joined for a community's or a building's WHERE; the office's needs none."""
    return "" if scope.is_office else " LEFT JOIN room r ON r.id = t.room_id"


def _text(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


# The verdicts on a ticket as bits of one number, added up in the database (the paused bit
# is set in Python: a pause still running counts up to the period's end)
RESOLVED, ACK_LATE, RESULT_LATE, URGENT, REPLY_LATE = 1, 2, 4, 8, 16
CALLBACK_DUE, CALLBACK_MISSED, REOPENED, PAUSED = 32, 64, 128, 256


# The one pass over the period's tickets: (id, status, kind, category, room, department,
# received at, acknowledged at, finished at (as stored: the last resolution of a ticket
# resolved by the period's end, else its receipt), verdicts, paused seconds, paused
# since). The verdicts: RESOLVED by the period's end; ACK_LATE not acknowledged in time;
# RESULT_LATE result not on time (counts only with RESOLVED); URGENT with a stage-reply
# deadline, REPLY_LATE and its stage reply late; CALLBACK_DUE its callback counts for the
# rate, CALLBACK_MISSED and it was missed; REOPENED reopened at least once. The moments
# come as the stored text and Python reads them: working the seconds out in SQL (julianday)
# cost more than reading the text and parsing it (a year: 1.72 s against 1.40 s CPU).
def ticket_row_sql() -> str:
    return (
        "SELECT t.id, t.status, t.kind, t.category_id, t.room_id, t.department_id, "
        f"t.received_at, t.acknowledged_at, CASE WHEN {rules.RESOLVED_BY} THEN t.resolved_at ELSE t.received_at END, "
        f"CASE WHEN {rules.RESOLVED_BY} THEN {RESOLVED} ELSE 0 END"
        f" + CASE WHEN {rules.ACKNOWLEDGED_IN_TIME} THEN 0 ELSE {ACK_LATE} END"
        f" + CASE WHEN {rules.RESULT_ON_TIME} THEN 0 ELSE {RESULT_LATE} END"
        f" + CASE WHEN t.stage_reply_due IS NULL THEN 0 WHEN {rules.STAGE_REPLY_IN_TIME} THEN {URGENT} "
        f"ELSE {URGENT + REPLY_LATE} END"
        f" + CASE ({rules.CALLBACK_VERDICT}) WHEN 1 THEN {CALLBACK_DUE} WHEN 0 THEN {CALLBACK_DUE + CALLBACK_MISSED} "
        "ELSE 0 END"
        f" + CASE WHEN t.reopen_count > 0 THEN {REOPENED} ELSE 0 END, "
        "t.paused_seconds, t.paused_since FROM ticket t"
    )


ROWS_AT_ONCE = 4096


def ticket_rows(period: Period, scope: Scope, now: dt.datetime) -> Iterator[list[tuple]]:
    """Every ticket registered in the period in the scope (cancelled and merged ones too),
    in order of receipt (then of id), as ticket_row_sql describes; read a few thousand at a
    time (each batch a list), so a year's rows are never all held at once.

    The database orders them by receipt alone, as the receipt index has them; the few
    received at one moment are put in order of id here, each batch holding back its last
    moment's rows for the next (the database putting every row in order of id within its
    moment took ~0.2 s of a year's ~0.75 s on SQLite)."""
    where, params = _received_where(period.start, period.end, scope)
    end = _text(period.end)
    cursor = database.execute_sql(
        f"{ticket_row_sql()}{_room_join(scope)} WHERE {where} ORDER BY t.received_at",
        (end, end, end, *[as_stored(now)] * 3, *params),
    )
    held: list[tuple] = []
    while rows := cursor.fetchmany(ROWS_AT_ONCE):
        rows = held + rows if held else rows
        last, cut = rows[-1][RECEIVED_AT], len(rows)
        while cut and rows[cut - 1][RECEIVED_AT] == last:
            cut -= 1
        held = rows[cut:]
        if cut:
            batch = rows[:cut]
            batch.sort(key=RECEIPT_ORDER)
            yield batch
    if held:
        held.sort(key=RECEIPT_ORDER)
        yield held


RECEIVED_AT = 6  # of a row of ticket_row_sql
RECEIPT_ORDER = itemgetter(RECEIVED_AT, 0)


def room_places() -> dict[int, tuple[int, int]]:
    """room id -> (building id, community id) of every room: a dictionary lookup per
    ticket costs less than joining each ticket's room in the database."""
    rows = database.execute_sql("SELECT id, building_id, community_id FROM room").fetchall()
    return {room: (building, community) for room, building, community in rows}


class CallbackRow(NamedTuple):
    ticket_id: int
    number: str
    category_id: int
    status: str
    reached: bool | None
    solved: str | None
    rating: int | None
    comment: str


def callback_rows(period: Period, scope: Scope) -> list[CallbackRow]:
    """The callbacks of the counted tickets received in the period, in the tickets' order
    of receipt and each ticket's oldest first."""
    where, params = _received_where(period.start, period.end, scope)
    rows = database.execute_sql(
        "SELECT c.ticket_id, t.number, t.category_id, c.status, c.reached, c.solved, c.rating, c.comment "
        f"FROM ticket t LEFT JOIN room r ON r.id = t.room_id JOIN callback c ON c.ticket_id = t.id WHERE {where} "
        f"AND {rules.COUNTED} ORDER BY t.received_at, t.id, c.id",
        (*params, *rules.COUNTED_PARAMS),
    ).fetchall()
    return [CallbackRow._make(row) for row in rows]


def crews_of(period: Period, scope: Scope) -> list[tuple[int, int]]:
    """(ticket id, staff id) of the crew members on the received tickets' active
    assignments (a member twice on one ticket comes twice), in no set order: the receipt
    index's order on SQLite (putting them in order of id too took ~40 ms of a year's ~150)."""
    where, params = _received_where(period.start, period.end, scope)
    return database.execute_sql(
        f"SELECT a.ticket_id, a.staff_id FROM ticket t{_room_join(scope)} "
        f"JOIN assignment a ON a.ticket_id = t.id WHERE {where} AND {rules.COUNTED} AND a.active = 1 "
        "AND a.staff_id IS NOT NULL",
        (*params, *rules.COUNTED_PARAMS),
    ).fetchall()


def ticket_details(ticket_ids) -> dict[int, tuple[str, int | None, str]]:
    """id -> (number, household id, reporter name) of a few tickets."""
    found: dict[int, tuple[str, int | None, str]] = {}
    wanted = sorted(set(ticket_ids))
    for first in range(0, len(wanted), 500):
        chunk = wanted[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = database.execute_sql(
            f"SELECT id, number, household_id, reporter_name FROM ticket WHERE id IN ({marks})", chunk
        ).fetchall()
        found.update((row[0], row[1:]) for row in rows)
    return found


def receipts_before(period: Period, scope: Scope, days: int) -> list[tuple[int, int, str, int]]:
    """(room id, category id, received at as stored, id) of the counted tickets with a
    room received in the `days` before the period (a repeat in the period may follow one
    of them), in order of receipt."""
    where, params = _received_where(period.start - dt.timedelta(days=days), period.start, scope)
    return database.execute_sql(
        f"SELECT t.room_id, t.category_id, t.received_at, t.id FROM ticket t{_room_join(scope)} "
        f"WHERE {where} AND t.room_id IS NOT NULL AND {rules.COUNTED} ORDER BY t.received_at, t.id",
        (*params, *rules.COUNTED_PARAMS),
    ).fetchall()


def counted_between(start: dt.datetime, end: dt.datetime, scope: Scope) -> int:
    """Tickets received in [start, end) in the scope, cancelled and merged ones left out."""
    return sum(received_by_month(start, end, scope).values())


def received_by_month(start: dt.datetime, end: dt.datetime, scope: Scope) -> dict[str, int]:
    """'YYYY-MM' -> counted tickets received in [start, end). Each month's tickets are
    counted on the receipt index, one range at a time (a range count steps through the
    index without sorting: a year of a million-ticket office in ~10 ms where grouping by
    the month's text took ~110 ms), and the few cancelled or merged ones are taken off,
    so no ticket row is read."""
    extra, scope_params = scope_sql(scope)
    if scope.is_office:
        count = "SELECT COUNT(*) FROM ticket WHERE received_at >= ? AND received_at < ?"
    else:
        count = (
            "SELECT COUNT(*) FROM room r JOIN ticket t ON t.room_id = r.id "
            f"WHERE t.received_at >= ? AND t.received_at < ?{extra}"
        )
    counts: dict[str, int] = {}
    for key, first, last in _months_between(start, end):
        found = database.execute_sql(count, (_text(first), _text(last), *scope_params)).fetchone()[0]
        if found:
            counts[key] = found
    left_out = database.execute_sql(
        "SELECT substr(t.received_at, 1, 7), COUNT(*) FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"WHERE t.status IN (?, ?) AND t.received_at >= ? AND t.received_at < ?{extra} GROUP BY 1",
        (*NOT_COUNTED, _text(start), _text(end), *scope_params),
    ).fetchall()
    for month_key, found in left_out:
        counts[month_key] = counts.get(month_key, 0) - found
    return counts


def _months_between(start: dt.datetime, end: dt.datetime):
    """('YYYY-MM', from, to) of each calendar month's part of [start, end)."""
    first = start
    while first < end:
        following = dt.datetime(first.year + first.month // 12, first.month % 12 + 1, 1)
        yield f"{first:%Y-%m}", first, min(following, end)
        first = following


@dataclass
class Breakdown:
    """The counted tickets of a period by kind, by category, and the repairs by
    (building, category): what this period's figures are compared against."""

    kinds: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)
    repairs: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.kinds.values())


def breakdown_between(period: Period, scope: Scope) -> Breakdown:
    """For the whole office the kinds and categories are counted on their receipt indexes
    and the cancelled or merged tickets taken off (no ticket row read: a year in ~70 ms
    where grouping the rows took ~630 ms); only the repairs' rows are read, for their
    building. For a community or a building the scope's rows are read."""
    found = Breakdown()
    bounds = (_text(period.start), _text(period.end))
    if not scope.is_office:
        where, params = _received_where(period.start, period.end, scope)
        rows = database.execute_sql(
            f"SELECT t.kind, t.category_id, r.building_id, COUNT(*) FROM ticket t LEFT JOIN room r "
            f"ON r.id = t.room_id WHERE {where} AND t.status NOT IN (?, ?) GROUP BY 1, 2, 3",
            (*params, *NOT_COUNTED),
        ).fetchall()
        for kind, category, building, count in rows:
            found.kinds[kind] += count
            found.categories[category] += count
            if kind == Kind.REPAIR and building is not None:
                found.repairs[(building, category)] += count
        return found
    range_sql = "received_at >= ? AND received_at < ?"
    found.kinds.update(
        dict(database.execute_sql(f"SELECT kind, COUNT(*) FROM ticket WHERE {range_sql} GROUP BY 1", bounds).fetchall())
    )
    found.categories.update(
        dict(
            database.execute_sql(
                f"SELECT category_id, COUNT(*) FROM ticket WHERE {range_sql} GROUP BY 1", bounds
            ).fetchall()
        )
    )
    left_out = database.execute_sql(
        f"SELECT kind, category_id, COUNT(*) FROM ticket WHERE status IN (?, ?) AND {range_sql} GROUP BY 1, 2",
        (*NOT_COUNTED, *bounds),
    ).fetchall()
    for kind, category, count in left_out:
        found.kinds[kind] -= count
        found.categories[category] -= count
    # a repair is every other ticket: found through each room's tickets in the index that
    # carries kind, status and category (no ticket row read), not through the kind's own
    # index and a row per repair (a year: ~0.27 s to ~0.17 s CPU on SQLite)
    kind = "t.kind" if on_server() else "+t.kind"
    repairs = database.execute_sql(
        "SELECT r.building_id, t.category_id, COUNT(*) FROM ticket t JOIN room r ON r.id = t.room_id "
        f"WHERE {kind} = ? AND t.received_at >= ? AND t.received_at < ? AND t.status NOT IN (?, ?) GROUP BY 1, 2",
        (Kind.REPAIR.value, *bounds, *NOT_COUNTED),
    ).fetchall()
    found.repairs.update({(building, category): count for building, category, count in repairs})
    return found


class LateRow(NamedTuple):
    id: int
    number: str
    kind: str
    category_id: int
    status: str
    room_id: int | None
    community_id: int | None
    received_at: dt.datetime
    acknowledged_at: dt.datetime | None
    ack_due: dt.datetime | None
    result_due: dt.datetime | None


def open_at(cutoff: dt.datetime, scope: Scope) -> list[LateRow]:
    """Tickets in the scope received before `cutoff` and not resolved, cancelled or merged
    by then, whose acknowledge or result deadline had passed by then."""
    extra, params = scope_sql(scope)
    moment = _text(cutoff)
    candidates, candidate_params = _open_candidates(moment)
    rows = database.execute_sql(
        "SELECT t.id, t.number, t.kind, t.category_id, t.status, t.room_id, r.community_id, t.received_at, "
        "t.acknowledged_at, t.ack_due, t.result_due FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"WHERE {candidates}t.received_at < ?{extra} "
        "AND (t.resolved_at IS NULL OR t.resolved_at >= ?) AND (t.closed_at IS NULL OR t.closed_at >= ?) "
        "AND ((t.ack_due < ? AND (t.acknowledged_at IS NULL OR t.acknowledged_at >= ?)) OR t.result_due < ?) "
        "ORDER BY t.received_at, t.id",
        (*candidate_params, moment, *params, moment, moment, moment, moment, moment),
    ).fetchall()
    return [LateRow(*row[:7], *(stamp(value) for value in row[7:])) for row in rows]


def _open_candidates(moment: str) -> tuple[str, tuple]:
    """A ticket still open at a moment is open now or was finished (resolved, cancelled,
    merged: each an event on its timeline) after it. When fewer tickets were finished since
    than were received before, those few are looked up instead of every older ticket."""
    finished_since = database.execute_sql(
        f"SELECT COUNT(*) FROM ticket_event WHERE {FINISHED_EVENT} AND at >= ?", (moment,)
    ).fetchone()[0]
    # counting every older ticket took ~70 ms on a million tickets; only whether there are
    # more of them than finished since matters
    received_before = database.execute_sql(
        "SELECT COUNT(*) FROM (SELECT 1 FROM ticket WHERE received_at < ? LIMIT ?) earlier",
        (moment, finished_since + 1),
    ).fetchone()[0]
    if finished_since >= received_before:
        return "", ()
    sql = (
        "t.id IN (SELECT id FROM ticket WHERE status IN (?, ?, ?, ?) AND received_at < ? "
        f"UNION SELECT ticket_id FROM ticket_event WHERE {FINISHED_EVENT} AND at >= ?) AND "
    )
    return sql, (*OPEN_NOW, moment, moment)


def households_served(scope: Scope) -> dict[int, int]:
    """Rooms in the scope with at least one registered (not archived) resident, with
    their community."""
    extra, params = scope_sql(scope)
    cursor = database.execute_sql(
        "SELECT DISTINCT r.id, r.community_id FROM room r JOIN household h ON h.room_id = r.id "
        f"WHERE h.archived = 0 AND r.archived = 0{extra}",
        params,
    )
    return dict(cursor.fetchall())


def survey_answers(period: Period, scope: Scope) -> tuple[int, int, int]:
    """(forms, answers, sum of scores) of the survey forms entered in the period."""
    extra, params = scope_sql(scope)
    join = "JOIN room r ON r.id = s.room_id" if extra else "LEFT JOIN room r ON r.id = s.room_id"
    row = database.execute_sql(
        "SELECT COUNT(DISTINCT s.id), COUNT(a.id), COALESCE(SUM(a.score), 0) FROM survey_response s "
        f"{join} JOIN survey_answer a ON a.response_id = s.id "
        f"WHERE s.entered_at >= ? AND s.entered_at < ?{extra}",
        (_text(period.start), _text(period.end), *params),
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def room_codes(room_ids) -> dict[int, str]:
    ids = sorted({room for room in room_ids if room is not None})
    found: dict[int, str] = {}
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(database.execute_sql(f"SELECT id, code FROM room WHERE id IN ({marks})", chunk).fetchall())
    return found


def household_names(household_ids) -> dict[int, str]:
    ids = sorted({h for h in household_ids if h is not None})
    found: dict[int, str] = {}
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(database.execute_sql(f"SELECT id, name FROM household WHERE id IN ({marks})", chunk).fetchall())
    return found


def names() -> Names:
    result = Names()
    result.categories = {
        row[0]: (row[1], row[2]) for row in database.execute_sql("SELECT id, name, parent_id FROM category")
    }
    result.departments = dict(database.execute_sql("SELECT id, name FROM department").fetchall())
    result.communities = dict(database.execute_sql("SELECT id, name FROM community").fetchall())
    result.buildings = {
        row[0]: (row[1], row[2]) for row in database.execute_sql("SELECT id, name, community_id FROM building")
    }
    result.staff = dict(database.execute_sql("SELECT id, name FROM staff").fetchall())
    return result
