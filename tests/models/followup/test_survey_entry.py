"""Campaigns and typing paper forms in: the template, frozen questions, copies, quotas,
printed form numbers, and the refusals a clerk meets (duplicate form, second form of a
room, a 0 answer, a scanned form of another campaign, a closed campaign)."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clock import FixedClock
from models.codes import SurveyDimension as D
from models.errors import TransitionRefused, ValidationError
from models.followup import (
    DEFAULT_QUESTIONS,
    CampaignForm,
    NewResponse,
    QuestionDraft,
    campaign_view,
    check_form_number,
    correct_response,
    create_campaign,
    form_code,
    last_response,
    next_form_number,
    next_form_numbers,
    parse_form_number,
    questions_of,
    quotas_by_households,
    record_forms_printed,
    save_response,
    set_closed,
    set_one_response_per_room,
    set_questions,
    set_quotas,
)
from models.followup.tables import SurveyAnswer
from tests.acting import admin
from tests.office import OFFICE_NOW

Q4 = CampaignForm("2026年第四季度满意度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5))


@pytest.fixture
def clock():
    return FixedClock(OFFICE_NOW)


@pytest.fixture
def campaign(office):
    return create_campaign(Q4, **admin())


def form(campaign_id, number, answers, room=None, comment=""):
    questions = questions_of(campaign_id)
    return NewResponse(
        campaign_id=campaign_id,
        form_number=number,
        room_id=room,
        answers={q.id: a for q, a in zip(questions, answers, strict=False)},
        comment=comment,
    )


def test_first_campaign_takes_the_template_of_twenty_questions_in_six_dimensions(campaign):
    view = campaign_view(campaign)
    assert view.target_size == 300
    assert len(view.questions) == 20
    assert [q.number for q in view.questions] == list(range(1, 21))
    assert [q.dimension for q in view.questions][:4] == [D.SERVICE_DESK] * 4
    assert view.questions[-1].dimension == D.OVERALL
    assert [q.text for q in view.questions] == [d.text for d in DEFAULT_QUESTIONS]


def test_questions_change_until_the_first_form_then_freeze_and_a_new_campaign_copies_them(office, campaign, clock):
    drafts = [
        QuestionDraft(d, f"{d} 问题")
        for d in (D.OVERALL, D.SERVICE_DESK, D.REPAIRS, D.CLEANING, D.SECURITY, D.GREENING)
    ]
    questions = set_questions(campaign, drafts, **admin())
    # stored in the printed order of the dimensions, whatever order they were given in
    assert [q.dimension for q in questions] == [
        D.SERVICE_DESK,
        D.REPAIRS,
        D.CLEANING,
        D.SECURITY,
        D.GREENING,
        D.OVERALL,
    ]
    save_response(form(campaign, 1, [5, 5, 5, 5, 5, 5]), operator=office.clerk, clock=clock)
    with pytest.raises(TransitionRefused) as refused:
        set_questions(campaign, DEFAULT_QUESTIONS, **admin())
    assert "Start a new campaign" in refused.value.message
    assert len(questions_of(campaign)) == 6
    copy = create_campaign(
        CampaignForm("2027年第一季度满意度调查", dt.date(2027, 2, 15), dt.date(2027, 3, 6)), **admin()
    )
    assert [q.text for q in questions_of(copy)] == [q.text for q in questions]
    assert set_questions(copy, DEFAULT_QUESTIONS, **admin())  # the copy is not frozen


def test_a_dimension_needs_one_to_five_questions(campaign):
    six_repairs = [QuestionDraft(D.REPAIRS, f"维修 {i}") for i in range(6)]
    others = [QuestionDraft(d, "问题") for d in (D.SERVICE_DESK, D.CLEANING, D.SECURITY, D.GREENING, D.OVERALL)]
    with pytest.raises(ValidationError) as refused:
        set_questions(campaign, six_repairs + others, **admin())
    assert refused.value.problem_params["questions"]["count"] == 6
    with pytest.raises(ValidationError):
        set_questions(campaign, others, **admin())  # no repairs question at all
    with pytest.raises(ValidationError):
        set_questions(campaign, [QuestionDraft(D.REPAIRS, "  ")] + others, **admin())


def test_campaign_names_are_unique_and_periods_run_forward(campaign):
    with pytest.raises(ValidationError) as taken:
        create_campaign(Q4, **admin())
    assert "already exists" in taken.value.message
    with pytest.raises(ValidationError) as backwards:
        create_campaign(CampaignForm("倒序", dt.date(2026, 12, 5), dt.date(2026, 11, 15)), **admin())
    assert "ends_on" in backwards.value.problems


def test_quotas_split_the_target_by_occupied_rooms(office, campaign):
    building3 = office.rooms["3-2-1501"].building_id
    building5 = office.rooms["5-1-0302"].building_id
    # 3 households in building 3, 2 in building 5: 300 × 3/5 = 180, 300 × 2/5 = 120
    assert quotas_by_households(300) == {building3: 180, building5: 120}
    # 7 forms: 4.2 and 2.8 → 4 and 2, the larger remainder (0.8) gets the last form → 4 and 3
    assert quotas_by_households(7) == {building3: 4, building5: 3}
    set_quotas(campaign, {building3: 4, building5: 0}, **admin())
    assert [(q.building, q.quota) for q in campaign_view(campaign).quotas] == [("3", 4)]
    with pytest.raises(ValidationError):
        set_quotas(campaign, {building3: -1}, **admin())


def test_blank_answers_are_stored_as_no_answer_and_0_is_refused(office, campaign, clock):
    saved = save_response(form(campaign, 7, [5, None, 4]), operator=office.clerk, clock=clock)
    questions = questions_of(campaign)
    assert saved.answers == {questions[0].id: 5, questions[2].id: 4}
    assert SurveyAnswer.select().where(SurveyAnswer.response == saved.id).count() == 2
    with pytest.raises(ValidationError) as zero:
        save_response(form(campaign, 8, [0, 5]), operator=office.clerk, clock=clock)
    assert zero.value.message == "Answers are 1 to 5, or blank."
    with pytest.raises(ValidationError) as empty:
        save_response(form(campaign, 9, [None, None]), operator=office.clerk, clock=clock)
    assert "no answer and no comment" in str(empty.value)


def test_a_form_number_is_refused_at_once_when_already_typed_in(office, campaign, clock):
    save_response(form(campaign, 17, [4]), operator=office.clerk, clock=clock)
    with pytest.raises(ValidationError) as duplicate:
        check_form_number(campaign, "0017")
    assert str(duplicate.value) == "Form 0017 has already been typed in for this campaign."
    with pytest.raises(ValidationError):
        save_response(form(campaign, 17, [5]), operator=office.clerk, clock=clock)
    assert check_form_number(campaign, "18") == 18
    assert next_form_number(campaign) == 18


def test_scanned_barcodes_and_typed_numbers(office, campaign):
    other = create_campaign(
        CampaignForm("2026年第三季度满意度调查", dt.date(2026, 8, 15), dt.date(2026, 9, 4)), **admin()
    )
    assert form_code(campaign, 17) == f"S{campaign}-0017"
    assert parse_form_number(f"S{campaign}-0017", campaign) == 17
    assert parse_form_number("００１７", campaign) == 17  # full-width digits from a Chinese input method
    with pytest.raises(ValidationError) as foreign:
        parse_form_number(form_code(other, 3), campaign)
    assert foreign.value.params == {"name": "2026年第三季度满意度调查"}
    for nonsense in ("", "abc", "0", "-3"):
        with pytest.raises(ValidationError):
            parse_form_number(nonsense, campaign)


def test_one_form_per_room_unless_the_office_allows_more(office, campaign, clock):
    room = office.rooms["3-2-1501"].id
    first = save_response(form(campaign, 1, [5], room=room), operator=office.clerk, clock=clock)
    assert first.room_code == "3-2-1501"
    with pytest.raises(ValidationError) as second:
        save_response(form(campaign, 2, [4], room=room), operator=office.clerk, clock=clock)
    assert str(second.value) == "Room 3-2-1501 has already returned a form in this campaign (form 0001)."
    set_one_response_per_room(False, **admin())
    assert save_response(form(campaign, 2, [4], room=room), operator=office.clerk, clock=clock).form_number == 2


def test_the_last_form_is_corrected_in_place(office, campaign, clock):
    save_response(form(campaign, 1, [5, 5]), operator=office.clerk, clock=clock)
    saved = save_response(form(campaign, 2, [3, 3], comment="路灯"), operator=office.clerk, clock=clock)
    assert last_response(campaign).id == saved.id
    clock.advance(minutes=1)
    fixed = correct_response(saved.id, form(campaign, 3, [4, None, 2]), operator=office.supervisor, clock=clock)
    questions = questions_of(campaign)
    assert (fixed.id, fixed.form_number, fixed.comment) == (saved.id, 3, "")
    assert fixed.answers == {questions[0].id: 4, questions[2].id: 2}
    with pytest.raises(ValidationError):  # form 1 is someone else's number
        correct_response(saved.id, form(campaign, 1, [4]), operator=office.clerk, clock=clock)
    assert next_form_number(campaign) == 4


def test_a_closed_campaign_takes_no_more_forms(office, campaign, clock):
    set_closed(campaign, True, **admin())
    with pytest.raises(TransitionRefused):
        save_response(form(campaign, 1, [5]), operator=office.clerk, clock=clock)
    with pytest.raises(TransitionRefused) as refused:  # nor is paper printed that nobody could type in
        next_form_numbers(campaign, 10)
    assert refused.value.params == {"name": "2026年第四季度满意度调查"}
    assert str(refused.value) == "“2026年第四季度满意度调查” is closed; open it again before printing more forms."
    set_closed(campaign, False, **admin())
    assert next_form_numbers(campaign, 1) == range(1, 2)
    assert save_response(form(campaign, 1, [5]), operator=office.clerk, clock=clock).form_number == 1


def test_printed_form_numbers_continue_from_batch_to_batch(office, campaign, clock):
    first = next_form_numbers(campaign, 3)
    assert first == range(1, 4)
    assert next_form_numbers(campaign, 3) == range(1, 4)  # nothing is taken until the paper exists
    record_forms_printed(campaign, first, operator=admin()["operator"])
    assert next_form_numbers(campaign, 2) == range(4, 6)
    save_response(form(campaign, 40, [5]), operator=office.clerk, clock=clock)  # a hand-numbered form
    assert next_form_numbers(campaign, 1) == range(41, 42)
    record_forms_printed(
        campaign, range(2, 3), operator=admin()["operator"]
    )  # a lost form printed again moves nothing back
    assert campaign_view(campaign).forms_printed == 3
    assert next_form_numbers(campaign, 2, first=7) == range(7, 9)
    with pytest.raises(ValidationError):
        next_form_numbers(campaign, 0)


def test_the_schemas_tally_of_answers_stays_exact_through_corrections(office, campaign, clock):
    from models.store import database

    saved = save_response(
        form(campaign, 1, [5, 4, 3], room=office.rooms["3-2-1501"].id), operator=office.clerk, clock=clock
    )
    save_response(form(campaign, 2, [2, 2]), operator=office.clerk, clock=clock)
    # the room moves from building 3 to building 5, two answers change, one becomes blank
    correct_response(
        saved.id, form(campaign, 1, [1, None, 3], room=office.rooms["5-1-0302"].id), operator=office.clerk, clock=clock
    )
    tally = database.execute_sql(
        "SELECT building_id, question_id, score, count FROM survey_tally WHERE count > 0 ORDER BY 1, 2, 3"
    ).fetchall()
    counted = database.execute_sql(
        """SELECT coalesce(r.building_id, 0), a.question_id, a.score, count(*)
           FROM survey_answer a JOIN survey_response r ON r.id = a.response_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"""
    ).fetchall()
    assert tally == counted
    assert len(counted) == 4  # form 2: two answers without a building; form 1: 1 and 3 in building 5
    with pytest.raises(Exception, match="keeps its building"):
        database.execute_sql("UPDATE survey_response SET building_id = NULL WHERE id = ?", (saved.id,))
