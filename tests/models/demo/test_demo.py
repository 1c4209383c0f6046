"""The demo office generator: what a user of the demo would notice if it were wrong —
times out of order, callbacks for unresolved tickets, unparseable rooms and phones,
deadlines different from the app's own — plus reproducibility, the refusal to build
over an existing office, and the `property-desk demo` command."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.cli import main
from models.codes import FINAL_STATUSES, OPEN_STATUSES, Kind
from models.demo import DemoOptions, build_demo_office, months_before
from models.demo.names import id_check_digit
from models.errors import ValidationError
from models.followup import Callback, SurveyCampaign, SurveyQuota, SurveyResponse, supervisor_count
from models.opening import open_database
from models.registers import Category, Community, HouseholdPhone, Room, normalise_id_number, normalise_phone
from models.schema import table_names
from models.store import DataFolder, close_database, database
from models.tickets import Ticket, apply_deadlines, next_ticket_number, suggest_priority
from tests.office import build_small_office

NOW = dt.datetime(2026, 11, 23, 10, 0)
SMALL = DemoOptions(households=120, months=6, tickets=1500, seed=7)
TINY = DemoOptions(households=40, months=2, tickets=150, seed=1)


def build(root: Path, options: DemoOptions, now: dt.datetime = NOW):
    open_database(DataFolder(root))
    try:
        return build_demo_office(options, now=now)
    finally:
        close_database()


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    build(root, SMALL)
    return root


@pytest.fixture
def demo(demo_root):
    """The module's demo office, opened for one test."""
    open_database(DataFolder(demo_root))
    yield demo_root
    close_database()


def rows(sql: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def dump_hash(root: Path) -> str:
    open_database(DataFolder(root))
    try:
        digest = hashlib.sha256()
        for table in table_names():
            for row in rows(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        close_database()


# --- times and the timeline ------------------------------------------------------------
def test_nothing_is_acknowledged_dispatched_or_resolved_before_it_was_received(demo):
    for column in ("acknowledged_at", "dispatched_at", "resolved_at", "called_back_at", "closed_at"):
        assert rows(f"SELECT count(*) FROM ticket WHERE {column} < received_at") == [(0,)], column


def test_resolved_comes_before_called_back_before_closed(demo):
    assert rows("SELECT count(*) FROM ticket WHERE called_back_at < resolved_at OR closed_at < called_back_at") == [
        (0,)
    ]
    assert rows("SELECT count(*) FROM ticket WHERE resolved_at < acknowledged_at") == [(0,)]


def test_times_are_whole_seconds(demo):
    for table in table_names():
        columns = [c for _, c, kind, *_ in rows(f'PRAGMA table_info("{table}")') if kind == "DATETIME"]
        for column in columns:
            assert rows(f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE \'%.%\'') == [(0,)], (table, column)


def test_everything_lies_before_now(demo):
    latest = rows("SELECT max(at) FROM ticket_event")[0][0]
    assert latest <= "2026-11-23 10:00:00"
    assert rows("SELECT count(*) FROM ticket WHERE received_at > '2026-11-23 10:00:00'") == [(0,)]


def test_every_ticket_starts_with_its_register_event_and_events_run_forward(demo):
    timelines: dict[int, list[tuple]] = {}
    for ticket_id, at, action in rows("SELECT ticket_id, at, action FROM ticket_event ORDER BY id"):
        timelines.setdefault(ticket_id, []).append((at, action))
    received = dict(rows("SELECT id, received_at FROM ticket"))
    assert set(timelines) == set(received)
    for ticket_id, events in timelines.items():
        assert events[0] == (received[ticket_id], "register")
        assert [at for at, _ in events] == sorted(at for at, _ in events)


def test_the_status_is_where_the_timeline_left_it(demo):
    last_status = dict(
        rows(
            "SELECT ticket_id, new_value FROM ticket_event e WHERE field = 'status' AND id = "
            "(SELECT max(id) FROM ticket_event WHERE ticket_id = e.ticket_id AND field = 'status')"
        )
    )
    for ticket_id, status, closed_at in rows("SELECT id, status, closed_at FROM ticket"):
        assert last_status[ticket_id] == status
        assert (closed_at is not None) == (status in FINAL_STATUSES)


def test_old_tickets_are_finished_and_recent_ones_are_spread_over_the_statuses_of_work(demo):
    old = Counter(s for (s,) in rows("SELECT status FROM ticket WHERE received_at < '2026-09-01'"))
    assert set(old) <= {"closed", "cancelled", "merged"}
    recent = {s for (s,) in rows("SELECT status FROM ticket WHERE received_at >= '2026-11-16'")}
    # about 60 tickets of the last week (1,500 over six months), most already closed: some
    # still open, some waiting for their callback; which open statuses varies with the draw
    assert recent & set(OPEN_STATUSES) and "resolved" in recent
    assert len(recent - set(FINAL_STATUSES)) >= 3


def test_cancelled_and_merged_tickets_give_a_reason(demo):
    for status, action in (("cancelled", "cancel"), ("merged", "merge")):
        notes = rows(
            "SELECT e.note FROM ticket t JOIN ticket_event e ON e.ticket_id = t.id WHERE t.status = ? AND e.action = ?",
            (status, action),
        )
        assert notes and all(note.strip() for (note,) in notes), status
    for number, note in rows(
        "SELECT d.number, e.note FROM ticket t JOIN ticket d ON d.id = t.merged_into_id "
        "JOIN ticket_event e ON e.ticket_id = t.id AND e.action = 'merge'"
    ):
        assert number in note


# --- callbacks, results, assignments ------------------------------------------------------
def test_callbacks_only_for_tickets_that_were_resolved(demo):
    resolves = dict(rows("SELECT ticket_id, count(*) FROM ticket_event WHERE action = 'resolve' GROUP BY ticket_id"))
    for ticket_id, callbacks in rows("SELECT ticket_id, count(*) FROM callback GROUP BY ticket_id"):
        assert callbacks <= resolves.get(ticket_id, 0)
    assert rows(
        "SELECT count(*) FROM callback c JOIN ticket t ON t.id = c.ticket_id WHERE c.done_at < t.received_at"
    ) == [(0,)]


def test_ratings_are_1_to_5_mostly_happy_and_unhappy_ones_reopen(demo):
    ratings = Counter(rating for (rating,) in rows("SELECT rating FROM callback WHERE rating IS NOT NULL"))
    assert set(ratings) <= {1, 2, 3, 4, 5}
    assert (ratings[4] + ratings[5]) / sum(ratings.values()) > 0.8
    unhappy = {t for (t,) in rows("SELECT ticket_id FROM callback WHERE rating <= 2 OR solved = 'no'")}
    reopened = {t for (t,) in rows("SELECT DISTINCT ticket_id FROM ticket_event WHERE action = 'reopen'")}
    assert unhappy and unhappy == reopened
    assert rows("SELECT count(*) FROM ticket WHERE reopen_count > 0") == [(len(reopened),)]


def test_done_callbacks_are_reached_and_pending_ones_wait_for_recent_resolutions(demo):
    assert rows("SELECT count(*) FROM callback WHERE status = 'done' AND (reached <> 1 OR rating IS NULL)") == [(0,)]
    for status, attempts in rows("SELECT status, attempts FROM callback WHERE status <> 'done'"):
        assert (status, attempts) in {("abandoned", 3)} or status == "pending" and attempts < 3
    assert rows("SELECT count(*) FROM callback c JOIN callback_attempt a ON a.callback_id = c.id") == rows(
        "SELECT sum(attempts) FROM callback"
    )


def test_the_supervisor_has_reviewed_all_but_the_last_weeks_flagged_callbacks(demo):
    # flagged: unhappy, partly solved, rating 3, or unreachable (the supervisor's list)
    flagged = rows("SELECT count(*) FROM callback WHERE flagged = 1")[0][0]
    waiting = rows("SELECT done_at FROM callback WHERE flagged = 1 AND reviewed_at IS NULL")
    assert flagged > 50
    # a real desk goes through them within days or a week or two: none older than two
    # months is left, and the status bar's count is the last weeks', not the whole history's
    assert all(done_at >= "2026-09-23" for (done_at,) in waiting)
    assert 0 < len(waiting) < flagged / 10
    assert supervisor_count() == len(waiting)
    assert rows("SELECT count(*) FROM callback WHERE flagged = 0 AND reviewed_at IS NOT NULL") == [(0,)]
    supervisors = {u for (u,) in rows("SELECT id FROM user WHERE role IN ('supervisor', 'manager')")}
    reviews = rows(
        "SELECT c.ticket_id, c.reviewed_at, c.reviewed_by_id, c.done_at FROM callback c WHERE c.reviewed_at IS NOT NULL"
    )
    events = Counter(
        rows("SELECT ticket_id, at, actor_id FROM ticket_event WHERE action = 'callback_review' AND field = ''")
    )
    # each review as mark_reviewed writes it: the callback's reviewer and time, and one
    # event on the ticket's timeline at that time by that supervisor, after the verdict
    assert events == Counter((ticket_id, at, by) for ticket_id, at, by, _ in reviews)
    for _ticket_id, reviewed_at, by, done_at in reviews:
        assert by in supervisors and done_at <= reviewed_at <= "2026-11-23 10:00:00"


def test_dispatched_tickets_go_to_the_categorys_department_and_results_follow_the_visit(demo):
    assert rows(
        "SELECT count(*) FROM assignment a JOIN ticket t ON t.id = a.ticket_id WHERE a.department_id <> t.department_id"
    ) == [(0,)]
    assert rows(
        "SELECT count(*) FROM ticket t JOIN category c ON c.id = t.category_id "
        "WHERE t.department_id <> c.default_department_id"
    ) == [(0,)]
    assert rows(
        "SELECT count(*) FROM work_result w JOIN ticket t ON t.id = w.ticket_id "
        "WHERE w.arrived_at > w.finished_at OR w.finished_at > w.entered_at OR w.arrived_at < t.received_at"
    ) == [(0,)]
    assert rows(
        "SELECT count(*) FROM ticket WHERE dispatched_at IS NOT NULL AND id NOT IN (SELECT ticket_id FROM assignment)"
    ) == [(0,)]


# --- what the app computes itself --------------------------------------------------------
def test_deadlines_are_the_ones_the_app_computes(demo):
    tickets = list(Ticket.select().order_by(Ticket.id))
    for ticket in tickets[::7] + [t for t in tickets if t.reopen_count or t.paused_seconds or t.paused_since]:
        stored = (ticket.ack_due, ticket.stage_reply_due, ticket.result_due, ticket.callback_due, ticket.next_due)
        with database.atomic() as transaction:
            computed = apply_deadlines(ticket)
            transaction.rollback()
        assert stored == (
            computed.ack_due,
            computed.stage_reply_due,
            computed.result_due,
            computed.callback_due,
            computed.next_due,
        ), ticket.number


def test_priority_follows_the_category_and_urgent_words_like_intake(demo):
    for category_id, description, priority in rows("SELECT category_id, description, priority FROM ticket"):
        assert suggest_priority(category_id, description) == priority, description


def test_new_tickets_continue_the_daily_sequence(demo):
    day, last = rows("SELECT day, last FROM daily_counter WHERE prefix = 'BX' ORDER BY day DESC LIMIT 1")[0]
    assert rows("SELECT count(*) FROM ticket WHERE number LIKE ?", (f"BX{day}-%",)) == [(last,)]
    with database.atomic() as transaction:
        number = next_ticket_number(Kind.REPAIR, dt.datetime.strptime(day, "%Y%m%d"))
        transaction.rollback()
    assert number == f"BX{day}-{last + 1:04d}"


# --- the register ------------------------------------------------------------------------
def test_room_codes_parse_and_phones_and_id_numbers_are_valid(demo):
    from models.registers import normalise_room_code

    codes = [room.code for room in Room.select()]
    assert codes and all(normalise_room_code(code) == code for code in codes)
    assert {room.kind for room in Room.select()} == {"residence", "shop", "public"}
    phones = [p.number for p in HouseholdPhone.select()]
    assert all(normalise_phone(number) == number for number in phones)
    reporters = [phone for (phone,) in rows("SELECT reporter_phone FROM ticket WHERE reporter_phone <> ''")]
    assert all(normalise_phone(phone) == phone for phone in reporters)
    ids = [i for (i,) in rows("SELECT id_number FROM household WHERE id_number <> ''")]
    assert ids and all(normalise_id_number(i) == i and id_check_digit(i[:17]) == i[17] for i in ids)


def test_the_office_has_two_communities_staff_in_every_department_and_chinese_users(demo):
    assert Community.select().count() == 2
    assert rows(
        "SELECT count(*) FROM community c WHERE NOT EXISTS "
        "(SELECT 1 FROM room r WHERE r.community_id = c.id AND r.kind = 'residence')"
    ) == [(0,)]
    assert rows(
        "SELECT count(*) FROM department d WHERE NOT EXISTS (SELECT 1 FROM staff s WHERE s.department_id = d.id)"
    ) == [(0,)]
    roles = dict(rows("SELECT role, count(*) FROM user GROUP BY role"))
    assert roles["clerk"] >= 3 and roles["supervisor"] >= 1 and ("manager" in roles or "admin" in roles)
    assert all("\u4e00" <= name[0] <= "\u9fff" for (name,) in rows("SELECT display_name FROM user"))
    assert rows("SELECT count(*) FROM household WHERE role = 'owner'")[0][0] >= SMALL.households


def test_one_survey_campaign_per_quarter_with_quotas_summing_to_the_target(demo):
    names = [c.name for c in SurveyCampaign.select().order_by(SurveyCampaign.starts_on)]
    assert names == ["2026年第三季度满意度调查", "2026年第四季度满意度调查"]  # Q2's started before the history
    for campaign in SurveyCampaign.select():
        quotas = sum(q.quota for q in SurveyQuota.select().where(SurveyQuota.campaign == campaign))
        assert quotas == campaign.target_size
        responses = SurveyResponse.select().where(SurveyResponse.campaign == campaign).count()
        assert 0 < responses <= campaign.target_size
        assert campaign.closed == (campaign.ends_on < NOW.date())
        numbers = [r.form_number for r in SurveyResponse.select().where(SurveyResponse.campaign == campaign)]
        assert sorted(numbers) == list(range(1, responses + 1))  # every paper form numbered once
        assert campaign.forms_printed >= responses


def test_the_summary_counts_what_was_written_and_the_connection_is_left_as_it_was(tmp_path):
    open_database(DataFolder(tmp_path / "d"))
    schema = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    try:
        before, cache = rows(schema), rows("PRAGMA cache_size")
        summary = build_demo_office(TINY, now=NOW)
        assert rows(schema) == before  # indexes and search triggers rebuilt exactly
        assert rows("PRAGMA cache_size") == cache  # the search index's larger cache given back
        assert rows("PRAGMA journal_mode") == [("wal",)] and rows("PRAGMA synchronous") == [(2,)]
        assert rows("PRAGMA temp_store") == [(2,)] and rows("PRAGMA foreign_keys") == [(1,)]
        assert summary.tickets == Ticket.select().count() == 150
        assert summary.callbacks == Callback.select().count()
        assert summary.events == rows("SELECT count(*) FROM ticket_event")[0][0]
        assert summary.open_tickets == Ticket.select().where(Ticket.status.in_(list(OPEN_STATUSES))).count()
        watched = [*OPEN_STATUSES, "resolved"]
        assert (
            summary.overdue_tickets == Ticket.select().where(Ticket.status.in_(watched), Ticket.next_due < NOW).count()
        )
        assert rows("SELECT count(*) FROM ticket_fts") == [(150,)]
        # the search index agrees with every ticket's text (FTS5 raises where it does not),
        # and the larger buffer it was filled with is FTS5's default again
        database.execute_sql("INSERT INTO ticket_fts (ticket_fts) VALUES ('integrity-check')")
        assert rows("SELECT k FROM ticket_fts_config") == [("version",)]
        assert rows("SELECT tickets FROM ticket_count") == [(150,)]  # the counter its trigger keeps
        assert rows("PRAGMA ignore_check_constraints") == [(0,)]
        assert rows("PRAGMA integrity_check") == [("ok",)] and rows("PRAGMA foreign_key_check") == []
    finally:
        close_database()


# --- seasons and peaks (a larger office, one year) ------------------------------------------
def test_leaks_peak_in_the_rainy_season_heating_in_winter_and_calls_in_office_hours(tmp_path):
    build(tmp_path / "y", DemoOptions(households=200, months=12, tickets=6000, seed=3))
    open_database(DataFolder(tmp_path / "y"))
    try:

        def share(category: str, months: tuple[str, ...]) -> float:
            category_id = Category.get(Category.name == category).id
            marks = ",".join("?" for _ in months)
            total, hits = rows(
                f"SELECT count(*), sum(category_id = ?) FROM ticket WHERE strftime('%m', received_at) IN ({marks})",
                (category_id, *months),
            )[0]
            return hits / total

        assert share("房屋渗漏", ("06", "07", "08")) > 2.5 * share("房屋渗漏", ("12", "01", "02"))
        assert share("水电暖", ("12", "01", "02")) > 1.5 * share("水电暖", ("06", "07", "08"))
        assert share("虫害", ("06", "07", "08")) > 2.5 * share("虫害", ("12", "01", "02"))
        hours = Counter(int(h) for (h,) in rows("SELECT strftime('%H', received_at) FROM ticket"))
        assert hours[10] > 5 * hours[3] and hours[15] > 1.5 * hours[12]
        weekdays = Counter(int(d) for (d,) in rows("SELECT strftime('%w', received_at) FROM ticket"))
        assert weekdays[1] > 1.5 * weekdays[0]
        kinds = Counter(k for (k,) in rows("SELECT kind FROM ticket"))
        assert 0.5 < kinds["repair"] / 6000 < 0.6 and 0.12 < kinds["complaint"] / 6000 < 0.18
    finally:
        close_database()


# --- reproducibility ----------------------------------------------------------------------
def test_the_same_seed_gives_the_same_office_and_another_seed_another(tmp_path):
    build(tmp_path / "a", TINY)
    build(tmp_path / "b", TINY)
    build(tmp_path / "c", DemoOptions(households=40, months=2, tickets=150, seed=2))
    assert dump_hash(tmp_path / "a") == dump_hash(tmp_path / "b")
    assert dump_hash(tmp_path / "a") != dump_hash(tmp_path / "c")


def test_the_later_days_generated_by_a_second_process_give_the_same_office(tmp_path, monkeypatch):
    import models.demo.tickets as generator

    options = DemoOptions(households=60, months=3, tickets=900, seed=4)
    build(tmp_path / "here", options)  # 900 tickets: the second part runs after the first, here
    monkeypatch.setattr(generator, "PARALLEL_FROM", 0)  # now beside it, in a forked process
    build(tmp_path / "beside", options)
    assert dump_hash(tmp_path / "here") == dump_hash(tmp_path / "beside")
    assert sorted(p.name for p in (tmp_path / "beside").iterdir() if "part" in p.name) == []
    open_database(DataFolder(tmp_path / "beside"))
    try:
        # the two parts meet without a seam: ticket and callback ids run on, numbers of a
        # day count 1, 2, 3 ... and the daily counter continues after the last of each day
        assert rows("SELECT min(id), max(id), count(*) FROM ticket") == [(1, 900, 900)]
        count, highest = rows("SELECT count(*), max(id) FROM callback")[0]
        assert count == highest and rows(
            "SELECT count(*) FROM callback_attempt a LEFT JOIN callback c ON c.id = a.callback_id WHERE c.id IS NULL"
        ) == [(0,)]
        sequences: dict[tuple[str, str], list[int]] = {}
        for (number,) in rows("SELECT number FROM ticket"):
            head, sequence = number.rsplit("-", 1)  # e.g. WX20261123-0007
            sequences.setdefault((head[:-8], head[-8:]), []).append(int(sequence))
        for sequence in sequences.values():
            assert sorted(sequence) == list(range(1, len(sequence) + 1))
        counters = {(p, d): last for p, d, last in rows("SELECT prefix, day, last FROM daily_counter")}
        assert counters == {key: len(sequence) for key, sequence in sequences.items()}
    finally:
        close_database()


def test_the_same_seed_gives_the_same_office_in_another_process(tmp_path):
    """Nothing may depend on Python's per-process string hashing (set order and the like)."""
    build(tmp_path / "here", TINY)
    command = [
        sys.executable,
        "-m",
        "desktop_app",
        "demo",
        "--data-dir",
        str(tmp_path / "there"),
        "--households",
        "40",
        "--months",
        "2",
        "--tickets",
        "150",
        "--seed",
        "1",
        "--now",
        "2026-11-23 10:00",
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONHASHSEED": "12345"}
    )
    assert result.returncode == 0, result.stderr
    assert dump_hash(tmp_path / "here") == dump_hash(tmp_path / "there")


# --- refusals and the command line -----------------------------------------------------------
@pytest.fixture
def chinese(monkeypatch):
    """The command's default language (the variable could be set where the tests run)."""
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)


def test_an_existing_office_is_refused_and_left_alone(folder):
    build_small_office()
    with pytest.raises(ValidationError) as refused:
        build_demo_office(TINY, now=NOW)
    assert "already holds an office" in refused.value.message
    assert Community.select().count() == 1 and Ticket.select().count() == 0


@pytest.mark.parametrize(
    "field, options",
    [
        ("households", DemoOptions(households=3)),
        ("months", DemoOptions(months=0)),
        ("tickets", DemoOptions(tickets=-1)),
    ],
)
def test_impossible_sizes_are_refused_before_anything_is_written(folder, field, options):
    with pytest.raises(ValidationError) as refused:
        build_demo_office(options, now=NOW)
    assert field in refused.value.problems
    assert Community.select().count() == 0


def test_if_empty_leaves_an_existing_office_alone(folder, capsys, chinese):
    build_small_office()
    close_database()
    assert main(["demo", "--data-dir", str(folder.root), "--if-empty", "--tickets", "10"]) == 0
    assert "中已有物业数据，未生成演示数据。" in capsys.readouterr().out
    open_database(folder)
    assert [c.name for c in Community.select()] == ["阳光花园"] and Ticket.select().count() == 0


def test_if_empty_leaves_a_damaged_file_to_the_gui_and_without_it_the_command_fails(tmp_path, capsys, chinese):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "property-desk.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--if-empty"]) == 0
    err = capsys.readouterr().err
    assert "未生成演示数据：数据文件" in err and "已损坏" in err
    assert main(["demo", "--data-dir", str(tmp_path / "d")]) == 2
    assert (tmp_path / "d" / "property-desk.sqlite3").read_bytes() == b"garbage" * 1000


def test_without_if_empty_the_command_refuses_an_existing_office(folder, capsys, chinese):
    build_small_office()
    close_database()
    assert main(["demo", "--data-dir", str(folder.root), "--tickets", "10"]) == 2
    assert "此数据文件中已有物业数据" in capsys.readouterr().err


def test_the_command_prints_every_problem_of_impossible_sizes(tmp_path, capsys, chinese):
    assert (
        main(["demo", "--data-dir", str(tmp_path / "x"), "--households", "3", "--months", "0", "--tickets", "5"]) == 2
    )
    problems = capsys.readouterr().err.splitlines()
    assert problems == ["请输入 10 到 200000 之间的住户数。", "请输入 1 到 120 之间的月数。"]
    close_database()


@pytest.mark.parametrize("order", ["after", "before"])
def test_demo_command_accepts_the_data_dir_before_or_after(tmp_path, capsys, chinese, order):
    target = tmp_path / order
    options = ["--households", "30", "--months", "1", "--tickets", "40", "--seed", "5", "--now", "2026-11-23 10:00"]
    argv = (
        ["demo", "--data-dir", str(target), *options]
        if order == "after"
        else ["--data-dir", str(target), "demo", *options]
    )
    try:
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "工单 40 张" in out and "小区 2 个" in out
        open_database(DataFolder(target))
        assert Ticket.select().count() == 40
        assert rows("SELECT max(received_at) FROM ticket")[0][0] <= "2026-11-23 10:00:00"
    finally:
        close_database()


def test_a_bad_now_is_refused_by_the_command(tmp_path, capsys, chinese):
    with pytest.raises(SystemExit):
        main(["demo", "--data-dir", str(tmp_path / "x"), "--now", "tomorrow"])
    assert "时间应为 YYYY-MM-DD HH:MM 格式，收到的是“tomorrow”。" in capsys.readouterr().err


def test_property_desk_lang_en_gives_the_demo_command_in_english(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PROPERTY_DESK_LANG", "en")
    options = ["--households", "30", "--months", "1", "--tickets", "40", "--seed", "5", "--now", "2026-11-23 10:00"]
    try:
        assert main(["demo", "--data-dir", str(tmp_path / "en"), *options]) == 0
        out = capsys.readouterr().out
        assert "(40 tickets up to 2026-11-23 10:00)" in out
        assert "Tickets 40 (" in out and "Communities 2," in out
    finally:
        close_database()


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert months_before(dt.date(2026, 11, 23), 24) == dt.date(2024, 11, 23)
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 1) == dt.date(2025, 12, 15)
