"""The sections about where and by whom: repeat complaints per room, departments and
crews, the weekday × hour peaks, the busiest buildings, communities side by side, the
early warning of repairs that repeat or rise, and the tickets overdue at the period's
end."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from itertools import compress

from models.codes import Kind
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
from models.reports.loading import REOPENED, RESOLVED, RESULT_LATE, Breakdown, LateRow, as_stored, stamp
from models.reports.tally import KIND_CODES, Tally

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
    names, columns = tally.names.departments, tally.columns
    ratings = {}
    for ticket, counts in tally.ratings.items():
        ratings.setdefault(columns.department[columns.index[ticket]], []).append(counts)
    rows = []
    for key, stats in _team_stats(columns.department, columns.flags, columns.hours).items():
        name = names.get(key, NO_DEPARTMENT) if key else NO_DEPARTMENT
        rows.append(
            _team(
                key,
                name,
                stats,
                ratings.get(key, ()),
                columns.drill(DRILL_DEPARTMENT, {"name": name}, count=stats[0], department=key),
                columns.drill(
                    DRILL_DEPARTMENT_LATE,
                    {"name": name},
                    count=stats[2],
                    department=key,
                    flags=RESOLVED | RESULT_LATE,
                ),
            )
        )
    return sorted(rows, key=lambda row: (-row.count, row.name))


def crews(tally: Tally) -> list[TeamRow]:
    columns = tally.columns
    index, flags, hours = columns.index, columns.flags, columns.hours
    places = [index[t] for t in tally.crew_tickets]
    ratings = tally.ratings
    rated: dict[int, list] = {}
    if ratings:
        for ticket, staff in zip(tally.crew_tickets, tally.crew_staff, strict=True):
            counts = ratings.get(ticket)
            if counts:
                rated.setdefault(staff, []).append(counts)
    stats = _team_stats(tally.crew_staff, [flags[i] for i in places], [hours[i] for i in places])
    rows = []
    for key, counts in stats.items():
        name = tally.names.staff.get(key, "")
        rows.append(
            _team(
                key,
                name,
                counts,
                rated.get(key, ()),
                tally.crew_drill(DRILL_CREW, {"name": name}, key, counts[0]),
                tally.crew_drill(DRILL_CREW_LATE, {"name": name}, key, counts[2], late=True),
            )
        )
    return sorted(rows, key=lambda row: (-row.count, row.name))


def _team_stats(keys, flags, hours) -> dict[int, list]:
    """team -> [tickets, resolved, resolved late, reopened, [hours of the resolved ones]],
    the teams in the order their first ticket came."""
    stats: dict[int, list] = {}
    late = RESOLVED | RESULT_LATE
    for (key, bits), count in Counter(zip(keys, flags, strict=True)).items():
        found = stats.get(key)
        if found is None:
            found = stats[key] = [0, 0, 0, 0, []]
        found[0] += count
        if bits & RESOLVED:
            found[1] += count
            if bits & late == late:
                found[2] += count
        if bits & REOPENED:
            found[3] += count
    resolved = [bits & RESOLVED for bits in flags]
    for key, spent in zip(compress(keys, resolved), compress(hours, resolved), strict=True):
        stats[key][4].append(spent)
    return stats


def _team(key: int, name: str, stats: list, ratings, drill: Drill, late: Drill) -> TeamRow:
    count, resolved, late_count, reopened, spent = stats
    return TeamRow(
        key=key,
        name=name,
        count=count,
        resolved=resolved,
        average_hours=sum(spent) / len(spent) if spent else None,
        on_time=resolved - late_count,
        rated=sum(rated for rated, _satisfied in ratings),
        satisfied=sum(satisfied for _rated, satisfied in ratings),
        reopened=reopened,
        drill=drill,
        late=late,
    )


# -- peaks and places ------------------------------------------------------------------


def peaks(tally: Tally) -> Peaks:
    counts = {divmod(key, 24): count for key, count in Counter(tally.columns.cell).items()}
    grid = [[counts.get((day, hour), 0) for hour in range(24)] for day in range(7)]
    drills = {
        (day, hour): tally.columns.drill(
            DRILL_PEAK, {"weekday": WEEKDAYS[day], "hour": f"{hour:02d}"}, count=count, cell=day * 24 + hour
        )
        for (day, hour), count in counts.items()
    }
    busiest = sorted(counts, key=lambda key: (-counts[key], key))[:BUSIEST_CELLS]
    return Peaks(grid, [PeakCell(day, hour, counts[(day, hour)], drills[(day, hour)]) for day, hour in busiest], drills)


def buildings(tally: Tally) -> list[BuildingRow]:
    columns = tally.columns
    by_building: dict[int, Counter] = defaultdict(Counter)
    for (building, category), count in Counter(zip(columns.building, columns.category, strict=True)).items():
        if building:
            by_building[building][tally.names.category(category)] += count
    rows = []
    for building, count in Counter(columns.building).items():
        if not building:
            continue
        top = sorted(by_building[building].items(), key=lambda item: (-item[1], item[0]))[:BUILDING_CATEGORIES]
        name = tally.names.building(building)
        drill = columns.drill(DRILL_BUILDING, {"name": name}, count=count, building=building)
        rows.append(BuildingRow(building, name, count, top, drill))
    return sorted(rows, key=lambda row: (-row.count, row.name))


def communities(tally: Tally, kpi_values, served: dict[int, int], repeat_ids: set[int], overdue: list[LateRow]):
    """Communities side by side, when the report covers an office that runs several.
    `kpi_values(basis, served rooms, community id)` gives each community's KPIs."""
    if not tally.scope.is_office or len(tally.names.communities) < 2:
        return []
    columns = tally.columns
    community_of = columns.community
    repeats = Counter(community_of[columns.index[t]] for t in repeat_ids)
    rows = []
    for community, name in sorted(tally.names.communities.items(), key=lambda item: item[1]):
        part = tally.community_basis(community)
        values = kpi_values(part, {room for room, owner in served.items() if owner == community}, community)
        rows.append(
            CommunityRow(
                community_id=community,
                name=name,
                received=part.received,
                kpis={key: value[0] for key, value in values.items()},
                repeats=repeats[community],
                overdue=sum(1 for t in overdue if t.community_id == community),
                drill=part.drill(DRILL_COMMUNITY, {"name": name}, count=part.received),
            )
        )
    return rows


# -- early warning ---------------------------------------------------------------------


def warnings(tally: Tally, previous: Breakdown) -> list[WarningRow]:
    return _repeating_rooms(tally) + _rising_buildings(tally, previous)


def _repairs(tally: Tally, place, minimum: int) -> Counter:
    """(place, category) -> the period's repairs, for the rooms' or the buildings' column,
    where there are at least `minimum`."""
    columns = tally.columns
    repairs = tally.repairs
    found = Counter(zip(compress(place, repairs), compress(columns.category, repairs), strict=True))
    return Counter({key: count for key, count in found.items() if count >= minimum and key[0]})


def _repeating_rooms(tally: Tally) -> list[WarningRow]:
    repeating = _repairs(tally, tally.columns.room, 2)
    rooms = loading.room_codes(room for room, _category in repeating)
    repair = KIND_CODES[Kind.REPAIR.value]
    rows = []
    for (room, category), count in repeating.items():
        place, name = rooms.get(room, ""), tally.names.category(category)
        drill = tally.columns.drill(
            DRILL_WARNING, {"place": place, "category": name}, count=count, kind=repair, room=room, category=category
        )
        rows.append(WarningRow("repeating", REPEATING, place, name, count, None, drill))
    return sorted(rows, key=lambda row: (-row.count, row.place, row.category))


def _rising_buildings(tally: Tally, previous: Breakdown) -> list[WarningRow]:
    before = previous.repairs
    repair = KIND_CODES[Kind.REPAIR.value]
    rows = []
    for (building, category), count in _repairs(tally, tally.columns.building, RISING_MINIMUM).items():
        earlier = before[(building, category)]
        if count >= RISING_MINIMUM and count >= 2 * earlier:
            place, name = tally.names.building(building), tally.names.category(category)
            drill = tally.columns.drill(
                DRILL_WARNING,
                {"place": place, "category": name},
                count=count,
                kind=repair,
                building=building,
                category=category,
            )
            rows.append(WarningRow("rising", RISING, place, name, count, earlier, drill))
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
