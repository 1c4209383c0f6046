"""A random office for comparing the report's figures with a slow, straightforward
computation: a few communities, buildings and rooms (some vacant), and a few hundred
tickets from January to April 2026 in every status, with deadlines met and missed (some
to the second), pauses, stage replies, crews and callbacks of every outcome. Seeded, so a
failure can be replayed."""

from __future__ import annotations

import datetime as dt
import random

from models.codes import CallbackStatus, Kind, Role, Solved, Status
from models.followup import Callback, SurveyCampaign, SurveyResponse
from models.followup.tables import SurveyAnswer, SurveyQuestion
from models.office import User
from models.registers import Building, Category, Community, Department, Household, Room, Staff
from models.store import database
from models.tickets import Assignment, Ticket, TicketEvent

START = dt.datetime(2026, 1, 10)
END = dt.datetime(2026, 4, 20)
NOW = dt.datetime(2026, 4, 25, 12, 0)
RESOLVED_STATUSES = (Status.RESOLVED, Status.CALLED_BACK, Status.CLOSED)
OPEN = (Status.NEW, Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS)


def _moment(rng: random.Random, start: dt.datetime, hours: float) -> dt.datetime:
    """A moment up to `hours` after start, on the minute (sometimes with seconds)."""
    moment = start + dt.timedelta(minutes=rng.randrange(0, max(1, int(hours * 60))))
    return moment + dt.timedelta(seconds=rng.choice((0, 0, 0, 59)))


def _near(rng: random.Random, moment: dt.datetime, hours: float) -> dt.datetime:
    """A deadline around `moment`: before, exactly on it, or after."""
    choice = rng.random()
    if choice < 0.15:
        return moment
    return moment + dt.timedelta(minutes=rng.randrange(-int(hours * 60), int(hours * 60) + 1))


def build_random_office(seed: int, tickets: int = 260) -> None:
    with database.atomic():
        _build(random.Random(seed), tickets)


def _build(rng: random.Random, tickets: int) -> None:
    clerk = User.create(username="clerk", display_name="小林", role=Role.CLERK)
    departments = list(Department.select())
    staff = [Staff.create(name=f"师傅{i}", department=rng.choice(departments)) for i in range(4)]
    categories = [c.id for c in Category.select().where(Category.parent.is_null(False))][:8]
    rooms = []
    for c in range(rng.choice((1, 2, 3))):
        community = Community.create(name=f"小区{c}")
        for b in range(2):
            building = Building.create(community=community, name=f"{b + 1}")
            for n in range(3):
                code = f"{c}-{b + 1}-{n + 101}"
                room = Room.create(community=community, building=building, number=str(n + 101), code=code)
                if rng.random() < 0.75:
                    Household.create(room=room, name=f"住户{code}", archived=rng.random() < 0.1)
                rooms.append(room)
    made: list[Ticket] = []
    for index in range(tickets):
        made.append(_ticket(rng, index, clerk, rooms, categories, departments, staff, made))
    _surveys(rng, clerk, rooms)


def _ticket(rng, index, clerk, rooms, categories, departments, staff, made) -> Ticket:
    received = _moment(rng, START, (END - START).total_seconds() / 3600)
    room = rng.choice(rooms) if rng.random() < 0.95 else None
    household = Household.get_or_none(Household.room == room) if room else None
    status = rng.choice(list(Status))
    kind = rng.choice(list(Kind))
    urgent = rng.random() < 0.2
    fields = {
        "ack_due": None if rng.random() < 0.05 else received + dt.timedelta(hours=rng.choice((0.5, 24))),
        "result_due": None if rng.random() < 0.1 else received + dt.timedelta(hours=rng.choice((24, 72, 120))),
        "callback_due": None,
        "stage_reply_due": received + dt.timedelta(minutes=30) if urgent else None,
        "paused_seconds": rng.choice((0, 0, 0, 3600, 7200)),
        "reopen_count": rng.choice((0, 0, 0, 1, 2)),
    }
    if status not in (Status.NEW, Status.CANCELLED, Status.MERGED) or rng.random() < 0.3:
        due = fields["ack_due"] or received + dt.timedelta(hours=1)
        fields["acknowledged_at"] = _near(rng, due, 3)
        if fields["acknowledged_at"] < received:
            fields["acknowledged_at"] = received
    resolved_at = None
    if status in RESOLVED_STATUSES:
        resolved_at = received + dt.timedelta(minutes=rng.randrange(1, 60 * 24 * 12))
        if fields["result_due"] is not None and rng.random() < 0.2:
            resolved_at = fields["result_due"]
        fields["resolved_at"] = resolved_at
        if rng.random() < 0.8:
            fields["callback_due"] = resolved_at + dt.timedelta(days=rng.choice((3, 7)))
        if status == Status.CLOSED:
            fields["closed_at"] = resolved_at + dt.timedelta(days=1)
    if status in (Status.CANCELLED, Status.MERGED):
        fields["closed_at"] = received + dt.timedelta(minutes=rng.randrange(1, 60 * 24 * 20))
    if status in OPEN and rng.random() < 0.25:
        fields["paused_since"] = _moment(rng, received, 24 * 20)
        fields["pause_reason"] = "awaiting_parts"
    if status == Status.MERGED:
        earlier = [t for t in made if t.status not in (Status.MERGED, Status.CANCELLED)]
        if not earlier:
            status = Status.CANCELLED
        else:
            fields["merged_into"] = rng.choice(earlier)
    department = rng.choice(departments) if rng.random() < 0.8 else None
    ticket = Ticket.create(
        number=f"R{index:04d}",
        kind=kind,
        category=rng.choice(categories),
        channel="phone",
        priority="urgent" if urgent else "normal",
        status=status,
        room=room,
        household=household,
        reporter_name=household.name if household else "巡检员",
        reporter_phone="13812345678",
        description=f"随机 {index}",
        first_responder=clerk,
        department=department,
        received_at=received,
        updated_at=received,
        **fields,
    )
    if department is not None and rng.random() < 0.7:
        for member in rng.sample(staff, rng.choice((1, 1, 2))):
            Assignment.create(
                ticket=ticket,
                department=department,
                staff=member,
                assigned_at=received,
                assigned_by=clerk,
                active=rng.random() < 0.85,
            )
    if urgent and rng.random() < 0.7:
        for _ in range(rng.choice((1, 2))):
            TicketEvent.create(
                ticket=ticket, at=_near(rng, fields["stage_reply_due"], 1), actor=clerk, action="stage_reply"
            )
    if resolved_at is not None:
        _callbacks(rng, ticket, resolved_at, clerk)
        TicketEvent.create(ticket=ticket, at=resolved_at, actor=clerk, action="resolve", field="status")
    if status in (Status.CANCELLED, Status.MERGED):
        action = "cancel" if status == Status.CANCELLED else "merge"
        TicketEvent.create(ticket=ticket, at=fields["closed_at"], actor=clerk, action=action, field="status")
    return ticket


def _callbacks(rng, ticket: Ticket, resolved_at: dt.datetime, clerk: User) -> None:
    for _ in range(rng.choice((0, 1, 1, 1, 2))):
        due = ticket.callback_due or resolved_at + dt.timedelta(days=rng.choice((-2, 3, 7)))
        status = rng.choice(list(CallbackStatus))
        done_at = None
        values = {}
        if status in (CallbackStatus.DONE, CallbackStatus.ABANDONED):
            done_at = _near(rng, due, 24 * 5)
            reached = status == CallbackStatus.DONE and rng.random() < 0.9
            values["reached"] = reached
            if reached:
                values["rating"] = rng.choice((None, 1, 2, 3, 4, 5, 5))
                values["solved"] = rng.choice((None, Solved.YES, Solved.PARTLY, Solved.NO))
                values["comment"] = rng.choice(("", "还是不行", "满意"))
        Callback.create(
            ticket=ticket, due_at=due, status=status, done_at=done_at, done_by=clerk if done_at else None, **values
        )


def _surveys(rng, clerk: User, rooms: list[Room]) -> None:
    campaign = SurveyCampaign.create(name="随机调查", starts_on=dt.date(2026, 1, 1), ends_on=dt.date(2026, 4, 30))
    questions = [
        SurveyQuestion.create(campaign=campaign, dimension="overall", text=f"问题{i}", position=i) for i in range(3)
    ]
    for room in rng.sample(rooms, min(len(rooms), 8)):
        response = SurveyResponse.create(
            campaign=campaign, room=room, entered_by=clerk, entered_at=_moment(rng, START, 24 * 90)
        )
        for question in rng.sample(questions, rng.choice((1, 2, 3))):
            SurveyAnswer.create(response=response, question=question, score=rng.randrange(1, 6))
