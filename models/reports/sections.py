"""The ticket sections of the report: volume with its changes and 12-month trend, kinds
and categories, timeliness per stage with paused time, and the callbacks with the
reasons owners were unhappy."""

from __future__ import annotations

from collections import Counter, defaultdict

from models.codes import LABELS, Kind
from models.i18n import QT_TRANSLATE_NOOP
from models.reports import loading
from models.reports.figures import (
    Callbacks,
    CommentRow,
    CountRow,
    Drill,
    ReasonRow,
    StageRow,
    Timeliness,
    TrendPoint,
    Volume,
)
from models.reports.loading import (
    ACK_LATE,
    CALLBACK_DUE,
    CALLBACK_MISSED,
    PAUSED,
    REPLY_LATE,
    RESOLVED,
    RESULT_LATE,
    URGENT,
    Breakdown,
    CallbackRow,
)
from models.reports.periods import Period, Scope
from models.reports.tally import CANCELLED, KIND_CODES, MERGED, Tally, unique
from models.service_levels import DEADLINE_LABELS

DRILL_REGISTERED = QT_TRANSLATE_NOOP("models", "Registered")
DRILL_CANCELLED = QT_TRANSLATE_NOOP("models", "Cancelled")
DRILL_MERGED = QT_TRANSLATE_NOOP("models", "Merged as duplicates")
DRILL_RECEIVED = QT_TRANSLATE_NOOP("models", "Received")
DRILL_RESOLVED = QT_TRANSLATE_NOOP("models", "Resolved")
DRILL_UNRESOLVED = QT_TRANSLATE_NOOP("models", "Received, not resolved by the period's end")
DRILL_KIND = QT_TRANSLATE_NOOP("models", "Kind: {kind}")
DRILL_CATEGORY = QT_TRANSLATE_NOOP("models", "Category: {category}")
DRILL_STAGE = QT_TRANSLATE_NOOP("models", "{stage}: measured")
DRILL_STAGE_LATE = QT_TRANSLATE_NOOP("models", "{stage}: late")
DRILL_PAUSED = QT_TRANSLATE_NOOP("models", "Paused")
DRILL_CALLBACK_RATED = QT_TRANSLATE_NOOP("models", "Callbacks with a rating")
DRILL_CALLBACK_SATISFIED = QT_TRANSLATE_NOOP("models", "Callbacks rated 4 or 5")
DRILL_DISSATISFIED = QT_TRANSLATE_NOOP("models", "Owner dissatisfied at callback")
DRILL_DISSATISFIED_CATEGORY = QT_TRANSLATE_NOOP("models", "Owner dissatisfied at callback: {category}")
DRILL_REOPENED = QT_TRANSLATE_NOOP("models", "Reopened by a callback")
DRILL_CALLBACK_DUE = QT_TRANSLATE_NOOP("models", "Resolved, callback due")
DRILL_CALLBACK_MISSED = QT_TRANSLATE_NOOP("models", "Not called back within policy")
DRILL_UNREACHED = QT_TRANSLATE_NOOP("models", "Callback given up: owner not reached")

COMMENT_LIMIT = 30
ACK, STAGE_REPLY, RESULT, CALLBACK = "ack", "stage_reply", "result", "callback"


def volume(tally: Tally, previous: Breakdown) -> Volume:
    period, scope, columns = tally.period, tally.scope, tally.columns
    received, resolved = len(columns), tally.count(RESOLVED)
    return Volume(
        registered=len(tally.registered),
        cancelled=tally.state_count(CANCELLED),
        merged=tally.state_count(MERGED),
        received=received,
        resolved=resolved,
        previous=previous.total,
        year_before=_counted(period.year_before(), scope),
        trend=trend(period, scope),
        drills={
            "registered": Drill(DRILL_REGISTERED, tally.registered),
            "cancelled": tally.state_drill(DRILL_CANCELLED, CANCELLED),
            "merged": tally.state_drill(DRILL_MERGED, MERGED),
            "received": columns.drill(DRILL_RECEIVED, count=received),
            "resolved": columns.drill(DRILL_RESOLVED, count=resolved, flags=RESOLVED),
            "unresolved": columns.drill(DRILL_UNRESOLVED, count=received - resolved, without=RESOLVED),
        },
    )


def _counted(period: Period, scope: Scope) -> int:
    return loading.counted_between(period.start, period.end, scope)


def trend(period: Period, scope: Scope) -> list[TrendPoint]:
    months = period.trend_months()
    counts = loading.received_by_month(months[0].start, months[-1].end, scope)
    return [TrendPoint(m.label, counts.get(m.label, 0)) for m in months]


def kinds(tally: Tally, previous: Breakdown) -> list[CountRow]:
    before = previous.kinds
    counts = Counter(tally.columns.kind)
    rows = []
    for kind in Kind:
        code = KIND_CODES[kind.value]
        rows.append(
            CountRow(
                kind.value,
                LABELS[kind],
                counts[code],
                before[kind.value],
                tally.columns.drill(DRILL_KIND, {"kind": LABELS[kind]}, count=counts[code], kind=code),
            )
        )
    return rows


def categories(tally: Tally, previous: Breakdown) -> list[CountRow]:
    """Every category with tickets in this period or the one before, busiest first."""
    before = +previous.categories  # the categories with tickets
    counts = Counter(tally.columns.category)
    names = tally.names
    rows = [
        CountRow(
            str(category),
            names.category(category),
            counts[category],
            before[category],
            tally.columns.drill(
                DRILL_CATEGORY, {"category": names.category(category)}, count=counts[category], category=category
            ),
            group=names.group_of(category),
        )
        for category in set(counts) | set(before)
    ]
    return sorted(rows, key=lambda row: (-row.count, -row.previous, row.group, row.label))


def timeliness(tally: Tally) -> Timeliness:
    paused_hours = tally.paused_seconds / 3600
    paused = tally.count(PAUSED)
    return Timeliness(
        average_ack_hours=_mean(tally.ack_hours),
        average_resolution_hours=_mean(tally.basis.hours),
        stages=stages(tally),
        paused_tickets=paused,
        paused_hours=paused_hours,
        average_paused_hours=paused_hours / paused if paused else None,
        paused_drill=tally.columns.drill(DRILL_PAUSED, count=paused, flags=PAUSED),
    )


def stages(tally: Tally) -> list[StageRow]:
    received = len(tally.columns)
    measured = {  # stage: (the tickets measured, the bits they have), (the late ones, their bits)
        ACK: ((received, 0), (tally.count(ACK_LATE), ACK_LATE)),
        STAGE_REPLY: ((tally.count(URGENT), URGENT), (tally.count(URGENT | REPLY_LATE), URGENT | REPLY_LATE)),
        RESULT: ((tally.count(RESOLVED), RESOLVED), (tally.count(RESOLVED | RESULT_LATE), RESOLVED | RESULT_LATE)),
        CALLBACK: (
            (tally.count(CALLBACK_DUE), CALLBACK_DUE),
            (tally.count(CALLBACK_DUE | CALLBACK_MISSED), CALLBACK_DUE | CALLBACK_MISSED),
        ),
    }
    rows = []
    for stage, ((count, bits), (late, late_bits)) in measured.items():
        label = DEADLINE_LABELS[stage]
        rows.append(
            StageRow(
                stage,
                label,
                count,
                count - late,
                tally.columns.drill(DRILL_STAGE, {"stage": label}, count=count, flags=bits),
                tally.columns.drill(DRILL_STAGE_LATE, {"stage": label}, count=late, flags=late_bits),
            )
        )
    return rows


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def callbacks(tally: Tally) -> Callbacks:
    made, columns = tally.callbacks, tally.columns
    due, missed = tally.count(CALLBACK_DUE), tally.count(CALLBACK_DUE | CALLBACK_MISSED)
    unhappy = made.unhappy
    return Callbacks(
        made=made.made,
        reached=made.reached,
        rated=len(made.rated),
        satisfied=len(made.satisfied),
        unreached=len(made.unreached),
        due=due,
        in_time=due - missed,
        dissatisfied=len(unhappy),
        reasons=_reasons(tally, unhappy),
        comments=_comments(tally, unhappy),
        reopened=Drill(DRILL_REOPENED, unique(made.reopening)),
        drills={
            "rated": Drill(DRILL_CALLBACK_RATED, unique(made.rated)),
            "satisfied": Drill(DRILL_CALLBACK_SATISFIED, unique(made.satisfied)),
            "dissatisfied": Drill(DRILL_DISSATISFIED, unique(row.ticket_id for row in unhappy)),
            "unreached": Drill(DRILL_UNREACHED, unique(made.unreached)),
            "due": columns.drill(DRILL_CALLBACK_DUE, count=due, flags=CALLBACK_DUE),
            "missed": columns.drill(DRILL_CALLBACK_MISSED, count=missed, flags=CALLBACK_DUE | CALLBACK_MISSED),
        },
    )


def _reasons(tally: Tally, unhappy: list[CallbackRow]) -> list[ReasonRow]:
    by_category = defaultdict(list)
    for row in unhappy:
        by_category[tally.names.category(row.category_id)].append(row.ticket_id)
    rows = [
        ReasonRow(name, len(tickets), Drill(DRILL_DISSATISFIED_CATEGORY, unique(tickets), {"category": name}))
        for name, tickets in by_category.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.category))


def _comments(tally: Tally, unhappy: list[CallbackRow]) -> list[CommentRow]:
    rows = [
        CommentRow(c.ticket_id, c.number, tally.names.category(c.category_id), c.rating, c.solved, c.comment or "")
        for c in unhappy
    ]
    rows.sort(key=lambda row: (row.rating if row.rating is not None else 9, row.number))
    return rows[:COMMENT_LIMIT]
