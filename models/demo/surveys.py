"""The demo office's satisfaction surveys: one campaign per quarter (e.g.
2026年第四季度满意度调查) from the middle of the quarter for 20 days, a 1–5 question per
dimension, quotas per building in proportion to its households, and paper forms
typed in at the desk — scores that drift a little from quarter to quarter."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models.codes import SurveyDimension
from models.demo.bulk import IdSequence, day, insert_rows, stamp
from models.demo.places import Register
from models.demo.timeline import DESK_HOURS

QUARTERS = "一二三四"
QUESTIONS = {
    SurveyDimension.SERVICE_DESK: "您对客服中心（前台）的服务态度和办事效率是否满意？",
    SurveyDimension.REPAIRS: "您对工程维修的及时性和维修质量是否满意？",
    SurveyDimension.CLEANING: "您对小区保洁和垃圾清运是否满意？",
    SurveyDimension.SECURITY: "您对小区安保和秩序维护是否满意？",
    SurveyDimension.GREENING: "您对小区绿化养护是否满意？",
    SurveyDimension.OVERALL: "总体而言，您对物业服务是否满意？",
}
BASELINE = {
    SurveyDimension.SERVICE_DESK: 4.4,
    SurveyDimension.REPAIRS: 4.1,
    SurveyDimension.CLEANING: 4.3,
    SurveyDimension.SECURITY: 4.3,
    SurveyDimension.GREENING: 4.2,
    SurveyDimension.OVERALL: 4.3,
}
COMMENTS = [
    "希望地下车库照明再亮一些",
    "保洁阿姨很辛苦，点赞",
    "维修师傅能否提前电话预约",
    "小区绿化越来越好了",
    "希望加强外来人员管理",
    "停车难问题希望解决",
    "前台服务很热情",
    "电梯维保希望更及时",
]
FIELD_DAYS = 20


@dataclass
class SurveySummary:
    campaigns: int = 0
    responses: int = 0


def build_surveys(
    rng: random.Random, register: Register, clerks: list[int], *, start: dt.date, now: dt.datetime
) -> SurveySummary:
    """One campaign per quarter whose field work started before now."""
    summary = SurveySummary()
    target = min(300, max(10, sum(len(rooms) for rooms in register.occupied_by_building.values()) // 10))
    ids = {table: IdSequence(table) for table in ("survey_campaign", "survey_question", "survey_response")}
    for year, quarter in _quarters(start, now.date()):
        starts_on = dt.date(year, quarter * 3 - 1, 15)
        if starts_on < start or starts_on > now.date():
            continue
        campaign = _Campaign(rng, register, clerks, ids, now)
        summary.responses += campaign.write(year, quarter, starts_on, target)
        summary.campaigns += 1
    return summary


def _quarters(start: dt.date, today: dt.date) -> list[tuple[int, int]]:
    first, last = start.year * 4 + (start.month - 1) // 3, today.year * 4 + (today.month - 1) // 3
    return [(index // 4, index % 4 + 1) for index in range(first, last + 1)]


class _Campaign:
    def __init__(
        self, rng, register: Register, clerks: list[int], ids: dict[str, IdSequence], now: dt.datetime
    ) -> None:
        self.rng, self.register, self.clerks, self.ids, self.now = rng, register, clerks, ids, now

    def write(self, year: int, quarter: int, starts_on: dt.date, target: int) -> int:
        campaign_id = self.ids["survey_campaign"].take()
        ends_on = starts_on + dt.timedelta(days=FIELD_DAYS)
        name = f"{year}年第{QUARTERS[quarter - 1]}季度满意度调查"
        insert_rows(
            "survey_campaign",
            ("id", "name", "starts_on", "ends_on", "target_size", "closed", "forms_printed"),
            [(campaign_id, name, day(starts_on), day(ends_on), target, int(ends_on < self.now.date()), target)],
        )
        questions = self._questions(campaign_id)
        quotas = self._quotas(campaign_id, target)
        share = min(1.0, (self.now.date() - starts_on).days / FIELD_DAYS) * self.rng.uniform(0.85, 1.05)
        mood = {dimension: base + self.rng.gauss(0, 0.12) for dimension, base in BASELINE.items()}
        return self._responses(campaign_id, questions, quotas, share, mood, starts_on, ends_on)

    def _questions(self, campaign_id: int) -> dict[SurveyDimension, int]:
        rows, ids = [], {}
        for position, (dimension, text) in enumerate(QUESTIONS.items()):
            ids[dimension] = self.ids["survey_question"].take()
            rows.append((ids[dimension], campaign_id, str(dimension), text, position))
        insert_rows("survey_question", ("id", "campaign_id", "dimension", "text", "position"), rows)
        return ids

    def _quotas(self, campaign_id: int, target: int) -> dict[int, int]:
        """Quota per building in proportion to its households (largest remainders)."""
        sizes = {building: len(rooms) for building, rooms in self.register.occupied_by_building.items() if rooms}
        total = sum(sizes.values())
        exact = {building: target * size / total for building, size in sizes.items()}
        quotas = {building: int(value) for building, value in exact.items()}
        for building in sorted(exact, key=lambda b: quotas[b] - exact[b])[: target - sum(quotas.values())]:
            quotas[building] += 1
        insert_rows(
            "survey_quota",
            ("campaign_id", "building_id", "quota"),
            [(campaign_id, building, quota) for building, quota in quotas.items()],
        )
        return quotas

    def _responses(self, campaign_id, questions, quotas, share, mood, starts_on, ends_on) -> int:
        responses, answers = [], []
        last_entry = min(dt.datetime.combine(ends_on + dt.timedelta(days=3), dt.time(18)), self.now)
        for building, quota in quotas.items():
            rooms = self.register.occupied_by_building[building]
            for room in self.rng.sample(rooms, min(len(rooms), round(quota * share))):
                response_id = self.ids["survey_response"].take()
                entered_at = self._entered_at(starts_on, last_entry)
                comment = self.rng.choice(COMMENTS) if self.rng.random() < 0.15 else ""
                responses.append(
                    (
                        response_id,
                        campaign_id,
                        len(responses) + 1,
                        room.id,
                        building,
                        room.people[0].household_id,
                        comment,
                        self.rng.choice(self.clerks),
                        stamp(entered_at),
                    )
                )
                answers += self._answers(response_id, questions, mood)
        insert_rows(
            "survey_response",
            (
                "id",
                "campaign_id",
                "form_number",
                "room_id",
                "building_id",
                "household_id",
                "comment",
                "entered_by_id",
                "entered_at",
            ),
            responses,
        )
        insert_rows("survey_answer", ("response_id", "question_id", "score"), answers)
        return len(responses)

    def _entered_at(self, starts_on: dt.date, last_entry: dt.datetime) -> dt.datetime:
        first = dt.datetime.combine(starts_on, dt.time(DESK_HOURS[0] + 1))
        span = max(0, int((last_entry - first).total_seconds()))
        at = first + dt.timedelta(seconds=self.rng.randrange(span + 1))
        if not DESK_HOURS[0] <= at.hour < DESK_HOURS[1] - 1:
            at = at.replace(hour=self.rng.randint(DESK_HOURS[0] + 1, DESK_HOURS[1] - 2))
        return min(at, last_entry)

    def _answers(self, response_id: int, questions: dict[SurveyDimension, int], mood: dict) -> list[tuple]:
        person = self.rng.gauss(0, 0.5)
        return [
            (response_id, question_id, max(1, min(5, round(mood[dimension] + person + self.rng.gauss(0, 0.5)))))
            for dimension, question_id in questions.items()
        ]
