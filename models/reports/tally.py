"""The tickets a report is about, read once and sorted in one pass: the period's tickets
come from the database as narrow rows with their verdicts already worked out
(loading.ticket_rows), and each ticket's id is filed under every figure it belongs to
(received, resolved, late, its kind, category, department, building, weekday × hour …).
The sections then only count and name these lists; no ticket becomes an object."""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from models.codes import Kind, Status
from models.reports import loading, rules
from models.reports.definitions import REPEAT_WINDOW_DAYS
from models.reports.loading import CallbackRow, Names, stamp
from models.reports.periods import Period, Scope

fromiso = dt.datetime.fromisoformat


@dataclass
class Basis:
    """What the KPIs are worked out from, for the whole report or one community."""

    received: list[int]
    resolved: list[int]
    hours: dict[int, float]  # receipt → last resolution, of each resolved ticket
    ack_late: list[int]
    callback_due: list[int]  # resolved, callback measured for the rate
    callback_missed: list[int]  # of those, not called back within policy
    ratings: dict[int, tuple[int, int]]  # ticket -> (callbacks rated, of them rated 4 or 5)
    complaints: list[tuple[int, int | None]]  # (ticket, room) of the received complaints

    def only(self, wanted: set[int]) -> Basis:
        """The same figures for some of the tickets (a community's)."""

        def keep(ids):
            return [i for i in ids if i in wanted]

        return Basis(
            keep(self.received),
            keep(self.resolved),
            self.hours,
            keep(self.ack_late),
            keep(self.callback_due),
            keep(self.callback_missed),
            self.ratings,
            [(i, room) for i, room in self.complaints if i in wanted],
        )


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
    registered: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    basis: Basis = field(default_factory=lambda: Basis([], [], {}, [], [], [], {}, []))
    resolved_set: set[int] = field(default_factory=set)
    ack_hours: list[float] = field(default_factory=list)
    urgent: list[int] = field(default_factory=list)
    reply_late: list[int] = field(default_factory=list)
    result_late: list[int] = field(default_factory=list)
    paused: list[int] = field(default_factory=list)
    paused_seconds: int = 0
    reopened: set[int] = field(default_factory=set)  # reopened at least once
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_category: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_department: dict[int | None, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_building: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_community: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_cell: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))  # weekday × 24 + hour
    repairs_by_room: dict[tuple[int, int], list[int]] = field(default_factory=lambda: defaultdict(list))
    repairs_by_building: dict[tuple[int, int], list[int]] = field(default_factory=lambda: defaultdict(list))
    building_categories: dict[tuple[int, int], int] = field(default_factory=dict)  # (building, category) -> count
    # every counted ticket with a room, by (room, category): [(receipt in seconds, id)] in
    # order of receipt (received at as stored), from the 30 days before the period on
    room_history: dict[tuple[int, int], list[tuple[str, int]]] = field(default_factory=dict)
    repeat_ids: list[int] = field(default_factory=list)  # the period's repeat complaints
    repeat_groups: dict[tuple[int, int], list[tuple[str, int]]] = field(default_factory=lambda: defaultdict(list))
    crews: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    callbacks: CallbackTally = field(default_factory=CallbackTally)

    @property
    def cutoff(self) -> dt.datetime:
        """The period's end, or now for a period still running."""
        return min(self.period.end, self.now)

    @cached_property
    def result_late_set(self) -> set[int]:
        """The tickets resolved late, for looking each team's tickets up."""
        return set(self.result_late)

    @property
    def received(self) -> list[int]:
        return self.basis.received

    @property
    def resolved(self) -> list[int]:
        return self.basis.resolved


def read_tally(period: Period, scope: Scope, now: dt.datetime) -> Tally:
    tally = Tally(period, scope, now, loading.names())
    history = tally.room_history
    for room, category, received_at, ticket in loading.receipts_before(period, scope, REPEAT_WINDOW_DAYS):
        history.setdefault((room, category), []).append((received_at, ticket))
    _file_tickets(tally, loading.ticket_rows(period, scope, now))
    _file_callbacks(tally, loading.callback_rows(period, scope))
    crews = tally.crews
    for ticket, staff in loading.crews_of(period, scope):
        tickets = crews[staff]
        if not tickets or tickets[-1] != ticket:
            tickets.append(ticket)
    return tally


def _file_tickets(tally: Tally, rows: Iterable[tuple]) -> None:
    basis, cutoff = tally.basis, tally.cutoff
    registered, received, resolved, hours = (tally.registered, basis.received, basis.resolved, basis.hours)
    ack_late, ack_hours, due, missed = (basis.ack_late, tally.ack_hours, basis.callback_due, basis.callback_missed)
    by_kind, by_category, by_department = (tally.by_kind, tally.by_category, tally.by_department)
    by_building, by_community, building_categories = tally.by_building, tally.by_community, tally.building_categories
    places = loading.room_places()
    by_cell = tally.by_cell
    weekdays: dict[str, int] = {}
    history, repeat_ids, repeat_groups = tally.room_history, tally.repeat_ids, tally.repeat_groups
    # 30 days before a moment is the same time of day 30 days earlier: each day's bound
    # worked out once, receipts compared as stored text (whose order is time's)
    window, days_before = dt.timedelta(days=REPEAT_WINDOW_DAYS), {}
    cancelled, merged, complaint, repair = (Status.CANCELLED.value, Status.MERGED.value, Kind.COMPLAINT, Kind.REPAIR)
    for (
        ticket,
        kind,
        category,
        status,
        room,
        department,
        received_at,
        acknowledged_at,
        resolved_at,
        is_resolved,
        ack_in_time,
        result_on_time,
        reply_in_time,
        paused_seconds,
        paused_since,
        reopen_count,
        callback_verdict,
    ) in rows:
        registered.append(ticket)
        if status == cancelled:
            tally.cancelled.append(ticket)
            continue
        if status == merged:
            tally.merged.append(ticket)
            continue
        received.append(ticket)
        by_kind[kind].append(ticket)
        by_category[category].append(ticket)
        by_department[department].append(ticket)
        building = community = None
        if room is not None:
            building, community = places[room]
            pair = (room, category)
            chain = history.get(pair)
            if chain is None:
                history[pair] = [(received_at, ticket)]
            else:
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
                        repeat_groups[pair].append((received_at, ticket))
                chain.append((received_at, ticket))
            by_community[community].append(ticket)
            if building is not None:
                by_building[building].append(ticket)
                pair = (building, category)
                building_categories[pair] = building_categories.get(pair, 0) + 1
        day = received_at[:10]
        weekday = weekdays.get(day)
        if weekday is None:
            weekday = weekdays[day] = dt.date.fromisoformat(day).weekday() * 24
        by_cell[weekday + int(received_at[11:13])].append(ticket)
        if kind == complaint:
            basis.complaints.append((ticket, room))
        elif kind == repair:
            if room is not None:
                tally.repairs_by_room[(room, category)].append(ticket)
            if building is not None:
                tally.repairs_by_building[(building, category)].append(ticket)
        if not ack_in_time:
            ack_late.append(ticket)
        received_moment = None
        if acknowledged_at is not None:
            received_moment = fromiso(received_at)
            ack_hours.append((fromiso(acknowledged_at) - received_moment).total_seconds() / 3600)
        if reply_in_time is not None:
            tally.urgent.append(ticket)
            if not reply_in_time:
                tally.reply_late.append(ticket)
        if is_resolved:
            resolved.append(ticket)
            received_moment = received_moment or fromiso(received_at)
            hours[ticket] = (fromiso(resolved_at) - received_moment).total_seconds() / 3600
            if not result_on_time:
                tally.result_late.append(ticket)
        if callback_verdict is not None:
            due.append(ticket)
            if not callback_verdict:
                missed.append(ticket)
        running = 0
        if paused_since is not None:
            since = stamp(paused_since)
            if since < cutoff:
                running = int((cutoff - since).total_seconds())
        paused = (paused_seconds or 0) + running
        if paused > 0:
            tally.paused.append(ticket)
            tally.paused_seconds += paused
        if reopen_count > 0:
            tally.reopened.add(ticket)
    tally.resolved_set = set(resolved)


def _file_callbacks(tally: Tally, rows: list[CallbackRow]) -> None:
    made, ratings = tally.callbacks, tally.basis.ratings
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


def ids(tickets) -> array:
    """A figure's tickets as a drill keeps them (figures.Drill)."""
    return array("q", tickets)


def unique(tickets) -> array:
    """A figure's tickets, each once, in the order first met."""
    return array("q", dict.fromkeys(tickets))
