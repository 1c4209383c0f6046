"""A small office built by hand for the report tests: two communities, three buildings,
five rooms (one vacant), two crews, and fifteen tickets whose every timestamp and
deadline is written out below, so that each figure of March 2026 can be worked out
with a pencil. The tests state those figures; nothing here computes them.

    room        community  building  resident
    1-1-101     阳光花园    1         王建国
    1-1-102     阳光花园    1         李秀英
    2-1-201     阳光花园    2         张伟
    2-1-202     阳光花园    2         (vacant: not a household served)
    A-1-101     翠湖苑      A         赵敏

Tickets (R = received, A = acknowledged, S = resolved; deadlines in brackets):
    T1  1-1-101 repair 水电暖  R 03-02 Mon 09:00 A 03-02 10:00 [03-03 09:00] S 03-03 09:00 [03-05 23:59:59] closed
        callback 03-04 10:00 rated 5 solved [03-10 23:59:59]                         engineering 赵师傅
    T2  1-1-101 repair 水电暖  R 03-16 Mon 09:30 A 03-17 10:00 [03-17 09:30] late
        callback 03-20 10:00 rated 2 not solved → reopened; S again 03-21 09:30 [03-25 23:59:59]
        second callback pending [03-28 23:59:59]                                     engineering 赵师傅
    T3  1-1-102 complaint 噪音 R 03-07 Sat 20:00 A 03-07 20:30 [03-08 20:00] S 03-09 10:00 [03-11 23:59:59]
        callback 03-10 09:00 rated 4 [03-16 23:59:59]                                security
    T4  2-1-201 repair 电梯 urgent R 03-09 Mon 08:10 A 08:20 [08:40] stage reply 08:35 [08:40]
        S 03-09 12:10 [03-12 23:59:59]; callback 03-20 10:00 (late) rated 3 partly [03-16 23:59:59]
                                                                                    engineering 赵师傅
    T5  2-1-201 repair 电梯    R 03-23 Mon 09:00 A 09:30 [03-24 09:00], paused 2 h,
        S 03-30 17:00 [03-27 02:00] late; callback 04-02 10:00 rated 5 [04-06 23:59:59]  engineering 赵师傅
    T6  A-1-101 inquiry 物业费 R 03-10 Tue 14:00 A 14:06 S 14:06 [03-13 23:59:59] answered and closed at once
    T7  1-1-102 complaint 噪音 R 03-31 Tue 22:00 A 04-01 08:00 [04-01 22:00] S 04-02 10:00: crosses the month's end
                                                                                    security
    T8  2-1-202 complaint 楼道卫生 R 03-12 Thu 10:00 A 03-13 11:00 [03-13 10:00] late, still open
        [result 03-17 23:59:59]                                                      cleaning 孙阿姨
    T9  A-1-101 repair 门窗 R 03-20 cancelled
    T10 1-1-102 complaint 噪音 R 03-07 20:10 merged into T3
    T11 1-1-101 repair 水电暖  R 02-20 Fri 08:00 A 09:00 [02-21 08:00] [result 02-25 23:59:59] S 04-03 10:00
    T12 A-1-101 repair 门窗    R 03-25 Wed 10:00 A 10:30 [03-26 10:00], paused 1 h before, paused again
        since 03-28 10:00 and still paused (no result deadline while paused)         engineering
    T13 2-1-202 repair 电梯    R 02-10 S 02-11 closed [callback 02-18 23:59:59, never made]   engineering
    T14 2-1-202 repair 电梯    R 03-25 Wed 11:00 A 11:10 [03-26 11:00] S 03-26 11:00 [03-30 23:59:59]
        callback given up after 3 unanswered attempts [04-02 23:59:59]               engineering 赵师傅
    T15 1-1-101 repair 水电暖  R 2025-03-15 closed (a year earlier)

Survey forms: 1-1-101 entered 03-18 (answers 5, 4), A-1-101 entered 03-19 (answer 3), 1-1-102 entered 02-10 (1).
The report is made on 2026-04-10 12:00."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.codes import CallbackStatus, Role, Status
from models.followup import Callback, SurveyCampaign, SurveyResponse
from models.followup.tables import SurveyAnswer, SurveyQuestion
from models.office import User
from models.registers import Building, Category, Community, Department, Household, Room, Staff
from models.tickets import Assignment, Ticket, TicketEvent

NOW = dt.datetime(2026, 4, 10, 12, 0)


def at(text: str) -> dt.datetime:
    """'03-02 09:00' is in 2026; a full 'YYYY-MM-DD HH:MM[:SS]' is taken as it is."""
    return dt.datetime.fromisoformat(text if text[4] == "-" else f"2026-{text}")


@dataclass
class ReportOffice:
    rooms: dict[str, Room] = field(default_factory=dict)
    tickets: dict[str, Ticket] = field(default_factory=dict)
    communities: dict[str, Community] = field(default_factory=dict)
    buildings: dict[str, Building] = field(default_factory=dict)
    clerk: User | None = None

    def ids(self, *names: str) -> set[int]:
        return {self.tickets[name].id for name in names}

    def names_of(self, ticket_ids) -> set[str]:
        by_id = {ticket.id: name for name, ticket in self.tickets.items()}
        return {by_id[ticket_id] for ticket_id in ticket_ids}


ROOMS = [
    ("1-1-101", "阳光花园", "1", "王建国"),
    ("1-1-102", "阳光花园", "1", "李秀英"),
    ("2-1-201", "阳光花园", "2", "张伟"),
    ("2-1-202", "阳光花园", "2", None),
    ("A-1-101", "翠湖苑", "A", "赵敏"),
]


def build_report_office() -> ReportOffice:
    office = ReportOffice()
    office.clerk = User.create(username="clerk", display_name="小林", role=Role.CLERK)
    for code, community_name, building_name, resident in ROOMS:
        community = office.communities.get(community_name) or Community.create(name=community_name)
        office.communities[community_name] = community
        building = office.buildings.get(building_name) or Building.create(community=community, name=building_name)
        office.buildings[building_name] = building
        room = Room.create(community=community, building=building, number=code[-3:], code=code)
        office.rooms[code] = room
        if resident:
            Household.create(room=room, name=resident)
    _tickets(office)
    _callbacks(office)
    _surveys(office)
    return office


def _department(code: str) -> Department:
    return Department.get(Department.code == code)


def _category(name: str) -> int:
    return Category.get(Category.name == name, Category.parent.is_null(False)).id


def _ticket(office: ReportOffice, name: str, room: str, kind: str, category: str, received: str, **fields) -> Ticket:
    room_row = office.rooms[room]
    household = Household.get_or_none(Household.room == room_row)
    department = fields.pop("department", None)
    crew = fields.pop("crew", None)
    stage_reply = fields.pop("stage_reply", None)
    values = {
        key: at(value) if isinstance(value, str) and key.endswith(("_at", "_due", "_since")) else value
        for key, value in fields.items()
    }
    ticket = Ticket.create(
        number=f"T{int(name[1:]):02d}",
        kind=kind,
        category=_category(category),
        channel="phone",
        priority=values.pop("priority", "normal"),
        status=values.pop("status"),
        room=room_row,
        household=household,
        reporter_name=household.name if household else "巡检员",
        reporter_phone="13812345678",
        description=f"{name} {category}",
        first_responder=office.clerk,
        department=_department(department) if department else None,
        received_at=at(received),
        updated_at=at(received),
        **values,
    )
    if crew:
        Assignment.create(
            ticket=ticket,
            department=_department(department),
            staff=Staff.get(Staff.name == crew),
            assigned_at=at(received),
            assigned_by=office.clerk,
        )
    if stage_reply:
        TicketEvent.create(
            ticket=ticket, at=at(stage_reply), actor=office.clerk, action="stage_reply", note="已联系电梯公司"
        )
    _finishing_event(ticket, office.clerk)
    office.tickets[name] = ticket
    return ticket


def _finishing_event(ticket: Ticket, clerk: User) -> None:
    """The timeline event that ended the ticket's open time, as the workflow writes it."""
    action, moment = {
        Status.CANCELLED: ("cancel", ticket.closed_at),
        Status.MERGED: ("merge", ticket.closed_at),
    }.get(ticket.status, ("resolve", ticket.resolved_at))
    if moment is not None:
        TicketEvent.create(ticket=ticket, at=moment, actor=clerk, action=action, field="status")


def _tickets(office: ReportOffice) -> None:
    Staff.create(name="赵师傅", department=_department("engineering"))
    Staff.create(name="孙阿姨", department=_department("cleaning"))
    t = _ticket
    t(
        office,
        "T1",
        "1-1-101",
        "repair",
        "水电暖",
        "03-02 09:00",
        status=Status.CLOSED,
        acknowledged_at="03-02 10:00",
        ack_due="03-03 09:00",
        resolved_at="03-03 09:00",
        result_due="03-05 23:59:59",
        callback_due="03-10 23:59:59",
        called_back_at="03-04 10:00",
        closed_at="03-04 10:00",
        department="engineering",
        crew="赵师傅",
    )
    t(
        office,
        "T2",
        "1-1-101",
        "repair",
        "水电暖",
        "03-16 09:30",
        status=Status.RESOLVED,
        acknowledged_at="03-17 10:00",
        ack_due="03-17 09:30",
        resolved_at="03-21 09:30",
        result_due="03-25 23:59:59",
        callback_due="03-28 23:59:59",
        reopen_count=1,
        department="engineering",
        crew="赵师傅",
    )
    t(
        office,
        "T3",
        "1-1-102",
        "complaint",
        "噪音",
        "03-07 20:00",
        status=Status.CALLED_BACK,
        acknowledged_at="03-07 20:30",
        ack_due="03-08 20:00",
        resolved_at="03-09 10:00",
        result_due="03-11 23:59:59",
        callback_due="03-16 23:59:59",
        called_back_at="03-10 09:00",
        department="security",
    )
    t(
        office,
        "T4",
        "2-1-201",
        "repair",
        "电梯",
        "03-09 08:10",
        status=Status.CALLED_BACK,
        priority="urgent",
        acknowledged_at="03-09 08:20",
        ack_due="03-09 08:40",
        stage_reply_due="03-09 08:40",
        stage_reply="03-09 08:35",
        resolved_at="03-09 12:10",
        result_due="03-12 23:59:59",
        callback_due="03-16 23:59:59",
        called_back_at="03-20 10:00",
        department="engineering",
        crew="赵师傅",
    )
    t(
        office,
        "T5",
        "2-1-201",
        "repair",
        "电梯",
        "03-23 09:00",
        status=Status.CALLED_BACK,
        acknowledged_at="03-23 09:30",
        ack_due="03-24 09:00",
        paused_seconds=7200,
        resolved_at="03-30 17:00",
        result_due="03-27 02:00",
        callback_due="04-06 23:59:59",
        called_back_at="04-02 10:00",
        department="engineering",
        crew="赵师傅",
    )
    t(
        office,
        "T6",
        "A-1-101",
        "inquiry",
        "物业费",
        "03-10 14:00",
        status=Status.CLOSED,
        acknowledged_at="03-10 14:06",
        ack_due="03-11 14:00",
        resolved_at="03-10 14:06",
        result_due="03-13 23:59:59",
        callback_due="03-17 23:59:59",
        closed_at="03-10 14:06",
    )
    t(
        office,
        "T7",
        "1-1-102",
        "complaint",
        "噪音",
        "03-31 22:00",
        status=Status.RESOLVED,
        acknowledged_at="04-01 08:00",
        ack_due="04-01 22:00",
        resolved_at="04-02 10:00",
        result_due="04-03 23:59:59",
        callback_due="04-09 23:59:59",
        department="security",
    )
    t(
        office,
        "T8",
        "2-1-202",
        "complaint",
        "楼道卫生",
        "03-12 10:00",
        status=Status.ACKNOWLEDGED,
        acknowledged_at="03-13 11:00",
        ack_due="03-13 10:00",
        result_due="03-17 23:59:59",
        next_due="03-17 23:59:59",
        department="cleaning",
        crew="孙阿姨",
    )
    t(
        office,
        "T9",
        "A-1-101",
        "repair",
        "门窗",
        "03-20 09:00",
        status=Status.CANCELLED,
        ack_due="03-21 09:00",
        closed_at="03-20 09:10",
    )
    t(
        office,
        "T10",
        "1-1-102",
        "complaint",
        "噪音",
        "03-07 20:10",
        status=Status.MERGED,
        ack_due="03-08 20:10",
        closed_at="03-07 20:20",
        merged_into=office.tickets["T3"],
    )
    t(
        office,
        "T11",
        "1-1-101",
        "repair",
        "水电暖",
        "02-20 08:00",
        status=Status.RESOLVED,
        acknowledged_at="02-20 09:00",
        ack_due="02-21 08:00",
        resolved_at="04-03 10:00",
        result_due="02-25 23:59:59",
        callback_due="04-10 23:59:59",
        department="engineering",
    )
    t(
        office,
        "T12",
        "A-1-101",
        "repair",
        "门窗",
        "03-25 10:00",
        status=Status.IN_PROGRESS,
        acknowledged_at="03-25 10:30",
        ack_due="03-26 10:00",
        paused_seconds=3600,
        paused_since="03-28 10:00",
        pause_reason="awaiting_parts",
        department="engineering",
    )
    t(
        office,
        "T13",
        "2-1-202",
        "repair",
        "电梯",
        "02-10 09:00",
        status=Status.CLOSED,
        acknowledged_at="02-10 09:20",
        ack_due="02-11 09:00",
        resolved_at="02-11 09:00",
        result_due="02-13 23:59:59",
        callback_due="02-18 23:59:59",
        closed_at="02-20 09:00",
        department="engineering",
    )
    t(
        office,
        "T14",
        "2-1-202",
        "repair",
        "电梯",
        "03-25 11:00",
        status=Status.RESOLVED,
        acknowledged_at="03-25 11:10",
        ack_due="03-26 11:00",
        resolved_at="03-26 11:00",
        result_due="03-30 23:59:59",
        callback_due="04-02 23:59:59",
        department="engineering",
        crew="赵师傅",
    )
    t(
        office,
        "T15",
        "1-1-101",
        "repair",
        "水电暖",
        "2025-03-15 09:00",
        status=Status.CLOSED,
        acknowledged_at="2025-03-15 09:30",
        ack_due="2025-03-16 09:00",
        resolved_at="2025-03-15 15:00",
        result_due="2025-03-18 23:59:59",
        closed_at="2025-03-17 09:00",
        department="engineering",
    )


def _callback(office: ReportOffice, name: str, due: str, status: str, done: str | None = None, **fields) -> None:
    Callback.create(
        ticket=office.tickets[name],
        due_at=at(due),
        status=status,
        done_at=at(done) if done else None,
        done_by=office.clerk if done else None,
        **fields,
    )


def _callbacks(office: ReportOffice) -> None:
    done, pending, abandoned = CallbackStatus.DONE, CallbackStatus.PENDING, CallbackStatus.ABANDONED
    _callback(office, "T1", "03-10 23:59:59", done, "03-04 10:00", reached=True, solved="yes", rating=5, attempts=1)
    _callback(
        office,
        "T2",
        "03-25 23:59:59",
        done,
        "03-20 10:00",
        reached=True,
        solved="no",
        rating=2,
        comment="还是漏水",
        attempts=1,
    )
    _callback(office, "T2", "03-28 23:59:59", pending)
    _callback(office, "T3", "03-16 23:59:59", done, "03-10 09:00", reached=True, solved="yes", rating=4, attempts=1)
    _callback(
        office,
        "T4",
        "03-16 23:59:59",
        done,
        "03-20 10:00",
        reached=True,
        solved="partly",
        rating=3,
        comment="电梯还有异响",
        attempts=2,
    )
    _callback(office, "T5", "04-06 23:59:59", done, "04-02 10:00", reached=True, solved="yes", rating=5, attempts=1)
    _callback(office, "T14", "04-02 23:59:59", abandoned, "04-02 18:00", reached=False, attempts=3)


def _surveys(office: ReportOffice) -> None:
    campaign = SurveyCampaign.create(
        name="2026年第一季度满意度调查", starts_on=dt.date(2026, 2, 1), ends_on=dt.date(2026, 3, 31)
    )
    questions = [
        SurveyQuestion.create(campaign=campaign, dimension=dimension, text=text, position=i)
        for i, (dimension, text) in enumerate([("overall", "总体满意度"), ("repairs", "维修满意度")])
    ]
    for room, entered, scores in (
        ("1-1-101", "03-18 15:00", (5, 4)),
        ("A-1-101", "03-19 15:00", (3,)),
        ("1-1-102", "02-10 15:00", (1,)),
    ):
        response = SurveyResponse.create(
            campaign=campaign, room=office.rooms[room], entered_by=office.clerk, entered_at=at(entered)
        )
        for question, score in zip(questions, scores, strict=False):
            SurveyAnswer.create(response=response, question=question, score=score)
