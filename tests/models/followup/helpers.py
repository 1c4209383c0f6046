"""Tickets taken through the real desk actions to 已完成, for the callback tests."""

from __future__ import annotations

import datetime as dt

from models.clock import FixedClock
from models.dispatch import ResultEntry, dispatch, record_result
from models.followup import Callback
from models.store import DataFolder
from models.tickets import Ticket, acknowledge
from tests.office import SmallOffice, register_ticket_for


def resolved_ticket(
    office: SmallOffice, folder: DataFolder, clock: FixedClock, resolved_at: dt.datetime, crew: str = "钱师傅", **fields
) -> Ticket:
    """Registered two hours before `resolved_at`, dispatched to `crew`, resolved at `resolved_at`."""
    clock.at = resolved_at - dt.timedelta(hours=2)
    ref = register_ticket_for(office, folder, clock, **fields)
    acknowledge(ref.id, "已告知业主安排师傅上门", operator=office.clerk, clock=clock)
    dispatch(ref.id, staff_ids=[office.staff[crew].id], operator=office.supervisor, clock=clock)
    clock.at = resolved_at
    entry = ResultEntry(finished=resolved_at, work_done="更换角阀一个", crew_id=office.staff[crew].id)
    record_result(ref.id, entry, operator=office.clerk, clock=clock)
    return Ticket.get_by_id(ref.id)


def open_callback(ticket: Ticket) -> Callback:
    return Callback.get(Callback.ticket == ticket, Callback.status == "pending")


def events(ticket: Ticket) -> list[tuple[str, str, str, str]]:
    """(action, field, old, new) of the ticket's timeline, oldest first."""
    from models.tickets import TicketEvent

    rows = TicketEvent.select().where(TicketEvent.ticket == ticket).order_by(TicketEvent.id)
    return [(e.action, e.field, e.old_value, e.new_value) for e in rows]
