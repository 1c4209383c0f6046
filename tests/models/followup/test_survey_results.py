"""Survey results of a campaign whose answers are known (tests/models/followup/survey_factory.py),
every figure worked out by hand: blanks left out, partial forms, quotas, the comparison with
the previous campaign, per building, the lowest questions and the comments by dimension."""

from __future__ import annotations

import pytest

from models.codes import SurveyDimension as D
from models.followup import ALL_QUESTIONS, campaign_results, campaign_rows, survey_score, survey_scores
from tests.acting import admin
from tests.models.followup.survey_factory import build_survey_office


@pytest.fixture
def surveys(office):
    return build_survey_office(office)


def dimension(results, key):
    return next(d for d in results.dimensions if d.dimension == key)


def test_each_question_counts_only_its_answers_and_scores_them_0_to_100(surveys):
    results = campaign_results(surveys.current_id)
    q1, q2, q3, q4 = (results.questions[i].figures for i in range(4))
    # Q1 answers 5 4 3 5 2: sum 19 / 5 = 3.8 → (3.8 − 1) / 4 × 100 = 70; 4–5: three of five
    assert q1.distribution == (0, 1, 1, 1, 2)
    assert q1.mean == pytest.approx(3.8)
    assert q1.score == pytest.approx(70.0)
    assert q1.satisfaction_rate == pytest.approx(0.6)
    assert q1.blank == 0
    # Q2 answers 4 _ 3 5 2: the blank is not a 0 — 14 / 4 = 3.5 → 62.5; two of four are 4–5
    assert (q2.answered, q2.blank) == (4, 1)
    assert q2.mean == pytest.approx(3.5)
    assert q2.score == pytest.approx(62.5)
    assert q2.satisfaction_rate == pytest.approx(0.5)
    # Q3 answers 3 2 1 4 2: 12 / 5 = 2.4 → 35
    assert q3.distribution == (1, 2, 1, 1, 0)
    assert q3.score == pytest.approx(35.0)
    # Q4 answers 5 4 _ 5 3 (form 3 stopped after three questions): 17 / 4 = 4.25 → 81.25
    assert q4.score == pytest.approx(81.25)
    assert q4.satisfaction_rate == pytest.approx(0.75)


def test_a_dimension_pools_the_answers_of_its_questions(surveys):
    service = dimension(campaign_results(surveys.current_id), D.SERVICE_DESK).figures
    # Q1 + Q2: 5 4 3 5 2 + 4 3 5 2 = 33 over 9 answers = 3.667 → (2.667 / 4) × 100 = 66.67
    assert service.answered == 9
    assert service.blank == 1  # 5 forms × 2 questions − 9 answers
    assert service.mean == pytest.approx(33 / 9)
    assert service.score == pytest.approx(66.6667, abs=1e-3)
    assert service.satisfaction_rate == pytest.approx(5 / 9)  # 5 4 5 4 5


def test_all_questions_together_and_the_headline_score(surveys):
    results = campaign_results(surveys.current_id)
    overall = results.overall.figures
    # answers per question 5+4+5+4+4+4+4 = 30, sums 19+14+12+17+16+17+16 = 111 → mean 3.7 → 67.5
    assert results.overall.dimension == ALL_QUESTIONS
    assert overall.answered == 30
    assert overall.blank == 5  # 5 forms × 7 questions − 30
    assert overall.score == pytest.approx(67.5)
    assert overall.satisfaction_rate == pytest.approx(18 / 30)  # 3+2+1+3+3+3+3 answers of 4–5
    headline = survey_score(surveys.current_id)
    assert (headline.responses, round(headline.score, 4), headline.satisfaction_rate) == (5, 67.5, 0.6)


def test_progress_against_target_and_quotas(surveys):
    results = campaign_results(surveys.current_id)
    assert (results.responses, results.target_size, results.progress) == (5, 10, 0.5)
    quotas = {q.building: (q.quota, q.responses, q.met) for q in results.quotas}
    # building 3 returned F1–F3 (quota 3: met); building 5 only F4 (quota 2); F5 names no room
    assert quotas == {"3": (3, 3, True), "5": (2, 1, False)}
    assert results.quotas_met == 1
    row = next(r for r in campaign_rows() if r.id == surveys.current_id)
    assert (row.responses, row.quotas_met, row.quotas, row.frozen) == (5, 1, 2, True)


def test_change_from_the_previous_campaign(surveys):
    results = campaign_results(surveys.current_id)
    assert results.previous_name == "2026年第三季度满意度调查"
    service, repairs, cleaning = (dimension(results, d) for d in (D.SERVICE_DESK, D.REPAIRS, D.CLEANING))
    # previous service desk 4 4 2 2 → 3 → 50; now 66.67 → +16.67
    assert service.previous_score == pytest.approx(50.0)
    assert service.change == pytest.approx(16.6667, abs=1e-3)
    # previous repairs 4 2 → 50; now 35 → −15
    assert repairs.change == pytest.approx(-15.0)
    # previous cleaning 4 4 → 75; now 81.25 → +6.25
    assert cleaning.change == pytest.approx(6.25)
    # previous all questions: 28 + 22 = 50 over 14 → 3.5714 → 64.29; now 67.5 → +3.21
    assert results.overall.previous_score == pytest.approx(64.2857, abs=1e-3)
    assert results.overall.change == pytest.approx(3.2143, abs=1e-3)


def test_the_first_campaign_has_nothing_to_compare_with(surveys):
    results = campaign_results(surveys.previous_id)
    assert results.previous_name is None
    assert results.overall.change is None


def test_the_same_figures_per_building(surveys):
    results = campaign_results(surveys.current_id)
    by_building = {b.building: b for b in results.buildings}
    three, five = by_building["3"], by_building["5"]
    # building 3: F1 31/7 + F2 23/6 + F3 7/3 = 61 over 16 answers → 3.8125 → 70.3125
    assert (three.responses, three.quota) == (3, 3)
    assert three.overall.answered == 16
    assert three.overall.blank == 5  # 3 forms × 7 − 16
    assert three.overall.score == pytest.approx(70.3125)
    # building 5: F4 33 / 7 = 4.714 → 92.86
    assert five.overall.score == pytest.approx(92.857, abs=1e-3)
    assert three.dimensions[D.REPAIRS].score == pytest.approx(25.0)  # 3 2 1 → 2 → 25


def test_one_buildings_results_compare_with_the_same_building_last_time(surveys):
    results = campaign_results(surveys.current_id, building_id=surveys.building5)
    assert results.responses == 1
    assert results.building == "5"
    # previous building 5: P2 2 2 2 4 4 4 4 = 22 / 7 = 3.1429 → 53.57; now 92.86 → +39.29
    assert results.overall.previous_score == pytest.approx(53.571, abs=1e-3)
    assert results.overall.change == pytest.approx(39.286, abs=1e-3)
    assert [(q.building, q.responses) for q in results.quotas] == [("5", 1)]


def test_the_lowest_questions_first(surveys):
    lowest = campaign_results(surveys.current_id).lowest
    # Q3 35, Q2 62.5, Q1 70, then Q5 and Q7 at 75 in printed order
    assert [(q.question.number, round(q.figures.score, 2)) for q in lowest] == [
        (3, 35.0),
        (2, 62.5),
        (1, 70.0),
        (5, 75.0),
        (7, 75.0),
    ]


def test_comments_are_grouped_by_the_dimension_they_speak_of(surveys):
    comments = campaign_results(surveys.current_id).comments
    listed = {key: [(c.form_number, c.room, c.text) for c in items] for key, items in comments.items()}
    assert listed == {
        # 前台 names the service desk; form 5 has no such word, its lowest answer (2) is first on Q1
        D.SERVICE_DESK: [("0001", "3-2-1501", "前台服务很好"), ("0005", "", "希望多沟通")],
        # form 2's lowest answer is Q3 (repairs, 2); form 3 speaks of 水管
        D.REPAIRS: [("0002", "3-2-1502", "谢谢"), ("0003", "3-1-0101", "水管漏水修了三次")],
        # form 4 rated nothing below 4 and names nothing: overall
        D.OVERALL: [("0004", "5-1-0302", "总体不错")],
    }
    assert list(listed) == [D.SERVICE_DESK, D.REPAIRS, D.OVERALL]  # printed order of dimensions


def test_the_monthly_summary_finds_the_latest_campaign_started_by_a_day(surveys):
    import datetime as dt

    scores = survey_scores(started_by=dt.date(2026, 10, 31))
    assert [s.name for s in scores] == ["2026年第三季度满意度调查"]
    # previous: 50 over 14 answers → 64.29
    assert scores[0].score == pytest.approx(64.2857, abs=1e-3)
    assert [s.name for s in survey_scores()][0] == "2026年第四季度满意度调查"


def test_a_campaign_without_forms_has_no_score_rather_than_zero(office):
    import datetime as dt

    from models.followup import CampaignForm, create_campaign

    empty = create_campaign(CampaignForm("空调查", dt.date(2026, 11, 1), dt.date(2026, 11, 30)), **admin())
    results = campaign_results(empty)
    assert results.responses == 0
    assert results.overall.figures.score is None
    assert results.overall.figures.satisfaction_rate is None
    assert results.lowest == []
