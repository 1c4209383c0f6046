"""The sections about where and by whom: repeat complaints per room, departments and
crews, the weekday × hour peaks, the busiest buildings, communities side by side, the
early warning of repairs that repeat or rise, and the tickets overdue at the period's
end."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from models.codes import Kind
from models.i18n import QT_TRANSLATE_NOOP
from models.reports import loading, rules
from models.reports.cohort import Cohort, ids
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
from models.reports.loading import Facts

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


def repeats(cohort: Cohort) -> tuple[list[RepeatRow], Drill]:
    """Rooms whose tickets came back within 30 days in the same category."""
    window = dt.timedelta(days=REPEAT_WINDOW_DAYS)
    history: dict[tuple[int, int], list[tuple[int, dt.datetime]]] = defaultdict(list)
    for ticket_id, room, category, at in loading.earlier_tickets(cohort.period, cohort.scope, REPEAT_WINDOW_DAYS):
        history[(room, category)].append((ticket_id, at))
    for ticket in cohort.received:
        if ticket.room_id is not None:
            history[(ticket.room_id, ticket.category_id)].append((ticket.id, ticket.received_at))
    found = [
        t
        for t in cohort.received
        if t.room_id is not None and rules.is_repeat(t, history[(t.room_id, t.category_id)], window)
    ]
    return _repeat_rows(cohort, found, history, window), Drill(DRILL_REPEATS, ids(found))


def _repeat_rows(cohort: Cohort, found: list[Facts], history, window) -> list[RepeatRow]:
    groups: dict[tuple[int, int], list[Facts]] = defaultdict(list)
    for ticket in found:
        groups[(ticket.room_id, ticket.category_id)].append(ticket)
    rooms = loading.room_codes(room for room, _category in groups)
    owners = loading.household_names(t.household_id for t in found)
    numbers = _numbers(t_id for key in groups for t_id, _at in history[key])
    rows = []
    for (room, category), tickets in groups.items():
        first = min(t.received_at for t in tickets) - window
        chain = sorted((at, t_id) for t_id, at in history[(room, category)] if first <= at <= tickets[-1].received_at)
        latest = tickets[-1]
        name = cohort.names.category(category)
        room_code = rooms.get(room, "")
        rows.append(
            RepeatRow(
                room=room_code,
                owner=owners.get(latest.household_id) or latest.reporter_name,
                category=name,
                dates=[at for at, _id in chain],
                numbers=[numbers.get(t_id, "") for _at, t_id in chain],
                repeats=len(tickets),
                drill=Drill(
                    DRILL_REPEAT_ROOM, tuple(t_id for _at, t_id in chain), {"room": room_code, "category": name}
                ),
            )
        )
    return sorted(rows, key=lambda row: (-row.repeats, row.room, row.category))


def _numbers(ticket_ids) -> dict[int, str]:
    from models.store import database

    wanted = sorted(set(ticket_ids))
    found: dict[int, str] = {}
    for first in range(0, len(wanted), 500):
        chunk = wanted[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(database.execute_sql(f"SELECT id, number FROM ticket WHERE id IN ({marks})", chunk).fetchall())
    return found


# -- departments and crews -------------------------------------------------------------


def departments(cohort: Cohort) -> list[TeamRow]:
    groups: dict[int | None, list[Facts]] = defaultdict(list)
    for ticket in cohort.received:
        groups[ticket.department_id].append(ticket)
    rows = [
        _team(
            cohort,
            key or 0,
            cohort.names.departments.get(key, NO_DEPARTMENT) if key else NO_DEPARTMENT,
            tickets,
            DRILL_DEPARTMENT,
            DRILL_DEPARTMENT_LATE,
        )
        for key, tickets in groups.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.name))


def crews(cohort: Cohort) -> list[TeamRow]:
    groups: dict[int, list[Facts]] = defaultdict(list)
    for ticket in cohort.received:
        for staff_id in cohort.crews.get(ticket.id, ()):
            groups[staff_id].append(ticket)
    rows = [
        _team(cohort, key, cohort.names.staff.get(key, ""), tickets, DRILL_CREW, DRILL_CREW_LATE)
        for key, tickets in groups.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.name))


def _team(cohort: Cohort, key: int, name: str, tickets: list[Facts], label: str, late_label: str) -> TeamRow:
    resolved = [t for t in tickets if t.id in cohort.resolved_ids]
    late = [t for t in resolved if not rules.result_on_time(t)]
    ratings = [rating for t in tickets for rating in cohort.ratings.get(t.id, ())]
    hours = [cohort.hours[t.id] for t in resolved]
    return TeamRow(
        key=key,
        name=name,
        count=len(tickets),
        resolved=len(resolved),
        average_hours=sum(hours) / len(hours) if hours else None,
        on_time=len(resolved) - len(late),
        rated=len(ratings),
        satisfied=sum(1 for rating in ratings if rating >= rules.SATISFIED_FROM),
        reopened=sum(1 for t in tickets if t.reopen_count > 0),
        drill=Drill(label, ids(tickets), {"name": name}),
        late=Drill(late_label, ids(late), {"name": name}),
    )


# -- peaks and places ------------------------------------------------------------------


def peaks(cohort: Cohort) -> Peaks:
    cells: dict[tuple[int, int], list[Facts]] = defaultdict(list)
    for ticket in cohort.received:
        cells[(ticket.received_at.weekday(), ticket.received_at.hour)].append(ticket)
    grid = [[len(cells.get((day, hour), ())) for hour in range(24)] for day in range(7)]
    drills = {
        key: Drill(DRILL_PEAK, ids(tickets), {"weekday": WEEKDAYS[key[0]], "hour": f"{key[1]:02d}"})
        for key, tickets in cells.items()
    }
    busiest = sorted(cells, key=lambda key: (-len(cells[key]), key))[:BUSIEST_CELLS]
    return Peaks(
        grid, [PeakCell(day, hour, len(cells[(day, hour)]), drills[(day, hour)]) for day, hour in busiest], drills
    )


def buildings(cohort: Cohort) -> list[BuildingRow]:
    groups: dict[int, list[Facts]] = defaultdict(list)
    for ticket in cohort.received:
        if ticket.building_id is not None:
            groups[ticket.building_id].append(ticket)
    rows = []
    for building, tickets in groups.items():
        counts = Counter(cohort.names.category(t.category_id) for t in tickets)
        top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:BUILDING_CATEGORIES]
        name = cohort.names.building(building)
        rows.append(BuildingRow(building, name, len(tickets), top, Drill(DRILL_BUILDING, ids(tickets), {"name": name})))
    return sorted(rows, key=lambda row: (-row.count, row.name))


def communities(cohort: Cohort, kpi_values, served: dict[int, int], repeat_ids: set[int], overdue: list[Facts]):
    """Communities side by side, when the report covers an office that runs several.
    `kpi_values(cohort, served rooms, community id)` gives each community's KPIs."""
    if not cohort.scope.is_office or len(cohort.names.communities) < 2:
        return []
    rows = []
    for community, name in sorted(cohort.names.communities.items(), key=lambda item: item[1]):
        part = cohort.subset([t for t in cohort.registered if t.community_id == community])
        values = kpi_values(part, {room for room, owner in served.items() if owner == community}, community)
        rows.append(
            CommunityRow(
                community_id=community,
                name=name,
                received=len(part.received),
                kpis={key: value[0] for key, value in values.items()},
                repeats=sum(1 for t in part.received if t.id in repeat_ids),
                overdue=sum(1 for t in overdue if t.community_id == community),
                drill=Drill(DRILL_COMMUNITY, ids(part.received), {"name": name}),
            )
        )
    return rows


# -- early warning ---------------------------------------------------------------------


def warnings(cohort: Cohort, previous: list[tuple]) -> list[WarningRow]:
    repairs = [t for t in cohort.received if t.kind == Kind.REPAIR]
    return _repeating_rooms(cohort, repairs) + _rising_buildings(cohort, repairs, previous)


def _repeating_rooms(cohort: Cohort, repairs: list[Facts]) -> list[WarningRow]:
    groups: dict[tuple[int, int], list[Facts]] = defaultdict(list)
    for ticket in repairs:
        if ticket.room_id is not None:
            groups[(ticket.room_id, ticket.category_id)].append(ticket)
    repeating = {key: tickets for key, tickets in groups.items() if len(tickets) >= 2}
    rooms = loading.room_codes(room for room, _category in repeating)
    rows = []
    for (room, category), tickets in repeating.items():
        place, name = rooms.get(room, ""), cohort.names.category(category)
        drill = Drill(DRILL_WARNING, ids(tickets), {"place": place, "category": name})
        rows.append(WarningRow("repeating", REPEATING, place, name, len(tickets), None, drill))
    return sorted(rows, key=lambda row: (-row.count, row.place, row.category))


def _rising_buildings(cohort: Cohort, repairs: list[Facts], previous: list[tuple]) -> list[WarningRow]:
    before = Counter()
    for kind, category, building, count in previous:
        if kind == Kind.REPAIR and building is not None:
            before[(building, category)] += count
    groups: dict[tuple[int, int], list[Facts]] = defaultdict(list)
    for ticket in repairs:
        if ticket.building_id is not None:
            groups[(ticket.building_id, ticket.category_id)].append(ticket)
    rows = []
    for (building, category), tickets in groups.items():
        earlier = before[(building, category)]
        if len(tickets) >= RISING_MINIMUM and len(tickets) >= 2 * earlier:
            place, name = cohort.names.building(building), cohort.names.category(category)
            drill = Drill(DRILL_WARNING, ids(tickets), {"place": place, "category": name})
            rows.append(WarningRow("rising", RISING, place, name, len(tickets), earlier, drill))
    return sorted(rows, key=lambda row: (-row.count, row.place, row.category))


# -- overdue at the period's end -------------------------------------------------------


def overdue(cohort: Cohort, late: list[Facts]) -> tuple[list[OverdueRow], Drill]:
    cutoff = cohort.cutoff
    rooms = loading.room_codes(t.room_id for t in late)
    rows = [
        OverdueRow(
            ticket_id=t.id,
            number=t.number,
            room=rooms.get(t.room_id, ""),
            category=cohort.names.category(t.category_id),
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


def _ack_late(ticket: Facts, cutoff: dt.datetime) -> bool:
    return (
        ticket.ack_due is not None
        and ticket.ack_due < cutoff
        and (ticket.acknowledged_at is None or ticket.acknowledged_at >= cutoff)
    )


def _late_stage(ticket: Facts, cutoff: dt.datetime) -> str:
    return ACK if _ack_late(ticket, cutoff) else RESULT


def _late_due(ticket: Facts, cutoff: dt.datetime) -> dt.datetime:
    return ticket.ack_due if _ack_late(ticket, cutoff) else ticket.result_due
