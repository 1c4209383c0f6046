"""The sections about where and by whom: repeat complaints per room, departments and
crews, the weekday × hour peaks, the busiest buildings, communities side by side, the
early warning of repairs that repeat or rise, and the tickets overdue at the period's
end."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from models.i18n import QT_TRANSLATE_NOOP
from models.reports import loading
from models.reports.definitions import REPEAT_WINDOW_DAYS, RISING_MINIMUM
from models.reports.figures import (
    BuildingRow,
    CommunityRow,
    Drill,
    OverdueRow,
    PeakCell,
    Peaks,
    RepeatRow,
    TeamRow,
    WarningRow,
)
from models.reports.loading import Breakdown, LateRow, as_stored, stamp
from models.reports.tally import Tally, ids

DRILL_REPEATS = QT_TRANSLATE_NOOP("models", "Repeat complaints")
DRILL_REPEAT_ROOM = QT_TRANSLATE_NOOP("models", "Room {room}: {category}")
DRILL_DEPARTMENT = QT_TRANSLATE_NOOP("models", "Department: {name}")
DRILL_DEPARTMENT_LATE = QT_TRANSLATE_NOOP("models", "Department: {name}, result late")
DRILL_CREW = QT_TRANSLATE_NOOP("models", "Crew: {name}")
DRILL_CREW_LATE = QT_TRANSLATE_NOOP("models", "Crew: {name}, result late")
DRILL_PEAK = QT_TRANSLATE_NOOP("models", "Received on {weekday} between {hour}:00 and {hour}:59")
DRILL_BUILDING = QT_TRANSLATE_NOOP("models", "Building: {name}")
DRILL_COMMUNITY = QT_TRANSLATE_NOOP("models", "Community: {name}")
DRILL_WARNING = QT_TRANSLATE_NOOP("models", "Early warning: {place}, {category}")
DRILL_OVERDUE = QT_TRANSLATE_NOOP("models", "Overdue at the period's end")
REPEATING = QT_TRANSLATE_NOOP("models", "Repeating in one room")
RISING = QT_TRANSLATE_NOOP("models", "Rising in one building")
NO_DEPARTMENT = QT_TRANSLATE_NOOP("models", "Not dispatched")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("models", "Monday"),
    QT_TRANSLATE_NOOP("models", "Tuesday"),
    QT_TRANSLATE_NOOP("models", "Wednesday"),
    QT_TRANSLATE_NOOP("models", "Thursday"),
    QT_TRANSLATE_NOOP("models", "Friday"),
    QT_TRANSLATE_NOOP("models", "Saturday"),
    QT_TRANSLATE_NOOP("models", "Sunday"),
)
BUSIEST_CELLS = 5
BUILDING_CATEGORIES = 3
ACK, RESULT = "ack", "result"


# -- repeat complaints -----------------------------------------------------------------


def repeats(tally: Tally) -> tuple[list[RepeatRow], Drill]:
    """Rooms whose tickets came back within 30 days in the same category: a received
    ticket is a repeat when a counted ticket of its room and category was received in the
    30 days before it. The period's pass (tally) finds them as it meets each ticket after
    the room's earlier ones; here they are named."""
    window = dt.timedelta(days=REPEAT_WINDOW_DAYS)
    return _repeat_rows(tally, tally.repeat_groups, tally.room_history, window), Drill(
        DRILL_REPEATS, tuple(tally.repeat_ids)
    )


def _repeat_rows(tally: Tally, groups, history, window: dt.timedelta) -> list[RepeatRow]:
    chains = {}
    for key, tickets in groups.items():
        first, last = as_stored(stamp(tickets[0][0]) - window), tickets[-1][0]
        chains[key] = [(at, t_id) for at, t_id in history[key] if first <= at <= last]
    rooms = loading.room_codes(room for room, _category in groups)
    details = loading.ticket_details(t_id for chain in chains.values() for _at, t_id in chain)
    owners = loading.household_names(details[tickets[-1][1]][1] for tickets in groups.values())
    rows = []
    for (room, category), tickets in groups.items():
        chain = chains[(room, category)]
        _number, household, reporter = details[tickets[-1][1]]
        name = tally.names.category(category)
        room_code = rooms.get(room, "")
        rows.append(
            RepeatRow(
                room=room_code,
                owner=owners.get(household) or reporter,
                category=name,
                dates=[stamp(at) for at, _id in chain],
                numbers=[details[t_id][0] for _at, t_id in chain],
                repeats=len(tickets),
                drill=Drill(
                    DRILL_REPEAT_ROOM, tuple(t_id for _at, t_id in chain), {"room": room_code, "category": name}
                ),
            )
        )
    return sorted(rows, key=lambda row: (-row.repeats, row.room, row.category))


# -- departments and crews -------------------------------------------------------------


def departments(tally: Tally) -> list[TeamRow]:
    names = tally.names.departments
    rows = [
        _team(
            tally,
            key or 0,
            names.get(key, NO_DEPARTMENT) if key else NO_DEPARTMENT,
            tickets,
            DRILL_DEPARTMENT,
            DRILL_DEPARTMENT_LATE,
        )
        for key, tickets in tally.by_department.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.name))


def crews(tally: Tally) -> list[TeamRow]:
    rows = [
        _team(tally, key, tally.names.staff.get(key, ""), tickets, DRILL_CREW, DRILL_CREW_LATE)
        for key, tickets in tally.crews.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.name))


def _team(tally: Tally, key: int, name: str, tickets: list[int], label: str, late_label: str) -> TeamRow:
    resolved_set, late_set, ratings, hours = (
        tally.resolved_set,
        tally.result_late_set,
        tally.basis.ratings,
        tally.basis.hours,
    )
    resolved = [t for t in tickets if t in resolved_set]
    late = [t for t in resolved if t in late_set]
    rated = satisfied = 0
    if ratings:
        for t in tickets:
            counts = ratings.get(t)
            if counts:
                rated += counts[0]
                satisfied += counts[1]
    spent = [hours[t] for t in resolved]
    reopened = tally.reopened
    return TeamRow(
        key=key,
        name=name,
        count=len(tickets),
        resolved=len(resolved),
        average_hours=sum(spent) / len(spent) if spent else None,
        on_time=len(resolved) - len(late),
        rated=rated,
        satisfied=satisfied,
        reopened=sum(1 for t in tickets if t in reopened) if reopened else 0,
        drill=Drill(label, ids(tickets), {"name": name}),
        late=Drill(late_label, ids(late), {"name": name}),
    )


# -- peaks and places ------------------------------------------------------------------


def peaks(tally: Tally) -> Peaks:
    cells = {divmod(key, 24): tickets for key, tickets in tally.by_cell.items()}
    grid = [[len(cells.get((day, hour), ())) for hour in range(24)] for day in range(7)]
    drills = {
        key: Drill(DRILL_PEAK, ids(tickets), {"weekday": WEEKDAYS[key[0]], "hour": f"{key[1]:02d}"})
        for key, tickets in cells.items()
    }
    busiest = sorted(cells, key=lambda key: (-len(cells[key]), key))[:BUSIEST_CELLS]
    return Peaks(
        grid, [PeakCell(day, hour, len(cells[(day, hour)]), drills[(day, hour)]) for day, hour in busiest], drills
    )


def buildings(tally: Tally) -> list[BuildingRow]:
    by_building: dict[int, Counter] = defaultdict(Counter)
    for (building, category), count in tally.building_categories.items():
        by_building[building][tally.names.category(category)] += count
    rows = []
    for building, tickets in tally.by_building.items():
        counts = by_building[building]
        top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:BUILDING_CATEGORIES]
        name = tally.names.building(building)
        rows.append(BuildingRow(building, name, len(tickets), top, Drill(DRILL_BUILDING, ids(tickets), {"name": name})))
    return sorted(rows, key=lambda row: (-row.count, row.name))


def communities(tally: Tally, kpi_values, served: dict[int, int], repeat_ids: set[int], overdue: list[LateRow]):
    """Communities side by side, when the report covers an office that runs several.
    `kpi_values(basis, served rooms, community id)` gives each community's KPIs."""
    if not tally.scope.is_office or len(tally.names.communities) < 2:
        return []
    rows = []
    for community, name in sorted(tally.names.communities.items(), key=lambda item: item[1]):
        received = tally.by_community.get(community, [])
        part = tally.basis.only(set(received))
        values = kpi_values(part, {room for room, owner in served.items() if owner == community}, community)
        rows.append(
            CommunityRow(
                community_id=community,
                name=name,
                received=len(received),
                kpis={key: value[0] for key, value in values.items()},
                repeats=sum(1 for t in received if t in repeat_ids),
                overdue=sum(1 for t in overdue if t.community_id == community),
                drill=Drill(DRILL_COMMUNITY, ids(received), {"name": name}),
            )
        )
    return rows


# -- early warning ---------------------------------------------------------------------


def warnings(tally: Tally, previous: Breakdown) -> list[WarningRow]:
    return _repeating_rooms(tally) + _rising_buildings(tally, previous)


def _repeating_rooms(tally: Tally) -> list[WarningRow]:
    repeating = {key: tickets for key, tickets in tally.repairs_by_room.items() if len(tickets) >= 2}
    rooms = loading.room_codes(room for room, _category in repeating)
    rows = []
    for (room, category), tickets in repeating.items():
        place, name = rooms.get(room, ""), tally.names.category(category)
        drill = Drill(DRILL_WARNING, ids(tickets), {"place": place, "category": name})
        rows.append(WarningRow("repeating", REPEATING, place, name, len(tickets), None, drill))
    return sorted(rows, key=lambda row: (-row.count, row.place, row.category))


def _rising_buildings(tally: Tally, previous: Breakdown) -> list[WarningRow]:
    before = previous.repairs
    rows = []
    for (building, category), tickets in tally.repairs_by_building.items():
        earlier = before[(building, category)]
        if len(tickets) >= RISING_MINIMUM and len(tickets) >= 2 * earlier:
            place, name = tally.names.building(building), tally.names.category(category)
            drill = Drill(DRILL_WARNING, ids(tickets), {"place": place, "category": name})
            rows.append(WarningRow("rising", RISING, place, name, len(tickets), earlier, drill))
    return sorted(rows, key=lambda row: (-row.count, row.place, row.category))


# -- overdue at the period's end -------------------------------------------------------


def overdue(tally: Tally, late: list[LateRow]) -> tuple[list[OverdueRow], Drill]:
    cutoff = tally.cutoff
    rooms = loading.room_codes(t.room_id for t in late)
    rows = [
        OverdueRow(
            ticket_id=t.id,
            number=t.number,
            room=rooms.get(t.room_id, ""),
            category=tally.names.category(t.category_id),
            kind=t.kind,
            stage=_late_stage(t, cutoff),
            due=_late_due(t, cutoff),
            age_hours=(cutoff - t.received_at).total_seconds() / 3600,
            status=t.status,
        )
        for t in late
    ]
    rows.sort(key=lambda row: (-row.age_hours, row.number))
    return rows, Drill(DRILL_OVERDUE, tuple(row.ticket_id for row in rows))


def _ack_late(ticket: LateRow, cutoff: dt.datetime) -> bool:
    return (
        ticket.ack_due is not None
        and ticket.ack_due < cutoff
        and (ticket.acknowledged_at is None or ticket.acknowledged_at >= cutoff)
    )


def _late_stage(ticket: LateRow, cutoff: dt.datetime) -> str:
    return ACK if _ack_late(ticket, cutoff) else RESULT


def _late_due(ticket: LateRow, cutoff: dt.datetime) -> dt.datetime:
    return ticket.ack_due if _ack_late(ticket, cutoff) else ticket.result_due
