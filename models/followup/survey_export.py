"""A campaign's results as an .xlsx workbook, the way offices kept them in Excel: 汇总 (the
figures per dimension with the comparison), 题目 (per question), 楼栋 (quotas and scores
per building), 意见 (comments by dimension) and 问卷 (every form typed in, one column per
question, blanks left empty). Every text is written as a text cell — a comment that
starts with = stays text and is never a formula — and the file is written beside its
final name and moved into place when complete."""

from __future__ import annotations

from pathlib import Path

import peewee as pw

from models.clock import Clock
from models.codes import AuditKind, Permission
from models.errors import DeskError
from models.files import PendingFile
from models.followup.survey_campaigns import questions_of
from models.followup.survey_results import CampaignResults, Figures, campaign_results
from models.followup.survey_template import paper_name
from models.followup.tables import SurveyAnswer, SurveyResponse
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_audit, require
from models.registers import Room

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "models", "{file} cannot be written: {reason}. Close it in Excel or choose another folder."
)

FIGURE_HEADERS = ["平均分", "得分", "满意率", "已答", "未答", "1分", "2分", "3分", "4分", "5分"]


class SurveyExportError(DeskError):
    """The results file could not be written."""


def export_results(campaign_id: int, path: str | Path, *, operator: User, clock: Clock) -> Path:
    """Write the campaign's results workbook to `path` (.xlsx). It holds rooms and
    comments but no names, phone or ID numbers: a role that prints reports may, and the
    export is logged in the audit."""
    require(operator, Permission.PRINT_REPORTS)
    path = Path(path)
    results = campaign_results(campaign_id)
    with PendingFile(path) as pending:
        try:
            _write(results, pending.temporary)
        except OSError as error:
            raise SurveyExportError(MSG_CANNOT_WRITE, file=path.name, reason=error.strerror or str(error)) from error
        pending.put_in_place()
    forms = SurveyResponse.select().where(SurveyResponse.campaign == campaign_id).count()
    figures = {"campaign": campaign_id, "forms": forms}
    record_audit(AuditKind.EXPORT, f"survey_results:{path.name}", actor=operator, at=clock.now(), new=figures)
    return path


def _write(results: CampaignResults, path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for title, rows in [
        ("汇总", summary_rows(results)),
        ("题目", question_rows(results)),
        ("楼栋", building_rows(results)),
        ("意见", comment_rows(results)),
        ("问卷", form_rows(results.campaign_id)),
    ]:
        sheet = workbook.create_sheet(title=title)
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
    workbook.save(path)


def _cell(sheet, value):
    """Numbers stay numbers; any text is a text cell (data type s), never a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=None if value is None else value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _figures(figures: Figures) -> list:
    rate = figures.satisfaction_rate
    return [
        None if figures.mean is None else round(figures.mean, 2),
        None if figures.score is None else round(figures.score, 1),
        None if rate is None else round(rate * 100, 1),
        figures.answered,
        figures.blank,
        *figures.distribution,
    ]


def summary_rows(results: CampaignResults) -> list[list]:
    rows = [
        ["调查", results.name],
        ["调查时间", f"{results.starts_on:%Y-%m-%d} 至 {results.ends_on:%Y-%m-%d}"],
        ["收回问卷", results.responses],
        ["目标样本量", results.target_size],
        ["上次调查", results.previous_name or ""],
        [],
        ["维度", *FIGURE_HEADERS, "上次得分", "变化"],
    ]
    for result in [*results.dimensions, results.overall]:
        previous = None if result.previous_score is None else round(result.previous_score, 1)
        change = None if result.change is None else round(result.change, 1)
        rows.append([paper_name(result.dimension), *_figures(result.figures), previous, change])
    rows.append([])
    rows.append(["满意率为答 4 分或 5 分的题数占已答题数的百分比；得分 = (平均分 − 1) ÷ 4 × 100；未填的题目不计入。"])
    return rows


def question_rows(results: CampaignResults) -> list[list]:
    rows = [["序号", "维度", "题目", *FIGURE_HEADERS]]
    for question in results.questions:
        q = question.question
        rows.append([q.number, paper_name(q.dimension), q.text, *_figures(question.figures)])
    return rows


def building_rows(results: CampaignResults) -> list[list]:
    quotas = {q.building_id: q for q in results.quotas}
    rows = [["楼栋", "配额", "已收回", "配额完成", *FIGURE_HEADERS]]
    for building in results.buildings:
        quota = quotas.get(building.building_id)
        met = "" if quota is None else ("达成" if quota.met else "未达成")
        rows.append([building.building, building.quota, building.responses, met, *_figures(building.overall)])
    return rows


def comment_rows(results: CampaignResults) -> list[list]:
    rows = [["维度", "问卷编号", "房号", "意见"]]
    for dimension, comments in results.comments.items():
        rows += [[paper_name(dimension), c.form_number, c.room, c.text] for c in comments]
    return rows


def form_rows(campaign_id: int) -> list[list]:
    """Every form in form-number order: number, room, answers per question (empty when
    blank), comment."""
    questions = questions_of(campaign_id)
    column = {q.id: index for index, q in enumerate(questions)}
    forms = list(
        SurveyResponse.select(SurveyResponse.id, SurveyResponse.form_number, Room.code, SurveyResponse.comment)
        .join(Room, pw.JOIN.LEFT_OUTER, on=(SurveyResponse.room == Room.id))
        .where(SurveyResponse.campaign == campaign_id)
        .order_by(SurveyResponse.form_number)
        .tuples()
    )
    answers: dict[int, list] = {form[0]: [None] * len(questions) for form in forms}
    query = (
        SurveyAnswer.select(SurveyAnswer.response, SurveyAnswer.question, SurveyAnswer.score)
        .join(SurveyResponse)
        .where(SurveyResponse.campaign == campaign_id)
        .tuples()
    )
    for response_id, question_id, score in query:
        answers[response_id][column[question_id]] = score
    rows = [["问卷编号", "房号", *(f"{q.number}. {q.text}" for q in questions), "意见"]]
    for response_id, number, room, comment in forms:
        rows.append([f"{number:04d}", room or "", *answers[response_id], comment])
    return rows
