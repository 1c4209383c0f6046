"""Reading what a report needs in a few set-based queries: the tickets received in the
period with every column the figures use, their callbacks, crews and stage replies, the
tickets of the 30 days before (for repeats), counts of other periods, and the names of
places, categories, departments and crew. Nothing here loads more than the period."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from models.codes import OPEN_STATUSES, Status
from models.reports.periods import BUILDING, COMMUNITY, Period, Scope
from models.store import database

NOT_COUNTED = (Status.CANCELLED.value, Status.MERGED.value)
OPEN_NOW = tuple(status.value for status in OPEN_STATUSES)
FINISHING = ("resolve", "cancel", "merge")  # the timeline actions that end a ticket's open time


@dataclass(slots=True)
class Facts:
    """One ticket received in the period."""

    id: int
    number: str
    kind: str
    category_id: int
    status: str
    priority: str
    room_id: int | None
    building_id: int | None
    community_id: int | None
    household_id: int | None
    department_id: int | None
    received_at: dt.datetime
    acknowledged_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    ack_due: dt.datetime | None
    stage_reply_due: dt.datetime | None
    result_due: dt.datetime | None
    callback_due: dt.datetime | None
    paused_seconds: int
    paused_since: dt.datetime | None
    reopen_count: int
    reporter_name: str


@dataclass(slots=True)
class CallbackFacts:
    ticket_id: int
    status: str
    reached: bool | None
    solved: str | None
    rating: int | None
    comment: str
    due_at: dt.datetime
    done_at: dt.datetime | None


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


TICKET_COLUMNS = (
    "t.id, t.number, t.kind, t.category_id, t.status, t.priority, t.room_id, r.building_id, r.community_id, "
    "t.household_id, t.department_id, t.received_at, t.acknowledged_at, t.resolved_at, t.closed_at, t.ack_due, "
    "t.stage_reply_due, t.result_due, t.callback_due, t.paused_seconds, t.paused_since, t.reopen_count, t.reporter_name"
)
STAMPS = (11, 12, 13, 14, 15, 16, 17, 18, 20)


def stamp(value) -> dt.datetime | None:
    """A stored timestamp (peewee keeps them as text) as a datetime."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


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


def _text(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def received_facts(period: Period, scope: Scope) -> list[Facts]:
    """Every ticket registered in the period in the scope, cancelled and merged ones too."""
    where, params = _received_where(period.start, period.end, scope)
    cursor = database.execute_sql(
        f"SELECT {TICKET_COLUMNS} FROM ticket t LEFT JOIN room r ON r.id = t.room_id WHERE {where} "
        "ORDER BY t.received_at, t.id",
        params,
    )
    return [_facts(row) for row in cursor]


def _facts(row: tuple) -> Facts:
    values = list(row)
    for index in STAMPS:
        if values[index] is not None:
            values[index] = (
                dt.datetime.fromisoformat(values[index]) if isinstance(values[index], str) else values[index]
            )
    return Facts(*values)


def callbacks_of(period: Period, scope: Scope) -> dict[int, list[CallbackFacts]]:
    """The callbacks of the tickets received in the period, by ticket, oldest first."""
    where, params = _received_where(period.start, period.end, scope)
    cursor = database.execute_sql(
        "SELECT c.ticket_id, c.status, c.reached, c.solved, c.rating, c.comment, c.due_at, c.done_at "
        f"FROM ticket t LEFT JOIN room r ON r.id = t.room_id JOIN callback c ON c.ticket_id = t.id WHERE {where} "
        "ORDER BY c.ticket_id, c.id",
        params,
    )
    found: dict[int, list[CallbackFacts]] = defaultdict(list)
    for ticket_id, status, reached, solved, rating, comment, due_at, done_at in cursor:
        found[ticket_id].append(
            CallbackFacts(
                ticket_id,
                status,
                None if reached is None else bool(reached),
                solved,
                rating,
                comment or "",
                stamp(due_at),
                stamp(done_at),
            )
        )
    return found


def crews_of(period: Period, scope: Scope) -> dict[int, list[int]]:
    """The crew members (staff ids) on each received ticket's active assignments."""
    where, params = _received_where(period.start, period.end, scope)
    cursor = database.execute_sql(
        f"SELECT DISTINCT a.ticket_id, a.staff_id FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"JOIN assignment a ON a.ticket_id = t.id WHERE {where} AND a.active = 1 AND a.staff_id IS NOT NULL",
        params,
    )
    found: dict[int, list[int]] = defaultdict(list)
    for ticket_id, staff_id in cursor:
        found[ticket_id].append(staff_id)
    return found


def stage_replies_of(period: Period, scope: Scope) -> dict[int, dt.datetime]:
    """The first stage reply of each received ticket that has a stage-reply deadline."""
    where, params = _received_where(period.start, period.end, scope)
    cursor = database.execute_sql(
        f"SELECT e.ticket_id, MIN(e.at) FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"JOIN ticket_event e ON e.ticket_id = t.id AND e.action = 'stage_reply' "
        f"WHERE {where} AND t.stage_reply_due IS NOT NULL GROUP BY e.ticket_id",
        params,
    )
    return {ticket_id: stamp(at) for ticket_id, at in cursor}


def earlier_tickets(period: Period, scope: Scope, days: int) -> list[tuple[int, int | None, int, dt.datetime]]:
    """(id, room id, category id, received at) of the counted tickets of the `days` before
    the period: a repeat in the period may follow one of them."""
    where, params = _received_where(period.start - dt.timedelta(days=days), period.start, scope)
    cursor = database.execute_sql(
        f"SELECT t.id, t.room_id, t.category_id, t.received_at FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"WHERE {where} AND t.room_id IS NOT NULL AND t.status NOT IN (?, ?)",
        (*params, *NOT_COUNTED),
    )
    return [(ticket_id, room, category, stamp(at)) for ticket_id, room, category, at in cursor]


def counted_between(start: dt.datetime, end: dt.datetime, scope: Scope) -> int:
    """Tickets received in [start, end) in the scope, cancelled and merged ones left out."""
    return sum(received_by_month(start, end, scope).values())


def received_by_month(start: dt.datetime, end: dt.datetime, scope: Scope) -> dict[str, int]:
    """'YYYY-MM' -> counted tickets received in [start, end). All tickets are counted on
    the receipt index and the few cancelled or merged ones taken off, so a year of a large
    office is counted without reading its rows."""
    extra, scope_params = scope_sql(scope)
    bounds = (_text(start), _text(end))
    if scope.is_office:
        every = database.execute_sql(
            "SELECT substr(received_at, 1, 7), COUNT(*) FROM ticket WHERE received_at >= ? AND received_at < ? "
            "GROUP BY 1",
            bounds,
        )
    else:
        every = database.execute_sql(
            "SELECT substr(t.received_at, 1, 7), COUNT(*) FROM room r JOIN ticket t ON t.room_id = r.id "
            f"WHERE t.received_at >= ? AND t.received_at < ?{extra} GROUP BY 1",
            (*bounds, *scope_params),
        )
    counts = defaultdict(int, dict(every))
    left_out = database.execute_sql(
        "SELECT substr(t.received_at, 1, 7), COUNT(*) FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"WHERE t.status IN (?, ?) AND t.received_at >= ? AND t.received_at < ?{extra} GROUP BY 1",
        (*NOT_COUNTED, *bounds, *scope_params),
    )
    for month_key, count in left_out:
        counts[month_key] -= count
    return dict(counts)


def breakdown_between(period: Period, scope: Scope) -> list[tuple[str, int, int | None, int]]:
    """(kind, category id, building id, count) of the counted tickets received in a period,
    for the changes against another period."""
    where, params = _received_where(period.start, period.end, scope)
    cursor = database.execute_sql(
        f"SELECT t.kind, t.category_id, r.building_id, COUNT(*) FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"WHERE {where} AND t.status NOT IN (?, ?) GROUP BY 1, 2, 3",
        (*params, *NOT_COUNTED),
    )
    return list(cursor)


def open_at(cutoff: dt.datetime, scope: Scope) -> list[Facts]:
    """Tickets in the scope received before `cutoff` and not resolved, cancelled or merged
    by then, whose acknowledge or result deadline had passed by then."""
    extra, params = scope_sql(scope)
    moment = _text(cutoff)
    candidates, candidate_params = _open_candidates(moment)
    cursor = database.execute_sql(
        f"SELECT {TICKET_COLUMNS} FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
        f"WHERE {candidates}t.received_at < ?{extra} "
        "AND (t.resolved_at IS NULL OR t.resolved_at >= ?) AND (t.closed_at IS NULL OR t.closed_at >= ?) "
        "AND ((t.ack_due < ? AND (t.acknowledged_at IS NULL OR t.acknowledged_at >= ?)) OR t.result_due < ?) "
        "ORDER BY t.received_at, t.id",
        (*candidate_params, moment, *params, moment, moment, moment, moment, moment),
    )
    return [_facts(row) for row in cursor]


def _open_candidates(moment: str) -> tuple[str, tuple]:
    """A ticket still open at a moment is open now or was finished (resolved, cancelled,
    merged: each an event on its timeline) after it. When fewer tickets were finished since
    than were received before, those few are looked up instead of every older ticket."""
    finished_since = database.execute_sql(
        "SELECT COUNT(*) FROM ticket_event WHERE action IN (?, ?, ?) AND at >= ?", (*FINISHING, moment)
    ).fetchone()[0]
    received_before = database.execute_sql("SELECT COUNT(*) FROM ticket WHERE received_at < ?", (moment,)).fetchone()[0]
    if finished_since >= received_before:
        return "", ()
    sql = (
        "t.id IN (SELECT id FROM ticket WHERE status IN (?, ?, ?, ?) AND received_at < ? "
        "UNION SELECT ticket_id FROM ticket_event WHERE action IN (?, ?, ?) AND at >= ?) AND "
    )
    return sql, (*OPEN_NOW, moment, *FINISHING, moment)


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
