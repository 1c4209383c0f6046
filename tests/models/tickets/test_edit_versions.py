"""Two desks on one ticket: a save made from a form filled before another desk's change is
refused with EditConflict — who changed it and when, nothing written — and goes through
once the clerk has seen the change (the version the conflict names). The version grows
with every change anybody writes into the file, even straight through SQLite, and not
with deadlines recomputed after a policy change."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from models.clock import FixedClock
from models.dispatch import ResultEntry, dispatch, record_result, result_entry
from models.errors import EditConflict
from models.followup import CallEntry, callback_entry, record_call
from models.service_levels import policy_for
from models.tickets import Ticket, TicketEvent, WorkResult, acknowledge, edit_ticket, save_policy, ticket_detail
from tests.models.followup.helpers import open_callback, resolved_ticket
from tests.office import OFFICE_NOW, register_ticket_for


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(OFFICE_NOW)


def test_an_edit_from_a_stale_form_is_refused_naming_who_changed_the_ticket_and_when(office, folder, clock):
    ref = register_ticket_for(office, folder, clock)
    form = ticket_detail(ref.id, clock.now())  # the manager opens the edit panel at 10:00
    clock.advance(minutes=7)  # 10:07: the supervisor, at another desk, corrects the description
    edit_ticket(
        ref.id,
        {"description": "主卧天花板渗水"},
        operator=office.supervisor,
        clock=clock,
        expected_version=ticket_detail(ref.id, clock.now()).version,
    )
    clock.advance(minutes=1)
    with pytest.raises(EditConflict) as refused:
        edit_ticket(ref.id, {"priority": "urgent"}, operator=office.manager, clock=clock, expected_version=form.version)
    assert refused.value.params == {"who": "马主管", "number": ref.number, "when": "2026-11-23 10:07"}
    assert str(refused.value).startswith(f"马主管 changed ticket {ref.number} at 2026-11-23 10:07")
    ticket = Ticket.get_by_id(ref.id)
    assert (ticket.priority, ticket.description) == ("normal", "主卧天花板渗水")  # nothing of the manager's
    assert TicketEvent.select().where(TicketEvent.ticket == ref.id, TicketEvent.actor == office.manager.id).count() == 0
    # the manager has seen the change (the page shows it) and saves again: both edits stand
    edit_ticket(
        ref.id,
        {"priority": "urgent"},
        operator=office.manager,
        clock=clock,
        expected_version=refused.value.current_version,
    )
    ticket = Ticket.get_by_id(ref.id)
    assert (ticket.priority, ticket.description) == ("urgent", "主卧天花板渗水")


def test_an_action_typed_from_a_stale_ticket_is_refused_too(office, folder, clock):
    ref = register_ticket_for(office, folder, clock)
    seen = ticket_detail(ref.id, clock.now()).version
    edit_ticket(ref.id, {"reporter_name": "王先生"}, operator=office.supervisor, clock=clock, expected_version=seen)
    with pytest.raises(EditConflict):
        acknowledge(ref.id, "已告知业主明早上门", operator=office.clerk, clock=clock, expected_version=seen)
    assert Ticket.get_by_id(ref.id).status == "new"


@pytest.mark.sqlite_only("another program writing into the SQLite file")
def test_a_change_written_into_the_file_by_another_program_counts(office, folder, clock):
    ref = register_ticket_for(office, folder, clock)
    seen = ticket_detail(ref.id, clock.now()).version
    with closing(sqlite3.connect(folder.database)) as other:
        other.execute("UPDATE ticket SET description = '改过的描述' WHERE id = ?", (ref.id,))
        other.commit()
    with pytest.raises(EditConflict) as refused:
        edit_ticket(ref.id, {"priority": "urgent"}, operator=office.manager, clock=clock, expected_version=seen)
    # nobody is named for a change without a timeline event: the last one is the clerk's
    # own registration, so the sentence names that — at least it says the ticket moved on
    assert refused.value.current_version == seen + 1


def test_recomputed_deadlines_do_not_count_as_a_change(office, folder, clock):
    ref = register_ticket_for(office, folder, clock)
    seen = ticket_detail(ref.id, clock.now())
    # the manager gives normal repairs 5 working days instead of 3: the open ticket's
    # result deadline moves, which no form of the ticket shows as typed
    policy = policy_for("repair", "normal")
    save_policy(replace(policy, result_amount=5), operator=office.manager, clock=clock)
    assert ticket_detail(ref.id, clock.now()).result_due != seen.result_due
    edit_ticket(ref.id, {"priority": "urgent"}, operator=office.manager, clock=clock, expected_version=seen.version)
    assert Ticket.get_by_id(ref.id).priority == "urgent"


def test_the_same_returned_paper_typed_at_two_desks_resolves_the_ticket_once(office, folder, clock):
    ref = register_ticket_for(office, folder, clock)
    crew = office.staff["钱师傅"].id
    dispatch(ref.id, staff_ids=[crew], reply="已安排", operator=office.supervisor, clock=clock)
    first, second = result_entry(ref.id), result_entry(ref.id)  # both desks scan the sheet
    clock.advance(hours=3)
    paper = ResultEntry(finished=clock.now(), work_done="更换角阀一个", crew_id=crew)
    record_result(ref.id, paper, operator=office.clerk, clock=clock, expected_version=first.version)
    with pytest.raises(EditConflict) as refused:
        record_result(ref.id, paper, operator=office.supervisor, clock=clock, expected_version=second.version)
    assert refused.value.params["who"] == "小林"
    assert WorkResult.select().where(WorkResult.ticket == ref.id).count() == 1


def test_a_callback_called_from_another_desk_meanwhile_is_refused(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, dt.datetime(2026, 11, 23, 9, 0))
    callback = open_callback(ticket)
    seen_by_clerk = callback_entry(callback.id, clock.now())
    seen_by_boss = callback_entry(callback.id, clock.now())
    clock.at = dt.datetime(2026, 11, 23, 10, 15)
    record_call(
        callback.id,
        CallEntry(reached=False, outcome="no_answer"),
        operator=office.supervisor,
        clock=clock,
        expected_version=seen_by_boss.version,
    )
    clock.at = dt.datetime(2026, 11, 23, 10, 20)
    with pytest.raises(EditConflict) as refused:
        record_call(
            callback.id,
            CallEntry(reached=True, solved="yes", rating=5, comment="很满意"),
            operator=office.clerk,
            clock=clock,
            expected_version=seen_by_clerk.version,
        )
    # the supervisor's unanswered call at 10:15 is the change the clerk had not seen
    assert refused.value.params == {"who": "马主管", "number": ticket.number, "when": "2026-11-23 10:15"}
    assert callback_entry(callback.id, clock.now()).attempts == 1
