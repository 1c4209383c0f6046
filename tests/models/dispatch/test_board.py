"""The dispatch board's cards and the crews' workload, worked out by hand on a board of
six tickets."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.codes import Priority, Status
from models.dispatch import (
    BoardFilter,
    BoardMode,
    ResultEntry,
    board_cards,
    board_communities,
    board_lanes,
    crew_workloads,
    dispatch,
    record_result,
    start_work,
)
from models.registers import Community, Department
from tests.models.dispatch.factory import make_ticket
from tests.office import OFFICE_NOW

CLOCK = FixedClock(OFFICE_NOW)
LAST_MONDAY = dt.datetime(2026, 11, 16, 9, 0)


@pytest.fixture
def board(office):
    """A: acknowledged leak; B: new, overdue rubbish; C: dispatched to 赵师傅 a week ago
    (result due 11-19, overdue); D: 赵师傅 + 钱师傅, in progress; E: resolved by 周队长;
    F: closed."""
    staff = office.staff
    tickets = {
        "A": make_ticket(office, next_due=OFFICE_NOW + dt.timedelta(hours=6)),
        "B": make_ticket(
            office, room="5-1-0302", category="垃圾清运", status=Status.NEW, next_due=OFFICE_NOW - dt.timedelta(hours=1)
        ),
        "C": make_ticket(office, room="3-1-0101", category="门窗", received_at=LAST_MONDAY),
        "D": make_ticket(office, room="3-2-1502", priority=Priority.URGENT),
        "E": make_ticket(office, room="5-1-0303", category="门禁"),
        "F": make_ticket(office, status=Status.CLOSED),
    }
    dispatch(tickets["C"].id, staff_ids=[staff["赵师傅"].id], operator=office.supervisor, clock=CLOCK)
    dispatch(
        tickets["D"].id, staff_ids=[staff["赵师傅"].id, staff["钱师傅"].id], operator=office.supervisor, clock=CLOCK
    )
    start_work([tickets["D"].id], operator=office.supervisor, clock=CLOCK)
    dispatch(tickets["E"].id, staff_ids=[staff["周队长"].id], operator=office.supervisor, clock=CLOCK)
    record_result(
        tickets["E"].id,
        ResultEntry(finished="09:45", work_done="更换门禁读卡器"),
        operator=office.supervisor,
        clock=CLOCK,
    )
    return {name: ticket.number for name, ticket in tickets.items()}


def lanes(cards) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for card in cards:
        result.setdefault(card.lane, []).append(card.number)
    return result


def test_cards_sit_in_status_lanes_most_pressing_first(board):
    cards = board_cards(BoardFilter(), OFFICE_NOW)
    assert lanes(cards) == {
        "new": [board["B"], board["A"]],
        "dispatched": [board["C"]],
        "in_progress": [board["D"]],
        "resolved": [board["E"]],
    }
    by_number = {card.number: card for card in cards}
    assert by_number[board["B"]].overdue and not by_number[board["A"]].overdue
    assert by_number[board["C"]].overdue  # 3 working days from Mon 11-16 ended Thu 11-19 23:59:59
    assert by_number[board["C"]].due_at == dt.datetime(2026, 11, 19, 23, 59, 59)
    assert [c.name for c in by_number[board["D"]].crew] == ["赵师傅", "钱师傅"]
    assert (by_number[board["D"]].room, by_number[board["D"]].category) == ("3-2-1502", "水电暖")
    assert by_number[board["D"]].priority == Priority.URGENT
    assert by_number[board["D"]].due_at == dt.datetime(2026, 11, 23, 8, 30)  # urgent stage reply, 30 min
    assert by_number[board["C"]].department == "工程维修"
    assert not by_number[board["C"]].printed


def test_department_filter_shows_its_dispatched_tickets_and_those_waiting_in_its_categories(board):
    cleaning = Department.get(Department.code == "cleaning").id
    engineering = Department.get(Department.code == "engineering").id
    assert [c.number for c in board_cards(BoardFilter(department_id=cleaning), OFFICE_NOW)] == [board["B"]]
    assert sorted(c.number for c in board_cards(BoardFilter(department_id=engineering), OFFICE_NOW)) == sorted(
        [board["A"], board["C"], board["D"]]
    )


def test_community_filter(board, office):
    other = Community.create(name="翠湖苑")
    assert [c.name for c in board_communities()] == sorted(["阳光花园", "翠湖苑"])
    assert board_cards(BoardFilter(community_id=other.id), OFFICE_NOW) == []
    assert len(board_cards(BoardFilter(community_id=office.community.id), OFFICE_NOW)) == 5


def test_workload_per_crew_member_and_department(board):
    loads = {d.name: d for d in crew_workloads(OFFICE_NOW)}
    engineering = loads["工程维修"]
    # C is past its result deadline; D is urgent and missed its 30-minute stage reply (08:30)
    assert (engineering.open, engineering.overdue) == (2, 2)
    assert {c.name: (c.open, c.overdue) for c in engineering.crew} == {"赵师傅": (2, 2), "钱师傅": (1, 1)}
    assert {c.name: (c.open, c.overdue) for c in loads["保洁"].crew} == {"孙阿姨": (0, 0)}
    # E is resolved: it no longer weighs on security or on 周队长
    assert (loads["安保"].open, [c.open for c in loads["安保"].crew]) == (0, [0])
    assert list(loads) == ["工程维修", "保洁", "安保", "绿化", "财务", "客服"]


def _lanes(board_tickets, mode, department=None):
    lanes = board_lanes(board_cards(BoardFilter(), OFFICE_NOW), crew_workloads(OFFICE_NOW), mode, department)
    return [(str(lane.key), lane.name, lane.without_crew, [card.number for card in lane.cards]) for lane in lanes]


def test_the_board_lanes_by_status_take_every_open_or_resolved_ticket(board, office):
    lanes = _lanes(board, BoardMode.STATUS)
    # A and B await dispatch (B is overdue, so first); C dispatched; D in progress; E awaits its callback; F is closed
    assert [(key, numbers) for key, _, _, numbers in lanes] == [
        ("new", [board["B"], board["A"]]),
        ("dispatched", [board["C"]]),
        ("in_progress", [board["D"]]),
        ("resolved", [board["E"]]),
    ]


def test_crew_lanes_show_each_members_cards_and_a_resolved_card_cannot_be_dispatched(board, office):
    lanes = {key: (name, numbers) for key, name, _, numbers in _lanes(board, BoardMode.CREW)}
    zhao, qian = office.staff["赵师傅"].id, office.staff["钱师傅"].id
    # C is 赵师傅's alone; D is held by both; E is resolved, so it is in no crew lane
    assert lanes[f"staff.{zhao}"] == ("赵师傅", [board["C"], board["D"]])
    assert lanes[f"staff.{qian}"] == ("钱师傅", [board["D"]])
    assert all(board["E"] not in numbers for _, numbers in lanes.values())
    cards = {card.number: card for card in board_cards(BoardFilter(), OFFICE_NOW)}
    assert not cards[board["E"]].dispatchable and cards[board["C"]].dispatchable
