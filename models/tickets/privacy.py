"""Showing a ticket's full reporter phone: one deliberate action by a role that may,
logged in the audit (who, when, which ticket)."""

from __future__ import annotations

from models.clock import Clock
from models.errors import NotFound
from models.office import AuditKind, Permission, User, record_audit, require
from models.tickets.intake import MSG_NO_TICKET
from models.tickets.tables import Ticket


def reveal_reporter_phone(ticket_id: int, *, operator: User, clock: Clock) -> str:
    require(operator, Permission.REVEAL_PHONE)
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise NotFound(MSG_NO_TICKET)
    record_audit(AuditKind.REVEAL, f"ticket:{ticket.number}", actor=operator, at=clock.now(), new="reporter_phone")
    return ticket.reporter_phone
