"""The desk's review of open tickets (SPEC §3, every two hours by default): how many are
overdue, which fall due within the next hours, and how often the app reminds.

"Overdue" everywhere in the app means: the stored next deadline (acknowledge, stage
reply, result, or — once resolved — callback) has passed. Both queries walk the
next_due index, so they stay quick on a large office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from models.clock import Clock, format_datetime
from models.codes import Permission
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_settings, require
from models.registers import Category, Room
from models.service_levels import WATCHED, next_deadline_kind, time_left
from models.store import database, get_setting, set_setting
from models.tickets.tables import Ticket

INTERVAL_KEY = "reminders.interval_minutes"
WINDOW_KEY = "reminders.window_minutes"
DEFAULT_INTERVAL_MINUTES = 120
DEFAULT_WINDOW_MINUTES = 120
INTERVAL_RANGE = (5, 24 * 60)

MSG_INTERVAL = QT_TRANSLATE_NOOP("models", "Remind every {low} to {high} minutes.")


@dataclass(frozen=True)
class DueItem:
    ticket_id: int
    number: str
    room: str
    category: str
    status: str
    priority: str
    next_due: dt.datetime
    next_due_text: str
    next_kind: str | None  # sla.ACK, STAGE_REPLY, RESULT or CALLBACK
    overdue: bool
    time_left: dt.timedelta


def overdue_count(now: dt.datetime) -> int:
    return Ticket.select().where(Ticket.next_due < now, Ticket.status.in_(WATCHED)).count()


def due_soon(now: dt.datetime, within: dt.timedelta | None = None, limit: int = 200) -> list[DueItem]:
    """Overdue tickets and those due within `within` (the setting by default), the most
    pressing first."""
    within = within if within is not None else dt.timedelta(minutes=reminder_window_minutes())
    query = (
        Ticket.select(Ticket, Category.name.alias("category_name"), Room.code.alias("room_code"))
        .join(Category)
        .join_from(Ticket, Room, on=(Ticket.room == Room.id), join_type=JOIN.LEFT_OUTER)
        .where(Ticket.next_due <= now + within, Ticket.status.in_(WATCHED))
        .order_by(Ticket.next_due, Ticket.id)
        .limit(limit)
        .objects()
    )
    return [_item(ticket, now) for ticket in query]


def _item(ticket: Ticket, now: dt.datetime) -> DueItem:
    kind = next_deadline_kind(
        ticket.ack_due,
        ticket.stage_reply_due,
        ticket.result_due,
        ticket.callback_due,
        ticket.next_due,
        acknowledged=ticket.acknowledged_at is not None,
        status=ticket.status,
    )
    return DueItem(
        ticket_id=ticket.id,
        number=ticket.number,
        room=ticket.room_code or "",
        category=ticket.category_name,
        status=ticket.status,
        priority=ticket.priority,
        next_due=ticket.next_due,
        next_due_text=format_datetime(ticket.next_due),
        next_kind=kind,
        overdue=ticket.next_due < now,
        time_left=time_left(ticket.next_due, now),
    )


def reminder_interval_minutes() -> int:
    return int(get_setting(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES))


def reminder_window_minutes() -> int:
    return int(get_setting(WINDOW_KEY, DEFAULT_WINDOW_MINUTES))


def set_reminder_interval_minutes(minutes: int, *, operator: User, clock: Clock) -> None:
    """How often the desk is reminded; the window of "due soon" follows the interval (set on
    the service-level page, by the roles that set service levels)."""
    require(operator, Permission.SET_SERVICE_LEVELS)
    low, high = INTERVAL_RANGE
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not low <= minutes <= high:
        raise ValidationError({"interval": MSG_INTERVAL}, {"interval": {"low": low, "high": high}})
    before = reminder_interval_minutes()
    with database.atomic():
        set_setting(INTERVAL_KEY, minutes)
        set_setting(WINDOW_KEY, minutes)
        record_settings(INTERVAL_KEY, {"minutes": before}, {"minutes": minutes}, actor=operator, at=clock.now())
