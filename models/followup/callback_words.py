"""The words for callbacks' codes and timeline steps, marked for translation in the
"models" context: callback statuses, verdicts, call outcomes, channels, the timeline's
callback events and fields, and the board's 回访不满意 mark. Separate from
models.codes.LABELS because some codes share their text with ticket codes
('cancelled') but not their meaning."""

from __future__ import annotations

from models.codes import AttemptOutcome, CallbackStatus, Channel, Solved
from models.i18n import QT_TRANSLATE_NOOP

UNHAPPY_MARK = QT_TRANSLATE_NOOP("models", "Unsatisfied at callback")

STATUS_LABELS = {
    CallbackStatus.PENDING: QT_TRANSLATE_NOOP("models", "To call back"),
    CallbackStatus.DONE: QT_TRANSLATE_NOOP("models", "Called back"),
    CallbackStatus.ABANDONED: QT_TRANSLATE_NOOP("models", "Cannot be reached"),
    CallbackStatus.CANCELLED: QT_TRANSLATE_NOOP("models", "Callback cancelled"),
}
SOLVED_LABELS = {
    Solved.YES: QT_TRANSLATE_NOOP("models", "Solved"),
    Solved.PARTLY: QT_TRANSLATE_NOOP("models", "Partly solved"),
    Solved.NO: QT_TRANSLATE_NOOP("models", "Not solved"),
}
OUTCOME_LABELS = {
    AttemptOutcome.REACHED: QT_TRANSLATE_NOOP("models", "Reached"),
    AttemptOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("models", "No answer"),
    AttemptOutcome.BUSY: QT_TRANSLATE_NOOP("models", "Line busy"),
    AttemptOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("models", "Wrong number"),
    AttemptOutcome.CALL_LATER: QT_TRANSLATE_NOOP("models", "Call me later"),
}
CHANNEL_LABELS = {
    Channel.PHONE: QT_TRANSLATE_NOOP("models", "Phone"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("models", "Walk-in"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("models", "WeChat"),
}
EVENT_LABELS = {
    "callback_schedule": QT_TRANSLATE_NOOP("models", "Callback scheduled"),
    "callback_attempt": QT_TRANSLATE_NOOP("models", "Callback not reached"),
    "callback_result": QT_TRANSLATE_NOOP("models", "Callback result"),
    "callback_unhappy": QT_TRANSLATE_NOOP("models", "Unsatisfied at callback"),
    "callback_unreachable": QT_TRANSLATE_NOOP("models", "Owner cannot be reached"),
    "callback_cancel": QT_TRANSLATE_NOOP("models", "Callback cancelled"),
    "callback_review": QT_TRANSLATE_NOOP("models", "Callback reviewed by the supervisor"),
    "close_unreached": QT_TRANSLATE_NOOP("models", "Closed without a callback"),
}
FIELD_LABELS = {
    "callback_due": QT_TRANSLATE_NOOP("models", "Callback due"),
    "next_call": QT_TRANSLATE_NOOP("models", "Next call"),
    "call_outcome": QT_TRANSLATE_NOOP("models", "Call"),
    "solved": QT_TRANSLATE_NOOP("models", "Solved?"),
    "rating": QT_TRANSLATE_NOOP("models", "Rating"),
    "callback_status": QT_TRANSLATE_NOOP("models", "Callback"),
    "phone_revealed": QT_TRANSLATE_NOOP("models", "Full phone number shown"),
}


def value_label(field: str, value: str) -> str | None:
    """The untranslated word for a callback field's stored value, or None to show it as is."""
    table = {"call_outcome": OUTCOME_LABELS, "solved": SOLVED_LABELS, "callback_status": STATUS_LABELS}.get(field)
    return table.get(value) if table else None
