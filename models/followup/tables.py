"""Tables of what follows a ticket and the office's satisfaction surveys: callbacks with
their attempts, survey campaigns, questions, quotas, responses and answers.

Callback (回访), one row per resolution of a ticket (a reopened and again resolved
ticket has several; at most one is pending at a time):
- resolved_at: the resolution this callback follows; due_at: the policy's deadline
  counted from it on the service-level calendar (fixed when scheduled);
- call_at: when the next call is planned (the deadline at first, then the time the
  last unanswered attempt set);
- status: pending (open) / done (owner reached) / abandoned (无法联系, not reached
  after the maximum of attempts) / cancelled (ticket reopened, cancelled or merged);
- attempts: calls made (reached or not); reached, solved (yes/partly/no), rating 1–5,
  comment, channel (phone/walk_in/online), done_by, done_at: the verdict, set when
  done (done_at is also the time an abandoned callback ended);
- flagged: the supervisor should look (unhappy, partly solved, rating 3, unreachable);
  reviewed_at / reviewed_by: the supervisor has. cancelled_at: when it was cancelled.
Called back "in time" (SPEC §4 callback rate) means status done and done_at <= due_at.

CallbackAttempt: one row per call, reached or not, with the outcome and, for a call
that did not reach the owner, the next call it planned (next_call_at)."""

from __future__ import annotations

import peewee as pw

from models.codes import AttemptOutcome, CallbackStatus, Channel, Solved, SurveyDimension, values
from models.office import User
from models.registers import MSG_SURVEYS, Building, Household, Record, Room, add_reference_check
from models.store import BaseModel, check_in
from models.tickets import Ticket

RATING_CHECK = "BETWEEN 1 AND 5"
CALLBACK_CHANNELS = (Channel.PHONE, Channel.WALK_IN, Channel.ONLINE)


class Callback(BaseModel):
    ticket = pw.ForeignKeyField(Ticket, backref="callbacks", on_delete="RESTRICT")
    due_at = pw.DateTimeField()
    status = pw.CharField(
        max_length=10, default=CallbackStatus.PENDING, constraints=[check_in("status", values(CallbackStatus))]
    )
    attempts = pw.IntegerField(default=0)
    reached = pw.BooleanField(null=True)
    solved = pw.CharField(max_length=8, null=True, constraints=[check_in("solved", values(Solved), nullable=True)])
    rating = pw.IntegerField(null=True, constraints=[pw.Check(f"rating IS NULL OR rating {RATING_CHECK}")])
    comment = pw.TextField(default="")
    done_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    done_at = pw.DateTimeField(null=True)
    resolved_at = pw.DateTimeField(null=True)
    call_at = pw.DateTimeField(null=True)
    channel = pw.CharField(
        max_length=16, null=True, constraints=[check_in("channel", [str(c) for c in CALLBACK_CHANNELS], nullable=True)]
    )
    flagged = pw.BooleanField(default=False)
    reviewed_at = pw.DateTimeField(null=True)
    reviewed_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="reviewed_callbacks")
    cancelled_at = pw.DateTimeField(null=True)
    version = pw.IntegerField(default=1)  # as the ticket's (migration 9)

    class Meta:
        indexes = (
            (("status", "due_at"), False),
            (("done_at",), False),
            (("status", "call_at"), False),
        )


class CallbackAttempt(BaseModel):
    callback = pw.ForeignKeyField(Callback, backref="attempt_log", on_delete="RESTRICT")
    at = pw.DateTimeField()
    by = pw.ForeignKeyField(User, on_delete="RESTRICT", index=False)  # never searched by (migration 12)
    outcome = pw.CharField(max_length=14, constraints=[check_in("outcome", values(AttemptOutcome))])
    note = pw.TextField(default="")
    next_call_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("callback", "at"), False),)


class SurveyCampaign(BaseModel):
    name = pw.CharField(max_length=100, unique=True)
    starts_on = pw.DateField()
    ends_on = pw.DateField()
    target_size = pw.IntegerField(default=300, constraints=[pw.Check("target_size > 0")])
    closed = pw.BooleanField(default=False)
    forms_printed = pw.IntegerField(default=0)  # the highest form number printed so far

    class Meta:
        constraints = [pw.SQL("CHECK (starts_on <= ends_on)")]


class SurveyQuestion(BaseModel):
    campaign = pw.ForeignKeyField(SurveyCampaign, backref="questions", on_delete="CASCADE")
    dimension = pw.CharField(max_length=14, constraints=[check_in("dimension", values(SurveyDimension))])
    text = pw.CharField(max_length=200)
    position = pw.IntegerField(default=0)


class SurveyQuota(BaseModel):
    campaign = pw.ForeignKeyField(SurveyCampaign, backref="quotas", on_delete="CASCADE")
    building = pw.ForeignKeyField(Building, on_delete="RESTRICT")
    quota = pw.IntegerField(constraints=[pw.Check("quota >= 0")])

    class Meta:
        indexes = ((("campaign", "building"), True),)


class SurveyResponse(BaseModel):
    """One returned paper form; a question without a SurveyAnswer row was left blank."""

    campaign = pw.ForeignKeyField(SurveyCampaign, backref="responses", on_delete="RESTRICT")
    form_number = pw.IntegerField()
    room = pw.ForeignKeyField(Room, null=True, on_delete="RESTRICT")
    building = pw.ForeignKeyField(Building, null=True, on_delete="RESTRICT", backref="+")  # the room's, when typed in
    household = pw.ForeignKeyField(Household, null=True, on_delete="RESTRICT")
    comment = pw.TextField(default="")
    entered_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    entered_at = pw.DateTimeField()
    corrected_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    corrected_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = (
            (("campaign", "form_number"), True),
            (("campaign", "room"), False),
            (("campaign", "building"), False),
        )


class SurveyAnswer(BaseModel):
    response = pw.ForeignKeyField(SurveyResponse, backref="answers", on_delete="CASCADE")
    question = pw.ForeignKeyField(SurveyQuestion, on_delete="RESTRICT")
    score = pw.IntegerField(constraints=[pw.Check(f"score {RATING_CHECK}")])

    class Meta:
        indexes = ((("response", "question"), True),)


class SurveyTally(BaseModel):
    """Answers per question, building (0: no room) and score, kept by the schema's triggers
    (migration 5); read-only for the code."""

    campaign = pw.ForeignKeyField(SurveyCampaign, on_delete="CASCADE", backref="+")
    question = pw.ForeignKeyField(SurveyQuestion, on_delete="CASCADE", backref="+")
    building_id = pw.IntegerField()
    score = pw.IntegerField()
    count = pw.IntegerField()

    class Meta:
        primary_key = pw.CompositeKey("question", "building_id", "score")
        without_rowid = True


TABLES = [
    Callback,
    CallbackAttempt,
    SurveyCampaign,
    SurveyQuestion,
    SurveyQuota,
    SurveyResponse,
    SurveyAnswer,
    SurveyTally,
]


def _refuse_deleting_what_surveys_name() -> None:
    add_reference_check(Record.BUILDING, MSG_SURVEYS, lambda i: SurveyQuota.select().where(SurveyQuota.building == i))
    add_reference_check(Record.ROOM, MSG_SURVEYS, lambda i: SurveyResponse.select().where(SurveyResponse.room == i))
    add_reference_check(
        Record.BUILDING, MSG_SURVEYS, lambda i: SurveyResponse.select().where(SurveyResponse.building == i)
    )
    add_reference_check(
        Record.HOUSEHOLD, MSG_SURVEYS, lambda i: SurveyResponse.select().where(SurveyResponse.household == i)
    )


_refuse_deleting_what_surveys_name()
