"""A survey office whose figures are worked out by hand: two campaigns of the small office
(tests/office.py: building 3 with rooms 3-2-1501, 3-2-1502, 3-1-0101; building 5 with
5-1-0302, 5-1-0303), seven questions — two for the service desk, one per other dimension.

Previous campaign (2026 Q3), two forms:
  P1 3-2-1501: 4 4 4 4 4 4 4
  P2 5-1-0303: 2 2 2 4 4 4 4
Current campaign (2026 Q4), target 10, quotas building 3 → 3, building 5 → 2:
  F1 3-2-1501: 5 4 3 5 4 5 5   "前台服务很好"
  F2 3-2-1502: 4 _ 2 4 4 5 4   "谢谢"
  F3 3-1-0101: 3 3 1 _ _ _ _   "水管漏水修了三次"   (a partial form)
  F4 5-1-0302: 5 5 4 5 5 4 5   "总体不错"
  F5 no room : 2 2 2 3 3 3 2   "希望多沟通"
(_ = left blank)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.clock import FixedClock
from models.codes import SurveyDimension as D
from models.followup import (
    CampaignForm,
    NewResponse,
    QuestionDraft,
    create_campaign,
    questions_of,
    save_response,
    set_questions,
    set_quotas,
)
from tests.acting import admin
from tests.office import OFFICE_NOW, SmallOffice

QUESTIONS = [
    QuestionDraft(D.SERVICE_DESK, "服务态度"),
    QuestionDraft(D.SERVICE_DESK, "受理及时"),
    QuestionDraft(D.REPAIRS, "维修质量"),
    QuestionDraft(D.CLEANING, "楼道清洁"),
    QuestionDraft(D.SECURITY, "门岗管理"),
    QuestionDraft(D.GREENING, "绿化养护"),
    QuestionDraft(D.OVERALL, "总体评价"),
]
PREVIOUS_FORMS = [
    ("3-2-1501", [4, 4, 4, 4, 4, 4, 4], ""),
    ("5-1-0303", [2, 2, 2, 4, 4, 4, 4], ""),
]
CURRENT_FORMS = [
    ("3-2-1501", [5, 4, 3, 5, 4, 5, 5], "前台服务很好"),
    ("3-2-1502", [4, None, 2, 4, 4, 5, 4], "谢谢"),
    ("3-1-0101", [3, 3, 1, None, None, None, None], "水管漏水修了三次"),
    ("5-1-0302", [5, 5, 4, 5, 5, 4, 5], "总体不错"),
    (None, [2, 2, 2, 3, 3, 3, 2], "希望多沟通"),
]


@dataclass
class SurveyOffice:
    previous_id: int
    current_id: int
    building3: int
    building5: int
    clock: FixedClock


def enter_forms(office: SmallOffice, campaign_id: int, forms, clock: FixedClock) -> list[int]:
    questions = questions_of(campaign_id)
    ids = []
    for number, (room, answers, comment) in enumerate(forms, start=1):
        data = NewResponse(
            campaign_id=campaign_id,
            form_number=number,
            room_id=office.rooms[room].id if room else None,
            answers={q.id: a for q, a in zip(questions, answers, strict=True)},
            comment=comment,
        )
        ids.append(save_response(data, operator=office.clerk, clock=clock).id)
        clock.advance(seconds=20)
    return ids


def build_survey_office(office: SmallOffice) -> SurveyOffice:
    clock = FixedClock(OFFICE_NOW)
    building3 = office.rooms["3-2-1501"].building_id
    building5 = office.rooms["5-1-0302"].building_id
    previous = create_campaign(
        CampaignForm("2026年第三季度满意度调查", dt.date(2026, 8, 15), dt.date(2026, 9, 4), 10), **admin()
    )
    set_questions(previous, QUESTIONS, **admin())
    enter_forms(office, previous, PREVIOUS_FORMS, clock)
    current = create_campaign(
        CampaignForm("2026年第四季度满意度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5), 10), **admin()
    )
    set_quotas(current, {building3: 3, building5: 2}, **admin())
    enter_forms(office, current, CURRENT_FORMS, clock)
    return SurveyOffice(previous, current, building3, building5, clock)
