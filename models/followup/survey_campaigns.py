"""Survey campaigns (满意度调查): name, field period, target sample size, the questionnaire
and the quotas per building. A new campaign copies the questions (and quotas) of the
latest campaign, or the template when there is none; the questions can be edited until
the first form is typed in, then they are frozen, so every form of a campaign answers
the same questions. Printed form numbers are handed out here, one batch after another."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.clock import Clock
from models.codes import AuditKind, Permission
from models.errors import NotFound, TransitionRefused, ValidationError
from models.followup.survey_template import (
    DEFAULT_QUESTIONS,
    DEFAULT_TARGET,
    DIMENSION_LABELS,
    DIMENSIONS,
    QUESTIONS_PER_DIMENSION,
    QuestionDraft,
    dimension_order,
)
from models.followup.tables import SurveyCampaign, SurveyQuestion, SurveyQuota, SurveyResponse
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_audit, require
from models.registers import TEXT_LIMIT, Building, Community, Household, Room, clean_text, text_problem
from models.store import database

MSG_NAME_TAKEN = QT_TRANSLATE_NOOP("models", "A campaign called \u201c{name}\u201d already exists.")
MSG_PERIOD = QT_TRANSLATE_NOOP("models", "The survey cannot end before it starts.")
MSG_TARGET = QT_TRANSLATE_NOOP("models", "The target must be at least 1 form.")
MSG_CAMPAIGN_GONE = QT_TRANSLATE_NOOP("models", "No survey campaign \u201c{name}\u201d was found.")
MSG_FROZEN = QT_TRANSLATE_NOOP(
    "models",
    "The questions of \u201c{name}\u201d can no longer change: forms have been typed in. Start a new campaign, which copies them.",
)
MSG_QUESTION_COUNT = QT_TRANSLATE_NOOP(
    "models", "{dimension} needs between {low} and {high} questions; it has {count}."
)
MSG_QUESTION_TEXT = QT_TRANSLATE_NOOP("models", "Question {number} has no text.")
MSG_UNKNOWN_DIMENSION = QT_TRANSLATE_NOOP("models", "Question {number} belongs to no known dimension.")
MSG_QUOTA = QT_TRANSLATE_NOOP("models", "A quota is a whole number of forms, 0 or more.")
MSG_QUOTA_BUILDING = QT_TRANSLATE_NOOP("models", "A quota names a building that does not exist.")
MSG_FORM_COUNT = QT_TRANSLATE_NOOP("models", "Print between 1 and {limit} forms at a time.")
MSG_FIRST_FORM = QT_TRANSLATE_NOOP("models", "Form numbers run from 1 to {limit}.")
MSG_CLOSED_NO_FORMS = QT_TRANSLATE_NOOP(
    "models", "\u201c{name}\u201d is closed; open it again before printing more forms."
)

FORMS_PER_BATCH = 5000
FORM_NUMBER_LIMIT = 999_999


@dataclass(frozen=True)
class CampaignForm:
    name: str
    starts_on: dt.date
    ends_on: dt.date
    target_size: int = DEFAULT_TARGET


@dataclass(frozen=True)
class QuestionView:
    id: int
    number: int  # 1-based, as printed on the form
    dimension: str
    text: str


@dataclass(frozen=True)
class QuotaView:
    building_id: int
    building: str
    quota: int


@dataclass(frozen=True)
class CampaignView:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    target_size: int
    closed: bool
    frozen: bool
    forms_printed: int
    questions: list[QuestionView]
    quotas: list[QuotaView]


@dataclass(frozen=True)
class CampaignRow:
    """A campaign in the list with its progress against the target and the quotas."""

    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    target_size: int
    responses: int
    quotas_met: int
    quotas: int
    closed: bool
    frozen: bool

    @property
    def progress(self) -> float:
        return self.responses / self.target_size if self.target_size else 0.0


# --- campaigns -------------------------------------------------------------------------------
def create_campaign(form: CampaignForm, *, operator: User, clock: Clock, copy_from: int | None = None) -> int:
    """Store a new campaign with the questions and quotas of `copy_from` (default: the
    latest campaign; the template when there is none); returns its id."""
    require(operator, Permission.RUN_SURVEYS)
    name = _validated(form)
    source = copy_from if copy_from is not None else latest_campaign_id()
    with database.atomic():
        _refuse_taken_name(name, None)
        campaign = SurveyCampaign.create(
            name=name, starts_on=form.starts_on, ends_on=form.ends_on, target_size=form.target_size
        )
        drafts = [QuestionDraft(q.dimension, q.text) for q in questions_of(source)] if source else DEFAULT_QUESTIONS
        _store_questions(campaign.id, drafts)
        if source:
            rows = [(campaign.id, q.building_id, q.quota) for q in quotas_of(source)]
            if rows:
                SurveyQuota.insert_many(
                    rows, fields=[SurveyQuota.campaign, SurveyQuota.building, SurveyQuota.quota]
                ).execute()
        _audit(campaign.id, "", _fields(name, form), operator, clock)
    return campaign.id


def _fields(name: str, form: CampaignForm) -> dict:
    return {"name": name, "starts_on": str(form.starts_on), "ends_on": str(form.ends_on), "target": form.target_size}


def _audit(campaign_id: int, old: object, new: object, operator: User, clock: Clock) -> None:
    record_audit(AuditKind.SURVEY, f"campaign:{campaign_id}", actor=operator, at=clock.now(), old=old, new=new)


def update_campaign(campaign_id: int, form: CampaignForm, *, operator: User, clock: Clock) -> None:
    """Change the name, period or target; allowed at any time."""
    require(operator, Permission.RUN_SURVEYS)
    name = _validated(form)
    with database.atomic():
        was = _campaign(campaign_id)
        _refuse_taken_name(name, campaign_id)
        before = {
            "name": was.name,
            "starts_on": str(was.starts_on),
            "ends_on": str(was.ends_on),
            "target": was.target_size,
        }
        after = _fields(name, form)
        changed = [key for key in after if before[key] != after[key]]
        if changed:
            _audit(campaign_id, {k: before[k] for k in changed}, {k: after[k] for k in changed}, operator, clock)
        SurveyCampaign.update(
            name=name, starts_on=form.starts_on, ends_on=form.ends_on, target_size=form.target_size
        ).where(SurveyCampaign.id == campaign_id).execute()


def set_closed(campaign_id: int, closed: bool, *, operator: User, clock: Clock) -> None:
    """Close a campaign (no more forms are typed in) or open it again."""
    require(operator, Permission.RUN_SURVEYS)
    with database.atomic():
        was = _campaign(campaign_id)
        SurveyCampaign.update(closed=closed).where(SurveyCampaign.id == campaign_id).execute()
        if bool(was.closed) != closed:
            _audit(campaign_id, {"closed": bool(was.closed)}, {"closed": closed}, operator, clock)


def _validated(form: CampaignForm) -> str:
    name = clean_text(form.name)
    problems, params = {}, {}
    problem = text_problem(name, limit=TEXT_LIMIT // 2, required=True)
    if problem:
        problems["name"], params["name"] = problem
    if form.ends_on < form.starts_on:
        problems["ends_on"] = MSG_PERIOD
    if not isinstance(form.target_size, int) or form.target_size < 1:
        problems["target_size"] = MSG_TARGET
    if problems:
        raise ValidationError(problems, params)
    return name


def _refuse_taken_name(name: str, campaign_id: int | None) -> None:
    taken = SurveyCampaign.select().where(SurveyCampaign.name == name)
    if campaign_id is not None:
        taken = taken.where(SurveyCampaign.id != campaign_id)
    if taken.exists():
        raise ValidationError({"name": MSG_NAME_TAKEN}, {"name": {"name": name}})


def _campaign(campaign_id: int) -> SurveyCampaign:
    found = SurveyCampaign.get_or_none(SurveyCampaign.id == campaign_id)
    if found is None:
        raise NotFound(MSG_CAMPAIGN_GONE, name=str(campaign_id))
    return found


def find_campaign(text: str) -> int:
    """The id of the campaign named `text` (or numbered, as the command line allows)."""
    name = clean_text(text)
    found = SurveyCampaign.get_or_none(SurveyCampaign.name == name)
    if found is None and name.isdigit():
        found = SurveyCampaign.get_or_none(SurveyCampaign.id == int(name))
    if found is None:
        raise NotFound(MSG_CAMPAIGN_GONE, name=name)
    return found.id


def latest_campaign_id() -> int | None:
    latest = SurveyCampaign.select(SurveyCampaign.id).order_by(
        SurveyCampaign.starts_on.desc(), SurveyCampaign.id.desc()
    )
    row = latest.first()
    return row.id if row else None


def previous_campaign_id(campaign_id: int) -> int | None:
    """The campaign that started last before this one (the one its results compare with)."""
    campaign = _campaign(campaign_id)
    earlier = (
        SurveyCampaign.select(SurveyCampaign.id)
        .where(
            (SurveyCampaign.starts_on < campaign.starts_on)
            | ((SurveyCampaign.starts_on == campaign.starts_on) & (SurveyCampaign.id < campaign.id))
        )
        .order_by(SurveyCampaign.starts_on.desc(), SurveyCampaign.id.desc())
        .first()
    )
    return earlier.id if earlier else None


def is_frozen(campaign_id: int) -> bool:
    return SurveyResponse.select().where(SurveyResponse.campaign == campaign_id).exists()


def campaign_view(campaign_id: int) -> CampaignView:
    campaign = _campaign(campaign_id)
    return CampaignView(
        id=campaign.id,
        name=campaign.name,
        starts_on=_day(campaign.starts_on),
        ends_on=_day(campaign.ends_on),
        target_size=campaign.target_size,
        closed=campaign.closed,
        frozen=is_frozen(campaign_id),
        forms_printed=campaign.forms_printed,
        questions=questions_of(campaign_id),
        quotas=quotas_of(campaign_id),
    )


def campaign_rows() -> list[CampaignRow]:
    """Every campaign, newest first, with its responses and quotas met."""
    counts = dict(
        SurveyResponse.select(SurveyResponse.campaign, pw.fn.COUNT(SurveyResponse.id))
        .group_by(SurveyResponse.campaign)
        .tuples()
    )
    rows = []
    for campaign in SurveyCampaign.select().order_by(SurveyCampaign.starts_on.desc(), SurveyCampaign.id.desc()):
        met, quotas = _quota_tally(campaign.id)
        rows.append(
            CampaignRow(
                id=campaign.id,
                name=campaign.name,
                starts_on=_day(campaign.starts_on),
                ends_on=_day(campaign.ends_on),
                target_size=campaign.target_size,
                responses=counts.get(campaign.id, 0),
                quotas_met=met,
                quotas=quotas,
                closed=campaign.closed,
                frozen=campaign.id in counts,
            )
        )
    return rows


def _quota_tally(campaign_id: int) -> tuple[int, int]:
    per_building = responses_per_building(campaign_id)
    quotas = [(q.building_id, q.quota) for q in quotas_of(campaign_id) if q.quota > 0]
    return sum(1 for building, quota in quotas if per_building.get(building, 0) >= quota), len(quotas)


def responses_per_building(campaign_id: int) -> dict[int, int]:
    """Forms typed in per building (forms without a room count in no building)."""
    query = (
        SurveyResponse.select(SurveyResponse.building, pw.fn.COUNT(SurveyResponse.id))
        .where((SurveyResponse.campaign == campaign_id) & SurveyResponse.building.is_null(False))
        .group_by(SurveyResponse.building)
        .tuples()
    )
    return dict(query)


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# --- questions ---------------------------------------------------------------------------------
def questions_of(campaign_id: int | None) -> list[QuestionView]:
    """The campaign's questions in printed order, numbered from 1."""
    if campaign_id is None:
        return []
    query = (
        SurveyQuestion.select()
        .where(SurveyQuestion.campaign == campaign_id)
        .order_by(SurveyQuestion.position, SurveyQuestion.id)
    )
    return [QuestionView(q.id, number, q.dimension, q.text) for number, q in enumerate(query, start=1)]


def set_questions(campaign_id: int, drafts: list[QuestionDraft], *, operator: User, clock: Clock) -> list[QuestionView]:
    """Replace the questionnaire; refused once a form has been typed in (frozen).
    Questions are kept grouped by dimension in the printed order of the dimensions."""
    require(operator, Permission.RUN_SURVEYS)
    with database.atomic():
        campaign = _campaign(campaign_id)
        if is_frozen(campaign_id):
            raise TransitionRefused(MSG_FROZEN, name=campaign.name)
        cleaned = validate_questions(drafts)
        before = [q.text for q in questions_of(campaign_id)]
        SurveyQuestion.delete().where(SurveyQuestion.campaign == campaign_id).execute()
        _store_questions(campaign_id, cleaned)
        after = [q.text for q in questions_of(campaign_id)]
        if before != after:
            _audit(campaign_id, {"questions": before}, {"questions": after}, operator, clock)
    return questions_of(campaign_id)


def validate_questions(drafts: list[QuestionDraft]) -> list[QuestionDraft]:
    """The drafts with their text trimmed, or ValidationError naming the first problem."""
    cleaned = []
    for number, draft in enumerate(drafts, start=1):
        if draft.dimension not in DIMENSIONS:
            raise ValidationError({"questions": MSG_UNKNOWN_DIMENSION}, {"questions": {"number": number}})
        text = clean_text(draft.text)
        problem = text_problem(text, limit=TEXT_LIMIT, required=True)
        if problem:
            message, params = (MSG_QUESTION_TEXT, {"number": number}) if not text else problem
            raise ValidationError({"questions": message}, {"questions": params})
        cleaned.append(QuestionDraft(draft.dimension, text))
    low, high = QUESTIONS_PER_DIMENSION
    for dimension in DIMENSIONS:
        count = sum(1 for draft in cleaned if draft.dimension == dimension)
        if not low <= count <= high:
            params = {"dimension": DIMENSION_LABELS[dimension], "low": low, "high": high, "count": count}
            raise ValidationError({"questions": MSG_QUESTION_COUNT}, {"questions": params})
    return cleaned


def _store_questions(campaign_id: int, drafts: list[QuestionDraft]) -> None:
    ordered = sorted(enumerate(drafts), key=lambda pair: (dimension_order(pair[1].dimension), pair[0]))
    rows = [(campaign_id, draft.dimension, draft.text, position) for position, (_, draft) in enumerate(ordered)]
    fields = [SurveyQuestion.campaign, SurveyQuestion.dimension, SurveyQuestion.text, SurveyQuestion.position]
    SurveyQuestion.insert_many(rows, fields=fields).execute()


# --- quotas ----------------------------------------------------------------------------------
def building_labels() -> dict[int, str]:
    """Every building's name as shown beside a quota: with its community when the office
    runs several."""
    several = Community.select().count() > 1
    query = Building.select(Building.id, Building.name, Community.name.alias("community")).join(Community)
    return {
        row["id"]: f"{row['community']} {row['name']}" if several else row["name"]
        for row in query.order_by(Community.name, Building.position, Building.name).dicts()
    }


def quotas_of(campaign_id: int) -> list[QuotaView]:
    labels = building_labels()
    query = SurveyQuota.select().where(SurveyQuota.campaign == campaign_id)
    quotas = [QuotaView(q.building_id, labels.get(q.building_id, ""), q.quota) for q in query]
    order = list(labels)
    return sorted(quotas, key=lambda q: order.index(q.building_id) if q.building_id in order else len(order))


def set_quotas(campaign_id: int, quotas: dict[int, int], *, operator: User, clock: Clock) -> None:
    """Replace the quotas: forms wanted per building (0 or a missing building: none)."""
    require(operator, Permission.RUN_SURVEYS)
    for building_id, quota in quotas.items():
        if not isinstance(quota, int) or quota < 0:
            raise ValidationError({"quotas": MSG_QUOTA})
        if not Building.select().where(Building.id == building_id).exists():
            raise ValidationError({"quotas": MSG_QUOTA_BUILDING})
    with database.atomic():
        _campaign(campaign_id)
        before = {q.building_id: q.quota for q in quotas_of(campaign_id)}
        SurveyQuota.delete().where(SurveyQuota.campaign == campaign_id).execute()
        rows = [(campaign_id, building, quota) for building, quota in quotas.items() if quota > 0]
        if rows:
            SurveyQuota.insert_many(
                rows, fields=[SurveyQuota.campaign, SurveyQuota.building, SurveyQuota.quota]
            ).execute()
        after = {building: quota for building, quota in quotas.items() if quota > 0}
        if before != after:
            _audit(campaign_id, {"quotas": before}, {"quotas": after}, operator, clock)


def quotas_by_households(target: int) -> dict[int, int]:
    """The target shared among the buildings in proportion to their occupied rooms
    (largest remainders, so the quotas add up to the target exactly)."""
    sizes = dict(
        Room.select(Room.building, pw.fn.COUNT(pw.fn.DISTINCT(Room.id)))
        .join(Household, on=(Household.room == Room.id))
        .join(Building, on=(Room.building == Building.id))
        .where((Room.archived == False) & (Household.archived == False) & (Building.archived == False))
        .group_by(Room.building)
        .tuples()
    )
    total = sum(sizes.values())
    if not total:
        return {}
    exact = {building: target * size / total for building, size in sizes.items()}
    quotas = {building: int(value) for building, value in exact.items()}
    for building in sorted(exact, key=lambda b: (quotas[b] - exact[b], b))[: target - sum(quotas.values())]:
        quotas[building] += 1
    return quotas


# --- printed forms ---------------------------------------------------------------------------
def next_form_numbers(campaign_id: int, count: int, *, first: int | None = None) -> range:
    """The numbers of the next `count` blank forms: after the last printed batch and any
    number already typed in, or from `first` when a lost batch is printed again."""
    if not 1 <= count <= FORMS_PER_BATCH:
        raise ValidationError({"count": MSG_FORM_COUNT}, {"count": {"limit": FORMS_PER_BATCH}})
    campaign = _campaign(campaign_id)
    if campaign.closed:  # its forms could not be typed in: no paper nobody may enter
        raise TransitionRefused(MSG_CLOSED_NO_FORMS, name=campaign.name)
    if first is None:
        typed = (
            SurveyResponse.select(pw.fn.MAX(SurveyResponse.form_number))
            .where(SurveyResponse.campaign == campaign_id)
            .scalar()
        )
        first = max(campaign.forms_printed, typed or 0) + 1
    if first < 1 or first + count - 1 > FORM_NUMBER_LIMIT:
        raise ValidationError({"first": MSG_FIRST_FORM}, {"first": {"limit": FORM_NUMBER_LIMIT}})
    return range(first, first + count)


def record_forms_printed(campaign_id: int, numbers: range, *, operator: User) -> None:
    """Remember that forms up to the last of `numbers` exist on paper, so the next batch
    continues after them (blank forms: whoever types them in may print them)."""
    require(operator, Permission.ENTER_SURVEYS)
    if numbers:
        last = numbers[-1]
        SurveyCampaign.update(
            forms_printed=pw.Case(None, [(SurveyCampaign.forms_printed < last, last)], SurveyCampaign.forms_printed)
        ).where(SurveyCampaign.id == campaign_id).execute()
