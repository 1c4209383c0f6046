"""The demo office generator behind `property-desk demo`: a believable property office
— two communities, buildings, households, staff, users, knowledge, tickets over the
chosen months with their timelines, assignments, results and callbacks, and quarterly
surveys — built into an empty data file in one transaction.

The same options, seed and "now" always give the same data: every part draws from its
own random generator seeded from the seed, and nothing reads the wall clock."""

from __future__ import annotations

import calendar
import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from models.codes import OPEN_STATUSES
from models.demo.bulk import bulk_load
from models.demo.knowledge import add_knowledge
from models.demo.mix import TICKETS_PER_HOUSEHOLD_MONTH
from models.demo.parts import PartFile, part_path
from models.demo.people import build_people
from models.demo.places import build_places
from models.demo.surveys import build_surveys
from models.demo.tickets import build_tickets
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers import Community
from models.store import database
from models.tickets import overdue_count

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "models",
    "This data file already holds an office; a demo office is only built into an empty one. Choose another data folder.",
)
MSG_HOUSEHOLDS = QT_TRANSLATE_NOOP("models", "Enter between {low} and {high} households.")
MSG_MONTHS = QT_TRANSLATE_NOOP("models", "Enter between {low} and {high} months.")
MSG_TICKETS = QT_TRANSLATE_NOOP("models", "Enter between {low} and {high} tickets.")

LIMITS = {"households": (10, 200_000), "months": (1, 120), "tickets": (0, 5_000_000)}
MESSAGES = {"households": MSG_HOUSEHOLDS, "months": MSG_MONTHS, "tickets": MSG_TICKETS}
BULK_TABLES = (
    "ticket",
    "ticket_event",
    "assignment",
    "work_result",
    "callback",
    "callback_attempt",
    "household",
    "household_phone",
    "room",
    "survey_response",
    "survey_answer",
)


@dataclass(frozen=True)
class DemoOptions:
    households: int = 3000
    months: int = 24
    tickets: int | None = None  # None: a realistic volume for the households and months
    seed: int = 1

    def ticket_total(self) -> int:
        if self.tickets is not None:
            return self.tickets
        return round(TICKETS_PER_HOUSEHOLD_MONTH * self.households * self.months)


@dataclass(frozen=True)
class DemoSummary:
    communities: int
    buildings: int
    rooms: int
    households: int
    staff: int
    users: int
    tickets: int
    events: int
    callbacks: int
    open_tickets: int
    overdue_tickets: int
    survey_campaigns: int
    survey_responses: int
    seconds: float


def office_has_communities() -> bool:
    return Community.select().exists()


def validate_options(options: DemoOptions) -> None:
    problems, params = {}, {}
    for name, (low, high) in LIMITS.items():
        value = options.ticket_total() if name == "tickets" else getattr(options, name)
        if not low <= value <= high:
            problems[name], params[name] = MESSAGES[name], {"low": low, "high": high}
    if problems:
        raise ValidationError(problems, params)


def build_demo_office(
    options: DemoOptions, *, now: dt.datetime, progress: Callable[[int], None] | None = None
) -> DemoSummary:
    """Fill the open, empty data file with a demo office whose history ends at `now`;
    `progress` hears the running count of tickets written."""
    validate_options(options)
    if office_has_communities():
        raise ValidationError({"data_dir": MSG_NOT_EMPTY})
    began = time.perf_counter()
    now = now.replace(microsecond=0)
    start = months_before(now.date(), options.months)
    part = PartFile(part_path(database.database))
    part.path.unlink(missing_ok=True)
    try:
        with bulk_load(BULK_TABLES, attach={part.schema: part.path}):
            register = build_places(_rng(options, "places"), options.households, now.date())
            people = build_people(_rng(options, "people"), register.phones)
            add_knowledge()
            tickets = build_tickets(
                _rng(options, "tickets"),
                register,
                people,
                total=options.ticket_total(),
                start=start,
                now=now,
                progress=progress,
                part_file=part,
            )
            surveys = build_surveys(_rng(options, "surveys"), register, people.clerks, start=start, now=now)
    finally:
        part.path.unlink(missing_ok=True)
    return DemoSummary(
        communities=len(register.community_ids),
        buildings=register.building_count,
        rooms=register.room_count,
        households=register.household_count,
        staff=people.staff_count,
        users=people.user_count,
        tickets=tickets.tickets,
        events=tickets.events,
        callbacks=tickets.callbacks,
        open_tickets=sum(tickets.statuses[status] for status in OPEN_STATUSES),
        overdue_tickets=overdue_count(now),
        survey_campaigns=surveys.campaigns,
        survey_responses=surveys.responses,
        seconds=round(time.perf_counter() - began, 1),
    )


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` months earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


class DemoRandom(random.Random):
    """random.Random whose choice, randint and randrange take one float draw each: several
    times quicker, which counts at millions of tickets; uniformity to 1 in 2**53 is plenty."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        if step != 1 or stop <= start:
            return super().randrange(start, stop, step)
        return start + int(self.random() * (stop - start))


def _rng(options: DemoOptions, part: str) -> random.Random:
    return DemoRandom(f"property-desk-demo:{options.seed}:{part}")
