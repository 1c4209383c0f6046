"""Survey figures (issue 14: saving a form ≤ 30 ms; the results of a 10,000-response
campaign ≤ 200 ms): two campaigns of 20 questions with 10,000 forms each (15 % with a
comment, 5 % of answers blank) over 20 buildings, then saving a form as the entry form
does, the campaign's results with the comparison and the building table, one building's
results, the monthly summary's score, the campaign list, and in the GUI one form typed
in by keys and the results tab refreshed. Each line gives wall times and the CPU time of
the process; on a busy machine the wall time is mostly waiting for a core.

  QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.surveys [--responses 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models.clock import FixedClock  # noqa: E402
from models.codes import Role  # noqa: E402
from models.followup import (  # noqa: E402
    CampaignForm,
    NewResponse,
    campaign_results,
    campaign_rows,
    create_campaign,
    questions_of,
    quotas_by_households,
    save_response,
    set_quotas,
    survey_score,
)
from models.followup.tables import SurveyAnswer, SurveyResponse  # noqa: E402
from models.office import User  # noqa: E402
from models.opening import open_database  # noqa: E402
from models.registers import Building, Community, Household, Room  # noqa: E402
from models.store import DataFolder, database  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 10, 0)
BUILDINGS = 20
SPARE_ROOMS = 400  # rooms left without a form, for the timed saves


def build_rooms(count: int) -> list[int]:
    community = Community.create(name="阳光花园")
    per_building = count // BUILDINGS + 1
    with database.atomic():
        for number in range(1, BUILDINGS + 1):
            building = Building.create(community=community, name=str(number), position=number)
            rows = [
                (community.id, building.id, f"{i:04d}", f"{number}-1-{i:04d}", "residence", 0)
                for i in range(1, per_building + 1)
            ]
            fields = [Room.community, Room.building, Room.number, Room.code, Room.kind, Room.archived]
            Room.insert_many(rows, fields=fields).execute()
        room_ids = [room.id for room in Room.select(Room.id).order_by(Room.id)]
        Household.insert_many(
            [(room, "业主", "owner") for room in room_ids], fields=[Household.room, Household.name, Household.role]
        ).execute()
    return room_ids


def fill_campaign(name: str, starts_on: dt.date, rooms: list[int], user: User, rng: random.Random, mood: float) -> int:
    manager = User.get_or_none(User.username == "manager") or User.create(
        username="manager", display_name="周经理", role=Role.MANAGER
    )
    acting = {"operator": manager, "clock": FixedClock(NOW)}
    campaign = create_campaign(CampaignForm(name, starts_on, starts_on + dt.timedelta(days=20), len(rooms)), **acting)
    set_quotas(campaign, quotas_by_households(len(rooms)), **acting)
    questions = [q.id for q in questions_of(campaign)]
    first = (SurveyResponse.select(SurveyResponse.id).order_by(SurveyResponse.id.desc()).scalar() or 0) + 1
    responses, answers = [], []
    for index, room in enumerate(rooms):
        comment = rng.choice(["电梯维保希望更及时", "保洁很好", "停车难", "希望多沟通"]) if rng.random() < 0.15 else ""
        responses.append((first + index, campaign, index + 1, room, comment, user.id, NOW))
        person = rng.gauss(0, 0.6)
        answers += [
            (first + index, question, max(1, min(5, round(mood + person + rng.gauss(0, 0.5)))))
            for question in questions
            if rng.random() > 0.05
        ]
    with database.atomic():
        fields = [
            SurveyResponse.id,
            SurveyResponse.campaign,
            SurveyResponse.form_number,
            SurveyResponse.room,
            SurveyResponse.comment,
            SurveyResponse.entered_by,
            SurveyResponse.entered_at,
        ]
        for start in range(0, len(responses), 5000):
            SurveyResponse.insert_many(responses[start : start + 5000], fields=fields).execute()
        fields = [SurveyAnswer.response, SurveyAnswer.question, SurveyAnswer.score]
        for start in range(0, len(answers), 20000):
            SurveyAnswer.insert_many(answers[start : start + 20000], fields=fields).execute()
    return campaign


def timed(label: str, action, repeat: int = 5):
    """Median and worst wall time, and the median CPU time of this process (what the
    figure would be on an otherwise idle machine)."""
    action()  # warm
    walls, cpus = [], []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    print(
        f"{label:<54} median {statistics.median(walls) * 1000:7.1f} ms  max {max(walls) * 1000:7.1f} ms"
        f"  cpu {statistics.median(cpus) * 1000:6.1f} ms"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=10_000)
    args = parser.parse_args()
    folder = DataFolder(Path(tempfile.mkdtemp()) / "data")
    open_database(folder)
    rng = random.Random(14)
    user = User.create(username="clerk", display_name="小林", role=Role.CLERK)
    started = time.perf_counter()
    rooms = build_rooms(args.responses + SPARE_ROOMS)
    fill_campaign("2026年第三季度满意度调查", dt.date(2026, 8, 15), rooms[: args.responses], user, rng, 4.1)
    current = fill_campaign("2026年第四季度满意度调查", dt.date(2026, 11, 15), rooms[: args.responses], user, rng, 4.3)
    print(
        f"{SurveyResponse.select().count()} forms, {SurveyAnswer.select().count()} answers in two campaigns "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )
    bench_saving(current, rooms[args.responses :], user)
    results = timed("campaign results (all figures, comparison, buildings)", lambda: campaign_results(current))
    print(f"  {results.responses} forms, score {results.overall.figures.score:.1f}, {len(results.buildings)} buildings")
    building = Building.get(Building.name == "7").id
    timed("one building's results", lambda: campaign_results(current, building_id=building))
    timed("survey_score (monthly summary)", lambda: survey_score(current))
    timed("campaign list with progress and quotas", campaign_rows)
    bench_page(folder, user, current)


def bench_saving(campaign: int, spare_rooms: list[int], user: User) -> None:
    questions = [q.id for q in questions_of(campaign)]
    clock = FixedClock(NOW)
    numbers = iter(range(900_000, 999_999))
    rooms = iter(spare_rooms)

    def save_one():
        data = NewResponse(campaign, next(numbers), next(rooms), {q: 4 for q in questions}, "")
        return save_response(data, operator=user, clock=clock)

    timed("save one form (20 answers, room, duplicate checks)", save_one, repeat=50)


def bench_page(folder: DataFolder, user: User, campaign: int) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest

    from desktop_app.app import ensure_application
    from desktop_app.context import DeskContext
    from desktop_app.pages.surveys import SurveysPage

    app = ensure_application()
    context = DeskContext(folder=folder, operator=user, clock=FixedClock(NOW))
    page = timed("build the surveys page", lambda: SurveysPage(context), repeat=2)
    page.resize(1000, 700)
    page.show()
    page.select_campaign(campaign)
    entry = page.show_entry()
    app.processEvents()

    def type_one_form():
        QTest.keyClick(entry.form_number, Qt.Key.Key_Return)
        QTest.keyClick(entry.room, Qt.Key.Key_Return)
        QTest.keyClicks(entry.sheet, "54545444445555543434")
        QTest.keyClick(entry.comment, Qt.Key.Key_Return)
        app.processEvents()

    timed("type one 20-question form by keys and save (GUI)", type_one_form, repeat=10)
    results = page.show_results()
    timed("refresh the results tab", lambda: (results.refresh(), app.processEvents()))
    page.close()
    page.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    main()
