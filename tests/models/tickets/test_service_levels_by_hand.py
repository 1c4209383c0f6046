"""Service levels against the State Council calendar, worked out by hand.

2025 as published: National Day and Mid-autumn 1–8 Oct off, with Sunday 28 Sep and
Saturday 11 Oct worked. A normal repair's result is due at the end of the 3rd working
day after the day of receipt; a working-day clock runs all day on working days and
stands still on the others, so a pause gives back only the part of it that lay on
working days."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock, SystemClock
from models.dispatch import BoardFilter, ResultEntry, board_cards, dispatch, record_result
from models.errors import ValidationError
from models.office import User
from models.service_levels import policy_for
from models.tickets import (
    Ticket,
    TicketEvent,
    acknowledge,
    answer_and_close,
    due_soon,
    overdue_count,
    pause,
    resume,
    save_policy,
)
from tests.office import register_ticket_for

T = dt.datetime


def events(ticket_id):
    query = TicketEvent.select().where(TicketEvent.ticket == ticket_id).order_by(TicketEvent.id)
    return [(e.action, e.field, e.old_value, e.new_value, e.note) for e in query]


def reload(ref):
    return Ticket.get_by_id(ref.id)


def with_result_days(days: int):
    policy = policy_for("repair", "normal")
    return save_policy(
        policy.__class__(**{**policy.__dict__, "result_amount": days}),
        operator=User.get(User.username == "manager"),
        clock=SystemClock(),
    )


@pytest.fixture
def national_day_ticket(office, folder):
    """Received Tue 30 Sep 2025 09:00, acknowledged 09:30, paused for parts at 10:00."""
    clock = FixedClock(T(2025, 9, 30, 9, 0))
    ref = register_ticket_for(office, folder, clock)
    clock.at = T(2025, 9, 30, 9, 30)
    acknowledge(ref.id, "已告知业主需订配件", operator=office.clerk, clock=clock)
    clock.at = T(2025, 9, 30, 10, 0)
    pause(ref.id, "awaiting_parts", "等待配件", operator=office.supervisor, clock=clock)
    return ref, clock


def test_a_pause_across_national_day_gives_back_only_its_working_days(office, national_day_ticket):
    ref, clock = national_day_ticket
    # Without the pause: after Tue 30 Sep, the working days are Thu 9, Fri 10, Sat 11 Oct
    # (worked) → due Sat 11 Oct 23:59:59.
    # The pause, Tue 30 Sep 10:00 → Tue 14 Oct 10:00, covered of working days:
    #   30 Sep 10:00–24:00 = 14 h; 9, 10, 11, 13 Oct = 4 × 24 h; 14 Oct 00:00–10:00 = 10 h
    #   = 120 h = five working days (1–8 Oct are holidays, 12 Oct a Sunday).
    # Five working days after the end of Sat 11 Oct: Mon 13 … Fri 17 → Fri 17 Oct 23:59:59.
    # (Given back as clock time — 14 days — it would have run to Thu 30 Oct.)
    clock.at = T(2025, 10, 14, 10, 0)
    resume(ref.id, "配件已到", operator=office.supervisor, clock=clock)
    ticket = reload(ref)
    assert ticket.result_due == T(2025, 10, 17, 23, 59, 59)
    assert ticket.next_due == T(2025, 10, 17, 23, 59, 59)
    assert ticket.paused_seconds == 14 * 24 * 3600  # the ticket's own record stays clock time


def test_a_weekend_pause_gives_back_only_the_working_hours_it_covered(office, folder):
    # Received Thu 6 Nov 2025 10:00 → due Tue 11 Nov 23:59:59 (Fri 7, Mon 10, Tue 11).
    clock = FixedClock(T(2025, 11, 6, 10, 0))
    ref = register_ticket_for(office, folder, clock)
    acknowledge(ref.id, "已回复", operator=office.clerk, clock=clock)
    clock.at = T(2025, 11, 7, 18, 0)
    pause(ref.id, "owner_unreachable", "业主周末不在家", operator=office.supervisor, clock=clock)
    clock.at = T(2025, 11, 10, 9, 0)
    resume(ref.id, operator=office.supervisor, clock=clock)
    # Fri 18:00–24:00 = 6 h, Sat and Sun nothing, Mon 00:00–09:00 = 9 h: 15 h given back.
    # End of Tue 11 Nov + 15 h of working time → Wed 12 Nov 14:59:59
    # (the 63 clock hours would have reached Fri 14 Nov 14:59:59).
    assert reload(ref).result_due == T(2025, 11, 12, 14, 59, 59)


def test_a_policy_change_during_the_pause_uses_the_same_arithmetic(office, national_day_ticket):
    ref, clock = national_day_ticket
    clock.at = T(2025, 10, 5, 12, 0)
    assert with_result_days(5) == 1
    assert reload(ref).result_due is None  # still paused: no result deadline runs
    clock.at = T(2025, 10, 14, 10, 0)
    resume(ref.id, operator=office.supervisor, clock=clock)
    # Five working days after 30 Sep: 9, 10, 11, 13, 14 Oct → Tue 14 Oct 23:59:59; the same
    # five working days given back: 15, 16, 17, 20, 21 Oct → Tue 21 Oct 23:59:59.
    assert reload(ref).result_due == T(2025, 10, 21, 23, 59, 59)
    # Changing it back and forth after the resume lands on the same hand-made dates.
    with_result_days(3)
    assert reload(ref).result_due == T(2025, 10, 17, 23, 59, 59)
    with_result_days(5)
    assert reload(ref).result_due == T(2025, 10, 21, 23, 59, 59)


def test_resolving_a_paused_ticket_ends_the_pause(office, national_day_ticket):
    ref, clock = national_day_ticket
    dispatch(ref.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=clock)
    clock.at = T(2025, 10, 14, 10, 0)
    record_result(
        ref.id, ResultEntry(finished="10-14 09:30", work_done="更换角阀"), operator=office.supervisor, clock=clock
    )
    ticket = reload(ref)
    assert ticket.status == "resolved"
    assert (ticket.paused_since, ticket.pause_reason) == (None, None)
    assert ticket.paused_seconds == 14 * 24 * 3600
    # the pause is closed on the timeline before the resolution (then its callback is scheduled)
    timeline = [e for e in events(ref.id) if not e[0].startswith("callback_")]
    assert [e[0] for e in timeline[-2:]] == ["resume", "resolve"]
    assert timeline[-2][1:4] == ("paused_seconds", "0", str(14 * 24 * 3600))
    # judged against Fri 17 Oct 23:59:59 (see the National Day test): on time, not late
    assert ticket.result_due == T(2025, 10, 17, 23, 59, 59) and ticket.resolved_at < ticket.result_due
    # callback due 7 calendar days after the resolution: Tue 21 Oct 23:59:59
    assert ticket.next_due == T(2025, 10, 21, 23, 59, 59)


def test_answering_and_closing_a_paused_inquiry_ends_the_pause(office, folder):
    clock = FixedClock(T(2025, 11, 6, 10, 0))
    ref = register_ticket_for(office, folder, clock, category="物业费", kind="inquiry", description="物业费怎么交")
    pause(ref.id, "owner_unreachable", "业主未接电话", operator=office.supervisor, clock=clock)
    clock.at = T(2025, 11, 6, 11, 0)
    answer_and_close(ref.id, "可在服务中心或微信缴纳", operator=office.clerk, clock=clock)
    ticket = reload(ref)
    assert ticket.status == "closed" and ticket.paused_since is None and ticket.paused_seconds == 3600
    assert [e[0] for e in events(ref.id)[-3:]] == ["resume", "resolve", "close"]


def test_a_policy_change_leaves_resolved_tickets_judged_as_they_were(office, folder):
    # Received Thu 6 Nov 2025 10:00 → due Tue 11 Nov 23:59:59; resolved Thu 13 Nov: late.
    clock = FixedClock(T(2025, 11, 6, 10, 0))
    late = register_ticket_for(office, folder, clock)
    still_open = register_ticket_for(office, folder, clock, description="阳台漏水")
    acknowledge(late.id, "已回复", operator=office.clerk, clock=clock)
    dispatch(late.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=clock)
    clock.at = T(2025, 11, 13, 15, 0)
    record_result(late.id, ResultEntry(finished="11-13 14:00", work_done="修好"), operator=office.clerk, clock=clock)
    assert with_result_days(5) == 1  # only the open ticket is recomputed
    # 5 working days after Thu 6 Nov: 7, 10, 11, 12, 13 → Thu 13 Nov 23:59:59 for the open one
    assert reload(still_open).result_due == T(2025, 11, 13, 23, 59, 59)
    resolved = reload(late)
    assert resolved.result_due == T(2025, 11, 11, 23, 59, 59)  # still late
    assert resolved.resolved_at > resolved.result_due


def test_dispatching_a_new_ticket_needs_the_reply_given_to_the_owner(office, folder):
    clock = FixedClock(T(2025, 11, 6, 10, 0))
    ref = register_ticket_for(office, folder, clock)
    clock.at = T(2025, 11, 6, 10, 20)
    before = events(ref.id)
    with pytest.raises(ValidationError) as refused:
        dispatch(ref.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=clock)
    assert list(refused.value.problems) == ["reply"]
    assert "has not been acknowledged yet" in str(refused.value)
    assert events(ref.id) == before and reload(ref).status == "new" and reload(ref).acknowledged_at is None
    dispatch(
        ref.id,
        staff_ids=[office.staff["赵师傅"].id],
        reply="已告知业主师傅半小时内上门",
        operator=office.supervisor,
        clock=clock,
    )
    ticket = reload(ref)
    assert ticket.status == "dispatched" and ticket.acknowledged_at == T(2025, 11, 6, 10, 20)
    assert [e[:5] for e in events(ref.id)[-2:]] == [
        ("acknowledge", "status", "new", "acknowledged", "已告知业主师傅半小时内上门"),
        ("dispatch", "status", "acknowledged", "dispatched", "工程维修: 赵师傅"),
    ]


def test_the_board_and_the_reminders_agree_on_a_paused_ticket(office, folder):
    # Registered Thu 6 Nov 2025 10:00, not acknowledged, paused at once: the acknowledgement
    # (24 h → Fri 7 Nov 10:00) still runs; a pause stops the result clock only.
    clock = FixedClock(T(2025, 11, 6, 10, 0))
    ref = register_ticket_for(office, folder, clock)
    pause(ref.id, "owner_unreachable", "业主电话无人接听", operator=office.supervisor, clock=clock)
    now = T(2025, 11, 7, 11, 0)  # an hour past the acknowledgement deadline
    assert overdue_count(now) == 1
    assert [item.overdue for item in due_soon(now)] == [True]
    card = next(card for card in board_cards(BoardFilter(), now) if card.ticket_id == ref.id)
    assert card.paused and card.overdue
