"""Working-day arithmetic on China's 2026 calendar and the SLA deadlines built on it.

2026 as published (chinesecalendar): New Year 1–3 Jan with Sunday 4 Jan worked;
Mid-autumn 25–27 Sep with Sunday 20 Sep worked; National Day 1–7 Oct with Saturday
10 Oct worked. The package's data ends with 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.clock import SystemClock
from models.codes import DeadlineUnit
from models.office import User
from models.service_levels import (
    OverrideData,
    WorkingCalendar,
    deadlines_for,
    default_policy,
    list_overrides,
    load_calendar,
)
from models.tickets import delete_override, save_override

T = dt.datetime
NORMAL_REPAIR = default_policy("repair", "normal")
URGENT_REPAIR = default_policy("repair", "urgent")


@pytest.fixture
def calendar() -> WorkingCalendar:
    return WorkingCalendar()


def result_due(calendar, received):
    return deadlines_for("repair", "normal", received, calendar=calendar, policy=NORMAL_REPAIR).result_due


def test_official_days_holidays_and_makeup_days(calendar):
    assert not calendar.is_workday(dt.date(2026, 10, 1))  # National Day, a Thursday
    assert calendar.is_workday(dt.date(2026, 10, 10))  # Saturday worked for National Day
    assert calendar.is_workday(dt.date(2026, 1, 4))  # Sunday worked for New Year
    assert not calendar.is_workday(dt.date(2026, 11, 22))  # an ordinary Sunday
    assert calendar.holiday_name(dt.date(2026, 10, 5)) == "National Day"
    assert calendar.is_makeup_workday(dt.date(2026, 9, 20))


def test_received_the_evening_before_national_day(calendar):
    # 1–7 Oct off; Thu 8, Fri 9, Sat 10 (worked) are the three working days.
    deadlines = deadlines_for("repair", "normal", T(2026, 9, 30, 20, 0), calendar=calendar, policy=NORMAL_REPAIR)
    assert deadlines.result_due == T(2026, 10, 10, 23, 59, 59)
    assert deadlines.ack_due == T(2026, 10, 1, 20, 0)  # 24 clock hours: the desk is staffed on holidays
    assert deadlines.next_due == deadlines.ack_due and deadlines.next_kind == "ack"


def test_received_on_a_holiday(calendar):
    assert result_due(calendar, T(2026, 10, 3, 11, 30)) == T(2026, 10, 10, 23, 59, 59)


def test_received_on_a_makeup_saturday(calendar):
    # The day of receipt never counts; then Mon 12, Tue 13, Wed 14.
    assert result_due(calendar, T(2026, 10, 10, 9, 0)) == T(2026, 10, 14, 23, 59, 59)


def test_received_before_a_makeup_sunday(calendar):
    # Fri 18 Sep: Sun 20 (worked), Mon 21, Tue 22.
    assert result_due(calendar, T(2026, 9, 18, 16, 0)) == T(2026, 9, 22, 23, 59, 59)


def test_received_at_2359_counts_from_the_next_day(calendar):
    # Friday 20 Nov 23:59: Mon 23, Tue 24, Wed 25 — the same as Saturday morning.
    assert result_due(calendar, T(2026, 11, 20, 23, 59)) == T(2026, 11, 25, 23, 59, 59)
    assert result_due(calendar, T(2026, 11, 21, 0, 0)) == T(2026, 11, 25, 23, 59, 59)


def test_urgent_at_2359_crosses_midnight(calendar):
    deadlines = deadlines_for("repair", "urgent", T(2026, 11, 20, 23, 59), calendar=calendar, policy=URGENT_REPAIR)
    assert deadlines.ack_due == T(2026, 11, 21, 0, 29)
    assert deadlines.stage_reply_due == T(2026, 11, 21, 0, 29)


def test_received_at_new_year_2026(calendar):
    # 31 Dec 2025 23:59: 1–3 Jan off, Sun 4 Jan worked, Mon 5, Tue 6.
    assert result_due(calendar, T(2025, 12, 31, 23, 59)) == T(2026, 1, 6, 23, 59, 59)
    assert not deadlines_for(
        "repair", "normal", T(2025, 12, 31, 23, 59), calendar=calendar, policy=NORMAL_REPAIR
    ).estimated


def test_past_the_official_data_falls_back_to_monday_to_friday_and_says_so(calendar):
    assert calendar.official_data_until() == dt.date(2026, 12, 31)
    assert calendar.is_estimated(dt.date(2027, 1, 1))
    assert not calendar.is_estimated(dt.date(2026, 12, 31))
    # 1 Jan 2027 is a Friday: without data it counts as a working day (Fri 1, Mon 4, Tue 5).
    deadlines = deadlines_for("repair", "normal", T(2026, 12, 31, 23, 59), calendar=calendar, policy=NORMAL_REPAIR)
    assert deadlines.result_due == T(2027, 1, 5, 23, 59, 59)
    assert deadlines.estimated


def test_office_override_replaces_the_estimate():
    calendar = WorkingCalendar({dt.date(2027, 1, 1): False})
    assert not calendar.is_estimated(dt.date(2027, 1, 1))
    assert calendar.add_working_days(T(2026, 12, 31, 23, 59), 3) == T(2027, 1, 6, 23, 59, 59)


def test_paused_time_is_given_back_in_working_time(calendar):
    # Due Wed 25 Nov 23:59:59; paused Fri 20 Nov 10:00–12:00 (2 working hours) → Thu 26 Nov 01:59:59.
    policy = NORMAL_REPAIR
    paused = deadlines_for(
        "repair",
        "normal",
        T(2026, 11, 20, 9, 0),
        calendar=calendar,
        policy=policy,
        pauses=[(T(2026, 11, 20, 10, 0), T(2026, 11, 20, 12, 0))],
    )
    assert paused.result_due == T(2026, 11, 26, 1, 59, 59)
    # Due Fri 27 Nov 23:59:59 (received Tue 24); one working hour paused skips the weekend → Mon 30 00:59:59.
    weekend = deadlines_for(
        "repair",
        "normal",
        T(2026, 11, 24, 9, 0),
        calendar=calendar,
        policy=policy,
        pauses=[(T(2026, 11, 24, 10, 0), T(2026, 11, 24, 11, 0))],
    )
    assert weekend.result_due == T(2026, 11, 30, 0, 59, 59)
    # A pause over the weekend alone (Sat 28 – Sun 29 Nov) gives nothing back.
    idle = deadlines_for(
        "repair",
        "normal",
        T(2026, 11, 24, 9, 0),
        calendar=calendar,
        policy=policy,
        pauses=[(T(2026, 11, 28, 0, 0), T(2026, 11, 30, 0, 0))],
    )
    assert idle.result_due == T(2026, 11, 27, 23, 59, 59)


def test_working_seconds_between_counts_working_days_only(calendar):
    # Fri 20 Nov 2026 18:00 → Mon 23 Nov 09:00: 6 h on Friday, 9 h on Monday.
    assert calendar.working_seconds_between(T(2026, 11, 20, 18, 0), T(2026, 11, 23, 9, 0)) == 15 * 3600
    # 30 Sep 20:00 → 8 Oct 08:00 2026: 4 h on 30 Sep, 1–7 Oct off, 8 h on Thu 8 Oct.
    assert calendar.working_seconds_between(T(2026, 9, 30, 20, 0), T(2026, 10, 8, 8, 0)) == 12 * 3600


def test_a_paused_ticket_has_no_result_deadline(calendar):
    deadlines = deadlines_for(
        "repair",
        "normal",
        T(2026, 11, 20, 9, 0),
        calendar=calendar,
        policy=NORMAL_REPAIR,
        status="acknowledged",
        acknowledged_at=T(2026, 11, 20, 9, 5),
        paused_since=T(2026, 11, 20, 10, 0),
    )
    assert deadlines.result_due is None and deadlines.next_due is None


def test_callback_counts_calendar_days_from_resolution(calendar):
    deadlines = deadlines_for(
        "repair",
        "normal",
        T(2026, 11, 20, 9, 0),
        calendar=calendar,
        policy=NORMAL_REPAIR,
        status="resolved",
        acknowledged_at=T(2026, 11, 20, 9, 5),
        resolved_at=T(2026, 11, 23, 15, 0),
    )
    assert deadlines.callback_due == T(2026, 11, 30, 23, 59, 59)
    assert deadlines.next_due == deadlines.callback_due and deadlines.next_kind == "callback"


def test_hour_policies_are_clock_time(calendar):
    policy = NORMAL_REPAIR.__class__(
        **{**NORMAL_REPAIR.__dict__, "result_amount": 48, "result_unit": DeadlineUnit.HOURS}
    )
    deadlines = deadlines_for(
        "repair",
        "normal",
        T(2026, 9, 30, 20, 0),
        calendar=calendar,
        policy=policy,
        pauses=[(T(2026, 10, 1, 9, 0), T(2026, 10, 1, 9, 10))],  # on a holiday: hours are clock time
    )
    assert deadlines.result_due == T(2026, 10, 2, 20, 10)


def test_office_overrides_are_stored_and_read_back(folder):
    manager = {
        "operator": User.create(username="manager", display_name="周经理", role="manager"),
        "clock": SystemClock(),
    }
    save_override(OverrideData(dt.date(2027, 1, 1), False, "元旦"), **manager)
    save_override(OverrideData(dt.date(2027, 2, 7), True, "春节调休"), **manager)
    save_override(OverrideData(dt.date(2027, 1, 1), False, "元旦（预估）"), **manager)
    assert [(o.day, o.is_workday, o.note) for o in list_overrides()] == [
        (dt.date(2027, 1, 1), False, "元旦（预估）"),
        (dt.date(2027, 2, 7), True, "春节调休"),
    ]
    calendar = load_calendar()
    assert not calendar.is_workday(dt.date(2027, 1, 1)) and calendar.is_workday(dt.date(2027, 2, 7))
    delete_override(dt.date(2027, 2, 7), **manager)
    assert not load_calendar().is_workday(dt.date(2027, 2, 7))  # a Sunday again


@settings(max_examples=200, deadline=None)
@given(start=st.datetimes(min_value=T(2024, 1, 1), max_value=T(2027, 12, 31)), days=st.integers(1, 15))
def test_add_working_days_ends_on_the_nth_working_day_after_receipt(start, days):
    calendar = WorkingCalendar()
    due = calendar.add_working_days(start, days)
    assert due.time() == dt.time(23, 59, 59) and calendar.is_workday(due.date())
    between = [start.date() + dt.timedelta(days=k) for k in range(1, (due.date() - start.date()).days + 1)]
    assert sum(calendar.is_workday(day) for day in between) == days


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date(2004, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_within_the_official_data_the_package_decides(day):
    import chinese_calendar

    assert WorkingCalendar().is_workday(day) == chinese_calendar.is_workday(day)
