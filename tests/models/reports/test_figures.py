"""The figures of March 2026 in the hand-built office of report_office.py, each worked
out by hand from the ticket table in that module's docstring."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.reports import (
    GREEN,
    NO_DATA,
    RED,
    building_scope,
    community_scope,
    month,
    parse_month,
    quarter,
    report_figures,
    year,
)
from tests.models.reports.report_office import NOW, at


def kpi(figures, key):
    return figures.kpi(key)


def test_received_leaves_out_cancelled_and_merged_tickets(march, report_office):
    # registered in March: T1-T10, T12, T14 = 12; T9 cancelled, T10 merged → 10 received
    volume = march.volume
    assert (volume.registered, volume.cancelled, volume.merged, volume.received) == (12, 1, 1, 10)
    assert report_office.names_of(volume.drills["received"].ticket_ids) == {
        "T1",
        "T2",
        "T3",
        "T4",
        "T5",
        "T6",
        "T7",
        "T8",
        "T12",
        "T14",
    }
    assert report_office.names_of(volume.drills["cancelled"].ticket_ids) == {"T9"}


def test_resolution_rate_counts_resolutions_before_the_month_ends(march, report_office):
    # resolved before 04-01: T1 T2 T3 T4 T5 T6 T14 = 7 of 10 → 70 %; T7 (received 03-31 22:00,
    # resolved 04-02) crosses the month's end and is not resolved in March
    figure = kpi(march, "resolution_rate")
    assert (figure.numerator, figure.denominator, figure.value) == (7, 10, 70.0)
    assert figure.rating == RED and figure.target == 95.0
    assert report_office.names_of(figure.misses.ticket_ids) == {"T7", "T8", "T12"}


def test_acknowledged_in_time(march, report_office):
    # late: T2 (10:00 > due 09:30) and T8 (11:00 > due 10:00) → 8 of 10 = 80 %; T7 was
    # acknowledged on 04-01 08:00, before its deadline 04-01 22:00, so it counts as in time
    figure = kpi(march, "ack_in_time")
    assert (figure.numerator, figure.denominator, figure.value) == (8, 10, 80.0)
    assert report_office.names_of(figure.misses.ticket_ids) == {"T2", "T8"}


def test_average_handling_time_runs_to_the_last_resolution_of_a_reopened_ticket(march, report_office):
    # T1 24 h, T2 120 h (03-16 09:30 → 03-21 09:30, its resolution after the reopening),
    # T3 38 h, T4 4 h, T5 176 h (03-23 09:00 → 03-30 17:00, pauses included), T6 0.1 h, T14 24 h
    # = 386.1 h over 7 → 55.157 h; above 48 h → red; more than 24 h: T2 T3 T5
    figure = kpi(march, "handling_hours")
    assert figure.numerator == pytest.approx(386.1)
    assert figure.value == pytest.approx(386.1 / 7)
    assert figure.rating == RED
    assert report_office.names_of(figure.misses.ticket_ids) == {"T2", "T3", "T5"}


def test_complaint_rate_is_per_household_served(march, report_office):
    # households served: 1-1-101, 1-1-102, 2-1-201, A-1-101 = 4 (2-1-202 is vacant);
    # complaints T3 and T7 from 1-1-102, T8 from the vacant room → 1 household of 4 = 25 %
    figure = kpi(march, "complaint_rate")
    assert (figure.numerator, figure.denominator, figure.value) == (1, 4, 25.0)
    assert report_office.names_of(figure.drill.ticket_ids) == {"T3", "T7"}


def test_callback_satisfaction_counts_every_rated_callback(march, report_office):
    # ratings: T1 5, T2 2 (that reopened it), T3 4, T4 3, T5 5 → 3 of 5 rated 4-5 = 60 %
    figure = kpi(march, "satisfaction")
    assert (figure.numerator, figure.denominator, figure.value) == (3, 5, 60.0)
    assert report_office.names_of(figure.misses.ticket_ids) == {"T2", "T4"}


def test_callback_rate_within_policy(march, report_office):
    # resolved and due for a callback (T6 is an inquiry): T1 T2 T3 T4 T5 T14 = 6.
    # in time: T1, T3, T5. T2's callback after its last resolution is still pending past its
    # deadline 03-28, T4 was called on 03-20 after its deadline 03-16, T14 was given up → 3/6 = 50 %
    figure = kpi(march, "callback_rate")
    assert (figure.numerator, figure.denominator, figure.value) == (3, 6, 50.0)
    assert report_office.names_of(figure.misses.ticket_ids) == {"T2", "T4", "T14"}


def test_survey_score_of_forms_entered_in_the_month(march):
    # March forms: 5 + 4 + 3 = 12 over 3 answers → mean 4 → (4 − 1) / 4 × 100 = 75; February's 1 is left out
    figure = kpi(march, "survey_score")
    assert figure.value == pytest.approx(75.0)
    assert march.survey_forms == 2


def test_volume_changes_and_trend(march):
    # February 2026: T11, T13 → 2; March 2025: T15 → 1
    volume = march.volume
    assert (volume.previous, volume.year_before) == (2, 1)
    assert volume.change == pytest.approx(400.0)  # (10 - 2) / 2
    assert volume.year_change == pytest.approx(900.0)  # (10 - 1) / 1
    assert [p.month for p in volume.trend][0] == "2025-04" and len(volume.trend) == 12
    assert {p.month: p.count for p in volume.trend if p.count} == {"2026-02": 2, "2026-03": 10}


def test_kinds_and_categories_with_their_change(march):
    kinds = {row.key: (row.count, row.previous) for row in march.kinds}
    assert kinds == {"repair": (6, 2), "complaint": (3, 0), "inquiry": (1, 0), "suggestion": (0, 0), "praise": (0, 0)}
    categories = {row.label: (row.count, row.previous) for row in march.categories}
    assert categories == {
        "电梯": (3, 1),
        "水电暖": (2, 1),
        "噪音": (2, 0),
        "楼道卫生": (1, 0),
        "门窗": (1, 0),
        "物业费": (1, 0),
    }
    assert march.categories[0].label == "电梯" and march.categories[0].group == "维修"
    assert march.categories[0].change == pytest.approx(200.0)


def test_timeliness_per_stage_and_paused_time(march, report_office):
    timeliness = march.timeliness
    stages = {row.stage: (row.measured, row.in_time) for row in timeliness.stages}
    # stage reply: only T4 is urgent, replied 08:35 before 08:40; result: T5 resolved 03-30 after 03-27 02:00
    assert stages == {"ack": (10, 8), "stage_reply": (1, 1), "result": (7, 6), "callback": (6, 3)}
    result = next(row for row in timeliness.stages if row.stage == "result")
    assert report_office.names_of(result.misses.ticket_ids) == {"T5"}
    # acknowledge times: 1 + 24.5 + 0.5 + 1/6 + 0.5 + 0.1 + 10 + 25 + 0.5 + 1/6 = 62.4333 h over 10
    assert timeliness.average_ack_hours == pytest.approx(6.243333, abs=1e-5)
    # paused: T5 2 h, T12 1 h before plus 03-28 10:00 → 04-01 00:00 still paused (86 h) = 87 h
    assert timeliness.paused_tickets == 2
    assert timeliness.paused_hours == pytest.approx(89.0)
    assert timeliness.average_paused_hours == pytest.approx(44.5)
    assert report_office.names_of(timeliness.paused_drill.ticket_ids) == {"T5", "T12"}


def test_callbacks_section(march, report_office):
    callbacks = march.callbacks
    # finished: T1 T2(first) T3 T4 T5 done, T14 given up = 6; T2's second is pending
    assert (callbacks.made, callbacks.reached, callbacks.unreached) == (6, 5, 1)
    assert (callbacks.rated, callbacks.satisfied, callbacks.satisfaction) == (5, 3, 60.0)
    # dissatisfied: T2 (2, not solved) and T4 (3, partly solved); only T2's reopens
    assert callbacks.dissatisfied == 2
    assert {(row.category, row.count) for row in callbacks.reasons} == {("水电暖", 1), ("电梯", 1)}
    assert [row.comment for row in callbacks.comments] == ["还是漏水", "电梯还有异响"]
    assert report_office.names_of(callbacks.reopened.ticket_ids) == {"T2"}
    assert (callbacks.due, callbacks.in_time, callbacks.rate) == (6, 3, 50.0)


def test_repeat_complaints_look_back_thirty_days_and_skip_cancelled_and_merged(march, report_office):
    # T1 follows T11 (02-20, 10 days), T2 follows T1, T5 follows T4, T7 follows T3 (24 days);
    # T10 (merged) is no base for anything and T12 does not follow the cancelled T9
    assert report_office.names_of(march.repeat_drill.ticket_ids) == {"T1", "T2", "T5", "T7"}
    rows = {(row.room, row.category): row for row in march.repeats}
    assert set(rows) == {("1-1-101", "水电暖"), ("1-1-102", "噪音"), ("2-1-201", "电梯")}
    first = rows[("1-1-101", "水电暖")]
    assert (first.owner, first.repeats, first.numbers) == ("王建国", 2, ["T11", "T01", "T02"])
    assert first.dates == [at("02-20 08:00"), at("03-02 09:00"), at("03-16 09:30")]


def test_departments_and_crews(march):
    rows = {row.name: row for row in march.departments}
    engineering = rows["工程维修"]
    # T1 T2 T4 T5 T12 T14 = 6; resolved 5, (24 + 120 + 4 + 176 + 24) / 5 = 69.6 h; T5 late → 4/5;
    # ratings 5, 2, 3, 5 → 2 of 4 satisfied; reopened T2 → 1 of 6
    assert (engineering.count, engineering.resolved, engineering.on_time) == (6, 5, 4)
    assert engineering.average_hours == pytest.approx(69.6)
    assert (engineering.sla_percent, engineering.satisfaction) == (80.0, 50.0)
    assert engineering.reopen_percent == pytest.approx(100 / 6)
    assert (rows["安保"].count, rows["安保"].resolved, rows["安保"].average_hours) == (2, 1, 38.0)
    assert rows["保洁"].sla_percent is None  # nothing resolved
    crews = {row.name: (row.count, row.resolved, row.reopened) for row in march.crews}
    assert crews == {"赵师傅": (5, 5, 1), "孙阿姨": (1, 0, 0)}


def test_peaks_monday_mornings(march, report_office):
    # T1 (03-02), T2 (03-16) and T5 (03-23) arrived on Mondays between 09:00 and 09:59
    top = march.peaks.busiest[0]
    assert (top.weekday, top.hour, top.count) == (0, 9, 3)
    assert report_office.names_of(top.drill.ticket_ids) == {"T1", "T2", "T5"}
    assert sum(map(sum, march.peaks.grid)) == 10


def test_busiest_buildings_and_their_categories(march):
    rows = [(row.name, row.count, row.categories) for row in march.buildings]
    assert rows == [
        ("阳光花园 1", 4, [("噪音", 2), ("水电暖", 2)]),
        ("阳光花园 2", 4, [("电梯", 3), ("楼道卫生", 1)]),
        ("翠湖苑 A", 2, [("物业费", 1), ("门窗", 1)]),
    ]


def test_communities_side_by_side(march):
    rows = {row.name: row for row in march.communities}
    # 阳光花园: 8 received, 6 resolved = 75 %; complaint rate 1 of 3 households; survey mean 4.5 → 87.5
    assert (rows["阳光花园"].received, rows["阳光花园"].kpis["resolution_rate"]) == (8, 75.0)
    assert rows["阳光花园"].kpis["complaint_rate"] == pytest.approx(100 / 3)
    assert rows["阳光花园"].kpis["survey_score"] == pytest.approx(87.5)
    assert (rows["阳光花园"].repeats, rows["阳光花园"].overdue) == (4, 2)
    # 翠湖苑: T6 resolved, T12 paused → 50 %; survey 3 → (3 − 1) / 4 × 100 = 50; no callbacks due
    assert (rows["翠湖苑"].received, rows["翠湖苑"].kpis["resolution_rate"]) == (2, 50.0)
    assert rows["翠湖苑"].kpis["survey_score"] == pytest.approx(50.0)
    assert rows["翠湖苑"].kpis["callback_rate"] is None


def test_early_warning(march, report_office):
    found = {(row.reason, row.place, row.category): (row.count, row.previous) for row in march.warnings}
    # rooms: two 水电暖 repairs in 1-1-101, two lift repairs in 2-1-201; building 2: lifts 3 against 1 in February
    assert found == {
        ("repeating", "1-1-101", "水电暖"): (2, None),
        ("repeating", "2-1-201", "电梯"): (2, None),
        ("rising", "阳光花园 2", "电梯"): (3, 1),
    }
    rising = next(row for row in march.warnings if row.reason == "rising")
    assert report_office.names_of(rising.drill.ticket_ids) == {"T4", "T5", "T14"}


def test_overdue_at_the_months_end_with_age(march, report_office):
    # at 04-01 00:00: T11 (received 02-20 08:00, result due 02-25) and T8 (due 03-17) were open and late;
    # T12 is paused (no result deadline), T7's deadlines had not passed
    rows = [(row.number, row.stage, row.age_hours) for row in march.overdue]
    # ages: 02-20 08:00 → 04-01 00:00 = 39 days 16 h = 952 h; 03-12 10:00 → 04-01 00:00 = 470 h
    assert rows == [("T11", "result", 952.0), ("T08", "result", 470.0)]
    assert report_office.names_of(march.overdue_drill.ticket_ids) == {"T11", "T8"}


def test_an_empty_month_has_no_figures_rather_than_zeros(report_office):
    figures = report_figures(month(dt.date(2026, 1, 1)), now=NOW)
    assert figures.volume.received == 0 and figures.volume.previous == 0 and figures.volume.change is None
    assert all(k.value is None and k.rating == NO_DATA for k in figures.kpis if k.key != "complaint_rate")
    assert kpi(figures, "complaint_rate").value == 0.0 and kpi(figures, "complaint_rate").rating == GREEN
    assert figures.repeats == [] and figures.warnings == [] and figures.overdue == []
    assert figures.callbacks.made == 0 and figures.timeliness.average_ack_hours is None


def test_a_month_without_callbacks(report_office):
    # February: T11 (open until 04-03) and T13 (resolved 02-11, callback due 02-18 never made)
    figures = report_figures(month(dt.date(2026, 2, 1)), now=NOW)
    assert figures.volume.received == 2
    assert kpi(figures, "satisfaction").value is None
    callback = kpi(figures, "callback_rate")
    assert (callback.numerator, callback.denominator, callback.value) == (0, 1, 0.0)
    assert report_office.names_of(callback.misses.ticket_ids) == {"T13"}
    assert figures.callbacks.made == 0
    # at 03-01 00:00 T11 was overdue (result due 02-25), age 02-20 08:00 → 03-01 00:00 = 208 h
    assert [(row.number, row.age_hours) for row in figures.overdue] == [("T11", 208.0)]


def test_a_community_and_a_building(report_office):
    cuihu = report_figures(month(dt.date(2026, 3, 1)), community_scope(name="翠湖苑"), now=NOW)
    assert report_office.names_of(cuihu.volume.drills["received"].ticket_ids) == {"T6", "T12"}
    assert cuihu.communities == []
    # served: A-1-101 only, no complaints
    assert (kpi(cuihu, "complaint_rate").denominator, kpi(cuihu, "complaint_rate").value) == (1, 0.0)
    building = report_figures(month(dt.date(2026, 3, 1)), building_scope(report_office.buildings["2"].id), now=NOW)
    assert report_office.names_of(building.volume.drills["received"].ticket_ids) == {"T4", "T5", "T8", "T14"}
    assert report_office.names_of(building.overdue_drill.ticket_ids) == {"T8"}
    assert building.scope.name == "阳光花园 2"


def test_a_quarter_and_a_year(report_office):
    first = report_figures(quarter(2026, 1), now=NOW)
    assert first.period.label == "2026-Q1"
    assert first.volume.received == 12  # 10 in March, 2 in February
    assert first.volume.previous == 0  # 2025-Q4
    assert report_figures(year(2025), now=NOW).volume.received == 1


def test_periods_before_and_labels():
    march = parse_month("2026-03")
    assert (march.first, march.last, march.label) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31), "2026-03")
    assert march.previous().label == "2026-02" and march.year_before().label == "2025-03"
    assert quarter(2026, 1).previous().label == "2025-Q4"
    assert year(2026).previous().label == "2025"
    with pytest.raises(ValidationError):
        parse_month("2026-13")
