"""The ticket sections of the report: volume with its changes and 12-month trend, kinds
and categories, timeliness per stage with paused time, and the callbacks with the
reasons owners were unhappy."""

from __future__ import annotations

from collections import Counter, defaultdict

from models.codes import LABELS, CallbackStatus, Kind, Status
from models.i18n import QT_TRANSLATE_NOOP
from models.reports import loading, rules
from models.reports.cohort import Cohort, ids
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
from models.reports.periods import Period, Scope
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


def volume(cohort: Cohort) -> Volume:
    period, scope = cohort.period, cohort.scope
    cancelled = [t for t in cohort.registered if t.status == Status.CANCELLED]
    merged = [t for t in cohort.registered if t.status == Status.MERGED]
    resolved = {t.id for t in cohort.resolved}
    return Volume(
        registered=len(cohort.registered),
        cancelled=len(cancelled),
        merged=len(merged),
        received=len(cohort.received),
        resolved=len(resolved),
        previous=_counted(period.previous(), scope),
        year_before=_counted(period.year_before(), scope),
        trend=trend(period, scope),
        drills={
            "registered": Drill(DRILL_REGISTERED, ids(cohort.registered)),
            "cancelled": Drill(DRILL_CANCELLED, ids(cancelled)),
            "merged": Drill(DRILL_MERGED, ids(merged)),
            "received": Drill(DRILL_RECEIVED, ids(cohort.received)),
            "resolved": Drill(DRILL_RESOLVED, ids(cohort.resolved)),
            "unresolved": Drill(DRILL_UNRESOLVED, ids(t for t in cohort.received if t.id not in resolved)),
        },
    )


def _counted(period: Period, scope: Scope) -> int:
    return loading.counted_between(period.start, period.end, scope)


def trend(period: Period, scope: Scope) -> list[TrendPoint]:
    months = period.trend_months()
    counts = loading.received_by_month(months[0].start, months[-1].end, scope)
    return [TrendPoint(m.label, counts.get(m.label, 0)) for m in months]


def kinds(cohort: Cohort, previous: list[tuple]) -> list[CountRow]:
    before = Counter()
    for kind, _category, _building, count in previous:
        before[kind] += count
    rows = []
    for kind in Kind:
        tickets = [t for t in cohort.received if t.kind == kind]
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


def categories(cohort: Cohort, previous: list[tuple]) -> list[CountRow]:
    """Every category with tickets in this period or the one before, busiest first."""
    before = Counter()
    for _kind, category, _building, count in previous:
        before[category] += count
    tickets = defaultdict(list)
    for ticket in cohort.received:
        tickets[ticket.category_id].append(ticket)
    names = cohort.names
    rows = [
        CountRow(
            str(category),
            names.category(category),
            len(tickets[category]),
            before[category],
            Drill(DRILL_CATEGORY, ids(tickets[category]), {"category": names.category(category)}),
            group=names.group_of(category),
        )
        for category in set(tickets) | set(before)
    ]
    return sorted(rows, key=lambda row: (-row.count, -row.previous, row.group, row.label))


def timeliness(cohort: Cohort) -> Timeliness:
    acknowledged = [t for t in cohort.received if t.acknowledged_at is not None]
    paused = [t for t in cohort.received if rules.paused_seconds(t, cohort.cutoff) > 0]
    paused_hours = sum(rules.paused_seconds(t, cohort.cutoff) for t in paused) / 3600
    return Timeliness(
        average_ack_hours=_mean([(t.acknowledged_at - t.received_at).total_seconds() / 3600 for t in acknowledged]),
        average_resolution_hours=_mean(list(cohort.hours.values())),
        stages=stages(cohort),
        paused_tickets=len(paused),
        paused_hours=paused_hours,
        average_paused_hours=paused_hours / len(paused) if paused else None,
        paused_drill=Drill(DRILL_PAUSED, ids(paused)),
    )


def stages(cohort: Cohort) -> list[StageRow]:
    urgent = [t for t in cohort.received if t.stage_reply_due is not None]
    missed = {t.id for t in cohort.callback_missed}
    measured = {
        ACK: (cohort.received, rules.acknowledged_in_time),
        STAGE_REPLY: (urgent, lambda t: rules.stage_reply_in_time(t, cohort.stage_replies.get(t.id))),
        RESULT: (cohort.resolved, rules.result_on_time),
        CALLBACK: (cohort.callback_due, lambda t: t.id not in missed),
    }
    rows = []
    for stage, (tickets, in_time) in measured.items():
        late = [t for t in tickets if not in_time(t)]
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


def callbacks(cohort: Cohort) -> Callbacks:
    every = [(t, c) for t in cohort.received for c in cohort.callbacks_for(t)]
    finished = [(t, c) for t, c in every if c.status in (CallbackStatus.DONE, CallbackStatus.ABANDONED)]
    rated = [(t, c) for t, c in every if rules.rated(c)]
    unhappy = [(t, c) for t, c in every if c.status == CallbackStatus.DONE and rules.dissatisfied(c)]
    unreached = [(t, c) for t, c in finished if not c.reached]
    due, missed = cohort.callback_due, cohort.callback_missed
    reopened = _unique(t for t, c in every if rules.reopens(c))
    return Callbacks(
        made=len(finished),
        reached=sum(1 for _t, c in finished if c.reached),
        rated=len(rated),
        satisfied=sum(1 for _t, c in rated if rules.satisfied(c)),
        unreached=len(unreached),
        due=len(due),
        in_time=len(due) - len(missed),
        dissatisfied=len(unhappy),
        reasons=_reasons(cohort, unhappy),
        comments=_comments(cohort, unhappy),
        reopened=Drill(DRILL_REOPENED, ids(reopened)),
        drills={
            "rated": Drill(DRILL_CALLBACK_RATED, ids(_unique(t for t, _c in rated))),
            "satisfied": Drill(DRILL_CALLBACK_SATISFIED, ids(_unique(t for t, c in rated if rules.satisfied(c)))),
            "dissatisfied": Drill(DRILL_DISSATISFIED, ids(_unique(t for t, _c in unhappy))),
            "unreached": Drill(DRILL_UNREACHED, ids(_unique(t for t, _c in unreached))),
            "due": Drill(DRILL_CALLBACK_DUE, ids(due)),
            "missed": Drill(DRILL_CALLBACK_MISSED, ids(missed)),
        },
    )


def _unique(tickets) -> list:
    seen: dict[int, object] = {}
    for ticket in tickets:
        seen.setdefault(ticket.id, ticket)
    return list(seen.values())


def _reasons(cohort: Cohort, unhappy: list) -> list[ReasonRow]:
    by_category = defaultdict(list)
    for ticket, _callback in unhappy:
        by_category[cohort.names.category(ticket.category_id)].append(ticket)
    rows = [
        ReasonRow(name, len(tickets), Drill(DRILL_DISSATISFIED_CATEGORY, ids(_unique(tickets)), {"category": name}))
        for name, tickets in by_category.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.category))


def _comments(cohort: Cohort, unhappy: list) -> list[CommentRow]:
    rows = [
        CommentRow(t.id, t.number, cohort.names.category(t.category_id), c.rating, c.solved, c.comment)
        for t, c in unhappy
    ]
    rows.sort(key=lambda row: (row.rating if row.rating is not None else 9, row.number))
    return rows[:COMMENT_LIMIT]
