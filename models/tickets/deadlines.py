"""Service levels applied to tickets: each ticket's deadlines computed from its row and
timeline and stored, recomputed when a policy or the office calendar changes (one
transaction with the change)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.service_levels import (
    DEADLINE_FIELDS,
    WATCHED,
    Deadlines,
    OverrideData,
    PolicyData,
    WorkingCalendar,
    deadlines_for,
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


def _clock_facts(ticket_ids: list[int]) -> dict[int, _ClockFacts]:
    facts: dict[int, dict] = {}
    if not ticket_ids:
        return {}
    for chunk_start in range(0, len(ticket_ids), 500):
        chunk = ticket_ids[chunk_start : chunk_start + 500]
        query = (
            TicketEvent.select(TicketEvent.ticket_id, TicketEvent.action, TicketEvent.at)
            .where(TicketEvent.ticket_id.in_(chunk), TicketEvent.action.in_((Action.STAGE_REPLY, Action.REOPEN)))
            .tuples()
        )
        for ticket_id, action, at in query:
            entry = facts.setdefault(ticket_id, {"stage_replied": False, "last_reopened_at": None})
            if action == Action.REOPEN:
                previous = entry["last_reopened_at"]
                entry["last_reopened_at"] = at if previous is None or at > previous else previous
            else:
                entry["stage_replied"] = True
    return {ticket_id: _ClockFacts(**entry) for ticket_id, entry in facts.items()}


def _deadlines_of(ticket: Ticket, calendar: WorkingCalendar, policy: PolicyData, facts: _ClockFacts) -> Deadlines:
    return deadlines_for(
        ticket.kind,
        ticket.priority,
        ticket.received_at,
        calendar=calendar,
        policy=policy,
        paused_seconds=ticket.paused_seconds or 0,
        resolved_at=ticket.resolved_at,
        acknowledged_at=ticket.acknowledged_at,
        status=ticket.status,
        stage_replied=facts.stage_replied,
        paused_since=ticket.paused_since,
        result_clock_from=facts.last_reopened_at,
    )


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
    """Recompute the stored deadlines of open and resolved tickets (of one kind × priority
    when given), e.g. after a policy or the calendar changed. Returns the count."""
    calendar = load_calendar()
    policies = {(p.kind, p.priority): p for p in list_policies()}
    query = Ticket.select().where(Ticket.status.in_(WATCHED))
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


def save_policy(policy: PolicyData) -> int:
    """Store one kind × priority policy and recompute the deadlines of its open and
    resolved tickets (paused time kept). Returns how many tickets were recomputed."""
    with database.atomic():
        store_policy(policy)
        return recompute_deadlines(kind=policy.kind, priority=policy.priority)


def save_override(data: OverrideData) -> None:
    """Add or change the office's own ruling on one day; open tickets' deadlines follow."""
    with database.atomic():
        store_override(data)
        recompute_deadlines()


def delete_override(day: dt.date) -> None:
    with database.atomic():
        remove_override(day)
        recompute_deadlines()
