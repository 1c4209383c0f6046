"""The questionnaire every new office starts from (SPEC §2): the six dimensions in their
printed order, their names, and twenty questions — one to five per dimension — that a
campaign copies when no earlier campaign exists to copy from."""

from __future__ import annotations

from dataclasses import dataclass

from models.codes import SurveyDimension
from models.i18n import QT_TRANSLATE_NOOP

DIMENSIONS = [
    SurveyDimension.SERVICE_DESK,
    SurveyDimension.REPAIRS,
    SurveyDimension.CLEANING,
    SurveyDimension.SECURITY,
    SurveyDimension.GREENING,
    SurveyDimension.OVERALL,
]

DIMENSION_LABELS: dict[str, str] = {
    SurveyDimension.SERVICE_DESK: QT_TRANSLATE_NOOP("models", "Service desk"),
    SurveyDimension.REPAIRS: QT_TRANSLATE_NOOP("models", "Repairs"),
    SurveyDimension.CLEANING: QT_TRANSLATE_NOOP("models", "Cleaning"),
    SurveyDimension.SECURITY: QT_TRANSLATE_NOOP("models", "Security"),
    SurveyDimension.GREENING: QT_TRANSLATE_NOOP("models", "Greening"),
    SurveyDimension.OVERALL: QT_TRANSLATE_NOOP("models", "Overall"),
}

# The dimensions' names on paper and in spreadsheets, which are always Chinese.
PAPER_NAMES: dict[str, str] = {
    SurveyDimension.SERVICE_DESK: "客服",
    SurveyDimension.REPAIRS: "工程维修",
    SurveyDimension.CLEANING: "保洁",
    SurveyDimension.SECURITY: "安保",
    SurveyDimension.GREENING: "绿化",
    SurveyDimension.OVERALL: "总体",
}
PAPER_ALL_QUESTIONS = "全部题目"

QUESTIONS_PER_DIMENSION = (1, 5)
DEFAULT_TARGET = 300


@dataclass(frozen=True)
class QuestionDraft:
    """A question as the campaign editor holds it before it is saved."""

    dimension: str
    text: str


DEFAULT_QUESTIONS = [
    QuestionDraft(SurveyDimension.SERVICE_DESK, "客服人员的服务态度"),
    QuestionDraft(SurveyDimension.SERVICE_DESK, "报事报修受理是否及时"),
    QuestionDraft(SurveyDimension.SERVICE_DESK, "投诉处理与结果反馈"),
    QuestionDraft(SurveyDimension.SERVICE_DESK, "通知公告是否及时清楚"),
    QuestionDraft(SurveyDimension.REPAIRS, "维修人员上门是否及时"),
    QuestionDraft(SurveyDimension.REPAIRS, "维修质量"),
    QuestionDraft(SurveyDimension.REPAIRS, "公共设施设备（电梯、照明、门禁）运行"),
    QuestionDraft(SurveyDimension.REPAIRS, "维修收费是否合理透明"),
    QuestionDraft(SurveyDimension.CLEANING, "楼道和电梯厅的清洁"),
    QuestionDraft(SurveyDimension.CLEANING, "垃圾清运是否及时"),
    QuestionDraft(SurveyDimension.CLEANING, "室外道路和广场的清洁"),
    QuestionDraft(SurveyDimension.SECURITY, "门岗对外来人员和车辆的管理"),
    QuestionDraft(SurveyDimension.SECURITY, "夜间巡逻"),
    QuestionDraft(SurveyDimension.SECURITY, "停车秩序"),
    QuestionDraft(SurveyDimension.SECURITY, "消防安全管理"),
    QuestionDraft(SurveyDimension.GREENING, "绿化修剪与养护"),
    QuestionDraft(SurveyDimension.GREENING, "草坪和花木的长势"),
    QuestionDraft(SurveyDimension.GREENING, "病虫害防治"),
    QuestionDraft(SurveyDimension.OVERALL, "对物业服务的总体评价"),
    QuestionDraft(SurveyDimension.OVERALL, "是否愿意向亲友推荐本小区的物业服务"),
]


def paper_name(dimension: str) -> str:
    """The Chinese name of a dimension (or of all questions together) for paper and sheets."""
    return PAPER_NAMES.get(dimension, PAPER_ALL_QUESTIONS if dimension == "all" else dimension)


def dimension_order(dimension: str) -> int:
    return DIMENSIONS.index(dimension) if dimension in DIMENSIONS else len(DIMENSIONS)
