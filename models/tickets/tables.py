"""Tables of tickets (工单) and what happens to them: the append-only event timeline,
assignments to departments and crew members, results typed in from returned paper,
attachments, and the per-day counter behind ticket numbers."""

from __future__ import annotations

import peewee as pw

from models.codes import Channel, Kind, Location, PauseReason, Priority, Status, values
from models.office import User
from models.registers import (
    MSG_TICKETS,
    MSG_WORK,
    Category,
    Department,
    Household,
    Record,
    Room,
    Staff,
    add_reference_check,
)
from models.store import BaseModel, check_in


class Ticket(BaseModel):
    number = pw.CharField(max_length=20, unique=True)
    kind = pw.CharField(max_length=12, constraints=[check_in("kind", values(Kind))])
    category = pw.ForeignKeyField(Category, on_delete="RESTRICT", index=False)  # (category, received_at)
    channel = pw.CharField(max_length=16, constraints=[check_in("channel", values(Channel))])
    priority = pw.CharField(max_length=8, constraints=[check_in("priority", values(Priority))])
    status = pw.CharField(max_length=12, default=Status.NEW, constraints=[check_in("status", values(Status))])
    room = pw.ForeignKeyField(Room, null=True, on_delete="RESTRICT", index=False)  # (room, received_at)
    household = pw.ForeignKeyField(Household, null=True, on_delete="RESTRICT")
    reporter_name = pw.CharField(max_length=50)
    reporter_phone = pw.CharField(max_length=40)
    location = pw.CharField(
        max_length=12, default=Location.IN_HOME, constraints=[check_in("location", values(Location))]
    )
    description = pw.TextField(constraints=[pw.Check("length(description) > 0")])
    first_responder = pw.ForeignKeyField(User, on_delete="RESTRICT", index=False)  # (first_responder, status)
    department = pw.ForeignKeyField(Department, null=True, on_delete="RESTRICT", index=False)  # (department, status)
    received_at = pw.DateTimeField()
    acknowledged_at = pw.DateTimeField(null=True)
    dispatched_at = pw.DateTimeField(null=True)
    resolved_at = pw.DateTimeField(null=True)
    called_back_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    ack_due = pw.DateTimeField(null=True)
    stage_reply_due = pw.DateTimeField(null=True)
    result_due = pw.DateTimeField(null=True)
    callback_due = pw.DateTimeField(null=True)
    next_due = pw.DateTimeField(null=True)
    paused_since = pw.DateTimeField(null=True)
    pause_reason = pw.CharField(
        max_length=20, null=True, constraints=[check_in("pause_reason", values(PauseReason), nullable=True)]
    )
    paused_seconds = pw.IntegerField(default=0, constraints=[pw.Check("paused_seconds >= 0")])
    reopen_count = pw.IntegerField(default=0)
    # indexed for the merged tickets only (migration 12: ticket_merged_into_id, partial)
    merged_into = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT", index=False)
    updated_at = pw.DateTimeField()
    # the last callback found the owner unsatisfied and reopened the ticket (回访不满意)
    callback_unhappy = pw.BooleanField(default=False)
    # grows with every change (the schema's trigger, migration 9): a form's save names the
    # version it was filled from, and another desk's change in between is refused
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = (
            (("status", "received_at"), False),
            (
                ("received_at", "status", "kind", "priority", "category", "room", "department", "first_responder"),
                False,
            ),
            (("room", "received_at"), False),
            (("category", "received_at", "kind"), False),
            (("department", "status"), False),
            (("next_due",), False),
            (("first_responder", "status"), False),
            (("kind", "received_at"), False),
        )


class TicketEvent(BaseModel):
    """One line of a ticket's timeline; the schema refuses UPDATE and DELETE."""

    ticket = pw.ForeignKeyField(Ticket, backref="events", on_delete="RESTRICT")
    at = pw.DateTimeField()
    actor = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", index=False)  # users are never deleted
    action = pw.CharField(max_length=30)
    field = pw.CharField(max_length=40, default="")
    old_value = pw.TextField(default="")
    new_value = pw.TextField(default="")
    note = pw.TextField(default="")

    # a ticket's few events are found through ticket_event_ticket_id and sorted after the
    # lookup (migration 8 dropped (ticket, at)); the monthly report's finishing events have
    # a partial index of their own (ticket_event_finished_at, migration 10)


class Assignment(BaseModel):
    """A ticket dispatched to a department and/or one crew member; several crew members
    on one ticket are several rows."""

    ticket = pw.ForeignKeyField(Ticket, backref="assignments", on_delete="RESTRICT")
    department = pw.ForeignKeyField(Department, null=True, on_delete="RESTRICT")
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    assigned_at = pw.DateTimeField()
    assigned_by = pw.ForeignKeyField(User, on_delete="RESTRICT", index=False)  # never searched by (migration 12)
    due_at = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    printed_at = pw.DateTimeField(null=True)
    print_count = pw.IntegerField(default=0)

    class Meta:
        constraints = [pw.SQL("CHECK (department_id IS NOT NULL OR staff_id IS NOT NULL)")]
        indexes = ((("staff", "active"), False), (("department", "active"), False), (("assigned_at",), False))


class WorkResult(BaseModel):
    """What the crew wrote on the returned work order, typed in at the desk."""

    ticket = pw.ForeignKeyField(Ticket, backref="results", on_delete="RESTRICT")
    arrived_at = pw.DateTimeField(null=True)
    finished_at = pw.DateTimeField()
    work_done = pw.TextField()
    materials = pw.TextField(default="")
    cost_cents = pw.IntegerField(default=0, constraints=[pw.Check("cost_cents >= 0")])
    owner_signed = pw.BooleanField(default=False)
    crew = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    owner_rating = pw.IntegerField(
        null=True, constraints=[pw.Check("owner_rating IS NULL OR owner_rating BETWEEN 1 AND 5")]
    )
    entered_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    entered_at = pw.DateTimeField()

    class Meta:
        constraints = [pw.SQL("CHECK (arrived_at IS NULL OR arrived_at <= finished_at)")]


class Attachment(BaseModel):
    """A photo or file copied into the data folder's attachments/ directory."""

    ticket = pw.ForeignKeyField(Ticket, backref="attachments", on_delete="RESTRICT")
    original_name = pw.CharField(max_length=255)
    stored_name = pw.CharField(max_length=255, unique=True)
    size_bytes = pw.IntegerField()
    added_at = pw.DateTimeField()
    added_by = pw.ForeignKeyField(User, on_delete="RESTRICT")


class DailyCounter(BaseModel):
    """Last sequence used per number prefix and day, e.g. ('BX', '20261123') -> 7."""

    prefix = pw.CharField(max_length=4)
    day = pw.CharField(max_length=8)
    last = pw.IntegerField()

    class Meta:
        primary_key = pw.CompositeKey("prefix", "day")


class TicketCount(BaseModel):
    """The number of tickets, one row kept by triggers (migration 9): the registry's
    unfiltered total without walking an index of a million entries."""

    tickets = pw.IntegerField()

    class Meta:
        table_name = "ticket_count"


TABLES = [Ticket, TicketEvent, Assignment, WorkResult, Attachment, DailyCounter, TicketCount]


def _refuse_deleting_what_tickets_name() -> None:
    add_reference_check(Record.COMMUNITY, MSG_TICKETS, lambda i: Ticket.select().join(Room).where(Room.community == i))
    add_reference_check(Record.BUILDING, MSG_TICKETS, lambda i: Ticket.select().join(Room).where(Room.building == i))
    add_reference_check(Record.ROOM, MSG_TICKETS, lambda i: Ticket.select().where(Ticket.room == i))
    add_reference_check(Record.HOUSEHOLD, MSG_TICKETS, lambda i: Ticket.select().where(Ticket.household == i))
    add_reference_check(Record.DEPARTMENT, MSG_TICKETS, lambda i: Ticket.select().where(Ticket.department == i))
    add_reference_check(Record.DEPARTMENT, MSG_WORK, lambda i: Assignment.select().where(Assignment.department == i))
    add_reference_check(Record.STAFF, MSG_WORK, lambda i: Assignment.select().where(Assignment.staff == i))
    add_reference_check(Record.STAFF, MSG_WORK, lambda i: WorkResult.select().where(WorkResult.crew == i))
    add_reference_check(Record.CATEGORY, MSG_TICKETS, lambda i: Ticket.select().where(Ticket.category == i))


_refuse_deleting_what_tickets_name()
