"""The report's vocabulary, written once: the KPIs of SPEC §4 with their targets (the
office may change them), how a figure is rated green, amber or red, and the definition
of every figure in words a manager can check by hand. The screen and the paper both
print these sentences (translated in the context "models")."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from models.clock import Clock
from models.codes import Permission
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_settings, require
from models.store import database, get_setting, set_setting

TARGETS_KEY = "reports.targets"

SATISFACTION = "satisfaction"
SURVEY_SCORE = "survey_score"
COMPLAINT_RATE = "complaint_rate"
ACK_IN_TIME = "ack_in_time"
RESOLUTION_RATE = "resolution_rate"
HANDLING_HOURS = "handling_hours"
CALLBACK_RATE = "callback_rate"
KPI_KEYS = (SATISFACTION, SURVEY_SCORE, COMPLAINT_RATE, ACK_IN_TIME, RESOLUTION_RATE, HANDLING_HOURS, CALLBACK_RATE)

GREEN, AMBER, RED, NO_DATA = "green", "amber", "red", "none"
PERCENT, HOURS, SCORE = "%", "h", "score"

REPEAT_WINDOW_DAYS = 30
RISING_MINIMUM = 3  # repairs of one category in one building before "rising" is considered

MSG_TARGET = QT_TRANSLATE_NOOP("models", "Enter a number from 0 to {limit}.")
MSG_FLAG = QT_TRANSLATE_NOOP("models", "The warning level must lie on the far side of the target.")


@dataclass(frozen=True)
class Target:
    """`target` met is green; between the target and `flag` amber; beyond `flag` red.
    For figures where less is better (complaint rate, handling time) the flag is above."""

    key: str
    target: float
    flag: float
    higher_is_better: bool = True

    def rate(self, value: float | None) -> str:
        if value is None:
            return NO_DATA
        if self.higher_is_better:
            return GREEN if value >= self.target else AMBER if value >= self.flag else RED
        return GREEN if value <= self.target else AMBER if value <= self.flag else RED


DEFAULT_TARGETS = {
    SATISFACTION: Target(SATISFACTION, 90.0, 85.0),
    SURVEY_SCORE: Target(SURVEY_SCORE, 90.0, 85.0),
    COMPLAINT_RATE: Target(COMPLAINT_RATE, 5.0, 7.5, higher_is_better=False),
    ACK_IN_TIME: Target(ACK_IN_TIME, 100.0, 95.0),
    RESOLUTION_RATE: Target(RESOLUTION_RATE, 95.0, 90.0),
    HANDLING_HOURS: Target(HANDLING_HOURS, 24.0, 48.0, higher_is_better=False),
    CALLBACK_RATE: Target(CALLBACK_RATE, 100.0, 95.0),
}

KPI_UNITS = {
    SATISFACTION: PERCENT,
    SURVEY_SCORE: SCORE,
    COMPLAINT_RATE: PERCENT,
    ACK_IN_TIME: PERCENT,
    RESOLUTION_RATE: PERCENT,
    HANDLING_HOURS: HOURS,
    CALLBACK_RATE: PERCENT,
}

KPI_LABELS = {
    SATISFACTION: QT_TRANSLATE_NOOP("models", "Callback satisfaction"),
    SURVEY_SCORE: QT_TRANSLATE_NOOP("models", "Survey score"),
    COMPLAINT_RATE: QT_TRANSLATE_NOOP("models", "Complaint rate"),
    ACK_IN_TIME: QT_TRANSLATE_NOOP("models", "Acknowledged in time"),
    RESOLUTION_RATE: QT_TRANSLATE_NOOP("models", "Resolution rate"),
    HANDLING_HOURS: QT_TRANSLATE_NOOP("models", "Average handling time"),
    CALLBACK_RATE: QT_TRANSLATE_NOOP("models", "Callback rate"),
}


@dataclass(frozen=True)
class Definition:
    term: str  # English source, context "models"
    text: str


DEFINITIONS = [
    Definition(
        QT_TRANSLATE_NOOP("models", "Received"),
        QT_TRANSLATE_NOOP(
            "models",
            "Tickets registered in the period (by their receipt time) for rooms in the scope; "
            "cancelled tickets and duplicates merged into another ticket are not counted. "
            "Every other figure is about these tickets unless it says otherwise.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Resolved"),
        QT_TRANSLATE_NOOP(
            "models",
            "Received tickets whose result was told to the owner before the period ended. A ticket "
            "reopened and not yet resolved again is not resolved; a reopened ticket counts from its last "
            "resolution.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Resolution rate"),
        QT_TRANSLATE_NOOP("models", "Resolved tickets ÷ received tickets."),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Acknowledged in time"),
        QT_TRANSLATE_NOOP(
            "models",
            "Received tickets first acknowledged no later than their acknowledge deadline (24 hours, "
            "urgent 30 minutes, as the service levels say) ÷ received tickets.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "On time"),
        QT_TRANSLATE_NOOP(
            "models",
            "A stage is on time when it was done no later than its deadline: the acknowledgement, "
            "the stage reply of urgent tickets (a stage reply or the resolution), the result (resolved "
            "tickets, with paused time given back) and the callback.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Average handling time"),
        QT_TRANSLATE_NOOP(
            "models",
            "Hours from receipt to resolution, averaged over the resolved tickets; paused time is included "
            "and shown apart under timeliness.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Paused time"),
        QT_TRANSLATE_NOOP(
            "models",
            "Time a ticket's result clock stood still (owner unreachable, awaiting parts …), counted for "
            "received tickets that were paused; a pause still running counts up to the period's end.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Callback rate"),
        QT_TRANSLATE_NOOP(
            "models",
            "Resolved tickets (inquiries and praise aside) whose owner was reached by a callback after the "
            "last resolution and no later than the callback deadline ÷ those resolved tickets; tickets whose "
            "callback is not yet due when the report is made are left out.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Callback satisfaction"),
        QT_TRANSLATE_NOOP(
            "models",
            "Callbacks rated 4 or 5 ÷ callbacks with a rating, over every callback made for the received "
            "tickets, including those that led to a reopening.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Dissatisfied"),
        QT_TRANSLATE_NOOP(
            "models",
            "A callback rated 3 or less, or whose owner said the problem was only partly or not solved. "
            "Rated 2 or less, or not solved, reopens the ticket.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Survey score"),
        QT_TRANSLATE_NOOP(
            "models",
            "The average answer (1 to 5) of the survey forms entered in the period for rooms in the scope, "
            "as a score out of 100: (average − 1) ÷ 4 × 100, so 5 is 100 and 1 is 0.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Household served"),
        QT_TRANSLATE_NOOP(
            "models",
            "A room in the scope with at least one registered resident (owner, tenant or family member) "
            "when the report is made.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Complaint rate"),
        QT_TRANSLATE_NOOP(
            "models",
            "Households served that made at least one complaint (a ticket of the kind Complaint) received in the period "
            "÷ households served.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Repeat complaint"),
        QT_TRANSLATE_NOOP(
            "models",
            "A received ticket for a room that already had a ticket of the same category (not cancelled or "
            "merged) within the 30 days before it, as the intake form warns.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Early warning"),
        QT_TRANSLATE_NOOP(
            "models",
            "Repairs repeating in one room (two or more of one category in the period), and repairs of one "
            "category in one building that are rising (at least 3 and at least twice as many as in the "
            "period before).",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Overdue at the period's end"),
        QT_TRANSLATE_NOOP(
            "models",
            "Tickets in the scope received before the period ended (or before the report was made, for a "
            "period still running) and not resolved, cancelled or merged by then, whose acknowledge or result "
            "deadline had passed; age is counted from receipt to that moment.",
        ),
    ),
    Definition(
        QT_TRANSLATE_NOOP("models", "Change"),
        QT_TRANSLATE_NOOP(
            "models",
            "Against the period before (the month, quarter or year before, or as many days just before) "
            "and the same period a year earlier.",
        ),
    ),
]


def targets() -> dict[str, Target]:
    """The office's targets: the defaults of SPEC §4 with any the manager changed."""
    stored = get_setting(TARGETS_KEY, {}) or {}
    result = dict(DEFAULT_TARGETS)
    for key, values in stored.items():
        if key in result and isinstance(values, dict):
            base = result[key]
            result[key] = Target(
                key,
                float(values.get("target", base.target)),
                float(values.get("flag", base.flag)),
                base.higher_is_better,
            )
    return result


def save_target(key: str, target: float, flag: float, *, operator: User, clock: Clock) -> None:
    """Change one KPI's target and warning level (the manager's setting; audited old → new)."""
    require(operator, Permission.SET_SERVICE_LEVELS)
    base = DEFAULT_TARGETS[key]
    limit = 1000 if KPI_UNITS[key] == HOURS else 100
    problems: dict[str, str] = {}
    if not 0 <= target <= limit:
        problems["target"] = MSG_TARGET
    elif not 0 <= flag <= limit or (flag > target if base.higher_is_better else flag < target):
        problems["flag"] = MSG_FLAG
    if problems:
        raise ValidationError(problems, {"target": {"limit": limit}})
    stored = dict(get_setting(TARGETS_KEY, {}) or {})
    was = stored.get(key) or {"target": base.target, "flag": base.flag}
    stored[key] = {k: v for k, v in asdict(Target(key, target, flag)).items() if k in ("target", "flag")}
    with database.atomic():
        set_setting(TARGETS_KEY, stored)
        record_settings(f"{TARGETS_KEY}/{key}", dict(was), stored[key], actor=operator, at=clock.now())
