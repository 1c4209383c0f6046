"""Service levels applied to tickets: each ticket's deadlines computed from its row and
timeline and stored, recomputed when a policy or the office calendar changes (one
transaction with the change)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from models.clock import Clock
from models.codes import OPEN_STATUSES
from models.office import AuditKind, Permission, User, record_audit, require
from models.service_levels import (
    DEADLINE_FIELDS,
    Deadlines,
    OverrideData,
    Pause,
    PolicyData,
    WorkingCalendar,
    deadlines_for,
    list_overrides,
    list_policies,
    load_calendar,
    policy_for,
    remove_override,
    store_override,
    store_policy,
)
from models.store import database
from models.tickets.tables import Ticket, TicketEvent
from models.tickets.workflow import Action


@dataclass(frozen=True)
class _ClockFacts:
    """What the deadlines depend on beyond the ticket row itself, read from its timeline."""

    stage_replied: bool = False
    last_reopened_at: dt.datetime | None = None
    pauses: tuple[Pause, ...] = ()  # finished pauses of the result clock since it last started
    callback_ended_at: dt.datetime | None = None  # last callback given up (无法联系)

    def callback_open(self, resolved_at: dt.datetime | None) -> bool:
        """A resolved ticket waits for its callback unless it was given up since."""
        ended = self.callback_ended_at
        return resolved_at is None or ended is None or ended < resolved_at


class _FactsBuilder:
    """Walks one ticket's clock events in order: a reopening restarts the result clock
    (earlier pauses no longer count), a pause followed by a resume is one finished pause."""

    def __init__(self) -> None:
        self.stage_replied = False
        self.last_reopened_at: dt.datetime | None = None
        self.pauses: list[Pause] = []
        self.paused_at: dt.datetime | None = None
        self.callback_ended_at: dt.datetime | None = None

    def take(self, action: str, at: dt.datetime) -> None:
        if action == Action.STAGE_REPLY:
            self.stage_replied = True
        elif action == Action.REOPEN:
            self.last_reopened_at, self.pauses, self.paused_at = at, [], None
        elif action == Action.PAUSE:
            self.paused_at = at
        elif action == Action.RESUME and self.paused_at is not None:
            self.pauses.append((self.paused_at, at))
            self.paused_at = None
        elif action == Action.CALLBACK_UNREACHABLE:
            self.callback_ended_at = at

    def facts(self) -> _ClockFacts:
        return _ClockFacts(self.stage_replied, self.last_reopened_at, tuple(self.pauses), self.callback_ended_at)


CLOCK_ACTIONS = (Action.STAGE_REPLY, Action.REOPEN, Action.PAUSE, Action.RESUME, Action.CALLBACK_UNREACHABLE)


def _clock_facts(ticket_ids: list[int]) -> dict[int, _ClockFacts]:
    builders: dict[int, _FactsBuilder] = {}
    for chunk_start in range(0, len(ticket_ids), 500):
        chunk = ticket_ids[chunk_start : chunk_start + 500]
        query = (
            TicketEvent.select(TicketEvent.ticket_id, TicketEvent.action, TicketEvent.at)
            .where(TicketEvent.ticket_id.in_(chunk), TicketEvent.action.in_([str(a) for a in CLOCK_ACTIONS]))
            .order_by(TicketEvent.ticket_id, TicketEvent.at, TicketEvent.id)
            .tuples()
        )
        for ticket_id, action, at in query:
            builders.setdefault(ticket_id, _FactsBuilder()).take(action, at)
    return {ticket_id: builder.facts() for ticket_id, builder in builders.items()}


def _deadlines_of(ticket: Ticket, calendar: WorkingCalendar, policy: PolicyData, facts: _ClockFacts) -> Deadlines:
    deadlines = deadlines_for(
        ticket.kind,
        ticket.priority,
        ticket.received_at,
        calendar=calendar,
        policy=policy,
        pauses=facts.pauses,
        resolved_at=ticket.resolved_at,
        acknowledged_at=ticket.acknowledged_at,
        status=ticket.status,
        stage_replied=facts.stage_replied,
        paused_since=ticket.paused_since,
        result_clock_from=facts.last_reopened_at,
        callback_open=facts.callback_open(ticket.resolved_at),
    )
    if ticket.status not in OPEN_STATUSES and ticket.result_due is not None:
        # judged: a resolved ticket keeps the result deadline it was resolved against
        deadlines = replace(deadlines, result_due=ticket.result_due)
    return deadlines


def apply_deadlines(ticket: Ticket, calendar: WorkingCalendar | None = None) -> Deadlines:
    """Compute the ticket's deadlines from its current state and store them. Call after
    every transition (inside the action's transaction)."""
    calendar = calendar or load_calendar()
    facts = _clock_facts([ticket.id]).get(ticket.id, _ClockFacts()) if ticket.id else _ClockFacts()
    deadlines = _deadlines_of(ticket, calendar, policy_for(ticket.kind, ticket.priority), facts)
    _store(ticket, deadlines)
    return deadlines


def _store(ticket: Ticket, deadlines: Deadlines) -> None:
    for name in DEADLINE_FIELDS:
        setattr(ticket, name, getattr(deadlines, name))
    if ticket.id:
        ticket.save(only=[getattr(Ticket, name) for name in DEADLINE_FIELDS])


def recompute_deadlines(kind: str | None = None, priority: str | None = None) -> int:
    """Recompute the stored deadlines of open tickets (of one kind × priority when given),
    e.g. after a policy or the calendar changed. Returns the count. A resolved ticket
    keeps the deadlines it was judged by: switching 3 → 5 days does not turn yesterday's
    late resolution into an on-time one."""
    calendar = load_calendar()
    policies = {(p.kind, p.priority): p for p in list_policies()}
    query = Ticket.select().where(Ticket.status.in_(list(OPEN_STATUSES)))
    if kind is not None:
        query = query.where(Ticket.kind == kind)
    if priority is not None:
        query = query.where(Ticket.priority == priority)
    tickets = list(query)
    facts = _clock_facts([ticket.id for ticket in tickets])
    with database.atomic():
        for ticket in tickets:
            deadlines = _deadlines_of(
                ticket, calendar, policies[(ticket.kind, ticket.priority)], facts.get(ticket.id, _ClockFacts())
            )
            _store(ticket, deadlines)
    return len(tickets)


def save_policy(policy: PolicyData, *, operator: User, clock: Clock) -> int:
    """Store one kind × priority policy and recompute the deadlines of its open tickets
    (paused time kept). Returns how many tickets were recomputed."""
    require(operator, Permission.SET_SERVICE_LEVELS)
    before = policy_for(policy.kind, policy.priority)
    with database.atomic():
        store_policy(policy)
        subject = f"policy:{policy.kind}/{policy.priority}"
        record_audit(
            AuditKind.SERVICE_LEVEL, subject, actor=operator, at=clock.now(), old=asdict(before), new=asdict(policy)
        )
        return recompute_deadlines(kind=policy.kind, priority=policy.priority)


def save_override(data: OverrideData, *, operator: User, clock: Clock) -> None:
    """Add or change the office's own ruling on one day; open tickets' deadlines follow."""
    require(operator, Permission.SET_SERVICE_LEVELS)
    with database.atomic():
        before = _override_on(data.day)
        store_override(data)
        after = _override_on(data.day)
        record_audit(AuditKind.CALENDAR, f"calendar:{data.day}", actor=operator, at=clock.now(), old=before, new=after)
        recompute_deadlines()


def delete_override(day: dt.date, *, operator: User, clock: Clock) -> None:
    require(operator, Permission.SET_SERVICE_LEVELS)
    with database.atomic():
        before = _override_on(day)
        remove_override(day)
        record_audit(AuditKind.CALENDAR, f"calendar:{day}", actor=operator, at=clock.now(), old=before, new="")
        recompute_deadlines()


def _override_on(day: dt.date) -> dict | str:
    """The office's ruling on `day` as the audit writes it ("" when the national calendar rules)."""
    found = [override for override in list_overrides() if override.day == day]
    if not found:
        return ""
    return {"is_workday": found[0].is_workday, "note": found[0].note}
