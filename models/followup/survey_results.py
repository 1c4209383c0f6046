"""The figures of a survey campaign, for the page, the report, the spreadsheet and the
monthly summary. For every question, every dimension and all questions together:

- answered: answers 1–5 given; blank: forms in scope that left the question(s) blank
  (a blank is never counted as 0 — it is simply not in the figures below);
- mean: the average answer; score 0–100 = (mean − 1) / 4 × 100, so 1 → 0, 3 → 50, 5 → 100;
- satisfaction rate: the share of answers that are 4 or 5;
- distribution: how many answers were 1, 2, 3, 4 and 5.

"All questions" pools every answer of the form (each answer weighs the same); the
dimension 总体 is one dimension among the others. Progress counts forms against the
target and the quotas per building; the comparison is with the campaign that started
last before this one. The same figures exist per building (forms whose room lies in
it). Comments are grouped by the dimension they speak of: the dimension whose words the
comment uses, else the dimension the owner rated lowest (3 or less), else 总体."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

import peewee as pw

from models.codes import SurveyDimension
from models.followup.survey_campaigns import (
    QuestionView,
    building_labels,
    campaign_view,
    previous_campaign_id,
    questions_of,
    quotas_of,
    responses_per_building,
)
from models.followup.survey_entry import format_form_number
from models.followup.survey_template import DIMENSIONS
from models.followup.tables import SurveyCampaign, SurveyQuestion, SurveyResponse
from models.store import database

ALL_QUESTIONS = "all"
LOWEST_COUNT = 5
SATISFIED = (4, 5)

# Words that tie a comment to a dimension (data, like the questions; checked in this order).
COMMENT_WORDS: dict[str, tuple[str, ...]] = {
    SurveyDimension.SERVICE_DESK: ("前台", "客服", "管家", "服务态度", "通知", "收费", "物业费"),
    SurveyDimension.REPAIRS: ("维修", "报修", "师傅", "电梯", "漏水", "照明", "灯", "水管", "设施", "维保"),
    SurveyDimension.CLEANING: ("保洁", "卫生", "垃圾", "清洁", "打扫", "异味"),
    SurveyDimension.SECURITY: ("安保", "保安", "门禁", "外来", "停车", "车位", "巡逻", "消防", "门岗", "监控"),
    SurveyDimension.GREENING: ("绿化", "树", "草", "花", "修剪"),
}


_COMMENT_PATTERNS = {
    dimension: re.compile("|".join(re.escape(word) for word in words)) for dimension, words in COMMENT_WORDS.items()
}


@dataclass(frozen=True)
class Figures:
    """Answers counted 1..5 (distribution[0] is the number of 1s) and the blanks."""

    distribution: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    blank: int = 0

    @property
    def answered(self) -> int:
        return sum(self.distribution)

    @property
    def mean(self) -> float | None:
        if not self.answered:
            return None
        return sum(value * count for value, count in zip(range(1, 6), self.distribution, strict=True)) / self.answered

    @property
    def score(self) -> float | None:
        mean = self.mean
        return None if mean is None else (mean - 1) / 4 * 100

    @property
    def satisfaction_rate(self) -> float | None:
        if not self.answered:
            return None
        return sum(self.distribution[value - 1] for value in SATISFIED) / self.answered


@dataclass(frozen=True)
class DimensionResult:
    dimension: str  # a SurveyDimension, or ALL_QUESTIONS
    figures: Figures
    previous_score: float | None = None

    @property
    def change(self) -> float | None:
        """Score points up (+) or down (−) from the previous campaign."""
        if self.figures.score is None or self.previous_score is None:
            return None
        return self.figures.score - self.previous_score


@dataclass(frozen=True)
class QuestionResult:
    question: QuestionView
    figures: Figures


@dataclass(frozen=True)
class QuotaResult:
    building_id: int
    building: str
    quota: int
    responses: int

    @property
    def met(self) -> bool:
        return self.responses >= self.quota


@dataclass(frozen=True)
class BuildingResult:
    building_id: int
    building: str
    quota: int
    responses: int
    overall: Figures
    dimensions: dict[str, Figures]


@dataclass(frozen=True)
class Comment:
    form_number: str
    room: str
    text: str


@dataclass(frozen=True)
class CampaignResults:
    campaign_id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    target_size: int
    responses: int
    overall: DimensionResult
    dimensions: list[DimensionResult]
    questions: list[QuestionResult]
    quotas: list[QuotaResult]
    buildings: list[BuildingResult]
    comments: dict[str, list[Comment]]
    previous_name: str | None = None
    building_id: int | None = None  # the results of one building only, when set
    building: str = ""

    @property
    def progress(self) -> float:
        return self.responses / self.target_size if self.target_size else 0.0

    @property
    def lowest(self) -> list[QuestionResult]:
        """The lowest-scoring questions (those with answers), lowest first."""
        answered = [q for q in self.questions if q.figures.answered]
        return sorted(answered, key=lambda q: (q.figures.score, q.question.number))[:LOWEST_COUNT]

    @property
    def quotas_met(self) -> int:
        return sum(1 for quota in self.quotas if quota.met)


@dataclass
class _Tally:
    """Answer counts per question and score for the forms in scope."""

    counts: dict[int, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0] * 5))
    responses: int = 0

    def figures(self, question_ids: list[int]) -> Figures:
        distribution = [sum(self.counts[q][i] for q in question_ids if q in self.counts) for i in range(5)]
        blank = self.responses * len(question_ids) - sum(distribution)
        return Figures(tuple(distribution), blank)


# --- the campaign ----------------------------------------------------------------------------
def campaign_results(campaign_id: int, *, building_id: int | None = None) -> CampaignResults:
    """Every figure of the campaign (or of one building's forms) and the comparison."""
    campaign = campaign_view(campaign_id)
    questions = campaign.questions
    tally = _tally(campaign_id, building_id)
    by_dimension = _question_ids_by_dimension(questions)
    previous_id = previous_campaign_id(campaign_id)
    previous = _previous_scores(previous_id, building_id)
    labels = building_labels()
    return CampaignResults(
        campaign_id=campaign.id,
        name=campaign.name,
        starts_on=campaign.starts_on,
        ends_on=campaign.ends_on,
        target_size=campaign.target_size,
        responses=tally.responses,
        overall=DimensionResult(ALL_QUESTIONS, tally.figures([q.id for q in questions]), previous.get(ALL_QUESTIONS)),
        dimensions=[
            DimensionResult(dimension, tally.figures(ids), previous.get(dimension))
            for dimension, ids in by_dimension.items()
        ],
        questions=[QuestionResult(q, tally.figures([q.id])) for q in questions],
        quotas=_quotas(campaign_id, building_id),
        buildings=building_results(campaign_id) if building_id is None else [],
        comments=comments_by_dimension(campaign_id, building_id),
        previous_name=SurveyCampaign.get_by_id(previous_id).name if previous_id else None,
        building_id=building_id,
        building=labels.get(building_id, "") if building_id else "",
    )


def _question_ids_by_dimension(questions: list[QuestionView]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for dimension in DIMENSIONS:
        ids = [q.id for q in questions if q.dimension == dimension]
        if ids:
            grouped[dimension] = ids
    return grouped


def _scope(campaign_id: int, building_id: int | None) -> pw.Expression:
    condition = SurveyResponse.campaign == campaign_id
    if building_id is not None:
        condition &= SurveyResponse.building == building_id
    return condition


def _tally(campaign_id: int, building_id: int | None) -> _Tally:
    """Counts from the schema's tally of answers (see migration 5), not from the answers."""
    tally = _Tally()
    tally.responses = SurveyResponse.select().where(_scope(campaign_id, building_id)).count()
    for question_id, score, count in _tally_rows(campaign_id, building_id):
        tally.counts[question_id][score - 1] += count
    return tally


def _tally_rows(campaign_id: int, building_id: int | None, *, by_building: bool = False) -> list[tuple]:
    """(question, score, count) — or (building, question, score, count) — of the campaign."""
    columns = "building_id, question_id, score, count" if by_building else "question_id, score, count"
    sql = f"SELECT {columns} FROM survey_tally WHERE campaign_id = ? AND count > 0"
    params: list = [campaign_id]
    if building_id is not None:
        sql += " AND building_id = ?"
        params.append(building_id)
    return database.execute_sql(sql, params).fetchall()


def _previous_scores(previous_id: int | None, building_id: int | None) -> dict[str, float | None]:
    if previous_id is None:
        return {}
    questions = questions_of(previous_id)
    tally = _tally(previous_id, building_id)
    scores = {ALL_QUESTIONS: tally.figures([q.id for q in questions]).score}
    for dimension, ids in _question_ids_by_dimension(questions).items():
        scores[dimension] = tally.figures(ids).score
    return scores


def _quotas(campaign_id: int, building_id: int | None) -> list[QuotaResult]:
    per_building = responses_per_building(campaign_id)
    return [
        QuotaResult(quota.building_id, quota.building, quota.quota, per_building.get(quota.building_id, 0))
        for quota in quotas_of(campaign_id)
        if building_id is None or quota.building_id == building_id
    ]


# --- per building ------------------------------------------------------------------------------
def building_results(campaign_id: int) -> list[BuildingResult]:
    """Each building with forms or a quota: its forms, quota, all-questions figures and
    figures per dimension."""
    questions = questions_of(campaign_id)
    dimension_of = {q.id: q.dimension for q in questions}
    counts_per_dimension = _question_count_per_dimension(questions)
    responses = responses_per_building(campaign_id)
    distributions: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 5))
    for building, question_id, score, count in _tally_rows(campaign_id, None, by_building=True):
        distributions[building][dimension_of[question_id]][score - 1] += count
    quotas = {q.building_id: q.quota for q in quotas_of(campaign_id)}
    labels = building_labels()
    ids = [b for b in labels if b in responses or b in quotas]
    return [
        _building_result(b, labels[b], quotas.get(b, 0), responses.get(b, 0), distributions[b], counts_per_dimension)
        for b in ids
    ]


def _question_count_per_dimension(questions: list[QuestionView]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for question in questions:
        counts[question.dimension] = counts.get(question.dimension, 0) + 1
    return counts


def _building_result(
    building_id: int,
    label: str,
    quota: int,
    responses: int,
    distributions: dict[str, list[int]],
    counts_per_dimension: dict[str, int],
) -> BuildingResult:
    dimensions = {
        dimension: Figures(tuple(distributions[dimension]), responses * count - sum(distributions[dimension]))
        for dimension, count in counts_per_dimension.items()
    }
    pooled = tuple(sum(figures.distribution[i] for figures in dimensions.values()) for i in range(5))
    blank = sum(figures.blank for figures in dimensions.values())
    return BuildingResult(building_id, label, quota, responses, Figures(pooled, blank), dimensions)


# --- comments --------------------------------------------------------------------------------
def comments_by_dimension(campaign_id: int, building_id: int | None = None) -> dict[str, list[Comment]]:
    """The comments of the campaign's forms, by form number, under the dimension each
    speaks of (see the module's docstring); dimensions without comments are left out."""
    sql = """
        SELECT r.id, r.form_number, r.comment, coalesce(room.code, '')
        FROM survey_response r LEFT JOIN room ON room.id = r.room_id
        WHERE r.campaign_id = ? AND r.comment != ''"""
    params: list = [campaign_id]
    if building_id is not None:
        sql += " AND r.building_id = ?"
        params.append(building_id)
    rows = sorted(database.execute_sql(sql, params).fetchall(), key=lambda row: row[1])
    by_words = {row[0]: _dimension_named(row[2]) for row in rows}
    lowest = _lowest_dimension(campaign_id, [response for response, found in by_words.items() if found is None])
    grouped: dict[str, list[Comment]] = {}
    for response_id, number, text, room in rows:
        dimension = by_words[response_id] or _by_rating(lowest.get(response_id))
        grouped.setdefault(dimension, []).append(Comment(format_form_number(number), room, text))
    return {dimension: grouped[dimension] for dimension in DIMENSIONS if dimension in grouped}


def comment_dimension(text: str, lowest_rated: tuple[str, int] | None) -> str:
    """The dimension a comment speaks of: by its words, else the lowest rating (≤ 3)."""
    return _dimension_named(text) or _by_rating(lowest_rated)


def _dimension_named(text: str) -> str | None:
    return next((dimension for dimension, words in _COMMENT_PATTERNS.items() if words.search(text)), None)


def _by_rating(lowest_rated: tuple[str, int] | None) -> str:
    if lowest_rated and lowest_rated[1] <= 3:
        return lowest_rated[0]
    return SurveyDimension.OVERALL


def _lowest_dimension(campaign_id: int, response_ids: list[int]) -> dict[int, tuple[str, int]]:
    """Per form: (dimension, answer) of its lowest answer, the first in printed order on a
    tie — SQLite finds min(score × 10000 + position) per form."""
    dimension_at = dict(
        SurveyQuestion.select(SurveyQuestion.position, SurveyQuestion.dimension)
        .where(SurveyQuestion.campaign == campaign_id)
        .tuples()
    )
    found = {}
    for start in range(0, len(response_ids), 500):
        chunk = response_ids[start : start + 500]
        sql = f"""
            SELECT a.response_id, min(a.score * 10000 + q.position)
            FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
            WHERE a.response_id IN ({", ".join("?" for _ in chunk)})
            GROUP BY a.response_id"""
        for response_id, key in database.execute_sql(sql, chunk).fetchall():
            found[response_id] = (dimension_at[key % 10000], key // 10000)
    return found


# --- for the monthly summary -----------------------------------------------------------------
@dataclass(frozen=True)
class SurveyScore:
    campaign_id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    responses: int
    score: float | None
    satisfaction_rate: float | None


def survey_score(campaign_id: int, *, building_id: int | None = None) -> SurveyScore:
    """The survey's headline figures for the monthly summary (SPEC §4, target ≥ 90):
    the score 0–100 of all questions together — (mean − 1) / 4 × 100 over every answer
    1–5 given, blanks left out — the share of answers 4–5, and the forms typed in.
    `score` is None while no answer is stored. Optionally for one building's forms."""
    campaign = campaign_view(campaign_id)
    tally = _tally(campaign_id, building_id)
    figures = tally.figures([q.id for q in campaign.questions])
    return SurveyScore(
        campaign.id,
        campaign.name,
        campaign.starts_on,
        campaign.ends_on,
        tally.responses,
        figures.score,
        figures.satisfaction_rate,
    )


def survey_scores(*, started_by: dt.date | None = None) -> list[SurveyScore]:
    """`survey_score` of every campaign that started on or before `started_by` (all when
    None), newest first — the monthly summary takes the latest one it needs."""
    query = SurveyCampaign.select(SurveyCampaign.id).order_by(SurveyCampaign.starts_on.desc(), SurveyCampaign.id.desc())
    if started_by is not None:
        query = query.where(SurveyCampaign.starts_on <= started_by)
    return [survey_score(row.id) for row in query]
