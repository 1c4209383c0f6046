"""The demo office's tickets over the chosen months: how many arrive each day (month,
weekday, holiday, hour-of-day peaks), what each one is (kind, seasonal category,
channel, priority from the category and urgent words), who reports it from which
room, duplicates that get merged and repeat complaints — then each ticket's life is
planned (timeline.py), cut at "now" and written in large batches (rows.py)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

from models.codes import Channel, Kind, Location, Priority
from models.demo import mix, names, texts
from models.demo.bulk import IdSequence, insert_rows, next_id
from models.demo.deadlines import DeadlineRules
from models.demo.parts import PartFile, copy_part, run_beside
from models.demo.people import Crew, People
from models.demo.places import DemoRoom, Person, Register
from models.demo.rows import COUNTER_COLUMNS, Batch, Identity, RowMaker
from models.demo.timeline import Desk, Draft, Planner
from models.registers import Category, Department
from models.store import database
from models.tickets import PREFIXES, format_number

BATCH_TICKETS = 20_000
# the first part's share of the tickets: both parts write their rows as they go, and the
# copying, index building, search index and ANALYZE wait for both, so halves
FIRST_SHARE = 0.5
PARALLEL_FROM = 20_000  # smaller offices generate their second part after the first, here
DUPLICATE_SHARE = 0.012
REPEAT_COMPLAINT_SHARE = 0.10
SHOP_SHARE = 0.04
ANONYMOUS_BOX_SHARE = 0.3
# codes back from their stored text by a dict look-up (calling the enum is several times slower)
_KINDS = {str(kind): kind for kind in Kind}
_PRIORITIES = {str(priority): priority for priority in Priority}
_LOCATIONS = {str(location): location for location in Location}
# category -> the skill a crew member needs for it
SKILLS = {
    "水电暖": "水电",
    "房屋渗漏": "防水",
    "门窗": "门窗",
    "公共设施": "综合维修",
    "电梯": "电梯",
    "门禁": "门禁",
    "监控": "监控",
    "消防设施": "消防",
    "虫害": "消杀",
    "垃圾清运": "垃圾清运",
    "楼道卫生": "保洁",
    "异味": "保洁",
    "绿化养护": "绿化养护",
    "噪音": "秩序维护",
    "宠物": "秩序维护",
    "私搭乱建": "秩序维护",
    "占用公共空间": "秩序维护",
    "外来人员": "秩序维护",
    "停车秩序": "秩序维护",
    "高空抛物": "秩序维护",
    "物业费": "收费",
    "停车费": "收费",
    "水电费": "收费",
    "账单疑问": "账务",
}


@dataclass
class CategoryInfo:
    id: int
    name: str
    priority: Priority
    department_id: int
    department_name: str
    crews: list[Crew]


@dataclass
class Recent:
    """A ticket a later duplicate or repeat complaint refers back to."""

    id: int
    number: str
    received_at: dt.datetime
    identity: Identity


@dataclass
class TicketSummary:
    tickets: int
    events: int
    callbacks: int
    statuses: Counter


class _Choice:
    """A weighted choice drawn with one random number (cumulative weights + bisect)."""

    def __init__(self, weights: dict) -> None:
        self.items = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def build_tickets(
    rng: random.Random,
    register: Register,
    people: People,
    *,
    total: int,
    start: dt.date,
    now: dt.datetime,
    progress: Callable[[int], None] | None = None,
    part_file: PartFile | None = None,
) -> TicketSummary:
    """Generate `total` tickets received between `start` and `now` and write them (the
    later part through `part_file`, attached to the office, see run())."""
    return _TicketGenerator(rng, register, people, now).run(total, start, progress, part_file)


class _TicketGenerator:
    def __init__(self, rng: random.Random, register: Register, people: People, now: dt.datetime) -> None:
        self.rng, self.register, self.people, self.now = rng, register, people, now
        self.rules = DeadlineRules()
        self.planner = Planner(rng, Desk(people.clerks, people.supervisors or people.managers))
        self.categories = _categories(people)
        self.categories_by_name = {info.name: category_id for category_id, info in self.categories.items()}
        self.rooms_by_id = {room.id: room for room in _all_rooms(register)}
        self.counters_before = _counters_before()
        self.kinds = _Choice(mix.KIND_WEIGHTS)
        self.category_choice = {
            (kind, month): _Choice(mix.category_weights(kind, month)) for kind in Kind for month in range(1, 13)
        }
        self.channels = {kind: _Choice(weights) for kind, weights in mix.CHANNEL_WEIGHTS.items()}
        self.homes = _Choice({index: rng.lognormvariate(0, 0.8) for index in range(len(register.homes))})
        self.patrol_crews = [
            crew
            for code in ("security", "engineering")
            for crew in people.crews.get(people.department_ids.get(code), [])
        ]
        self.staff_names = [crew.name for crews in people.crews.values() for crew in crews]
        self.ids = IdSequence("ticket")
        self.recent: deque[Recent] = deque(maxlen=300)
        self.complaints: deque[Recent] = deque(maxlen=500)
        self.events = 0
        self.callbacks = 0

    def run(self, total: int, start: dt.date, progress, part_file: PartFile | None) -> TicketSummary:
        """The earlier days' tickets (FIRST_SHARE) are generated here and written as they
        come; the later days' in a second process into `part_file` meanwhile, then copied
        in after them. Each part draws from its own random generator and numbers its
        tickets and callbacks from where the earlier part's end, so the office is the same
        whether the second part ran beside the first or after it (no `part_file`, or no
        fork on this system)."""
        days = sorted(self._tickets_per_day(total, start).items())
        seeds = [self.rng.getrandbits(64) for _ in range(2)]
        split = _split(days, total * FIRST_SHARE) if part_file is not None else len(days)
        earlier, later = days[:split], days[split:]
        first_ticket, first_callback = self.ids.following, next_id("callback")
        second = None
        if later:
            first_later = first_ticket + sum(count for _, count in earlier)
            second = run_beside(
                lambda: self._generate_into(part_file, later, seeds[1], first_later),
                parallel=total >= PARALLEL_FROM,
            )
        try:
            summary = self._generate(earlier, seeds[0], first_ticket, first_callback, None, progress)
            if second is not None:
                callbacks_before = self.rows.callback_ids.following - 1  # (run here, the later part replaces rows)
                later_summary = second.result()
                copy_part(part_file, callback_offset=callbacks_before)
                summary = _combined(summary, later_summary)
                if progress:
                    progress(summary.tickets)
        finally:
            if second is not None:
                second.stop()
        return summary

    def _generate_into(self, part_file: PartFile, days, seed: int, first_ticket: int) -> TicketSummary:
        """The later part, into its own file (callbacks numbered from 1, moved on copying)."""
        connection = part_file.writer()
        try:
            summary = self._generate(days, seed, first_ticket, 1, connection, None)
            connection.execute("COMMIT")
        finally:
            connection.close()
        return summary

    def _generate(self, days, seed: int, first_ticket: int, first_callback: int, connection, progress) -> TicketSummary:
        self.rng = self.planner.rng = type(self.rng)(seed)
        self.ids = IdSequence(start=first_ticket)
        self.rows = RowMaker(self.rules, self.now, first_callback)
        self.recent.clear()
        self.complaints.clear()
        self.phones = set(self.register.phones)  # relatives' numbers join the part's own copy
        self.events = self.callbacks = 0
        self.day: tuple[dt.date | None, str] = (None, "")
        batch, done = Batch(), 0
        for day, count in days:
            for received_at in self._arrival_times(day, count):
                self._one_ticket(batch, received_at)
            if len(batch.ticket) >= BATCH_TICKETS:
                done += self._flush(batch, connection)
                batch = Batch()
                if progress:
                    progress(done)
        done += self._flush(batch, connection)
        return TicketSummary(done, self.events, self.callbacks, self.rows.statuses)

    def _flush(self, batch: Batch, connection) -> int:
        counters = [
            (prefix, day, self.counters_before.get((prefix, day), 0) + count)
            for (prefix, day), count in batch.counters.items()
        ]
        if connection is None:
            batch.write()
            _write_counters(counters)
        else:
            batch.write(connection)
            insert_rows("daily_counter", COUNTER_COLUMNS, counters, connection)
        self.events += len(batch.ticket_event)
        self.callbacks += len(batch.callback)
        return len(batch.ticket)

    # --- volume ----------------------------------------------------------------------
    def _tickets_per_day(self, total: int, start: dt.date) -> Counter:
        days = [start + dt.timedelta(days=offset) for offset in range((self.now.date() - start).days + 1)]
        weights = [self._day_weight(day, index / max(1, len(days) - 1)) for index, day in enumerate(days)]
        cumulative = list(itertools.accumulate(weights))
        if total == 0 or cumulative[-1] <= 0:
            return Counter()
        return Counter(days[bisect.bisect_right(cumulative, self.rng.random() * cumulative[-1])] for _ in range(total))

    def _day_weight(self, day: dt.date, age: float) -> float:
        """Month, weekday and holiday volume; the office grows ~10% over the period."""
        weight = mix.MONTH_VOLUME[day.month] * mix.WEEKDAY_VOLUME[day.weekday()] * (0.95 + 0.1 * age)
        if self.rules.is_holiday(day):
            weight *= 0.7
        if day == self.now.date():
            weight *= sum(self._hour_weights(day)) / sum(_hours_of(day))
        return weight

    def _hour_weights(self, day: dt.date) -> list[float]:
        """The day's hour weights; today's stop at now (the current hour in part)."""
        weights = list(_hours_of(day))
        if day == self.now.date():
            now = self.now
            weights = [
                w if hour < now.hour else w * now.minute / 60 if hour == now.hour else 0.0
                for hour, w in enumerate(weights)
            ]
        return weights

    def _arrival_times(self, day: dt.date, count: int) -> list[dt.datetime]:
        hours = _Choice(dict(enumerate(self._hour_weights(day))))
        midnight = dt.datetime.combine(day, dt.time())
        times = []
        for _ in range(count):
            hour = hours.draw(self.rng)
            limit = self.now.minute * 60 if (day, hour) == (self.now.date(), self.now.hour) else 3600
            times.append(midnight + dt.timedelta(hours=hour, seconds=self.rng.randrange(max(1, limit))))
        return sorted(times)

    # --- one ticket ------------------------------------------------------------------
    def _one_ticket(self, batch: Batch, received_at: dt.datetime) -> None:
        rng = self.rng
        kind = self.kinds.draw(rng)
        duplicate = self._earlier_ticket(kind, received_at)
        if duplicate is not None:
            identity, merge_into = self._duplicate_of(duplicate, received_at), duplicate.number
        else:
            identity, merge_into = self._new_identity(kind, received_at), None
        category = self.categories[identity.category_id]
        identity.id = self.ids.take()
        identity.number = self._number(batch, identity.kind, received_at)
        draft = Draft(
            received_at,
            _KINDS[identity.kind],
            category.name,
            _PRIORITIES[identity.priority],
            category.department_id,
            category.department_name,
            category.crews,
            identity.first_responder,
            merge_into,
        )
        self.rows.add(batch, identity, self.planner.plan(draft))
        self._remember(identity)

    def _number(self, batch: Batch, kind: str, received_at: dt.datetime) -> str:
        date = received_at.date()
        if date != self.day[0]:  # tickets arrive day by day
            self.day = (date, date.strftime("%Y%m%d"))
        key = (PREFIXES[kind], self.day[1])  # kind is the Kind's text, which looks up the same
        batch.counters[key] += 1
        return format_number(*key, self.counters_before.get(key, 0) + batch.counters[key])

    def _earlier_ticket(self, kind: Kind, received_at: dt.datetime) -> Recent | None:
        """A recent ticket this one repeats: a duplicate to merge, or a repeat complaint."""
        rng = self.rng
        if kind in (Kind.REPAIR, Kind.COMPLAINT) and self.recent and rng.random() < DUPLICATE_SHARE:
            earlier = self.recent[-1 - rng.randrange(min(20, len(self.recent)))]
            if received_at - earlier.received_at < dt.timedelta(days=2):
                return earlier
        return None

    def _duplicate_of(self, earlier: Recent, received_at: dt.datetime) -> Identity:
        """The same room and problem phoned in again, in other words."""
        source = earlier.identity
        category = self.categories[source.category_id]
        description, priority = self._description(
            _KINDS[source.kind], category, Channel.PHONE, _LOCATIONS[source.location], received_at
        )
        return Identity(
            **{
                **source.__dict__,
                "channel": str(Channel.PHONE),
                "description": description,
                "priority": str(priority),
                "received_at": received_at,
                "merged_into": earlier.id,
                "first_responder": self._first_responder(received_at),
            }
        )

    def _description(
        self, kind: Kind, category: CategoryInfo, channel: Channel, location: Location, received_at: dt.datetime
    ) -> tuple[str, Priority]:
        """The clerk's description, and the priority intake would suggest for it."""
        text, urgent = texts.description(
            self.rng,
            kind,
            category.name,
            channel,
            in_home=location is Location.IN_HOME,
            heating=received_at.month in mix.HEATING_MONTHS,
            staff=self.rng.choice(self.staff_names),
        )
        return text, Priority.URGENT if urgent else category.priority

    def _new_identity(self, kind: Kind, received_at: dt.datetime) -> Identity:
        rng = self.rng
        repeat = None
        if kind is Kind.COMPLAINT and self.complaints and rng.random() < REPEAT_COMPLAINT_SHARE:
            repeat = self.complaints[-1 - rng.randrange(len(self.complaints))]
            if received_at - repeat.received_at > dt.timedelta(days=30):
                repeat = None
        category = self.categories[repeat.identity.category_id] if repeat else self._category(kind, received_at)
        channel = self._channel(kind, category.name)
        room, person, location = self._where(kind, category.name, channel, repeat)
        description, priority = self._description(kind, category, channel, location, received_at)
        household_id = (person.household_id or None) if person else None
        return Identity(
            0,
            "",
            str(kind),
            category.id,
            str(channel),
            str(priority),
            room.id if room else None,
            household_id,
            person.name if person else "匿名",
            person.phone if person else "",
            str(location),
            description,
            self._first_responder(received_at),
            category.department_id,
            received_at,
        )

    def _category(self, kind: Kind, received_at: dt.datetime) -> CategoryInfo:
        name = self.category_choice[(kind, received_at.month)].draw(self.rng)
        return self.categories[self.categories_by_name[name]]

    def _channel(self, kind: Kind, category: str) -> Channel:
        channel = self.channels[kind].draw(self.rng)
        if channel is Channel.PATROL and category not in mix.PATROL_CATEGORIES:
            return Channel.PHONE
        return channel

    def _where(
        self, kind, category: str, channel: Channel, repeat: Recent | None
    ) -> tuple[DemoRoom | None, Person | None, Location]:
        rng = self.rng
        if repeat is not None:
            identity = repeat.identity
            room = self.rooms_by_id.get(identity.room_id)
            return room, _person_of(room, identity.household_id), _LOCATIONS[identity.location]
        if channel is Channel.PATROL:
            community = rng.choice(self.register.community_ids)
            crew = rng.choice(self.patrol_crews)
            return (
                rng.choice(self.register.public_areas[community]),
                Person(0, crew.name, crew.phone),
                Location.PUBLIC_AREA,
            )
        if channel is Channel.SUGGESTION_BOX and rng.random() < ANONYMOUS_BOX_SHARE:
            return None, None, Location.PUBLIC_AREA
        room = (
            rng.choice(self.register.shops) if rng.random() < SHOP_SHARE else self.register.homes[self.homes.draw(rng)]
        )
        public = category in mix.PUBLIC_CATEGORIES and rng.random() < 0.85
        return room, self._reporter(room), Location.PUBLIC_AREA if public else Location.IN_HOME

    def _reporter(self, room: DemoRoom) -> Person:
        """The owner mostly, the tenant where there is one, now and then a family member."""
        rng = self.rng
        people = room.people
        if len(people) > 1 and rng.random() < 0.6:
            return people[1]
        owner = people[0]
        if rng.random() < 0.1:
            relative = owner.name[0] + names.given_name(rng, rng.random() < 0.5)
            return Person(owner.household_id, relative, names.mobile(rng, self.phones))
        return owner

    def _first_responder(self, received_at: dt.datetime) -> int:
        if self.rng.random() < 0.08 and self.people.supervisors:
            return self.people.supervisors[0]
        return self.planner.desk.clerk(self.rng, received_at)

    def _remember(self, identity: Identity) -> None:
        recent = Recent(identity.id, identity.number, identity.received_at, identity)
        if identity.kind in (Kind.REPAIR, Kind.COMPLAINT) and identity.merged_into is None and identity.room_id:
            self.recent.append(recent)
        if identity.kind == Kind.COMPLAINT and identity.room_id:
            self.complaints.append(recent)


def _hours_of(day: dt.date) -> list[float]:
    return mix.WEEKEND_HOURS if day.weekday() >= 5 else mix.WEEKDAY_HOURS


def _person_of(room: DemoRoom | None, household_id: int | None) -> Person | None:
    if room is None:
        return None
    return next(
        (person for person in room.people if person.household_id == household_id),
        room.people[0] if room.people else None,
    )


def _categories(people: People) -> dict[int, CategoryInfo]:
    departments = {d.id: d.name for d in Department.select()}
    desk = people.department_ids.get("service_desk")
    infos = {}
    for category in Category.select().where(Category.parent.is_null(False), Category.archived == False):
        department_id = category.default_department_id or desk
        crews = people.crews.get(department_id, [])
        skill = SKILLS.get(category.name)
        skilled = [crew for crew in crews if skill and skill in crew.skills]
        infos[category.id] = CategoryInfo(
            category.id,
            category.name,
            Priority(category.default_priority),
            department_id,
            departments.get(department_id, ""),
            skilled or crews,
        )
    return infos


def _all_rooms(register: Register) -> list[DemoRoom]:
    return register.homes + register.shops + [room for rooms in register.public_areas.values() for room in rooms]


def _counters_before() -> dict[tuple[str, str], int]:
    return {
        (prefix, day): last for prefix, day, last in database.execute_sql("SELECT prefix, day, last FROM daily_counter")
    }


def _write_counters(counters: list[tuple[str, str, int]]) -> None:
    """Keep daily_counter in step so numbers the app hands out later continue the sequence."""
    database.connection().executemany(
        "INSERT INTO daily_counter (prefix, day, last) VALUES (?, ?, ?) ON CONFLICT (prefix, day) DO UPDATE SET last = excluded.last",
        counters,
    )


def _split(days: list[tuple[dt.date, int]], first: float) -> int:
    """How many of the days (in order) the first part takes: until it holds `first` tickets."""
    held = 0
    for index, (_day, count) in enumerate(days):
        if held >= first:
            return index
        held += count
    return len(days)


def _combined(first: TicketSummary, second: TicketSummary) -> TicketSummary:
    return TicketSummary(
        first.tickets + second.tickets,
        first.events + second.events,
        first.callbacks + second.callbacks,
        first.statuses + second.statuses,
    )
