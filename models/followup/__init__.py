"""What follows a resolved ticket and the office's surveys: callbacks and satisfaction surveys.

This module is the area's door: other areas and the GUI import only what it names."""

from models.followup import tables
from models.followup.callback_rules import CallbackRules, callback_rules, next_attempt_at, save_callback_rules
from models.followup.callback_views import (
    AttemptLine,
    CallbackCounts,
    CallbackEntryData,
    CallbackFilter,
    CallbackFilterChoices,
    CallbackRow,
    SheetLine,
    View,
    callback_counts,
    callback_entry,
    callback_sheet,
    count_callbacks,
    fetch_callbacks,
    filter_choices,
    latest_callback_of_ticket,
    open_callback_for_number,
    sheet_lines,
    supervisor_count,
)
from models.followup.callback_words import (
    CHANNEL_LABELS,
    EVENT_LABELS,
    FIELD_LABELS,
    OUTCOME_LABELS,
    SOLVED_LABELS,
    STATUS_LABELS,
    UNHAPPY_MARK,
    value_label,
)
from models.followup.callbacks import (
    NOT_REACHED,
    CallEntry,
    CallOutcome,
    check_caller,
    mark_reviewed,
    record_call,
    reveal_phone,
    supervisor_close,
)
from models.followup.tables import Callback, CallbackAttempt, SurveyCampaign, SurveyQuota, SurveyResponse

# Every table of the area, in dependency order.
TABLES = [*tables.TABLES]

__all__ = [
    "TABLES",
    "CHANNEL_LABELS",
    "EVENT_LABELS",
    "FIELD_LABELS",
    "OUTCOME_LABELS",
    "SOLVED_LABELS",
    "STATUS_LABELS",
    "UNHAPPY_MARK",
    "reveal_phone",
    "value_label",
    "AttemptLine",
    "CallEntry",
    "CallOutcome",
    "Callback",
    "CallbackAttempt",
    "CallbackCounts",
    "CallbackEntryData",
    "CallbackFilter",
    "CallbackFilterChoices",
    "filter_choices",
    "CallbackRow",
    "CallbackRules",
    "NOT_REACHED",
    "SurveyCampaign",
    "SurveyQuota",
    "SurveyResponse",
    "SheetLine",
    "View",
    "callback_sheet",
    "sheet_lines",
    "supervisor_count",
    "callback_counts",
    "callback_entry",
    "callback_rules",
    "check_caller",
    "count_callbacks",
    "fetch_callbacks",
    "latest_callback_of_ticket",
    "mark_reviewed",
    "next_attempt_at",
    "open_callback_for_number",
    "record_call",
    "save_callback_rules",
    "supervisor_close",
]
