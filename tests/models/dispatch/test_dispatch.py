"""Dispatching a ticket to departments and crews: status, assignments, timeline, and the
refusals a supervisor can run into."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.codes import Status
from models.dispatch import dispatch, dispatch_choices, dispatch_many, start_work
from models.errors import TransitionRefused, ValidationError
from models.registers import Department
from models.tickets import Assignment, Ticket, TicketEvent
from tests.models.dispatch.factory import make_ticket
from tests.office import OFFICE_NOW

CLOCK = FixedClock(OFFICE_NOW)


def department(code: str) -> Department:
    return Department.get(Department.code == code)


def active_crew(ticket: Ticket) -> list[tuple[str | None, str]]:
    rows = Assignment.select().where(Assignment.ticket == ticket, Assignment.active == True).order_by(Assignment.id)
    return [(row.staff.name if row.staff_id else None, row.department.name) for row in rows]


def test_dispatch_to_one_crew_member_moves_ticket_and_writes_timeline(office):
    ticket = make_ticket(office)
    outcome = dispatch(ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    ticket = Ticket.get_by_id(ticket.id)
    assert ticket.status == Status.DISPATCHED
    assert ticket.dispatched_at == OFFICE_NOW
    assert ticket.department.name == "工程维修"
    assert active_crew(ticket) == [("赵师傅", "工程维修")]
    assert [c.name for c in outcome.crew] == ["赵师傅"]
    event = TicketEvent.select().where(TicketEvent.ticket == ticket).order_by(TicketEvent.id.desc()).get()
    assert (event.action, event.old_value, event.new_value) == ("dispatch", "acknowledged", "dispatched")
    assert event.note == "工程维修: 赵师傅"
    assert event.actor.display_name == "马主管"


def test_several_crew_members_and_adding_one_later_keeps_work_in_progress(office):
    ticket = make_ticket(office)
    dispatch(
        ticket.id,
        staff_ids=[office.staff["赵师傅"].id, office.staff["钱师傅"].id],
        operator=office.supervisor,
        clock=CLOCK,
    )
    start_work([ticket.id], operator=office.supervisor, clock=CLOCK)
    later = FixedClock(OFFICE_NOW + dt.timedelta(hours=1))
    outcome = dispatch(ticket.id, staff_ids=[office.staff["孙阿姨"].id], operator=office.supervisor, clock=later)
    ticket = Ticket.get_by_id(ticket.id)
    assert ticket.status == Status.IN_PROGRESS
    assert ticket.dispatched_at == OFFICE_NOW  # the first dispatch stays the dispatch time
    assert ticket.department.name == "工程维修"  # a helper from cleaning does not move the ticket
    assert active_crew(ticket) == [("赵师傅", "工程维修"), ("钱师傅", "工程维修"), ("孙阿姨", "保洁")]
    assert [c.name for c in outcome.added] == ["孙阿姨"]
    last = TicketEvent.select().where(TicketEvent.ticket == ticket).order_by(TicketEvent.id.desc()).get()
    assert (last.field, last.old_value) == ("assignment", "赵师傅, 钱师傅")


def test_department_only_then_a_crew_member_of_it_takes_over(office):
    ticket = make_ticket(office, category="垃圾清运")
    dispatch(ticket.id, department_id=department("cleaning").id, operator=office.supervisor, clock=CLOCK)
    assert active_crew(ticket) == [(None, "保洁")]
    dispatch(ticket.id, staff_ids=[office.staff["孙阿姨"].id], operator=office.supervisor, clock=CLOCK)
    assert active_crew(ticket) == [("孙阿姨", "保洁")]
    assert Ticket.get_by_id(ticket.id).department.name == "保洁"


def test_nothing_chosen_or_nothing_new_is_refused_and_nothing_written(office):
    ticket = make_ticket(office)
    events_before = TicketEvent.select().count()
    with pytest.raises(ValidationError) as nothing:
        dispatch(ticket.id, operator=office.supervisor, clock=CLOCK)
    assert nothing.value.problems == {"crew": "Choose a department or at least one crew member."}
    dispatch(ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    with pytest.raises(ValidationError) as again:
        dispatch(ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    assert again.value.problem_params == {"crew": {"number": ticket.number}}
    assert TicketEvent.select().count() == events_before + 1
    assert Assignment.select().count() == 1


def test_a_resolved_ticket_cannot_be_dispatched(office):
    ticket = make_ticket(office, status=Status.RESOLVED)
    with pytest.raises(TransitionRefused):
        dispatch(ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    assert Assignment.select().count() == 0


def test_a_reopened_ticket_gets_fresh_assignments_for_the_same_crew(office):
    ticket = make_ticket(office)
    dispatch(ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    Ticket.update(status=Status.ACKNOWLEDGED).where(Ticket.id == ticket.id).execute()  # as a reopen leaves it
    dispatch(ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    assert Assignment.select().where(Assignment.ticket == ticket).count() == 2
    assert active_crew(ticket) == [("赵师傅", "工程维修")]


def test_dispatch_many_is_all_or_nothing(office):
    first = make_ticket(office)
    closed = make_ticket(office, status=Status.CLOSED)
    with pytest.raises(TransitionRefused):
        dispatch_many(
            [first.id, closed.id], staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK
        )
    assert Ticket.get_by_id(first.id).status == Status.ACKNOWLEDGED
    assert Assignment.select().count() == 0
    dispatch_many([first.id], staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    assert Ticket.get_by_id(first.id).status == Status.DISPATCHED


def test_dispatch_choices_suggest_the_category_department_and_list_every_crew(office):
    rubbish = make_ticket(office, category="垃圾清运")
    leak = make_ticket(office)
    dispatch(leak.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    alone = dispatch_choices([rubbish.id], OFFICE_NOW)
    assert alone.suggested_department_id == department("cleaning").id
    assert [b.number for b in alone.tickets] == [rubbish.number]
    assert [(d.name, [c.name for c in d.crew]) for d in alone.departments][:3] == [
        ("工程维修", ["赵师傅", "钱师傅"]),
        ("保洁", ["孙阿姨"]),
        ("安保", ["周队长"]),
    ]
    both = dispatch_choices([leak.id, rubbish.id], OFFICE_NOW)
    assert both.suggested_department_id == department("engineering").id  # the first ticket's
    assert both.tickets[0].crew_ids == (office.staff["赵师傅"].id,)
