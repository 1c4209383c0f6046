"""Typing returned paper forms in: the form number (typed, or scanned from the form's
barcode), the room (optional; one form per room per campaign unless the office allows
more), one answer 1–5 per question or blank, and a comment. A blank is stored as no
answer at all — it is counted as unanswered, never as 0. The last form can be
corrected; a correction replaces its answers and records who corrected it when."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import peewee as pw

from models.clock import Clock
from models.codes import AuditKind, Permission
from models.errors import NotFound, TransitionRefused, ValidationError
from models.followup.survey_campaigns import FORM_NUMBER_LIMIT, questions_of
from models.followup.tables import SurveyAnswer, SurveyCampaign, SurveyResponse
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_audit, require
from models.registers import NOTES_LIMIT, Household, Room, clean_text, text_problem, to_halfwidth
from models.store import database, get_setting, set_setting

ONE_PER_ROOM_SETTING = "surveys/one_response_per_room"
FORM_CODE_PREFIX = "S"

MSG_FORM_NUMBER = QT_TRANSLATE_NOOP(
    "models", "\u201c{text}\u201d is not a form number: type the number printed on the form, or scan its barcode."
)
MSG_FORM_TAKEN = QT_TRANSLATE_NOOP("models", "Form {number} has already been typed in for this campaign.")
MSG_OTHER_CAMPAIGN = QT_TRANSLATE_NOOP("models", "This form belongs to another campaign (\u201c{name}\u201d).")
MSG_ROOM_TAKEN = QT_TRANSLATE_NOOP(
    "models", "Room {room} has already returned a form in this campaign (form {number})."
)
MSG_ROOM_GONE = QT_TRANSLATE_NOOP("models", "The room of this form no longer exists.")
MSG_ANSWER = QT_TRANSLATE_NOOP("models", "Answers are 1 to 5, or blank.")
MSG_FOREIGN_QUESTION = QT_TRANSLATE_NOOP("models", "An answer names a question of another campaign.")
MSG_EMPTY_FORM = QT_TRANSLATE_NOOP("models", "Form {number} has no answer and no comment; nothing was saved.")
MSG_CLOSED = QT_TRANSLATE_NOOP("models", "\u201c{name}\u201d is closed; open it again to type in more forms.")
MSG_RESPONSE_GONE = QT_TRANSLATE_NOOP("models", "That form is no longer stored.")
MSG_CAMPAIGN_MISSING = QT_TRANSLATE_NOOP("models", "No survey campaign \u201c{name}\u201d was found.")

_BARCODE = re.compile(r"^S(\d+)-(\d+)$", re.IGNORECASE)


@dataclass(frozen=True)
class NewResponse:
    """A paper form as typed in. `answers` maps question id -> 1..5, or None for a blank
    (a question missing from the map is blank too)."""

    campaign_id: int
    form_number: int | str
    room_id: int | None = None
    answers: dict[int, int | None] = field(default_factory=dict)
    comment: str = ""


@dataclass(frozen=True)
class ResponseView:
    id: int
    campaign_id: int
    form_number: int
    room_id: int | None
    room_code: str
    answers: dict[int, int]  # question id -> 1..5; blanks are absent
    comment: str


def form_code(campaign_id: int, number: int) -> str:
    """What the form's barcode holds, e.g. S12-0017 (campaign 12, form 17)."""
    return f"{FORM_CODE_PREFIX}{campaign_id}-{number:04d}"


def campaign_of_form_code(text: str) -> int | None:
    """The campaign a scanned form barcode (S12-0017) belongs to, when that campaign
    exists; None for anything else (the global search then searches tickets)."""
    scanned = _BARCODE.match(to_halfwidth(str(text or "")).strip())
    if not scanned:
        return None
    campaign = SurveyCampaign.get_or_none(SurveyCampaign.id == int(scanned.group(1)))
    return campaign.id if campaign else None


def format_form_number(number: int) -> str:
    return f"{number:04d}"


def parse_form_number(text: str | int, campaign_id: int) -> int:
    """The form number in what was typed (17, 0017) or scanned (S12-0017); a scanned
    form of another campaign is refused with that campaign's name."""
    if isinstance(text, int) and not isinstance(text, bool):
        number = text
    else:
        typed = to_halfwidth(str(text or "")).strip()
        scanned = _BARCODE.match(typed)
        if scanned and int(scanned.group(1)) != campaign_id:
            other = SurveyCampaign.get_or_none(SurveyCampaign.id == int(scanned.group(1)))
            name = other.name if other else scanned.group(1)
            raise ValidationError({"form_number": MSG_OTHER_CAMPAIGN}, {"form_number": {"name": name}})
        digits = scanned.group(2) if scanned else typed
        number = int(digits) if digits.isdigit() else 0
    if not 1 <= number <= FORM_NUMBER_LIMIT:
        raise ValidationError({"form_number": MSG_FORM_NUMBER}, {"form_number": {"text": str(text)}})
    return number


def check_form_number(campaign_id: int, text: str | int, *, correcting: int | None = None) -> int:
    """The form number, refused at once when it is unreadable or already typed in."""
    number = parse_form_number(text, campaign_id)
    taken = SurveyResponse.select(SurveyResponse.id).where(
        (SurveyResponse.campaign == campaign_id) & (SurveyResponse.form_number == number)
    )
    if correcting is not None:
        taken = taken.where(SurveyResponse.id != correcting)
    if taken.exists():
        raise ValidationError({"form_number": MSG_FORM_TAKEN}, {"form_number": {"number": format_form_number(number)}})
    return number


def one_response_per_room() -> bool:
    """The office's setting: a room returns at most one form per campaign (default on)."""
    return bool(get_setting(ONE_PER_ROOM_SETTING, True))


def set_one_response_per_room(on: bool, *, operator: User, clock: Clock) -> None:
    require(operator, Permission.RUN_SURVEYS)
    before = one_response_per_room()
    with database.atomic():
        set_setting(ONE_PER_ROOM_SETTING, bool(on))
        if before != bool(on):
            record_audit(
                AuditKind.SETTING, ONE_PER_ROOM_SETTING, actor=operator, at=clock.now(), old=before, new=bool(on)
            )


def check_room(campaign_id: int, room_id: int | None, *, correcting: int | None = None) -> None:
    """Refused at once when the room already returned a form and the office allows one."""
    if room_id is None:
        return
    room = Room.get_or_none(Room.id == room_id)
    if room is None:
        raise ValidationError({"room": MSG_ROOM_GONE})
    if not one_response_per_room():
        return
    earlier = SurveyResponse.select(SurveyResponse.id, SurveyResponse.form_number).where(
        (SurveyResponse.campaign == campaign_id) & (SurveyResponse.room == room_id)
    )
    if correcting is not None:
        earlier = earlier.where(SurveyResponse.id != correcting)
    first = earlier.first()
    if first is not None:
        params = {"room": room.code, "number": format_form_number(first.form_number)}
        raise ValidationError({"room": MSG_ROOM_TAKEN}, {"room": params})


def save_response(data: NewResponse, *, operator: User, clock: Clock) -> ResponseView:
    """Validate and store one paper form with its answers in one transaction."""
    require(operator, Permission.ENTER_SURVEYS)
    with database.atomic():
        number, answers, comment = _validated(data, correcting=None)
        response = SurveyResponse.create(
            campaign=data.campaign_id,
            form_number=number,
            room=data.room_id,
            building=_building_of(data.room_id),
            household=_household_of(data.room_id),
            comment=comment,
            entered_by=operator,
            entered_at=clock.now(),
        )
        _store_answers(response.id, answers)
    return response_view(response.id)


def correct_response(response_id: int, data: NewResponse, *, operator: User, clock: Clock) -> ResponseView:
    """Replace a stored form's number, room, answers and comment with what was retyped."""
    require(operator, Permission.ENTER_SURVEYS)
    with database.atomic():
        stored = SurveyResponse.get_or_none(SurveyResponse.id == response_id)
        if stored is None or stored.campaign_id != data.campaign_id:
            raise NotFound(MSG_RESPONSE_GONE)
        number, answers, comment = _validated(data, correcting=response_id)
        # answers go first: the schema keeps a response's building fixed while it holds answers
        SurveyAnswer.delete().where(SurveyAnswer.response == response_id).execute()
        SurveyResponse.update(
            form_number=number,
            room=data.room_id,
            building=_building_of(data.room_id),
            household=_household_of(data.room_id),
            comment=comment,
            corrected_by=operator,
            corrected_at=clock.now(),
        ).where(SurveyResponse.id == response_id).execute()
        _store_answers(response_id, answers)
    return response_view(response_id)


def _validated(data: NewResponse, *, correcting: int | None) -> tuple[int, dict[int, int], str]:
    campaign = SurveyCampaign.get_or_none(SurveyCampaign.id == data.campaign_id)
    if campaign is None:
        raise NotFound(MSG_CAMPAIGN_MISSING, name=str(data.campaign_id))
    if campaign.closed:
        raise TransitionRefused(MSG_CLOSED, name=campaign.name)
    number = check_form_number(data.campaign_id, data.form_number, correcting=correcting)
    check_room(data.campaign_id, data.room_id, correcting=correcting)
    answers = _answers(data)
    comment = clean_text(data.comment)
    problem = text_problem(comment, limit=NOTES_LIMIT, multiline=True)
    if problem:
        raise ValidationError({"comment": problem[0]}, {"comment": problem[1]})
    if not answers and not comment:
        raise ValidationError({"answers": MSG_EMPTY_FORM}, {"answers": {"number": format_form_number(number)}})
    return number, answers, comment


def _answers(data: NewResponse) -> dict[int, int]:
    known = {question.id for question in questions_of(data.campaign_id)}
    answers = {}
    for question_id, score in data.answers.items():
        if question_id not in known:
            raise ValidationError({"answers": MSG_FOREIGN_QUESTION})
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
            raise ValidationError({"answers": MSG_ANSWER})
        answers[question_id] = score
    return answers


def _store_answers(response_id: int, answers: dict[int, int]) -> None:
    if answers:
        rows = [(response_id, question_id, score) for question_id, score in answers.items()]
        fields = [SurveyAnswer.response, SurveyAnswer.question, SurveyAnswer.score]
        SurveyAnswer.insert_many(rows, fields=fields).execute()


def _building_of(room_id: int | None) -> int | None:
    return Room.get_by_id(room_id).building_id if room_id is not None else None


def _household_of(room_id: int | None) -> int | None:
    """The room's owner (else its first household) answers for the room."""
    if room_id is None:
        return None
    household = (
        Household.select(Household.id)
        .where((Household.room == room_id) & (Household.archived == False))
        .order_by((Household.role == "owner").desc(), Household.id)
        .first()
    )
    return household.id if household else None


def response_view(response_id: int) -> ResponseView:
    response = (
        SurveyResponse.select(SurveyResponse, Room.code)
        .join(Room, pw.JOIN.LEFT_OUTER, on=(SurveyResponse.room == Room.id))
        .where(SurveyResponse.id == response_id)
        .objects()
        .first()
    )
    if response is None:
        raise NotFound(MSG_RESPONSE_GONE)
    answers = dict(
        SurveyAnswer.select(SurveyAnswer.question, SurveyAnswer.score)
        .where(SurveyAnswer.response == response_id)
        .tuples()
    )
    return ResponseView(
        id=response.id,
        campaign_id=response.campaign_id,
        form_number=response.form_number,
        room_id=response.room_id,
        room_code=getattr(response, "code", None) or "",
        answers=answers,
        comment=response.comment,
    )


def last_response(campaign_id: int) -> ResponseView | None:
    """The form typed in last in this campaign (the one the entry form can correct)."""
    latest = (
        SurveyResponse.select(SurveyResponse.id)
        .where(SurveyResponse.campaign == campaign_id)
        .order_by(SurveyResponse.id.desc())
        .first()
    )
    return response_view(latest.id) if latest else None


def response_for_form(campaign_id: int, number: int) -> ResponseView | None:
    found = SurveyResponse.get_or_none(
        (SurveyResponse.campaign == campaign_id) & (SurveyResponse.form_number == number)
    )
    return response_view(found.id) if found else None


def next_form_number(campaign_id: int) -> int:
    """The number after the highest form typed in (where a clerk working through a
    numbered pile goes next)."""
    highest = (
        SurveyResponse.select(pw.fn.MAX(SurveyResponse.form_number))
        .where(SurveyResponse.campaign == campaign_id)
        .scalar()
    )
    return (highest or 0) + 1
