"""Edit versions (several desks, issue 18): a save made from a form names the ticket's
version the form was filled from; when another desk changed the ticket in between, the
save is refused with EditConflict — who changed it and when, nothing written, the form
keeps what the clerk typed — instead of overwriting that change without a word.

`claim_ticket` opens every such save: one UPDATE that raises the version only while it
is still the expected one. The same statement takes the row for the rest of the
transaction on a server database, so two desks saving at once are told apart there too."""

from __future__ import annotations

from models.clock import format_datetime
from models.errors import EditConflict, NotFound
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User
from models.tickets.intake import MSG_NO_TICKET
from models.tickets.tables import Ticket, TicketEvent

MSG_CHANGED_BY = QT_TRANSLATE_NOOP(
    "models",
    "{who} changed ticket {number} at {when} while you were working on it. Nothing was saved and what you typed is still here: look at the ticket as it is now, then save again.",
)
MSG_CHANGED = QT_TRANSLATE_NOOP(
    "models",
    "Ticket {number} was changed at another desk while you were working on it. Nothing was saved and what you typed is still here: look at the ticket as it is now, then save again.",
)


def claim_ticket(ticket_id: int, expected_version: int | None = None) -> None:
    """Raise the ticket's version for this transaction's save; with `expected_version`,
    only if the ticket is still at it (else EditConflict). NotFound when it is gone."""
    query = Ticket.update(version=Ticket.version + 1).where(Ticket.id == ticket_id)
    if expected_version is not None:
        query = query.where(Ticket.version == expected_version)
    if query.execute() == 1:
        return
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise NotFound(MSG_NO_TICKET)
    raise ticket_conflict(ticket, ticket.version)


def ticket_conflict(ticket: Ticket, current_version: int, *, last_change=None) -> EditConflict:
    """The refusal naming who changed `ticket` last and when (from its timeline, or
    `last_change` = (at, User or None) when that is later)."""
    event = (
        TicketEvent.select(TicketEvent.at, TicketEvent.actor)
        .where(TicketEvent.ticket == ticket.id)
        .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
        .first()
    )
    at, actor = (event.at, event.actor_id) if event is not None else (ticket.updated_at, None)
    if last_change is not None and (at is None or last_change[0] >= at):
        at, actor = last_change
    user = User.get_or_none(User.id == actor) if actor is not None and not isinstance(actor, User) else actor
    if user is None:
        return EditConflict(MSG_CHANGED, current_version, number=ticket.number)
    return EditConflict(
        MSG_CHANGED_BY,
        current_version,
        who=user.display_name or user.username,
        number=ticket.number,
        when=format_datetime(at),
    )
