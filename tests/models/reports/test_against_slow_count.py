"""The report's figures against a slow, straightforward count: every ticket, callback and
event read as a model object and each definition of the report's last page applied to it
one by one, on random offices (random_office.py). Each figure and the set of tickets
behind it must come out the same."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import peewee as pw
import pytest

from models.codes import CallbackStatus, Kind, Solved, Status
from models.followup import Callback, SurveyResponse
from models.followup.tables import SurveyAnswer
from models.registers import Category, Community, Household, Room
from models.reports import (
    Period,
    building_scope,
    community_scope,
    month,
    office_scope,
    quarter,
    report_figures,
    targets,
    year,
)
from models.tickets import Assignment, Ticket, TicketEvent
from tests.models.reports.random_office import NOW, build_random_office

COUNTED_OUT = (Status.CANCELLED, Status.MERGED)
WINDOW = dt.timedelta(days=30)


def approx(value):
    return None if value is None else pytest.approx(value, rel=1e-9, abs=1e-9)


def share(part, whole):
    return None if not whole else part / whole * 100


def mean(values):
    return sum(values) / len(values) if values else None


# -- what the report says, as plain values -------------------------------------------


def digest(figures) -> dict:
    d = {}
    for k in figures.kpis:
        d[f"kpi {k.key}"] = (
            approx(k.value),
            approx(k.numerator),
            k.denominator,
            None if k.drill is None else set(k.drill.ticket_ids),
            None if k.misses is None else set(k.misses.ticket_ids),
        )
    v = figures.volume
    d["volume"] = (v.registered, v.cancelled, v.merged, v.received, v.resolved, v.previous, v.year_before)
    d["volume drills"] = {key: set(drill.ticket_ids) for key, drill in v.drills.items()}
    d["trend"] = [(p.month, p.count) for p in v.trend]
    d["kinds"] = {r.key: (r.count, r.previous, set(r.drill.ticket_ids)) for r in figures.kinds}
    d["categories"] = {r.key: (r.count, r.previous, set(r.drill.ticket_ids)) for r in figures.categories}
    t = figures.timeliness
    d["timeliness"] = (
        approx(t.average_ack_hours),
        approx(t.average_resolution_hours),
        t.paused_tickets,
        approx(t.paused_hours),
        set(t.paused_drill.ticket_ids),
    )
    d["stages"] = {
        s.stage: (s.measured, s.in_time, set(s.drill.ticket_ids), set(s.misses.ticket_ids)) for s in t.stages
    }
    c = figures.callbacks
    d["callbacks"] = (c.made, c.reached, c.rated, c.satisfied, c.unreached, c.due, c.in_time, c.dissatisfied)
    d["callback drills"] = {key: set(drill.ticket_ids) for key, drill in c.drills.items()}
    d["reopened by callback"] = set(c.reopened.ticket_ids)
    d["reasons"] = {r.category: (r.count, set(r.drill.ticket_ids)) for r in c.reasons}
    d["repeats"] = set(figures.repeat_drill.ticket_ids)
    d["repeat rows"] = {(r.room, r.category): (r.repeats, set(r.drill.ticket_ids)) for r in figures.repeats}
    for name, rows in (("departments", figures.departments), ("crews", figures.crews)):
        d[name] = {
            r.key: (
                r.count,
                r.resolved,
                approx(r.average_hours),
                r.on_time,
                r.rated,
                r.satisfied,
                r.reopened,
                set(r.drill.ticket_ids),
                set(r.late.ticket_ids),
            )
            for r in rows
        }
    d["peaks"] = figures.peaks.grid
    d["peak cells"] = {key: set(drill.ticket_ids) for key, drill in figures.peaks.cells.items()}
    d["buildings"] = {r.building_id: (r.count, set(r.drill.ticket_ids)) for r in figures.buildings}
    d["communities"] = {
        r.community_id: (r.received, {k: approx(v) for k, v in r.kpis.items()}, r.repeats, r.overdue)
        for r in figures.communities
    }
    d["warnings"] = {
        (w.reason, w.place, w.category): (w.count, w.previous, set(w.drill.ticket_ids)) for w in figures.warnings
    }
    d["overdue"] = {(r.ticket_id, r.stage, r.due, round(r.age_hours, 6)) for r in figures.overdue}
    return d


# -- the slow count --------------------------------------------------------------------


def in_scope(ticket: Ticket, scope) -> bool:
    if scope.is_office:
        return True
    if ticket.room is None:
        return False
    return (ticket.room.community_id if scope.kind == "community" else ticket.room.building_id) == scope.id


def every_ticket() -> list[Ticket]:
    """Every ticket with its room and category, read once (the slow count stays slow, not
    glacial)."""
    if "tickets" not in CACHE:
        CACHE["tickets"] = list(
            Ticket.select(Ticket, Room, Category)
            .join_from(Ticket, Room, pw.JOIN.LEFT_OUTER)
            .join_from(Ticket, Category)
            .order_by(Ticket.received_at, Ticket.id)
        )
        made = defaultdict(list)
        for c in Callback.select().order_by(Callback.id):
            made[c.ticket_id].append(c)
        CACHE["callbacks"] = made
    return CACHE["tickets"]


CACHE: dict = {}


def received_between(start, end, scope, counted=True):
    return [
        t
        for t in every_ticket()
        if start <= t.received_at < end and in_scope(t, scope) and (not counted or t.status not in COUNTED_OUT)
    ]


def callbacks_of(ticket):
    every_ticket()
    return CACHE["callbacks"].get(ticket.id, [])


def reached_after_resolution(ticket, c):
    return (
        c.status == CallbackStatus.DONE
        and bool(c.reached)
        and c.done_at is not None
        and c.done_at >= ticket.resolved_at
    )


def callback_measured(ticket, now):
    made = callbacks_of(ticket)
    if any(reached_after_resolution(ticket, c) for c in made):
        return True
    due = ticket.callback_due or max((c.due_at for c in made if c.due_at >= ticket.resolved_at), default=None)
    return due is None or due <= now


def called_back_in_time(ticket):
    return any(reached_after_resolution(ticket, c) and c.done_at <= c.due_at for c in callbacks_of(ticket))


def served_rooms(scope):
    rooms = set()
    for household in Household.select().where(Household.archived == False):  # noqa: E712
        room = household.room
        if room.archived:
            continue
        if scope.kind == "community" and room.community_id != scope.id:
            continue
        if scope.kind == "building" and room.building_id != scope.id:
            continue
        rooms.add(room.id)
    return rooms


def survey(period, scope):
    answers = []
    for response in SurveyResponse.select():
        if not period.start <= response.entered_at < period.end:
            continue
        room = response.room
        if scope.kind == "community" and (room is None or room.community_id != scope.id):
            continue
        if scope.kind == "building" and (room is None or room.building_id != scope.id):
            continue
        answers += [a.score for a in SurveyAnswer.select().where(SurveyAnswer.response == response)]
    return answers


def slow_kpis(received, period, scope, now, hours_target, rooms):
    end = period.end
    resolved = [t for t in received if t.resolved_at is not None and t.resolved_at < end]
    late_ack = [
        t
        for t in received
        if not (t.acknowledged_at is not None and (t.ack_due is None or t.acknowledged_at <= t.ack_due))
    ]
    hours = [(t.resolved_at - t.received_at).total_seconds() / 3600 for t in resolved]
    complaints = [t for t in received if t.kind == Kind.COMPLAINT and t.room_id in rooms]
    ratings = {t.id: [c.rating for c in callbacks_of(t) if c.rating is not None] for t in received}
    rated = sum(len(r) for r in ratings.values())
    happy = sum(1 for r in ratings.values() for x in r if x >= 4)
    due = [t for t in resolved if t.kind not in (Kind.INQUIRY, Kind.PRAISE) and callback_measured(t, now)]
    missed = [t for t in due if not called_back_in_time(t)]
    scores = survey(period, scope)
    ids = lambda tickets: {t.id for t in tickets}  # noqa: E731
    return {
        "resolution_rate": (
            share(len(resolved), len(received)),
            len(resolved),
            len(received),
            ids(received),
            ids(received) - ids(resolved),
        ),
        "ack_in_time": (
            share(len(received) - len(late_ack), len(received)),
            len(received) - len(late_ack),
            len(received),
            ids(received),
            ids(late_ack),
        ),
        "handling_hours": (
            mean(hours),
            sum(hours),
            len(hours),
            ids(resolved),
            {t.id for t, h in zip(resolved, hours, strict=True) if h > hours_target},
        ),
        "complaint_rate": (
            share(len({t.room_id for t in complaints}), len(rooms)),
            len({t.room_id for t in complaints}),
            len(rooms),
            ids(complaints),
            None,
        ),
        "satisfaction": (
            share(happy, rated),
            happy,
            rated,
            {i for i, r in ratings.items() if r},
            {i for i, r in ratings.items() if any(x < 4 for x in r)},
        ),
        "callback_rate": (
            share(len(due) - len(missed), len(due)),
            len(due) - len(missed),
            len(due),
            ids(due),
            ids(missed),
        ),
        "survey_score": (
            None if not scores else (sum(scores) / len(scores) - 1) / 4 * 100,
            sum(scores),
            len(scores),
            None,
            None,
        ),
    }


def paused_seconds(t, cutoff):
    running = int((cutoff - t.paused_since).total_seconds()) if t.paused_since and t.paused_since < cutoff else 0
    return t.paused_seconds + running


def overdue_at(cutoff, scope):
    rows = set()
    for t in every_ticket():
        if not (t.received_at < cutoff and in_scope(t, scope)):
            continue
        if t.resolved_at is not None and t.resolved_at < cutoff or t.closed_at is not None and t.closed_at < cutoff:
            continue
        ack_late = (
            t.ack_due is not None and t.ack_due < cutoff and (t.acknowledged_at is None or t.acknowledged_at >= cutoff)
        )
        if ack_late or (t.result_due is not None and t.result_due < cutoff):
            stage, due = ("ack", t.ack_due) if ack_late else ("result", t.result_due)
            rows.add((t.id, stage, due, round((cutoff - t.received_at).total_seconds() / 3600, 6)))
    return rows


def slow_digest(period, scope, now) -> dict:
    end, cutoff = period.end, min(period.end, now)
    registered = received_between(period.start, end, scope, counted=False)
    received = [t for t in registered if t.status not in COUNTED_OUT]
    resolved = [t for t in received if t.resolved_at is not None and t.resolved_at < end]
    resolved_ids = {t.id for t in resolved}
    hours_target = targets()["handling_hours"].target
    rooms = served_rooms(scope)
    d = {}
    for key, value in slow_kpis(received, period, scope, now, hours_target, rooms).items():
        d[f"kpi {key}"] = (approx(value[0]), approx(value[1]), *value[2:])
    previous, year_before = period.previous(), period.year_before()
    before = received_between(previous.start, previous.end, scope)
    ids = lambda tickets: {t.id for t in tickets}  # noqa: E731
    d["volume"] = (
        len(registered),
        sum(1 for t in registered if t.status == Status.CANCELLED),
        sum(1 for t in registered if t.status == Status.MERGED),
        len(received),
        len(resolved),
        len(before),
        len(received_between(year_before.start, year_before.end, scope)),
    )
    d["volume drills"] = {
        "registered": ids(registered),
        "cancelled": {t.id for t in registered if t.status == Status.CANCELLED},
        "merged": {t.id for t in registered if t.status == Status.MERGED},
        "received": ids(received),
        "resolved": resolved_ids,
        "unresolved": ids(received) - resolved_ids,
    }
    d["trend"] = [(m.label, len(received_between(m.start, m.end, scope))) for m in period.trend_months()]
    d["kinds"] = {
        kind.value: (
            sum(1 for t in received if t.kind == kind),
            sum(1 for t in before if t.kind == kind),
            {t.id for t in received if t.kind == kind},
        )
        for kind in Kind
    }
    d["categories"] = {
        str(category): (
            sum(1 for t in received if t.category_id == category),
            sum(1 for t in before if t.category_id == category),
            {t.id for t in received if t.category_id == category},
        )
        for category in {t.category_id for t in received + before}
    }
    acknowledged = [t for t in received if t.acknowledged_at is not None]
    paused = [t for t in received if paused_seconds(t, cutoff) > 0]
    d["timeliness"] = (
        approx(mean([(t.acknowledged_at - t.received_at).total_seconds() / 3600 for t in acknowledged])),
        approx(mean([(t.resolved_at - t.received_at).total_seconds() / 3600 for t in resolved])),
        len(paused),
        approx(sum(paused_seconds(t, cutoff) for t in paused) / 3600),
        ids(paused),
    )

    def first_reply(t):
        events = TicketEvent.select().where(TicketEvent.ticket == t, TicketEvent.action == "stage_reply")
        return min((e.at for e in events), default=None)

    urgent = [t for t in received if t.stage_reply_due is not None]
    ack_late = ids(received) - {
        t.id
        for t in received
        if t.acknowledged_at is not None and (t.ack_due is None or t.acknowledged_at <= t.ack_due)
    }
    reply_late = {
        t.id
        for t in urgent
        if not any(m is not None and m <= t.stage_reply_due for m in (first_reply(t), t.resolved_at))
    }
    result_late = {t.id for t in resolved if t.result_due is not None and t.resolved_at > t.result_due}
    due_ids, missed_ids = d["kpi callback_rate"][3], d["kpi callback_rate"][4]
    d["stages"] = {
        "ack": (len(received), len(received) - len(ack_late), ids(received), ack_late),
        "stage_reply": (len(urgent), len(urgent) - len(reply_late), ids(urgent), reply_late),
        "result": (len(resolved), len(resolved) - len(result_late), resolved_ids, result_late),
        "callback": (len(due_ids), len(due_ids) - len(missed_ids), due_ids, missed_ids),
    }
    every = [(t, c) for t in received for c in callbacks_of(t)]
    finished = [(t, c) for t, c in every if c.status in (CallbackStatus.DONE, CallbackStatus.ABANDONED)]
    rated = [(t, c) for t, c in every if c.rating is not None]
    unhappy = [
        (t, c)
        for t, c in every
        if c.status == CallbackStatus.DONE
        and ((c.rating is not None and c.rating <= 3) or c.solved in (Solved.PARTLY, Solved.NO))
    ]
    reopening = [
        t
        for t, c in every
        if c.status == CallbackStatus.DONE and ((c.rating is not None and c.rating <= 2) or c.solved == Solved.NO)
    ]
    d["callbacks"] = (
        len(finished),
        sum(1 for _t, c in finished if c.reached),
        len(rated),
        sum(1 for _t, c in rated if c.rating >= 4),
        sum(1 for _t, c in finished if not c.reached),
        len(due_ids),
        len(due_ids) - len(missed_ids),
        len(unhappy),
    )
    d["callback drills"] = {
        "rated": {t.id for t, _c in rated},
        "satisfied": {t.id for t, c in rated if c.rating >= 4},
        "dissatisfied": {t.id for t, _c in unhappy},
        "unreached": {t.id for t, c in finished if not c.reached},
        "due": due_ids,
        "missed": missed_ids,
    }
    d["reopened by callback"] = ids(reopening)
    reasons = defaultdict(list)
    for t, _c in unhappy:
        reasons[t.category.name].append(t.id)
    d["reasons"] = {name: (len(found), set(found)) for name, found in reasons.items()}
    # repeats: a counted ticket of the same room and category received in the 30 days before
    history = received_between(period.start - WINDOW, end, scope)
    repeats = [
        t
        for t in received
        if t.room_id is not None
        and any(
            o.id != t.id
            and o.room_id == t.room_id
            and o.category_id == t.category_id
            and t.received_at - WINDOW <= o.received_at < t.received_at
            for o in history
        )
    ]
    d["repeats"] = ids(repeats)
    rows = defaultdict(list)
    for t in repeats:
        rows[(t.room.code, t.category.name)].append(t)
    d["repeat rows"] = {}
    for key, found in rows.items():
        first, last = min(t.received_at for t in found) - WINDOW, found[-1].received_at
        chain = {
            o.id
            for o in history
            if o.room_id is not None and (o.room.code, o.category.name) == key and first <= o.received_at <= last
        }
        d["repeat rows"][key] = (len(found), chain)
    ratings = {t.id: [c.rating for c in callbacks_of(t) if c.rating is not None] for t in received}

    def team(tickets):
        done = [t for t in tickets if t.id in resolved_ids]
        late = [t for t in done if t.result_due is not None and t.resolved_at > t.result_due]
        rates = [r for t in tickets for r in ratings[t.id]]
        return (
            len(tickets),
            len(done),
            approx(mean([(t.resolved_at - t.received_at).total_seconds() / 3600 for t in done])),
            len(done) - len(late),
            len(rates),
            sum(1 for r in rates if r >= 4),
            sum(1 for t in tickets if t.reopen_count > 0),
            ids(tickets),
            ids(late),
        )

    d["departments"] = {
        key or 0: team([t for t in received if t.department_id == key]) for key in {t.department_id for t in received}
    }
    crews = defaultdict(list)
    for t in received:
        active = Assignment.select().where(
            Assignment.ticket == t,
            Assignment.active == True,
            Assignment.staff.is_null(False),  # noqa: E712
        )
        for staff_id in {a.staff_id for a in active}:
            crews[staff_id].append(t)
    d["crews"] = {key: team(found) for key, found in crews.items()}
    grid = [[0] * 24 for _ in range(7)]
    cells = defaultdict(set)
    for t in received:
        grid[t.received_at.weekday()][t.received_at.hour] += 1
        cells[(t.received_at.weekday(), t.received_at.hour)].add(t.id)
    d["peaks"], d["peak cells"] = grid, dict(cells)
    buildings = defaultdict(set)
    for t in received:
        if t.room is not None:
            buildings[t.room.building_id].add(t.id)
    d["buildings"] = {key: (len(found), found) for key, found in buildings.items()}
    overdue = overdue_at(cutoff, scope)
    d["communities"] = {}
    community_of = {t.id: t.room.community_id for t in every_ticket() if t.room is not None}
    if scope.is_office and Community.select().count() >= 2:
        for community in Community.select():
            part = community_scope(community.id)
            mine = [t for t in received if t.room is not None and t.room.community_id == community.id]
            values = slow_kpis(mine, period, part, now, hours_target, served_rooms(part))
            d["communities"][community.id] = (
                len(mine),
                {key: approx(value[0]) for key, value in values.items()},
                sum(1 for t in mine if t.id in d["repeats"]),
                sum(1 for o in overdue if community_of.get(o[0]) == community.id),
            )
    repairs = [t for t in received if t.kind == Kind.REPAIR]
    warnings = {}
    by_room = defaultdict(set)
    for t in repairs:
        if t.room is not None:
            by_room[(t.room.code, t.category.name)].add(t.id)
    for (code, name), found in by_room.items():
        if len(found) >= 2:
            warnings[("repeating", code, name)] = (len(found), None, found)
    by_building = defaultdict(set)
    for t in repairs:
        if t.room is not None:
            by_building[(t.room.building, t.category)].add(t.id)
    for (building, category), found in by_building.items():
        earlier = sum(
            1
            for t in before
            if t.kind == Kind.REPAIR
            and t.room is not None
            and t.room.building_id == building.id
            and t.category_id == category.id
        )
        if len(found) >= 3 and len(found) >= 2 * earlier:
            place = f"{building.community.name} {building.name}"
            warnings[("rising", place, category.name)] = (len(found), earlier, found)
    d["warnings"] = warnings
    d["overdue"] = overdue
    return d


def compare(figures, period, scope, now):
    CACHE.clear()
    fast, slow = digest(figures), slow_digest(period, scope, now)
    for key in slow:
        assert fast[key] == slow[key], key
    assert set(fast) == set(slow)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_figures_agree_with_a_slow_count_on_a_random_office(folder, seed):
    build_random_office(seed)
    march = month(dt.date(2026, 3, 1))
    compare(report_figures(march, now=NOW), march, office_scope(), NOW)
    # a month still running when the report is made: its cutoff is now, not the month's end
    april = month(dt.date(2026, 4, 1))
    early = dt.datetime(2026, 4, 12, 9, 30)
    compare(report_figures(april, now=early), april, office_scope(), early)
    first = quarter(2026, 1)
    compare(report_figures(first, now=NOW), first, office_scope(), NOW)
    # the whole year (still running at NOW: every ticket of the office is in it) and a range
    # of days that is no calendar period (compared with the same number of days before it)
    whole = year(2026)
    compare(report_figures(whole, now=NOW), whole, office_scope(), NOW)
    days = Period(dt.date(2026, 2, 15), dt.date(2026, 3, 20))
    compare(report_figures(days, now=NOW), days, office_scope(), NOW)
    community = community_scope(Community.select().order_by(Community.id).first().id)
    compare(report_figures(march, community, now=NOW), march, community, NOW)
    room = Room.select().order_by(Room.id.desc()).first()
    building = building_scope(room.building_id)
    compare(report_figures(march, building, now=NOW), march, building, NOW)
