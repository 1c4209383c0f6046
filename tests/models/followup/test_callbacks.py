"""Callbacks: scheduled on resolution by the policy on China's calendar, attempts up to
the maximum, unhappy owners reopening their ticket, the supervisor's part, and what
counts as overdue. Times are worked out by hand in the comments.

2026 as published: Mid-autumn 25–27 Sep with Sunday 20 Sep worked; National Day
1–7 Oct with Saturday 10 Oct worked."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.codes import DeadlineUnit, Role, Status
from models.dispatch import BoardFilter, board_cards
from models.errors import PermissionDenied, TransitionRefused, ValidationError
from models.followup import (
    Callback,
    CallbackAttempt,
    CallbackFilter,
    CallbackRules,
    CallEntry,
    View,
    callback_counts,
    callback_rules,
    fetch_callbacks,
    mark_reviewed,
    next_attempt_at,
    open_callback_for_number,
    record_call,
    save_callback_rules,
    supervisor_close,
)
from models.office import User
from models.service_levels import WorkingCalendar, default_policy
from models.tickets import Ticket, cancel, overdue_count, reopen, save_policy
from tests.acting import admin
from tests.models.followup.helpers import events, open_callback, resolved_ticket

T = dt.datetime
END = dt.time(23, 59, 59)
HAPPY = CallEntry(reached=True, solved="yes", rating=5, comment="很满意")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T(2026, 11, 23, 10, 0))


def set_callback_policy(amount: int, unit: str, kind: str = "repair", priority: str = "normal") -> None:
    policy = default_policy(kind, priority)
    changed = type(policy)(**{**policy.__dict__, "callback_amount": amount, "callback_unit": unit})
    manager = User.get(User.username == "manager")  # service levels are the manager's
    save_policy(changed, operator=manager, clock=FixedClock(T(2026, 11, 23, 9, 0)))


def call(callback_id, clock, at, entry, operator):
    clock.at = at
    return record_call(callback_id, entry, operator=operator, clock=clock)


# --- scheduling ---------------------------------------------------------------------
def test_resolving_schedules_the_callback_seven_calendar_days_later_by_default(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    callback = open_callback(ticket)
    # resolved Mon 23 Nov 10:00 + 7 calendar days → end of Mon 30 Nov
    assert callback.due_at == T(2026, 11, 30, 23, 59, 59)
    assert callback.call_at == callback.due_at
    assert callback.resolved_at == T(2026, 11, 23, 10, 0)
    assert ticket.callback_due == callback.due_at
    assert events(ticket)[-1] == ("callback_schedule", "callback_due", "", "2026-11-30 23:59")


def test_working_day_policy_skips_national_day_and_counts_the_makeup_saturday(office, folder, clock):
    set_callback_policy(2, DeadlineUnit.WORKING_DAYS)
    ticket = resolved_ticket(office, folder, clock, T(2026, 9, 30, 15, 0))
    # after Wed 30 Sep: 1–7 Oct are holidays; Thu 8 Oct is the 1st working day, Fri 9 Oct the 2nd
    assert open_callback(ticket).due_at == T(2026, 10, 9, 23, 59, 59)
    set_callback_policy(3, DeadlineUnit.WORKING_DAYS)
    other = resolved_ticket(office, folder, clock, T(2026, 9, 30, 16, 0), room="3-2-1502")
    # the 3rd working day is Saturday 10 Oct, a make-up working day (调休上班)
    assert open_callback(other).due_at == T(2026, 10, 10, 23, 59, 59)


def test_twenty_four_hour_policy_is_clock_time(office, folder, clock):
    set_callback_policy(24, DeadlineUnit.HOURS)
    ticket = resolved_ticket(office, folder, clock, T(2026, 9, 30, 15, 0))
    # 24 hours, holiday or not: Thu 1 Oct 15:00
    assert open_callback(ticket).due_at == T(2026, 10, 1, 15, 0)


def test_next_attempt_within_office_hours_else_next_working_day_at_nine():
    calendar, rules = WorkingCalendar(), CallbackRules()
    # Wed 30 Sep 10:00 + 4 h = 14:00, inside 09:00–18:00 of a working day
    assert next_attempt_at(T(2026, 9, 30, 10, 0), rules, calendar) == T(2026, 9, 30, 14, 0)
    # Wed 30 Sep 16:00 + 4 h = 20:00, after hours; 1–7 Oct are holidays → Thu 8 Oct 09:00
    assert next_attempt_at(T(2026, 9, 30, 16, 0), rules, calendar) == T(2026, 10, 8, 9, 0)
    # Fri 9 Oct 15:00 + 4 h = 19:00 → Saturday 10 Oct is a make-up working day → 09:00
    assert next_attempt_at(T(2026, 10, 9, 15, 0), rules, calendar) == T(2026, 10, 10, 9, 0)
    # Sat 10 Oct 14:30 + 4 h = 18:30 → Sunday 11 Oct is off → Mon 12 Oct 09:00
    assert next_attempt_at(T(2026, 10, 10, 14, 30), rules, calendar) == T(2026, 10, 12, 9, 0)
    # Sat 19 Sep 11:00 + 4 h = 15:00 on a Saturday off → Sunday 20 Sep is worked → 09:00
    assert next_attempt_at(T(2026, 9, 19, 11, 0), rules, calendar) == T(2026, 9, 20, 9, 0)
    # Tue 24 Nov 14:00 + 4 h = 18:00, the last minute of office hours, still inside
    assert next_attempt_at(T(2026, 11, 24, 14, 0), rules, calendar) == T(2026, 11, 24, 18, 0)
    # 06:00 on a working day (a call at 02:00) → that day's 09:00
    assert next_attempt_at(T(2026, 11, 24, 2, 0), rules, calendar) == T(2026, 11, 24, 9, 0)


# --- attempts -----------------------------------------------------------------------
def test_attempts_up_to_the_maximum_end_as_unreachable_for_the_supervisor(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    callback_id = open_callback(ticket).id
    first = call(callback_id, clock, T(2026, 11, 24, 10, 0), CallEntry(False, "no_answer"), office.clerk)
    assert (first.status, first.next_call_at) == ("pending", T(2026, 11, 24, 14, 0))  # +4 h
    second = call(callback_id, clock, T(2026, 11, 24, 14, 0), CallEntry(False, "busy"), office.clerk)
    assert second.next_call_at == T(2026, 11, 24, 18, 0)  # +4 h = 18:00, still office hours
    third = call(callback_id, clock, T(2026, 11, 24, 18, 0), CallEntry(False, "no_answer"), office.clerk)
    assert (third.status, third.next_call_at, third.flagged) == ("abandoned", None, True)
    callback = Callback.get_by_id(callback_id)
    assert callback.attempts == 3 and callback.reached is False
    assert [a.outcome for a in CallbackAttempt.select().order_by(CallbackAttempt.id)] == [
        "no_answer",
        "busy",
        "no_answer",
    ]
    ticket = Ticket.get_by_id(ticket.id)
    assert ticket.status == Status.RESOLVED
    assert ticket.next_due is None  # no longer waiting for a callback that was given up
    assert events(ticket)[-1] == ("callback_unreachable", "callback_status", "pending", "abandoned")
    clock.at = T(2026, 12, 5, 10, 0)  # long after the deadline of 30 Nov
    assert overdue_count(clock.now()) == 0
    assert callback_counts(CallbackFilter(), clock.now()).supervisor == 1
    supervisor_close(callback_id, "多次联系未接通", operator=office.supervisor, clock=clock)
    assert Ticket.get_by_id(ticket.id).status == Status.CLOSED
    assert events(ticket)[-2:] == [
        ("close_unreached", "status", "resolved", "closed"),
        ("callback_review", "", "", ""),
    ]
    assert callback_counts(CallbackFilter(), clock.now()).supervisor == 0


def test_the_owner_may_name_the_time_to_call_again(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    callback_id = open_callback(ticket).id
    clock.at = T(2026, 11, 24, 10, 0)
    later = CallEntry(False, "call_later", call_again="19:30")
    outcome = record_call(callback_id, later, operator=office.clerk, clock=clock)
    assert outcome.next_call_at == T(2026, 11, 24, 19, 30)  # the owner's time, even after hours
    with pytest.raises(ValidationError) as past:
        record_call(callback_id, CallEntry(False, "call_later", call_again="09:00"), operator=office.clerk, clock=clock)
    assert past.value.problems == {"call_again": "The time to call again must be later than now."}
    assert Callback.get_by_id(callback_id).attempts == 1  # the refused call was not counted


def test_max_attempts_is_a_setting(office, folder, clock):
    save_callback_rules(CallbackRules(max_attempts=1), **admin())
    assert callback_rules().max_attempts == 1
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    outcome = call(
        open_callback(ticket).id, clock, T(2026, 11, 23, 11, 0), CallEntry(False, "wrong_number"), office.clerk
    )
    assert outcome.status == "abandoned"
    with pytest.raises(ValidationError):
        save_callback_rules(CallbackRules(max_attempts=0), **admin())


# --- verdicts -----------------------------------------------------------------------
def test_rating_two_reopens_the_ticket_with_new_deadlines_and_marks_it_on_the_board(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    callback_id = open_callback(ticket).id
    unhappy = CallEntry(True, solved="yes", rating=2, comment="师傅态度不好")
    outcome = call(callback_id, clock, T(2026, 11, 24, 10, 0), unhappy, office.clerk)
    assert (outcome.reopened, outcome.flagged, outcome.ticket_status) == (True, True, "acknowledged")
    ticket = Ticket.get_by_id(ticket.id)
    assert ticket.reopen_count == 1 and ticket.callback_unhappy
    # the result clock restarts at the reopening, Tue 24 Nov: Wed 25, Thu 26, Fri 27 → end of 27 Nov
    assert ticket.result_due == T(2026, 11, 27, 23, 59, 59) == ticket.next_due
    assert events(ticket)[-3:] == [
        ("callback_unhappy", "solved", "", "yes"),
        ("callback_unhappy", "rating", "", "2"),
        ("reopen", "status", "resolved", "acknowledged"),
    ]
    card = next(c for c in board_cards(BoardFilter(), clock.now()) if c.ticket_id == ticket.id)
    assert (card.lane, card.unhappy) == ("new", True)
    assert callback_counts(CallbackFilter(), clock.now()).supervisor == 1


def test_not_solved_reopens_even_with_a_good_rating(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    entry = CallEntry(True, solved="no", rating=4, comment="还在漏")
    outcome = call(open_callback(ticket).id, clock, T(2026, 11, 24, 9, 0), entry, office.clerk)
    assert outcome.reopened and Ticket.get_by_id(ticket.id).status == Status.ACKNOWLEDGED


def test_an_unhappy_verdict_needs_the_reason_and_nothing_is_written_without_it(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    callback_id = open_callback(ticket).id
    with pytest.raises(ValidationError) as refused:
        call(callback_id, clock, T(2026, 11, 24, 9, 0), CallEntry(True, solved="no", rating=1), office.clerk)
    assert list(refused.value.problems) == ["comment"]
    assert Callback.get_by_id(callback_id).attempts == 0
    assert Ticket.get_by_id(ticket.id).status == Status.RESOLVED
    with pytest.raises(ValidationError) as rating:
        call(callback_id, clock, T(2026, 11, 24, 9, 0), CallEntry(True, solved="yes", rating=6), office.clerk)
    assert list(rating.value.problems) == ["rating"]


def test_rating_three_is_flagged_not_reopened_by_default_and_reopens_by_setting(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    middling = CallEntry(True, solved="partly", rating=3, comment="还行")
    outcome = call(open_callback(ticket).id, clock, T(2026, 11, 24, 9, 0), middling, office.clerk)
    # flagged for the supervisor: called back but not closed automatically
    assert (outcome.reopened, outcome.flagged, outcome.ticket_status) == (False, True, "called_back")
    save_callback_rules(CallbackRules(partly_reopens=True), **admin())
    other = resolved_ticket(office, folder, clock, T(2026, 11, 23, 11, 0), room="3-2-1502")
    outcome = call(open_callback(other).id, clock, T(2026, 11, 24, 9, 0), middling, office.clerk)
    assert (outcome.reopened, outcome.ticket_status) == (True, "acknowledged")


def test_satisfied_callback_closes_the_ticket_or_leaves_it_to_the_supervisor(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    outcome = call(open_callback(ticket).id, clock, T(2026, 11, 24, 9, 0), HAPPY, office.clerk)
    assert (outcome.status, outcome.ticket_status, outcome.flagged) == ("done", "closed", False)
    assert events(Ticket.get_by_id(ticket.id))[-4:] == [
        ("callback_result", "solved", "", "yes"),
        ("callback_result", "rating", "", "5"),
        ("call_back", "status", "resolved", "called_back"),
        ("close", "status", "called_back", "closed"),
    ]
    save_callback_rules(CallbackRules(auto_close=False), **admin())
    other = resolved_ticket(office, folder, clock, T(2026, 11, 23, 11, 0), room="3-2-1502")
    callback_id = open_callback(other).id
    assert call(callback_id, clock, T(2026, 11, 24, 9, 0), HAPPY, office.clerk).ticket_status == "called_back"
    supervisor_close(callback_id, operator=office.supervisor, clock=clock)
    assert Ticket.get_by_id(other.id).status == Status.CLOSED
    with pytest.raises(TransitionRefused):
        record_call(callback_id, HAPPY, operator=office.clerk, clock=clock)  # no longer open


def test_a_crew_member_who_did_the_job_may_not_make_its_callback(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0), crew="钱师傅")
    crew_user = User.create(username="qian", display_name="钱师傅", role=Role.CLERK, staff=office.staff["钱师傅"])
    with pytest.raises(PermissionDenied):
        call(open_callback(ticket).id, clock, T(2026, 11, 24, 9, 0), HAPPY, crew_user)
    other_crew = User.create(username="zhao", display_name="赵师傅", role=Role.CLERK, staff=office.staff["赵师傅"])
    assert call(open_callback(ticket).id, clock, T(2026, 11, 24, 9, 0), HAPPY, other_crew).status == "done"


# --- following the ticket -----------------------------------------------------------
def test_reopen_cancels_the_open_callback_and_resolving_again_schedules_a_new_one(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    first = open_callback(ticket)
    clock.at = T(2026, 11, 23, 12, 0)
    reopen(ticket.id, "业主来电说还在漏", operator=office.clerk, clock=clock)
    assert Callback.get_by_id(first.id).status == "cancelled"
    assert ("callback_cancel", "callback_status", "pending", "cancelled") in events(ticket)
    again = resolved_ticket(office, folder, clock, T(2026, 11, 25, 10, 0), room="3-2-1502")
    assert open_callback(again).due_at == T(2026, 12, 2, 23, 59, 59)  # 25 Nov + 7 days
    assert Callback.select().where(Callback.ticket == ticket).count() == 1


def test_cancelling_a_reopened_ticket_leaves_no_open_callback(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    clock.at = T(2026, 11, 23, 12, 0)
    reopen(ticket.id, "业主要求重新上门", operator=office.clerk, clock=clock)
    cancel(ticket.id, "业主已自行处理", operator=office.supervisor, clock=clock)
    assert Callback.select().where(Callback.status == "pending").count() == 0


# --- overdue ------------------------------------------------------------------------
def test_a_callback_is_overdue_only_while_it_is_open(office, folder, clock):
    set_callback_policy(24, DeadlineUnit.HOURS)
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    callback_id = open_callback(ticket).id
    before = T(2026, 11, 24, 9, 59)  # one minute before the deadline of Tue 24 Nov 10:00
    assert overdue_count(before) == 0
    assert callback_counts(CallbackFilter(), before).due_today == 1
    after = T(2026, 11, 24, 11, 0)
    assert overdue_count(after) == 1
    counts = callback_counts(CallbackFilter(), after)
    assert (counts.overdue, counts.due_today) == (1, 0)
    assert [row.overdue for row in fetch_callbacks(CallbackFilter(View.OVERDUE), after)] == [True]
    call(callback_id, clock, after, HAPPY, office.clerk)  # made one hour late
    later = T(2026, 11, 25, 9, 0)
    assert overdue_count(later) == 0
    assert callback_counts(CallbackFilter(), later).overdue == 0
    done = fetch_callbacks(CallbackFilter(View.DONE, done_from=dt.date(2026, 11, 24)), later)
    assert [(row.number, row.rating, row.overdue) for row in done] == [(ticket.number, 5, False)]


def test_views_split_by_planned_call_and_deadline(office, folder, clock):
    today = T(2026, 11, 23, 10, 0)
    week = resolved_ticket(office, folder, clock, T(2026, 11, 16, 15, 0))  # due end of 23 Nov
    recent = resolved_ticket(office, folder, clock, T(2026, 11, 22, 15, 0), room="3-2-1502")  # due 29 Nov
    due_today = fetch_callbacks(CallbackFilter(View.DUE_TODAY), today)
    upcoming = fetch_callbacks(CallbackFilter(View.UPCOMING), today)
    assert [r.number for r in due_today] == [week.number]
    assert [r.number for r in upcoming] == [recent.number]
    assert (due_today[0].owner, due_today[0].room, due_today[0].phone_masked) == ("王建国", "3-2-1501", "138****5678")
    # a call not answered today plans the next one within today: still due today
    call(open_callback(recent).id, clock, T(2026, 11, 23, 10, 0), CallEntry(False, "busy"), office.clerk)
    clock.at = today
    assert [r.number for r in fetch_callbacks(CallbackFilter(View.DUE_TODAY), today)] == [week.number, recent.number]
    assert open_callback_for_number(recent.number.lower()) == open_callback(recent).id
    assert fetch_callbacks(CallbackFilter(View.DUE_TODAY, kind="complaint"), today) == []


def test_supervisor_marks_a_flagged_callback_seen(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, T(2026, 11, 23, 10, 0))
    callback_id = open_callback(ticket).id
    call(callback_id, clock, T(2026, 11, 24, 9, 0), CallEntry(True, solved="partly", rating=3), office.clerk)
    assert [r.callback_id for r in fetch_callbacks(CallbackFilter(View.SUPERVISOR), clock.now())] == [callback_id]
    mark_reviewed(callback_id, "已电话安抚", operator=office.supervisor, clock=clock)
    assert fetch_callbacks(CallbackFilter(View.SUPERVISOR), clock.now()) == []
