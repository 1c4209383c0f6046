"""What the survey's paper prints, as plain data: the blank questionnaires of a batch
(office, campaign, questions and each form's number and barcode text) and the result
report (the campaign's results with the office's name and when it was printed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.dispatch import print_settings
from models.followup.survey_campaigns import QuestionView, campaign_view, next_form_numbers
from models.followup.survey_entry import form_code, format_form_number
from models.followup.survey_results import CampaignResults, campaign_results
from models.registers import Community


@dataclass(frozen=True)
class PaperForm:
    number: str  # as printed, e.g. 0017
    code: str  # what its barcode holds, e.g. S12-0017


@dataclass(frozen=True)
class SurveyFormsData:
    office_name: str
    office_phone: str
    campaign_id: int
    campaign: str
    starts_on: dt.date
    ends_on: dt.date
    questions: list[QuestionView]
    forms: list[PaperForm]
    numbers: range


@dataclass(frozen=True)
class SurveyReportData:
    office_name: str
    prepared_at: dt.datetime
    results: CampaignResults


def office_heading() -> tuple[str, str]:
    """The office's name and phone for the paper: from Settings › Printing, else the
    names of its communities."""
    settings = print_settings()
    name = settings.office_name or "、".join(c.name for c in Community.select().order_by(Community.name))
    return name, settings.office_phone


def survey_forms_data(campaign_id: int, count: int, *, first: int | None = None) -> SurveyFormsData:
    """The next `count` blank forms of the campaign (from `first` when reprinting)."""
    campaign = campaign_view(campaign_id)
    numbers = next_form_numbers(campaign_id, count, first=first)
    name, phone = office_heading()
    return SurveyFormsData(
        office_name=name,
        office_phone=phone,
        campaign_id=campaign.id,
        campaign=campaign.name,
        starts_on=campaign.starts_on,
        ends_on=campaign.ends_on,
        questions=campaign.questions,
        forms=[PaperForm(format_form_number(n), form_code(campaign.id, n)) for n in numbers],
        numbers=numbers,
    )


def survey_report_data(campaign_id: int, *, now: dt.datetime) -> SurveyReportData:
    return SurveyReportData(office_heading()[0], now, campaign_results(campaign_id))
