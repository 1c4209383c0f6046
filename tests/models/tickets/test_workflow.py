"""The ticket state machine: the SPEC lifecycle is allowed, everything else is refused
with a readable reason and writes nothing; every change leaves an event."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.codes import Status
from models.errors import TransitionRefused
from models.registers import Category
from models.store import database
from models.tickets import Action, DeskAction, Ticket, TicketEvent, allowed_actions, desk_actions, transition

AT = dt.datetime(2026, 11, 23, 10, 0)


def new_ticket(office, kind="repair") -> Ticket:
    return Ticket.create(
        number=f"BX20261123-{Ticket.select().count() + 1:04d}",
        kind=kind,
        category=Category.get(Category.name == "水电暖"),
        channel="phone",
        priority="normal",
        room=office.rooms["3-2-1501"],
        reporter_name="王建国",
        reporter_phone="13812345678",
        description="卫生间漏水",
        first_responder=office.clerk,
        received_at=AT,
        updated_at=AT,
    )


def test_the_whole_lifecycle_of_a_repair(office):
    ticket = new_ticket(office)
    steps = [
        (Action.ACKNOWLEDGE, "已告知业主今天下午上门"),
        (Action.DISPATCH, ""),
        (Action.START, ""),
        (Action.RESOLVE, ""),
        (Action.CALL_BACK, ""),
        (Action.CLOSE, ""),
    ]
    for minutes, (action, note) in enumerate(steps, start=1):
        transition(ticket, action, operator=office.clerk, at=AT + dt.timedelta(minutes=minutes), note=note)
    assert ticket.status == Status.CLOSED
    assert ticket.acknowledged_at == AT + dt.timedelta(minutes=1)
    assert ticket.closed_at == AT + dt.timedelta(minutes=6)
    events = list(TicketEvent.select().where(TicketEvent.ticket == ticket).order_by(TicketEvent.id))
    # the resolution also scheduled the callback (models.followup): one more event
    assert [e.action for e in events].count("callback_schedule") == 1
    assert [(e.old_value, e.new_value) for e in events if e.field == "status"] == [
        ("new", "acknowledged"),
        ("acknowledged", "dispatched"),
        ("dispatched", "in_progress"),
        ("in_progress", "resolved"),
        ("resolved", "called_back"),
        ("called_back", "closed"),
    ]
    assert events[0].note == "已告知业主今天下午上门"


def test_closing_a_new_repair_is_refused_with_a_reason_and_nothing_written(office):
    ticket = new_ticket(office)
    with pytest.raises(TransitionRefused) as refused:
        transition(ticket, Action.CLOSE, operator=office.clerk, at=AT)
    assert refused.value.params == {"status": "New", "action": "closed"}
    assert Ticket.get_by_id(ticket.id).status == Status.NEW
    assert TicketEvent.select().count() == 0


def test_cancelling_needs_a_reason(office):
    ticket = new_ticket(office)
    with pytest.raises(TransitionRefused):
        transition(ticket, Action.CANCEL, operator=office.clerk, at=AT, note="  ")
    transition(ticket, Action.CANCEL, operator=office.clerk, at=AT, note="业主重复来电")
    assert ticket.status == Status.CANCELLED


def test_an_inquiry_may_be_answered_and_closed_at_once_but_a_repair_may_not(office):
    inquiry = new_ticket(office, kind="inquiry")
    transition(inquiry, Action.RESOLVE, operator=office.clerk, at=AT)
    transition(inquiry, Action.CLOSE, operator=office.clerk, at=AT)
    assert inquiry.status == Status.CLOSED
    repair = new_ticket(office)
    assert Action.RESOLVE not in allowed_actions(repair)


def test_the_desk_is_offered_answering_for_inquiries_and_result_entry_only_for_dispatched_work(office):
    inquiry = new_ticket(office, kind="inquiry")
    offered = desk_actions(inquiry)
    assert DeskAction.ANSWER in offered and DeskAction.ENTER_RESULT not in offered

    repair = new_ticket(office)
    transition(repair, Action.ACKNOWLEDGE, operator=office.clerk, at=AT, note="已告知业主")
    # acknowledged but not dispatched: the machine allows resolving, yet there is no paper to type in
    assert Action.RESOLVE in allowed_actions(repair)
    assert DeskAction.ENTER_RESULT not in desk_actions(repair) and DeskAction.ANSWER not in desk_actions(repair)
    transition(repair, Action.DISPATCH, operator=office.clerk, at=AT)
    assert DeskAction.ENTER_RESULT in desk_actions(repair)


def test_reopening_after_an_unhappy_callback_counts_and_clears_the_result(office):
    ticket = new_ticket(office)
    for action, note in [(Action.ACKNOWLEDGE, "ok"), (Action.RESOLVE, ""), (Action.CALL_BACK, "")]:
        transition(ticket, action, operator=office.clerk, at=AT, note=note)
    transition(ticket, Action.REOPEN, operator=office.clerk, at=AT, note="业主反映仍在漏水")
    assert (ticket.status, ticket.reopen_count, ticket.resolved_at) == (Status.ACKNOWLEDGED, 1, None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.sampled_from([a for a in Action if a is not Action.REGISTER]), max_size=12))
def test_any_sequence_of_actions_keeps_a_valid_status_and_one_event_per_accepted_action(office, actions):
    with database.atomic() as transaction:
        ticket = new_ticket(office)
        accepted = 0
        for action in actions:
            try:
                transition(ticket, action, operator=office.clerk, at=AT, note="原因")
                accepted += 1
            except TransitionRefused:
                pass
        stored = Ticket.get_by_id(ticket.id)
        assert Status(stored.status) in Status
        # the callbacks follow the ticket with events of their own (callback_*), not counted here
        own = TicketEvent.select().where(TicketEvent.ticket == ticket, ~TicketEvent.action.startswith("callback_"))
        assert own.count() == accepted
        transaction.rollback()
