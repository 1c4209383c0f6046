"""The tickets a report is about, read once and sorted in one pass: the period's tickets
come from the database as narrow rows with their verdicts already worked out as bits of
one number (loading.ticket_rows), and each counted ticket becomes one entry in a few
columns of numbers (its kind, category, room, department, building, weekday × hour,
verdicts, hours to resolution). Every figure is counted from these columns, and the
tickets behind a figure are picked from the same columns when someone asks for them
(figures.Drill): a year's report keeps no list of ids per figure. No ticket becomes an
object."""

from __future__ import annotations

import datetime as dt
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import compress, repeat
from operator import add, eq, itemgetter, mul, or_, sub, truediv

from models.codes import Kind, Status
from models.reports import loading, rules
from models.reports.definitions import REPEAT_WINDOW_DAYS
from models.reports.figures import Drill
from models.reports.loading import PAUSED, RESOLVED, RESULT_LATE, CallbackRow, Names, stamp
from models.reports.periods import Period, Scope

fromiso = dt.datetime.fromisoformat
KINDS = tuple(kind.value for kind in Kind)  # a kind's code is its place here
KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}
RECEIVED, CANCELLED, MERGED = 0, 1, 2
STATES = {Status.CANCELLED.value: CANCELLED, Status.MERGED.value: MERGED}
NO_PLACE = (None, None)
NONE_AS_ZERO = {None: 0}
DAY, HOUR = itemgetter(slice(0, 10)), itemgetter(slice(11, 13))  # of a moment as stored
HOURS = {f"{hour:02d}": hour for hour in range(24)}
PAIR = 1 << 32  # a room and a category as one number: room × PAIR + category


def _hours(starts, ends):
    """Hours from each moment (a datetime) to its end (as stored), as
    (end - start).total_seconds() / 3600, in C."""
    return map(truediv, map(dt.timedelta.total_seconds, map(sub, map(fromiso, ends), starts)), repeat(3600))


def _zeroed(column):
    """The values (a tuple or a list), None as 0."""
    return map(NONE_AS_ZERO.get, column, column)


class Columns:
    """The counted tickets of a report's period in order of receipt, one entry each per
    column; each column an array of numbers (None kept as 0), which Python's cycle
    collector does not walk. `hours` is receipt → last resolution of a resolved ticket."""

    NAMES = ("ids", "kind", "category", "room", "department", "building", "community", "cell", "flags", "hours")

    def __init__(self) -> None:
        self.ids = array("q")
        self.kind = array("b")
        self.category = array("q")
        self.room = array("q")
        self.department = array("q")
        self.building = array("q")
        self.community = array("q")
        self.cell = array("h")  # weekday × 24 + hour of receipt
        self.flags = array("H")  # the verdict bits of loading.ticket_row_sql, with PAUSED
        self.hours = array("d")

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def index(self) -> dict[int, int]:
        """ticket id -> its place in the columns."""
        return dict(zip(self.ids, range(len(self.ids)), strict=True))

    def pick(self, *, flags: int = 0, without: int = 0, extra=None, **equal) -> array:
        """The ids, in order of receipt, of the tickets whose columns hold the values given
        (e.g. kind=code, department=id), with every bit of `flags` set and none of
        `without`, and for whose place `extra(place)` holds."""
        places = range(len(self.ids))
        for name, value in equal.items():
            column = getattr(self, name)
            places = [i for i in places if column[i] == value]
        if flags or without:
            bits = self.flags
            places = [i for i in places if bits[i] & flags == flags and not bits[i] & without]
        if extra is not None:
            places = [i for i in places if extra(i)]
        ids = self.ids
        return array("q", [ids[i] for i in places])

    def drill(self, label: str, params: dict | None = None, *, count: int, **pick) -> Drill:
        """A figure of `count` tickets, picked as `pick` says when asked."""
        return Drill(label, params=params or {}, count=count, find=partial(self.pick, **pick))


def bits_count(flags: Counter, wanted: int, without: int = 0) -> int:
    """Tickets (counted by their verdict bits) with every bit of `wanted` and none of `without`."""
    return sum(count for bits, count in flags.items() if bits & wanted == wanted and not bits & without)


@dataclass
class Basis:
    """What the KPIs are worked out from, for the whole report or one community
    (`where`: the columns' values its tickets have, e.g. {"community": 3})."""

    columns: Columns
    where: dict
    received: int
    flags: Counter  # verdict bits -> tickets
    hours: list[float]  # receipt → last resolution of each resolved ticket, in order of receipt
    ratings: dict[int, tuple[int, int]]  # ticket -> (callbacks rated, of them rated 4 or 5)
    complaints: list[tuple[int, int | None]]  # (ticket, room) of the received complaints

    def count(self, wanted: int, without: int = 0) -> int:
        return bits_count(self.flags, wanted, without)

    def drill(self, label: str, params: dict | None = None, *, count: int, **pick) -> Drill:
        return self.columns.drill(label, params, count=count, **self.where, **pick)


@dataclass
class CallbackTally:
    made: int = 0
    reached: int = 0
    unreached: list[int] = field(default_factory=list)
    rated: list[int] = field(default_factory=list)  # one entry per rated callback
    satisfied: list[int] = field(default_factory=list)
    unhappy: list[CallbackRow] = field(default_factory=list)
    reopening: list[int] = field(default_factory=list)


@dataclass
class Tally:
    period: Period
    scope: Scope
    now: dt.datetime
    names: Names
    columns: Columns = field(default_factory=Columns)
    registered: array = field(default_factory=lambda: array("q"))  # every ticket of the period
    states: array = field(default_factory=lambda: array("b"))  # RECEIVED, CANCELLED or MERGED, beside registered
    ack_hours: list[float] = field(default_factory=list)
    paused_seconds: int = 0
    ratings: dict[int, tuple[int, int]] = field(default_factory=dict)
    complaints: list[tuple[int, int | None]] = field(default_factory=list)
    # every counted ticket with a room, by (room, category): [(received at as stored, id)]
    # in order of receipt, from the 30 days before the period on
    room_history: dict[tuple[int, int], list[tuple[str, int]]] = field(default_factory=dict)
    repeat_ids: list[int] = field(default_factory=list)  # the period's repeat complaints
    repeat_groups: dict[tuple[int, int], list[tuple[str, int]]] = field(default_factory=dict)
    crew_tickets: array = field(default_factory=lambda: array("q"))  # (ticket, crew member) side by side
    crew_staff: array = field(default_factory=lambda: array("q"))
    callbacks: CallbackTally = field(default_factory=CallbackTally)
    days_before: dict[str, str] = field(default_factory=dict)  # a day -> the day 30 days before it
    pairs: Counter = field(default_factory=Counter)  # room × PAIR + category -> the period's tickets
    pending: list[tuple] = field(default_factory=list)  # (ids, categories, rooms, receipts, pairs) of each batch

    @property
    def cutoff(self) -> dt.datetime:
        """The period's end, or now for a period still running."""
        return min(self.period.end, self.now)

    @cached_property
    def flags(self) -> Counter:
        return Counter(self.columns.flags)

    @cached_property
    def repairs(self) -> list[bool]:
        """Beside the columns: whether the ticket is a repair."""
        repair = KIND_CODES[Kind.REPAIR.value]
        return [kind == repair for kind in self.columns.kind]

    @cached_property
    def basis(self) -> Basis:
        columns = self.columns
        hours = list(compress(columns.hours, [bits & RESOLVED for bits in columns.flags]))
        return Basis(columns, {}, len(columns), self.flags, hours, self.ratings, self.complaints)

    def community_basis(self, community: int) -> Basis:
        columns, index = self.columns, self.columns.index
        mine = [c == community for c in columns.community]
        flags = list(compress(columns.flags, mine))
        hours = [h for bits, h in zip(flags, compress(columns.hours, mine), strict=True) if bits & RESOLVED]
        community_of = columns.community
        return Basis(
            columns,
            {"community": community},
            len(flags),
            Counter(flags),
            hours,
            {t: v for t, v in self.ratings.items() if community_of[index[t]] == community},
            [(t, room) for t, room in self.complaints if community_of[index[t]] == community],
        )

    def count(self, wanted: int, without: int = 0) -> int:
        return bits_count(self.flags, wanted, without)

    def state_count(self, state: int) -> int:
        return sum(1 for s in self.states if s == state)

    def state_drill(self, label: str, state: int) -> Drill:
        registered, states = self.registered, self.states

        def find():
            return [t for t, s in zip(registered, states, strict=True) if s == state]

        return Drill(label, count=self.state_count(state), find=find)

    def crew_drill(self, label: str, params: dict, staff: int, count: int, late: bool = False) -> Drill:
        return Drill(label, params=params, count=count, find=partial(_crew_pick, self.columns, self.crews, staff, late))

    @property
    def crews(self) -> tuple[array, array]:
        return self.crew_tickets, self.crew_staff


def _crew_pick(columns: Columns, crews: tuple[array, array], staff: int, late: bool) -> list[int]:
    """A crew member's tickets (or those of them resolved late), in order of receipt."""
    found = [t for t, s in zip(*crews, strict=True) if s == staff]
    if late:
        index, flags, wanted = columns.index, columns.flags, RESOLVED | RESULT_LATE
        found = [t for t in found if flags[index[t]] & wanted == wanted]
    return found


def read_tally(period: Period, scope: Scope, now: dt.datetime) -> Tally:
    tally = Tally(period, scope, now, loading.names())
    history = tally.room_history
    for room, category, received_at, ticket in loading.receipts_before(period, scope, REPEAT_WINDOW_DAYS):
        history.setdefault((room, category), []).append((received_at, ticket))
    places, weekdays = loading.room_places(), {}
    for rows in loading.ticket_rows(period, scope, now):
        _file_tickets(tally, rows, places, weekdays)
    # only a ticket whose room and category came more than once (before or in the period)
    # may be a repeat, or come before one: the others are left out of the pass in C
    before = {room * PAIR + category for room, category in history}
    again = {key for key, count in tally.pairs.items() if count > 1 or key in before}
    for ids, category, room, received, keys in tally.pending:
        wanted = list(map(again.__contains__, keys))
        _find_repeats(tally, *(compress(column, wanted) for column in (ids, category, room, received)))
    tally.pending.clear()
    _file_callbacks(tally, loading.callback_rows(period, scope))
    # a member twice on one ticket counts once; the tickets in order of receipt (then id),
    # as their places in the columns are
    pairs = list(dict.fromkeys(loading.crews_of(period, scope)))
    place = tally.columns.index
    pairs.sort(key=lambda pair: place[pair[0]])
    if pairs:
        tickets, staff = zip(*pairs, strict=True)
        tally.crew_tickets.extend(tickets)
        tally.crew_staff.extend(staff)
    return tally


def _file_tickets(tally: Tally, rows: list[tuple], places: dict, weekdays: dict) -> None:
    """One batch of rows into the columns; its rooms and receipts kept for the repeat pass."""
    ids, status, *rest = zip(*rows, strict=True)
    tally.registered.extend(ids)
    states = list(map(STATES.get, status, repeat(RECEIVED)))
    tally.states.extend(states)
    if any(states):  # cancelled or merged ones left out
        keep = [not s for s in states]
        ids, *rest = (tuple(compress(column, keep)) for column in (ids, *rest))
        if not ids:
            return
    kind, category, room, department, received, acknowledged, finished, flags, paused, since = rest
    # column by column, each step a loop in C (map, compress): a year's rows in ~0.1 s
    columns = tally.columns
    columns.ids.extend(ids)
    columns.kind.extend(map(KIND_CODES.__getitem__, kind))
    columns.category.extend(category)
    rooms = list(_zeroed(room))
    columns.room.extend(rooms)
    columns.department.extend(_zeroed(department))
    spots = list(map(places.get, room, repeat(NO_PLACE)))
    columns.building.extend(_zeroed(list(map(itemgetter(0), spots))))
    columns.community.extend(_zeroed(list(map(itemgetter(1), spots))))
    days = list(map(DAY, received))
    for day in set(days).difference(weekdays):
        weekdays[day] = dt.date.fromisoformat(day).weekday() * 24
    columns.cell.extend(map(add, map(weekdays.__getitem__, days), map(HOURS.__getitem__, map(HOUR, received))))
    moments = list(map(fromiso, received))
    acknowledged_ones = list(compress(acknowledged, acknowledged))  # None left out
    tally.ack_hours.extend(_hours(compress(moments, acknowledged), acknowledged_ones))
    columns.hours.extend(_hours(moments, finished))  # receipt → receipt, 0, when not resolved
    flags = list(flags)
    cutoff = tally.cutoff
    pausing = map(or_, map(bool, paused), map(bool, since))  # paused seconds, or a pause running
    for i in compress(range(len(flags)), pausing):
        running = 0
        if since[i] is not None:
            start = stamp(since[i])
            if start < cutoff:
                running = int((cutoff - start).total_seconds())
        seconds = (paused[i] or 0) + running
        if seconds > 0:
            flags[i] |= PAUSED
            tally.paused_seconds += seconds
    columns.flags.extend(flags)
    complaint = Kind.COMPLAINT.value
    tally.complaints.extend(compress(zip(ids, room, strict=True), map(eq, kind, repeat(complaint))))
    keys = list(map(add, map(mul, rooms, repeat(PAIR)), category))  # (room, category) as one number
    tally.pairs.update(keys)
    tally.pending.append((ids, category, room, received, keys))


def _find_repeats(tally: Tally, ids, categories, rooms, received) -> None:
    """A ticket is a repeat when a counted ticket of its room and category came in the 30
    days before it: each room's tickets of a category are met in order of receipt."""
    history, repeat_ids, repeat_groups = tally.room_history, tally.repeat_ids, tally.repeat_groups
    # 30 days before a moment is the same time of day 30 days earlier: each day's bound
    # worked out once, receipts compared as stored text (whose order is time's)
    window, days_before = dt.timedelta(days=REPEAT_WINDOW_DAYS), tally.days_before
    for ticket, category, room, received_at in zip(ids, categories, rooms, received, strict=True):
        if room is None:
            continue
        pair = (room, category)
        chain = history.get(pair)
        if chain is None:
            history[pair] = [(received_at, ticket)]
            continue
        before = chain[-1][0]
        if before == received_at:  # received at the same moment: look further back
            before = next((at for at, _id in reversed(chain) if at != received_at), None)
        if before is not None:
            day = received_at[:10]
            bound = days_before.get(day)
            if bound is None:
                bound = days_before[day] = (dt.date.fromisoformat(day) - window).isoformat()
            if before >= bound + received_at[10:]:
                repeat_ids.append(ticket)
                repeat_groups.setdefault(pair, []).append((received_at, ticket))
        chain.append((received_at, ticket))


def _file_callbacks(tally: Tally, rows: list[CallbackRow]) -> None:
    made, ratings = tally.callbacks, tally.ratings
    for row in rows:
        ticket, status, rating = row.ticket_id, row.status, row.rating
        if rules.finished(status):
            made.made += 1
            if row.reached:
                made.reached += 1
            else:
                made.unreached.append(ticket)
        if rating is not None:
            made.rated.append(ticket)
            happy = rules.satisfied(rating)
            if happy:
                made.satisfied.append(ticket)
            count, satisfied = ratings.get(ticket, (0, 0))
            ratings[ticket] = (count + 1, satisfied + happy)
        if rules.dissatisfied(status, rating, row.solved):
            made.unhappy.append(row)
        if rules.reopens(status, rating, row.solved):
            made.reopening.append(ticket)


def unique(tickets) -> array:
    """A figure's tickets, each once, in the order first met."""
    return array("q", dict.fromkeys(tickets))
