"""The registry's queries on the small office: filters, sorting, paging, counts, the quick
search over Chinese substrings kept in step with edits, presets, and the detail view."""

from __future__ import annotations

import datetime as dt

import pytest

from models.codes import Status
from models.errors import NotFound, ValidationError
from models.registers import Department, Household, Room
from models.tickets import (
    SORT_COLUMNS,
    Action,
    RegistryFilter,
    Ticket,
    count_tickets,
    delete_preset,
    fetch_page,
    filter_options,
    find_ticket_ids,
    footer_counts,
    list_presets,
    save_preset,
    ticket_detail,
    transition,
)
from tests.models.tickets.conftest import category_id
from tests.office import OFFICE_NOW


@pytest.fixture
def five(office, register, clock):
    """Five tickets an hour apart, 06:00–10:00 on 23 Nov; the 07:00 one is urgent."""
    clock.advance(hours=-4)
    made = {}
    for key, room, category, kind, description, phone in [
        ("leak", "3-2-1501", "房屋渗漏", "repair", "卫生间天花板渗水，墙皮脱落", "13812345678"),
        ("pipe", "3-2-1502", "水电暖", "repair", "厨房水管爆裂，水流了一地", "010-62345678"),
        ("noise", "5-1-0302", "噪音", "complaint", "楼上装修噪音太大", "18600001111"),
        ("fee", "5-1-0303", "物业费", "inquiry", "物业费发票怎么开", "17722223333"),
        ("door", "3-1-0101", "门窗", "repair", "入户门锁芯坏了", "15011112222"),
    ]:
        priority = "urgent" if key == "pipe" else "normal"
        made[key] = register(
            room=room, category=category, kind=kind, description=description, reporter_phone=phone, priority=priority
        )
        clock.advance(hours=1)
    clock.advance(hours=-1)
    return made


def numbers(rows):
    return [row.number for row in rows]


def test_newest_first_with_display_fields(five):
    rows = fetch_page(RegistryFilter(), now=OFFICE_NOW)
    assert [r.description[:4] for r in rows] == ["入户门锁", "物业费发", "楼上装修", "厨房水管", "卫生间天"]
    pipe = rows[3]
    assert (pipe.room, pipe.category, pipe.reporter, pipe.phone_masked) == (
        "3-2-1502",
        "水电暖",
        "李秀英",
        "010-62****78",
    )
    assert pipe.received_text == "2026-11-23 07:00" and pipe.status == "new" and pipe.priority == "urgent"
    # Urgent: acknowledge within 30 minutes of 07:00 — two and a half hours overdue at 10:00.
    assert pipe.next_due_text == "2026-11-23 07:30" and pipe.next_kind == "ack"
    assert pipe.overdue and pipe.time_left == -dt.timedelta(hours=2, minutes=30)
    leak = rows[4]
    assert not leak.overdue and leak.time_left == dt.timedelta(hours=20)


def test_filters(five, office):
    assert count_tickets(RegistryFilter(kinds=["complaint"]), OFFICE_NOW) == 1
    assert count_tickets(RegistryFilter(priorities=["urgent"]), OFFICE_NOW) == 1
    assert count_tickets(RegistryFilter(category_ids=[category_id("噪音"), category_id("门窗")]), OFFICE_NOW) == 2
    from models.registers import Category

    repairs_group = Category.get(Category.name == "维修", Category.parent.is_null()).id
    assert count_tickets(RegistryFilter(category_ids=[repairs_group]), OFFICE_NOW) == 3
    building_5 = office.rooms["5-1-0302"].building_id
    assert numbers(fetch_page(RegistryFilter(building_ids=[building_5]), now=OFFICE_NOW)) == [
        five["fee"].number,
        five["noise"].number,
    ]
    assert count_tickets(RegistryFilter(overdue_only=True), OFFICE_NOW) == 1
    assert count_tickets(RegistryFilter(mine_user_id=office.clerk.id), OFFICE_NOW) == 5
    assert count_tickets(RegistryFilter(mine_user_id=office.supervisor.id), OFFICE_NOW) == 0
    window = RegistryFilter(received_from=dt.datetime(2026, 11, 23, 7, 0), received_to=dt.datetime(2026, 11, 23, 8, 0))
    assert count_tickets(window, OFFICE_NOW) == 2
    assert (
        count_tickets(
            RegistryFilter(received_from=dt.date(2026, 11, 23), received_to=dt.date(2026, 11, 23)), OFFICE_NOW
        )
        == 5
    )
    assert count_tickets(RegistryFilter(received_to=dt.date(2026, 11, 22)), OFFICE_NOW) == 0


def test_status_and_department_filters(five, office, clock):
    engineering = Department.get(Department.code == "engineering")
    ticket = Ticket.get_by_id(five["door"].id)
    ticket.department = engineering
    transition(ticket, Action.DISPATCH, operator=office.supervisor, at=clock.now())
    assert numbers(fetch_page(RegistryFilter(statuses=[Status.DISPATCHED]), now=OFFICE_NOW)) == [five["door"].number]
    assert count_tickets(RegistryFilter(department_ids=[engineering.id]), OFFICE_NOW) == 1
    assert count_tickets(RegistryFilter(statuses=[Status.NEW]), OFFICE_NOW) == 4


def test_sorting_and_paging(five):
    by_priority = fetch_page(RegistryFilter(), now=OFFICE_NOW, sort="priority", descending=True)
    assert by_priority[0].priority == "urgent"
    by_due = fetch_page(RegistryFilter(), now=OFFICE_NOW, sort="next_due", descending=False)
    assert by_due[0].number == five["pipe"].number
    oldest = fetch_page(RegistryFilter(), now=OFFICE_NOW, descending=False, offset=1, limit=2)
    assert numbers(oldest) == [five["pipe"].number, five["noise"].number]
    for column in SORT_COLUMNS:
        assert len(fetch_page(RegistryFilter(), now=OFFICE_NOW, sort=column, descending=False)) == 5
    with pytest.raises(ValidationError):
        fetch_page(RegistryFilter(), now=OFFICE_NOW, sort="description")


SEARCHES = [
    ("渗水", ["leak"]),
    ("水", ["pipe", "leak"]),
    ("水管爆裂", ["pipe"]),
    ("噪音", ["noise"]),
    ("3-2-1501", ["leak"]),
    ("3栋2单元1502", ["pipe"]),
    ("3栋1单元101", ["door"]),  # the door is marked 0101: said 101
    ("5-1-302", ["noise"]),
    ("5号楼1单元0302室", ["noise"]),
    ("3-2", ["pipe", "leak"]),
    ("王建国", ["leak"]),
    ("秀英", ["pipe"]),
    ("5678", ["pipe", "leak"]),
    ("01062345678", ["pipe"]),
    ("62345678", ["pipe"]),
    ("bx20261123-0002", ["pipe"]),
    ("李秀英 爆裂", ["pipe"]),
    ("王建国 爆裂", []),
    ("不存在的内容", []),
    ("%", []),
    ('"', []),
]


def test_quick_search_finds_chinese_substrings_rooms_names_phones_numbers(five):
    for text, expected in SEARCHES:
        rows = fetch_page(RegistryFilter(text=text), now=OFFICE_NOW)
        assert numbers(rows) == [five[key].number for key in expected], text
        assert count_tickets(RegistryFilter(text=text), OFFICE_NOW) == len(expected), text


def test_search_with_filters(five):
    assert count_tickets(RegistryFilter(text="水", kinds=["repair"], priorities=["urgent"]), OFFICE_NOW) == 1


def test_search_follows_edits_of_ticket_room_and_household(five, office):
    from models.clock import FixedClock
    from models.tickets import edit_ticket

    clock = FixedClock(OFFICE_NOW)
    edit_ticket(five["door"].id, {"description": "防盗门把手松动"}, operator=office.supervisor, clock=clock)
    assert numbers(fetch_page(RegistryFilter(text="把手"), now=OFFICE_NOW)) == [five["door"].number]
    assert count_tickets(RegistryFilter(text="锁芯"), OFFICE_NOW) == 0
    Room.update(code="3-1-0102").where(Room.id == office.rooms["3-1-0101"].id).execute()
    assert numbers(fetch_page(RegistryFilter(text="3-1-0102"), now=OFFICE_NOW)) == [five["door"].number]
    Household.update(name="张小伟").where(Household.id == office.households["3-2-1501"].id).execute()
    assert numbers(fetch_page(RegistryFilter(text="张小伟"), now=OFFICE_NOW)) == [five["leak"].number]


def test_global_search_finds_by_number_room_or_phone(five):
    assert find_ticket_ids(five["noise"].number) == [five["noise"].id]
    assert find_ticket_ids("5-1-0303") == [five["fee"].id]
    assert find_ticket_ids("5栋1单元303") == [five["fee"].id]
    assert find_ticket_ids("18600001111") == [five["noise"].id]
    assert find_ticket_ids("") == []


def test_footer_counts(five):
    counts = footer_counts(RegistryFilter(), OFFICE_NOW)
    assert (counts.total, counts.open, counts.overdue) == (5, 5, 1)
    assert footer_counts(RegistryFilter(statuses=["closed"]), OFFICE_NOW).open == 0


def test_footer_counts_under_a_kind_or_priority_filter(five, office, clock):
    from models.tickets import cancel

    cancel(five["door"].id, "业主自行修好", operator=office.supervisor, clock=clock)
    repairs = footer_counts(RegistryFilter(kinds=["repair"]), OFFICE_NOW)
    # leak, pipe, door are repairs; the door was cancelled; only the urgent pipe is overdue.
    assert (repairs.total, repairs.open, repairs.overdue) == (3, 2, 1)
    normal = footer_counts(RegistryFilter(priorities=["normal"]), OFFICE_NOW)
    assert (normal.total, normal.open, normal.overdue) == (4, 3, 0)
    only_new_urgent = footer_counts(RegistryFilter(statuses=["new"], priorities=["urgent"]), OFFICE_NOW)
    assert (only_new_urgent.total, only_new_urgent.open, only_new_urgent.overdue) == (1, 1, 1)


def test_presets_are_saved_listed_and_deleted(office):
    chosen = RegistryFilter(kinds=["complaint"], received_from=dt.date(2026, 11, 1), overdue_only=True)
    save_preset("本月投诉超时", chosen)
    save_preset("我的", RegistryFilter(mine_user_id=office.clerk.id, received_to=dt.datetime(2026, 11, 23, 18, 0)))
    presets = {p.name: p.filter for p in list_presets()}
    assert presets["本月投诉超时"] == RegistryFilter(
        kinds=["complaint"],
        received_from=dt.date(2026, 11, 1),
        overdue_only=True,
        statuses=[],
        category_ids=[],
        building_ids=[],
        department_ids=[],
        priorities=[],
    )
    assert presets["我的"].received_to == dt.datetime(2026, 11, 23, 18, 0)
    delete_preset("我的")
    assert [p.name for p in list_presets()] == ["本月投诉超时"]
    with pytest.raises(NotFound):
        delete_preset("我的")
    with pytest.raises(ValidationError):
        save_preset("  ", chosen)


def test_filter_options_list_groups_categories_buildings_departments(office):
    options = filter_options()
    assert options.categories[0].name == "维修" and options.categories[0].group == ""
    assert options.categories[1].name == "水电暖" and options.categories[1].group == "维修"
    assert [(b.name, b.group) for b in options.buildings] == [("3", "阳光花园"), ("5", "阳光花园")]
    assert [d.name for d in options.departments][:2] == ["工程维修", "保洁"]


def test_ticket_detail_has_fields_attachments_timeline_and_allowed_actions(five, office):
    detail = ticket_detail(five["pipe"].id, OFFICE_NOW)
    assert (detail.number, detail.room, detail.community, detail.household_name) == (
        five["pipe"].number,
        "3-2-1502",
        "阳光花园",
        "李秀英",
    )
    assert detail.reporter_phone_masked == "010-62****78" and detail.category_group == "维修"
    assert detail.first_responder == "小林" and detail.overdue and detail.next_kind == "ack"
    assert not detail.deadlines_estimated
    assert [(e.action, e.actor, e.at_text) for e in detail.events] == [("register", "小林", "2026-11-23 07:00")]
    assert detail.desk_actions[:3] == ["acknowledge", "stage_reply", "dispatch"]
    assert "reopen" not in detail.desk_actions
    with pytest.raises(NotFound):
        ticket_detail(999, OFFICE_NOW)


def test_detail_warns_when_a_deadline_is_past_the_official_calendar(office, register, clock):
    clock.at = dt.datetime(2026, 12, 30, 9, 0)
    detail = ticket_detail(register().id, clock.now())
    assert detail.result_due == dt.datetime(2027, 1, 4, 23, 59, 59)  # Thu 31, Fri 1 Jan (estimated), Mon 4
    assert detail.deadlines_estimated


def test_probed_plans_give_the_same_answers(five, office, monkeypatch):
    """On a large office common filters and texts are probed while the sort's index walks;
    with the threshold at one ticket the small office takes those paths too."""
    import models.tickets.registry as registry_queries

    monkeypatch.setattr(registry_queries, "COMMON_MATCH", 1)
    for text, expected in SEARCHES:
        rows = fetch_page(RegistryFilter(text=text), now=OFFICE_NOW)
        assert numbers(rows) == [five[key].number for key in expected], text
    building_3 = office.rooms["3-2-1501"].building_id
    mixed = RegistryFilter(text="水", kinds=["repair"], building_ids=[building_3])
    assert numbers(fetch_page(mixed, now=OFFICE_NOW)) == [five["pipe"].number, five["leak"].number]
    assert count_tickets(mixed, OFFICE_NOW) == 2
    assert numbers(fetch_page(RegistryFilter(text="门", building_ids=[building_3]), now=OFFICE_NOW, sort="room")) == [
        five["door"].number
    ]


def test_a_quick_search_alone_is_counted_up_to_the_cap(five, monkeypatch):
    import models.tickets.registry as registry_queries

    monkeypatch.setattr(registry_queries, "COUNT_CAP", 1)
    # "水" occurs in the leak (渗水) and the burst pipe (水管, 水流): two tickets, one more than the cap.
    counts = footer_counts(RegistryFilter(text="水"), OFFICE_NOW)
    assert (counts.total, counts.total_is_lower_bound, counts.open) == (1, True, 2)
    monkeypatch.setattr(registry_queries, "COUNT_CAP", 5)
    counts = footer_counts(RegistryFilter(text="水"), OFFICE_NOW)
    assert (counts.total, counts.total_is_lower_bound) == (2, False)


def test_the_whole_office_is_counted_exactly_however_large(five, monkeypatch):
    import models.tickets.registry as registry_queries

    # no filter: the counter row kept by triggers, never "more than" (the cap is far below
    # the five tickets here, as 10,000 is below a real office's 25,200)
    monkeypatch.setattr(registry_queries, "COUNT_CAP", 1)
    counts = footer_counts(RegistryFilter(), OFFICE_NOW)
    assert (counts.total, counts.total_is_lower_bound) == (len(five), False) == (5, False)


def test_footer_counts_of_a_quick_search_within_a_filter(five, office, clock):
    from models.tickets import cancel

    cancel(five["leak"].id, "业主已自行处理", operator=office.supervisor, clock=clock)
    # "水" among repairs: the cancelled leak and the overdue urgent burst pipe.
    counts = footer_counts(RegistryFilter(text="水", kinds=["repair"]), OFFICE_NOW)
    assert (counts.total, counts.open, counts.overdue, counts.total_is_lower_bound) == (2, 1, 1, False)
    assert footer_counts(RegistryFilter(text="水", kinds=["complaint"]), OFFICE_NOW).total == 0


def test_broad_filters_counted_by_walking_one_index_give_the_same_answers(five, office, monkeypatch):
    """On a large office filters that are each broad are counted walking one index (and a
    one-character search beside them within a budget), and their page is the ids that
    walk found; with the threshold at one ticket the small office takes those paths too."""
    import models.tickets.registry as registry_queries

    monkeypatch.setattr(registry_queries, "COMMON_MATCH", 1)
    # "水" among repairs: the leak (渗水) and the burst pipe (水管, 水流), both open, the pipe overdue
    counts = footer_counts(RegistryFilter(text="水", kinds=["repair"]), OFFICE_NOW)
    assert (counts.total, counts.total_is_lower_bound, counts.open) == (2, False, 2)
    # repairs of the normal priority: leak and door (the pipe is urgent), newest first
    normal_repairs = RegistryFilter(kinds=["repair"], priorities=["normal"])
    assert footer_counts(normal_repairs, OFFICE_NOW).total == 2
    assert numbers(fetch_page(normal_repairs, now=OFFICE_NOW)) == [five["door"].number, five["leak"].number]
    assert numbers(fetch_page(normal_repairs, now=OFFICE_NOW, descending=False)) == [
        five["leak"].number,
        five["door"].number,
    ]
    assert numbers(fetch_page(normal_repairs, now=OFFICE_NOW, offset=1)) == [five["leak"].number]
    # by room, descending: the rooms' list order (their ids), 3-2-1501 (leak) against 3-1-0101 (door)
    by_room = sorted(["leak", "door"], key=lambda key: office.rooms[{"leak": "3-2-1501", "door": "3-1-0101"}[key]].id)
    assert numbers(fetch_page(normal_repairs, now=OFFICE_NOW, sort="room")) == [
        five[key].number for key in reversed(by_room)
    ]


@pytest.fixture
def four(office, register, clock):
    """Four tickets an hour apart, numbered BX20261123-0001 to -0004, none with a 5 in its
    number or phone: the leak in 3-2-1501 (王建国 calls), the door of 3-1-0101 reported by
    the front desk (物业前台; the household is 张伟), a lamp in a public area (巡检员, no
    room), and the noise of 5-1-0302 (刘洋), merged into the leak."""
    from models.tickets import merge

    clock.advance(hours=-3)
    made = {}
    for key, room, description, reporter in [
        ("leak", "3-2-1501", "卫生间天花板渗水", None),
        ("door", "3-1-0101", "入户门锁芯坏了", "物业前台"),
        ("lamp", None, "楼道灯不亮", None),
        ("noise", "5-1-0302", "楼上装修声音太大", None),
    ]:
        extra = {"reporter_name": reporter} if reporter else {}
        made[key] = register(room=room, description=description, reporter_phone="13800001111", **extra)
        clock.advance(hours=1)
    merge(made["noise"].id, made["leak"].number, "同一件事", operator=office.supervisor, clock=clock)
    return made


ONE_CHARACTER = [
    ("5", ["noise", "leak"]),  # only in the room codes 5-1-0302 and 3-2-1501
    ("伟", ["door"]),  # only in the name of the door's household (the front desk reported it)
    ("灯", ["lamp"]),  # only in a description
    ("刘", ["noise"]),  # the merged ticket's reporter
    ("王", ["leak"]),  # the reporter, whose household has the same name
    ("X", ["noise", "lamp", "door", "leak"]),  # every number (BX…), whatever the case typed
    ("9", []),  # nowhere
]


@pytest.mark.parametrize("walked", [False, True], ids=["rows-of-the-filter", "receipt-time-walk"])
def test_one_character_checked_ticket_by_ticket_finds_each_part_of_the_text(four, office, monkeypatch, walked):
    """A common character is checked ticket by ticket (COMMON_MATCH at one ticket makes
    every character common here): the ticket's own fields, its room's code, its household's
    name (found once for all rooms and households, until the data changes). Beside a
    building the count looks up the building's tickets, or walks the receipt-time index
    when more than ONE_CHARACTER_LOOKUPS of them; the same tickets either way."""
    import models.store.search_index as search_index
    import models.tickets.registry as registry_queries

    # nothing kept from another test's office (its data stamp may read the same)
    for module, kept in [
        (registry_queries, "_known_totals"),
        (registry_queries, "_known_ids"),
        (search_index, "_holding"),
    ]:
        monkeypatch.setattr(module, kept, {})
    monkeypatch.setattr(registry_queries, "COMMON_MATCH", 1)
    if walked:
        monkeypatch.setattr(registry_queries, "ONE_CHARACTER_LOOKUPS", 0)
    building_3 = office.rooms["3-2-1501"].building_id
    in_building_3 = {"leak", "door"}  # 3-2-1501 and 3-1-0101; the lamp has no room, the noise is in 5
    for character, expected in ONE_CHARACTER:
        alone, beside = RegistryFilter(text=character), RegistryFilter(text=character, building_ids=[building_3])
        assert numbers(fetch_page(alone, now=OFFICE_NOW)) == [four[key].number for key in expected], character
        assert footer_counts(alone, OFFICE_NOW).total == len(expected), character
        mine = [four[key].number for key in expected if key in in_building_3]
        assert numbers(fetch_page(beside, now=OFFICE_NOW)) == mine, character
        counts = footer_counts(beside, OFFICE_NOW)
        assert (counts.total, counts.total_is_lower_bound) == (len(mine), False), character
    # the household renamed: 伟 is gone from the door's text, 强 has come
    Household.update(name="张强").where(Household.id == office.households["3-1-0101"].id).execute()
    for character, expected in [("伟", []), ("强", ["door"])]:
        found = [four[key].number for key in expected]
        assert numbers(fetch_page(RegistryFilter(text=character), now=OFFICE_NOW)) == found, character
        beside = RegistryFilter(text=character, building_ids=[building_3])
        assert footer_counts(beside, OFFICE_NOW).total == len(expected), character
    # a room's code changed: 5 is gone from the leak's 3-2-1501 (now 3-2-1601)
    Room.update(code="3-2-1601").where(Room.id == office.rooms["3-2-1501"].id).execute()
    assert numbers(fetch_page(RegistryFilter(text="5"), now=OFFICE_NOW)) == [four["noise"].number]


def test_broad_filters_no_index_holds_together_are_counted_up_to_the_cap_on_both(five, monkeypatch):
    """The data file counts a kind and a priority together up to the cap (no index of the
    file holds both; its 1,000,000-ticket office shows 'more than 10,000' for urgent
    repairs), a kind alone exactly: a server shows the same numbers, though it could count
    both exactly (tests/models/tickets/test_query_plans.py checks the rule against
    SQLite's plans on the big office's statistics)."""
    import models.tickets.registry as registry_queries

    monkeypatch.setattr(registry_queries, "COUNT_CAP", 1)
    # repairs of the normal priority: the leak and the door; repairs: the leak, the pipe and the door
    together = footer_counts(RegistryFilter(kinds=["repair"], priorities=["normal"]), OFFICE_NOW)
    assert (together.total, together.total_is_lower_bound) == (1, True)
    repairs = footer_counts(RegistryFilter(kinds=["repair"]), OFFICE_NOW)
    assert (repairs.total, repairs.total_is_lower_bound) == (3, False)


def test_a_server_walks_a_one_character_search_beside_many_tickets_within_a_bound(five, monkeypatch):
    """A server counts a one-character search beside filters many tickets meet as the data
    file does, within a bound (the data file's is a budget of steps): the text of the
    filters' newest WALK_TICKETS tickets is checked; beyond, the footer says "more than"
    what was found, a true lower bound. The page lists every match either way."""
    import models.tickets.registry as registry_queries
    from models.store import on_server

    if not on_server():
        pytest.skip("the server's bound; the data file stops after a budget of its own steps")
    for kept in ("_known_totals", "_known_ids"):
        monkeypatch.setattr(registry_queries, kept, {})
    monkeypatch.setattr(registry_queries, "COMMON_MATCH", 1)  # every filter and the character common here
    # repairs, newest first: the door (10:00), the burst pipe (07:00, 水管, 水流), the leak (06:00, 渗水)
    water_repairs = RegistryFilter(text="水", kinds=["repair"])
    monkeypatch.setattr(registry_queries, "WALK_TICKETS", 2)  # the door and the pipe (and one more, the leak)
    counts = footer_counts(water_repairs, OFFICE_NOW)
    # two found, more repairs than the bound: "more than 1" (there may be no more than 2)
    assert (counts.total, counts.total_is_lower_bound, counts.open) == (1, True, 2)
    assert numbers(fetch_page(water_repairs, now=OFFICE_NOW)) == [five["pipe"].number, five["leak"].number]
    monkeypatch.setattr(registry_queries, "WALK_TICKETS", 3)  # every repair: exact
    counts = footer_counts(water_repairs, OFFICE_NOW)
    assert (counts.total, counts.total_is_lower_bound) == (2, False)
    assert numbers(fetch_page(water_repairs, now=OFFICE_NOW)) == [five["pipe"].number, five["leak"].number]
    # 卫 only in the oldest repair (the leak's 卫生间): the walk of the door and the pipe finds
    # none, and "more than 0" might be untrue, so the repairs are counted as before
    monkeypatch.setattr(registry_queries, "WALK_TICKETS", 1)
    counts = footer_counts(RegistryFilter(text="卫", kinds=["repair"]), OFFICE_NOW)
    assert (counts.total, counts.total_is_lower_bound) == (1, False)


@pytest.mark.parametrize("lookup_cost", [0, 10**9], ids=["matches-looked-up", "joined-with-the-group"])
def test_a_short_word_beside_a_category_group_counts_the_same_either_way(five, monkeypatch, lookup_cost):
    """Beside a category group a server looks each of a short word's matches up when it
    expects the group's tickets to outnumber the lookups (LOOKUP_COST), else joins them:
    the same count and page either way, and on the data file."""
    import models.tickets.registry as registry_queries
    from models.registers import Category

    for kept in ("_known_totals", "_known_ids"):
        monkeypatch.setattr(registry_queries, kept, {})
    monkeypatch.setattr(registry_queries, "COMMON_MATCH", 1)
    monkeypatch.setattr(registry_queries, "LOOKUP_COST", lookup_cost)
    repairs_group = Category.get(Category.name == "维修", Category.parent.is_null()).id
    # the group's repairs: the leak (渗水), the burst pipe and the door; 渗水 only in the leak
    leaks = RegistryFilter(text="渗水", category_ids=[repairs_group])
    counts = footer_counts(leaks, OFFICE_NOW)
    assert (counts.total, counts.total_is_lower_bound, counts.open) == (1, False, 1)
    assert numbers(fetch_page(leaks, now=OFFICE_NOW)) == [five["leak"].number]
    assert footer_counts(RegistryFilter(text="渗水", category_ids=[category_id("门窗")]), OFFICE_NOW).total == 0
