"""Actions on a registered ticket: each writes its event and recomputes the deadlines;
the state machine refuses what it does not allow with a sentence a clerk can read;
paused time is kept out of the result clock, also when the policy changes later."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.errors import TransitionRefused, ValidationError
from models.service_levels import list_policies, policy_for
from models.tickets import (
    Action,
    Ticket,
    TicketEvent,
    acknowledge,
    answer_and_close,
    apply_deadlines,
    cancel,
    edit_ticket,
    merge,
    pause,
    reopen,
    resume,
    save_policy,
    stage_reply,
    transition,
)
from tests.models.tickets.conftest import category_id

T = dt.datetime


def events(ticket_id):
    query = TicketEvent.select().where(TicketEvent.ticket == ticket_id).order_by(TicketEvent.id)
    return [(e.action, e.field, e.old_value, e.new_value, e.note) for e in query]


def reload(ref):
    return Ticket.get_by_id(ref.id)


def test_acknowledge_records_the_reply_and_moves_the_next_deadline_to_the_result(office, register, clock):
    ref = register()
    clock.advance(minutes=20)
    acknowledge(ref.id, "已告知业主师傅下午上门", operator=office.clerk, clock=clock)
    ticket = reload(ref)
    assert ticket.status == "acknowledged" and ticket.acknowledged_at == T(2026, 11, 23, 10, 20)
    assert ticket.next_due == ticket.result_due == T(2026, 11, 26, 23, 59, 59)
    assert events(ref.id)[-1] == ("acknowledge", "status", "new", "acknowledged", "已告知业主师傅下午上门")


def test_a_refused_transition_says_why_and_changes_nothing(office, register, clock):
    ref = register()
    acknowledge(ref.id, "已回复", operator=office.clerk, clock=clock)
    with pytest.raises(TransitionRefused) as refused:
        acknowledge(ref.id, "再次回复", operator=office.clerk, clock=clock)
    assert str(refused.value) == "A ticket that is \u201cAcknowledged\u201d cannot be acknowledged."
    with pytest.raises(TransitionRefused) as no_reply:
        stage_reply(ref.id, "  ", operator=office.clerk, clock=clock)
    assert no_reply.value.message == "Please give a reason or the reply given to the owner."
    with pytest.raises(TransitionRefused):
        reopen(ref.id, "业主不满意", operator=office.supervisor, clock=clock)
    assert len(events(ref.id)) == 2


def test_stage_reply_settles_the_urgent_stage_deadline(office, register, clock):
    ref = register(priority="urgent", description="电梯困人")
    clock.advance(minutes=10)
    acknowledge(ref.id, "维保单位已出发", operator=office.clerk, clock=clock)
    assert reload(ref).next_due == T(2026, 11, 23, 10, 30)  # the stage reply is still owed
    clock.advance(minutes=15)
    stage_reply(ref.id, "维保人员已到场救援", operator=office.clerk, clock=clock)
    assert reload(ref).next_due == T(2026, 11, 26, 23, 59, 59)


def test_pause_is_excluded_from_the_result_clock(office, register, clock):
    ref = register()
    acknowledge(ref.id, "已回复", operator=office.clerk, clock=clock)
    clock.advance(hours=1)
    pause(ref.id, "awaiting_parts", "等待配件", operator=office.supervisor, clock=clock)
    paused = reload(ref)
    assert paused.paused_since == T(2026, 11, 23, 11, 0) and paused.pause_reason == "awaiting_parts"
    assert paused.result_due is None and paused.next_due is None
    with pytest.raises(TransitionRefused):
        pause(ref.id, "owner_unreachable", operator=office.supervisor, clock=clock)
    clock.advance(hours=3)
    resume(ref.id, "配件已到", operator=office.supervisor, clock=clock)
    resumed = reload(ref)
    assert resumed.paused_seconds == 3 * 3600 and resumed.paused_since is None
    # End of Thu 26 Nov plus three hours of working time: Fri 27 Nov 02:59:59.
    assert resumed.result_due == T(2026, 11, 27, 2, 59, 59)
    assert events(ref.id)[-2:] == [
        ("pause", "pause_reason", "", "awaiting_parts", "等待配件"),
        ("resume", "paused_seconds", "0", "10800", "配件已到"),
    ]


def test_a_pause_needs_a_known_reason(office, register, clock):
    ref = register()
    with pytest.raises(ValidationError) as refused:
        pause(ref.id, "bored", operator=office.supervisor, clock=clock)
    assert refused.value.problems == {"reason": "Choose why the ticket is paused."}


def test_policy_change_recomputes_open_tickets_without_losing_paused_time(office, register, clock):
    ref = register()
    closed = register(description="另一单")
    clock.advance(hours=1)
    pause(ref.id, "owner_unreachable", "业主电话无人接听", operator=office.supervisor, clock=clock)
    clock.advance(hours=2)
    resume(ref.id, operator=office.supervisor, clock=clock)
    cancel(closed.id, "业主已自行解决", operator=office.supervisor, clock=clock)
    policy = policy_for("repair", "normal")
    changed = save_policy(
        policy.__class__(**{**policy.__dict__, "result_amount": 5}), operator=office.manager, clock=clock
    )
    assert changed == 1  # the cancelled ticket is left alone
    # Five working days after Mon 23 Nov: Mon 30 Nov, end of day, plus the two paused hours.
    assert reload(ref).result_due == T(2026, 12, 1, 1, 59, 59)
    assert reload(closed).result_due is not None and reload(closed).next_due is None
    assert [p.result_amount for p in list_policies() if (p.kind, p.priority) == ("repair", "normal")] == [5]


def test_invalid_policy_is_refused_per_field(office):
    policy = policy_for("repair", "normal")
    with pytest.raises(ValidationError) as refused:
        save_policy(
            policy.__class__(
                **{**policy.__dict__, "ack_amount": 0, "result_unit": "weeks", "stage_reply_minutes": 5000}
            ),
            operator=office.manager,
            clock=FixedClock(T(2026, 11, 23, 9, 0)),
        )
    assert set(refused.value.problems) == {"ack_amount", "result_unit", "stage_reply_minutes"}


def test_cancel_ends_a_pause_and_merge_links_both_tickets(office, register, clock):
    first, duplicate = register(), register(description="同一处渗水，邻居代报")
    pause(first.id, "owner_requested", operator=office.supervisor, clock=clock)
    clock.advance(minutes=30)
    cancel(first.id, "业主要求取消", operator=office.supervisor, clock=clock)
    cancelled = reload(first)
    assert cancelled.status == "cancelled" and cancelled.paused_seconds == 1800 and cancelled.next_due is None
    with pytest.raises(ValidationError) as gone:
        merge(duplicate.id, first.number, "重复", operator=office.supervisor, clock=clock)
    assert gone.value.problems == {
        "into": "Ticket {number} was itself cancelled or merged; choose the ticket it became."
    }
    third = register(description="第三单")
    merge(duplicate.id, third.number.lower(), "同一问题", operator=office.supervisor, clock=clock)
    assert reload(duplicate).merged_into_id == third.id and reload(duplicate).status == "merged"
    assert events(third.id)[-1] == ("note", "merged_from", "", duplicate.number, "同一问题")
    with pytest.raises(ValidationError):
        merge(third.id, third.number, "自己", operator=office.supervisor, clock=clock)
    with pytest.raises(ValidationError):
        merge(third.id, "BX20990101-0001", "不存在", operator=office.supervisor, clock=clock)


def test_reopen_restarts_the_result_clock(office, register, clock):
    ref = register()
    acknowledge(ref.id, "已回复", operator=office.clerk, clock=clock)
    ticket = reload(ref)
    transition(ticket, Action.RESOLVE, operator=office.clerk, at=T(2026, 11, 24, 15, 0))
    apply_deadlines(ticket)
    assert reload(ref).next_due == T(2026, 12, 1, 23, 59, 59)  # callback within 7 days of resolution
    clock.at = T(2026, 11, 27, 9, 0)  # Friday
    reopen(ref.id, "回访业主不满意，仍在渗水", operator=office.supervisor, clock=clock)
    reopened = reload(ref)
    assert reopened.status == "acknowledged" and reopened.reopen_count == 1 and reopened.resolved_at is None
    # Three working days after Friday: Mon 30 Nov, Tue 1, Wed 2 Dec.
    assert reopened.result_due == reopened.next_due == T(2026, 12, 2, 23, 59, 59)


def test_edit_records_old_and_new_and_recomputes(office, register, clock):
    ref = register()
    changed = edit_ticket(
        ref.id,
        {
            "priority": "urgent",
            "category_id": category_id("水电暖"),
            "reporter_phone": "139 8765 4321",
            "description": "卫生间天花板渗水",
        },
        operator=office.supervisor,
        clock=clock,
    )
    assert changed == ["priority", "category_id", "reporter_phone"]
    assert events(ref.id)[1:] == [
        ("edit", "priority", "normal", "urgent", ""),
        ("edit", "category", "房屋渗漏", "水电暖", ""),
        ("edit", "reporter_phone", "138****5678", "139****4321", ""),
    ]
    ticket = reload(ref)
    assert ticket.reporter_phone == "13987654321" and ticket.ack_due == T(2026, 11, 23, 10, 30)
    with pytest.raises(ValidationError) as refused:
        edit_ticket(ref.id, {"reporter_phone": "12345", "description": ""}, operator=office.supervisor, clock=clock)
    assert set(refused.value.problems) == {"phone", "description"}
    assert reload(ref).reporter_phone == "13987654321"


def test_inquiries_are_answered_and_closed_at_once(office, register, clock):
    ref = register(kind="inquiry", category="物业费", description="物业费怎么交")
    answer_and_close(ref.id, "可在前台或公众号缴纳", operator=office.clerk, clock=clock)
    ticket = reload(ref)
    assert ticket.status == "closed" and ticket.next_due is None and ticket.resolved_at == clock.now()
    repair = register()
    with pytest.raises(TransitionRefused):
        answer_and_close(repair.id, "答复", operator=office.clerk, clock=clock)
