"""A ticket's active assignments and the crew members on them, and looking a ticket up by
id: the ground that dispatching, the dispatch board and result entry share."""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import NotFound
from models.i18n import QT_TRANSLATE_NOOP
from models.tickets import Assignment, Ticket

MSG_NO_SUCH_STAFF = QT_TRANSLATE_NOOP("models", "This crew member is no longer on the staff list.")
MSG_TICKET_GONE = QT_TRANSLATE_NOOP("models", "This ticket no longer exists.")


@dataclass(frozen=True)
class CrewRef:
    staff_id: int
    name: str


def get_ticket(ticket_id: int) -> Ticket:
    """The ticket, or NotFound when it was deleted meanwhile."""
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise NotFound(MSG_TICKET_GONE)
    return ticket


def active_assignments(ticket: Ticket) -> list[Assignment]:
    return list(
        Assignment.select().where(Assignment.ticket == ticket, Assignment.active == True).order_by(Assignment.id)
    )


def assigned_crew(ticket: Ticket) -> tuple[CrewRef, ...]:
    """The crew members the ticket is actively assigned to, in assignment order."""
    return tuple(CrewRef(a.staff_id, a.staff.name) for a in active_assignments(ticket) if a.staff_id)
