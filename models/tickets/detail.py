"""One ticket as the detail view shows it: every field with names instead of ids, the
deadlines and time left, attachments, the timeline with who did what (old → new), and
the actions the state machine allows now. Read-only; part of registry_queries' API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from models.clock import format_datetime
from models.errors import NotFound
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User
from models.registers import Category, Community, Department, Household, Room, Staff, mask_phone
from models.service_levels import ACK, CALLBACK, RESULT, WATCHED, estimate_rule, next_deadline_kind, time_left
from models.tickets.tables import Assignment, Attachment, Ticket, TicketEvent
from models.tickets.workflow import DeskAction, desk_actions

MSG_NO_TICKET = QT_TRANSLATE_NOOP("models", "This ticket no longer exists.")


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    original_name: str
    stored_name: str  # relative to the data folder's attachments/
    size_bytes: int
    added_at: dt.datetime


@dataclass(frozen=True)
class EventLine:
    at: dt.datetime
    at_text: str
    actor: str
    action: str  # workflow.Action value
    field: str
    old_value: str
    new_value: str
    note: str


@dataclass(frozen=True)
class TicketDetail:
    id: int
    number: str
    kind: str
    category_id: int
    category: str
    category_group: str
    channel: str
    priority: str
    status: str
    room_id: int | None
    room: str
    community: str
    household_id: int | None
    household_name: str
    reporter_name: str
    reporter_phone: str
    reporter_phone_masked: str
    location: str
    description: str
    first_responder: str
    department: str
    crew: list[str]
    received_at: dt.datetime
    acknowledged_at: dt.datetime | None
    dispatched_at: dt.datetime | None
    resolved_at: dt.datetime | None
    called_back_at: dt.datetime | None
    closed_at: dt.datetime | None
    ack_due: dt.datetime | None
    stage_reply_due: dt.datetime | None
    result_due: dt.datetime | None
    callback_due: dt.datetime | None
    next_due: dt.datetime | None
    next_kind: str | None
    overdue: bool
    time_left: dt.timedelta | None
    paused_since: dt.datetime | None
    pause_reason: str | None
    paused_seconds: int
    reopen_count: int
    merged_into_number: str
    deadlines_estimated: bool  # a deadline lies past the official calendar data (Mon–Fri assumed)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    events: list[EventLine] = field(default_factory=list)
    desk_actions: list[DeskAction] = field(default_factory=list)
    version: int = 1  # what a form filled from this detail saves with (models.tickets.versions)


def ticket_detail(ticket_id: int, now: dt.datetime) -> TicketDetail:
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise NotFound(MSG_NO_TICKET)
    category = Category.get_by_id(ticket.category_id)
    group = Category.get_or_none(Category.id == category.parent_id)
    room = (
        Room.select(Room, Community).join(Community).where(Room.id == ticket.room_id).first()
        if ticket.room_id
        else None
    )
    household = Household.get_or_none(Household.id == ticket.household_id) if ticket.household_id else None
    department = Department.get_or_none(Department.id == ticket.department_id) if ticket.department_id else None
    merged_into = Ticket.get_or_none(Ticket.id == ticket.merged_into_id) if ticket.merged_into_id else None
    return TicketDetail(
        id=ticket.id,
        number=ticket.number,
        kind=ticket.kind,
        category_id=category.id,
        category=category.name,
        category_group=group.name if group else "",
        channel=ticket.channel,
        priority=ticket.priority,
        status=ticket.status,
        room_id=ticket.room_id,
        room=room.code if room else "",
        community=room.community.name if room else "",
        household_id=ticket.household_id,
        household_name=household.name if household else "",
        reporter_name=ticket.reporter_name,
        reporter_phone=ticket.reporter_phone,
        reporter_phone_masked=mask_phone(ticket.reporter_phone),
        location=ticket.location,
        description=ticket.description,
        first_responder=User.get_by_id(ticket.first_responder_id).display_name,
        department=department.name if department else "",
        crew=_crew(ticket.id),
        received_at=ticket.received_at,
        acknowledged_at=ticket.acknowledged_at,
        dispatched_at=ticket.dispatched_at,
        resolved_at=ticket.resolved_at,
        called_back_at=ticket.called_back_at,
        closed_at=ticket.closed_at,
        ack_due=ticket.ack_due,
        stage_reply_due=ticket.stage_reply_due,
        result_due=ticket.result_due,
        callback_due=ticket.callback_due,
        next_due=ticket.next_due,
        next_kind=next_deadline_kind(
            ticket.ack_due,
            ticket.stage_reply_due,
            ticket.result_due,
            ticket.callback_due,
            ticket.next_due,
            acknowledged=ticket.acknowledged_at is not None,
            status=ticket.status,
        ),
        overdue=ticket.next_due is not None and ticket.next_due < now and ticket.status in WATCHED,
        time_left=time_left(ticket.next_due, now),
        paused_since=ticket.paused_since,
        pause_reason=ticket.pause_reason,
        paused_seconds=ticket.paused_seconds or 0,
        reopen_count=ticket.reopen_count,
        merged_into_number=merged_into.number if merged_into else "",
        deadlines_estimated=_estimated(ticket),
        attachments=_attachments(ticket.id),
        events=timeline(ticket.id),
        desk_actions=desk_actions(ticket),
        version=ticket.version,
    )


def _estimated(ticket: Ticket) -> bool:
    """Any of the ticket's deadlines is an estimate (see EstimateRule)."""
    rule = estimate_rule()
    dues = {ACK: ticket.ack_due, RESULT: ticket.result_due, CALLBACK: ticket.callback_due}
    return any(rule.is_estimate(ticket.kind, ticket.priority, which, due) for which, due in dues.items())


def _crew(ticket_id: int) -> list[str]:
    query = (
        Staff.select(Staff.name)
        .join(Assignment, on=(Assignment.staff == Staff.id))
        .where(Assignment.ticket == ticket_id, Assignment.active == True)
        .order_by(Assignment.id)
    )
    return list(dict.fromkeys(staff.name for staff in query))


def _attachments(ticket_id: int) -> list[AttachmentInfo]:
    query = Attachment.select().where(Attachment.ticket == ticket_id).order_by(Attachment.id)
    return [AttachmentInfo(a.id, a.original_name, a.stored_name, a.size_bytes, a.added_at) for a in query]


def timeline(ticket_id: int) -> list[EventLine]:
    """The ticket's events, oldest first, with the actor's display name."""
    query = (
        TicketEvent.select(TicketEvent, User.display_name.alias("actor_name"))
        .join(User, JOIN.LEFT_OUTER, on=(TicketEvent.actor == User.id))
        .where(TicketEvent.ticket == ticket_id)
        .order_by(TicketEvent.at, TicketEvent.id)
        .objects()
    )
    return [
        EventLine(
            at=e.at,
            at_text=format_datetime(e.at),
            actor=e.actor_name or "",
            action=e.action,
            field=e.field,
            old_value=e.old_value,
            new_value=e.new_value,
            note=e.note,
        )
        for e in query
    ]


@dataclass(frozen=True)
class TicketLine:
    id: int
    number: str
    received_at: dt.datetime
    kind: str
    category: str
    status: str
    reporter_name: str
    description: str


def room_tickets(room_id: int) -> list[TicketLine]:
    """Every ticket of the room, newest first."""
    query = (
        Ticket.select(
            Ticket.id,
            Ticket.number,
            Ticket.received_at,
            Ticket.kind,
            Category.name,
            Ticket.status,
            Ticket.reporter_name,
            Ticket.description,
        )
        .join(Category)
        .where(Ticket.room == room_id)
        .order_by(Ticket.received_at.desc(), Ticket.id.desc())
        .tuples()
    )
    return [TicketLine(*row) for row in query]
