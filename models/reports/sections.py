"""The ticket sections of the report: volume with its changes and 12-month trend, kinds
and categories, timeliness per stage with paused time, and the callbacks with the
reasons owners were unhappy."""

from __future__ import annotations

from collections import defaultdict

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
from models.reports.loading import Breakdown, CallbackRow
from models.reports.periods import Period, Scope
from models.reports.tally import Tally, ids, unique
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
    period, scope = tally.period, tally.scope
    resolved = tally.resolved_set
    return Volume(
        registered=len(tally.registered),
        cancelled=len(tally.cancelled),
        merged=len(tally.merged),
        received=len(tally.received),
        resolved=len(tally.resolved),
        previous=previous.total,
        year_before=_counted(period.year_before(), scope),
        trend=trend(period, scope),
        drills={
            "registered": Drill(DRILL_REGISTERED, ids(tally.registered)),
            "cancelled": Drill(DRILL_CANCELLED, ids(tally.cancelled)),
            "merged": Drill(DRILL_MERGED, ids(tally.merged)),
            "received": Drill(DRILL_RECEIVED, ids(tally.received)),
            "resolved": Drill(DRILL_RESOLVED, ids(tally.resolved)),
            "unresolved": Drill(DRILL_UNRESOLVED, tuple(t for t in tally.received if t not in resolved)),
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
    rows = []
    for kind in Kind:
        tickets = tally.by_kind.get(kind.value, ())
        rows.append(
            CountRow(
                kind.value,
                LABELS[kind],
                len(tickets),
                before[kind.value],
                Drill(DRILL_KIND, ids(tickets), {"kind": LABELS[kind]}),
            )
        )
    return rows


def categories(tally: Tally, previous: Breakdown) -> list[CountRow]:
    """Every category with tickets in this period or the one before, busiest first."""
    before = +previous.categories  # the categories with tickets
    tickets = tally.by_category
    names = tally.names
    rows = [
        CountRow(
            str(category),
            names.category(category),
            len(tickets.get(category, ())),
            before[category],
            Drill(DRILL_CATEGORY, ids(tickets.get(category, ())), {"category": names.category(category)}),
            group=names.group_of(category),
        )
        for category in set(tickets) | set(before)
    ]
    return sorted(rows, key=lambda row: (-row.count, -row.previous, row.group, row.label))


def timeliness(tally: Tally) -> Timeliness:
    paused_hours = tally.paused_seconds / 3600
    return Timeliness(
        average_ack_hours=_mean(tally.ack_hours),
        average_resolution_hours=_mean([tally.basis.hours[t] for t in tally.resolved]),
        stages=stages(tally),
        paused_tickets=len(tally.paused),
        paused_hours=paused_hours,
        average_paused_hours=paused_hours / len(tally.paused) if tally.paused else None,
        paused_drill=Drill(DRILL_PAUSED, ids(tally.paused)),
    )


def stages(tally: Tally) -> list[StageRow]:
    basis = tally.basis
    measured = {
        ACK: (basis.received, basis.ack_late),
        STAGE_REPLY: (tally.urgent, tally.reply_late),
        RESULT: (basis.resolved, tally.result_late),
        CALLBACK: (basis.callback_due, basis.callback_missed),
    }
    rows = []
    for stage, (tickets, late) in measured.items():
        label = DEADLINE_LABELS[stage]
        rows.append(
            StageRow(
                stage,
                label,
                len(tickets),
                len(tickets) - len(late),
                Drill(DRILL_STAGE, ids(tickets), {"stage": label}),
                Drill(DRILL_STAGE_LATE, ids(late), {"stage": label}),
            )
        )
    return rows


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def callbacks(tally: Tally) -> Callbacks:
    made, basis = tally.callbacks, tally.basis
    due, missed = basis.callback_due, basis.callback_missed
    unhappy = made.unhappy
    return Callbacks(
        made=made.made,
        reached=made.reached,
        rated=len(made.rated),
        satisfied=len(made.satisfied),
        unreached=len(made.unreached),
        due=len(due),
        in_time=len(due) - len(missed),
        dissatisfied=len(unhappy),
        reasons=_reasons(tally, unhappy),
        comments=_comments(tally, unhappy),
        reopened=Drill(DRILL_REOPENED, unique(made.reopening)),
        drills={
            "rated": Drill(DRILL_CALLBACK_RATED, unique(made.rated)),
            "satisfied": Drill(DRILL_CALLBACK_SATISFIED, unique(made.satisfied)),
            "dissatisfied": Drill(DRILL_DISSATISFIED, unique(row.ticket_id for row in unhappy)),
            "unreached": Drill(DRILL_UNREACHED, unique(made.unreached)),
            "due": Drill(DRILL_CALLBACK_DUE, ids(due)),
            "missed": Drill(DRILL_CALLBACK_MISSED, ids(missed)),
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
