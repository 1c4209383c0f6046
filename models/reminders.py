"""The desk's review of open tickets: how many are overdue and which fall due soon
(SPEC §3, reviewed every two hours)."""

from __future__ import annotations

import datetime as dt

from models.codes import OPEN_STATUSES
from models.tickets import Ticket


def overdue_count(now: dt.datetime) -> int:
    return Ticket.select().where(Ticket.status.in_(OPEN_STATUSES), Ticket.next_due < now).count()
