"""The tickets a report is about, read once: those received in the period in the scope,
with their callbacks, crews and stage replies, split into the sets every section starts
from (received, resolved, …)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.reports import loading, rules
from models.reports.loading import CallbackFacts, Facts, Names
from models.reports.periods import Period, Scope


@dataclass
class Cohort:
    period: Period
    scope: Scope
    now: dt.datetime
    registered: list[Facts]
    callbacks: dict[int, list[CallbackFacts]]
    crews: dict[int, list[int]]
    stage_replies: dict[int, dt.datetime]
    names: Names
    received: list[Facts] = field(init=False)
    resolved: list[Facts] = field(init=False)
    resolved_ids: set[int] = field(init=False)
    callback_due: list[Facts] = field(init=False)  # resolved, callback measured for the rate
    callback_missed: list[Facts] = field(init=False)  # of those, not called back within policy
    hours: dict[int, float] = field(init=False)  # receipt → resolution of each resolved ticket
    ratings: dict[int, list[int]] = field(init=False)  # the callback ratings of each received ticket

    def __post_init__(self) -> None:
        end = self.period.end
        self.received = [t for t in self.registered if rules.counted(t)]
        self.resolved = [t for t in self.received if rules.resolved_by(t, end)]
        self.resolved_ids = {t.id for t in self.resolved}
        self.hours = {t.id: rules.handling_hours(t) for t in self.resolved}
        self.ratings = {}
        for ticket in self.received:
            made = self.callbacks.get(ticket.id)
            if made:
                rated = [c.rating for c in made if c.rating is not None]
                if rated:
                    self.ratings[ticket.id] = rated
        self.callback_due, self.callback_missed = [], []
        for ticket in self.resolved:
            made = self.callbacks.get(ticket.id, ())
            if rules.needs_callback(ticket) and rules.callback_counts_for_rate(ticket, made, self.now):
                self.callback_due.append(ticket)
                if not rules.called_back_in_time(ticket, made):
                    self.callback_missed.append(ticket)

    @property
    def cutoff(self) -> dt.datetime:
        """The period's end, or now for a period still running."""
        return min(self.period.end, self.now)

    def callbacks_for(self, ticket: Facts) -> list[CallbackFacts]:
        return self.callbacks.get(ticket.id, ())

    def subset(self, tickets: list[Facts]) -> Cohort:
        """The same report restricted to some of the tickets (a community's, a team's)."""
        ids = {t.id for t in tickets}
        return Cohort(
            self.period,
            self.scope,
            self.now,
            [t for t in self.registered if t.id in ids],
            self.callbacks,
            self.crews,
            self.stage_replies,
            self.names,
        )


def read_cohort(period: Period, scope: Scope, now: dt.datetime) -> Cohort:
    return Cohort(
        period,
        scope,
        now,
        loading.received_facts(period, scope),
        loading.callbacks_of(period, scope),
        loading.crews_of(period, scope),
        loading.stage_replies_of(period, scope),
        loading.names(),
    )


def ids(tickets) -> tuple[int, ...]:
    return tuple([t.id for t in tickets])
