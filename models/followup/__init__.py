"""What follows a resolved ticket and the office's surveys: callbacks and satisfaction surveys.

This module is the area's door: other areas and the GUI import only what it names.
For the monthly summary: `survey_score(campaign_id)` / `survey_scores(started_by=day)`
give a campaign's score 0–100 ((mean − 1) / 4 × 100 over all answers, blanks left out),
its share of answers 4–5 and its forms (see models.followup.survey_results)."""

from models.doors import lazy_door, offered
from models.followup import tables
from models.tickets import add_transition_listener

# what the door names, imported from its module on first use (models.doors)
__getattr__, __dir__ = lazy_door(
    __name__,
    {
        "models.followup.callback_settings": (
            "CallbackRules",
            "callback_rules",
            "next_attempt_at",
            "save_callback_rules",
            "set_sheet_full_phone",
            "sheet_full_phone",
        ),
        "models.followup.callback_views": (
            "AttemptLine",
            "CallbackCounts",
            "CallbackEntryData",
            "CallbackFilter",
            "CallbackFilterChoices",
            "CallbackRow",
            "SheetLine",
            "View",
            "callback_counts",
            "callback_entry",
            "callback_sheet",
            "count_callbacks",
            "fetch_callbacks",
            "filter_choices",
            "latest_callback_of_ticket",
            "open_callback_for_number",
            "sheet_lines",
        ),
        "models.followup.supervisor_queue": ("supervisor_count",),
        "models.followup.callback_words": (
            "CHANNEL_LABELS",
            "EVENT_LABELS",
            "FIELD_LABELS",
            "OUTCOME_LABELS",
            "SOLVED_LABELS",
            "STATUS_LABELS",
            "UNHAPPY_MARK",
            "value_label",
        ),
        "models.followup.callbacks": (
            "NOT_REACHED",
            "CallEntry",
            "CallOutcome",
            "check_caller",
            "mark_reviewed",
            "record_call",
            "reveal_phone",
            "supervisor_close",
        ),
        "models.followup.survey_campaigns": (
            "FORMS_PER_BATCH",
            "CampaignForm",
            "CampaignRow",
            "CampaignView",
            "QuestionView",
            "QuotaView",
            "building_labels",
            "campaign_rows",
            "campaign_view",
            "create_campaign",
            "find_campaign",
            "is_frozen",
            "latest_campaign_id",
            "next_form_numbers",
            "previous_campaign_id",
            "questions_of",
            "quotas_by_households",
            "quotas_of",
            "record_forms_printed",
            "set_closed",
            "set_questions",
            "set_quotas",
            "update_campaign",
            "validate_questions",
        ),
        "models.followup.survey_entry": (
            "NewResponse",
            "ResponseView",
            "campaign_of_form_code",
            "check_form_number",
            "check_room",
            "correct_response",
            "form_code",
            "format_form_number",
            "last_response",
            "next_form_number",
            "one_response_per_room",
            "parse_form_number",
            "response_for_form",
            "response_view",
            "save_response",
            "set_one_response_per_room",
        ),
        "models.followup.survey_export": (
            "SurveyExportError",
            "export_results",
        ),
        "models.followup.survey_paper": (
            "PaperForm",
            "SurveyFormsData",
            "SurveyReportData",
            "survey_forms_data",
            "survey_report_data",
        ),
        "models.followup.survey_results": (
            "ALL_QUESTIONS",
            "BuildingResult",
            "CampaignResults",
            "Comment",
            "DimensionResult",
            "Figures",
            "QuestionResult",
            "QuotaResult",
            "SurveyScore",
            "campaign_results",
            "survey_score",
            "survey_scores",
        ),
        "models.followup.survey_template": (
            "DEFAULT_QUESTIONS",
            "DEFAULT_TARGET",
            "DIMENSION_LABELS",
            "DIMENSIONS",
            "PAPER_NAMES",
            "QUESTIONS_PER_DIMENSION",
            "QuestionDraft",
            "paper_name",
        ),
        "models.followup.tables": (
            "Callback",
            "CallbackAttempt",
            "SurveyCampaign",
            "SurveyQuota",
            "SurveyResponse",
        ),
    },
)


def _follow_ticket(ticket, action, operator, at) -> None:
    """Callbacks follow every ticket's status change (scheduled when it is resolved,
    cancelled when it is reopened, cancelled, merged or closed first): the listener is
    installed with the door, its module loaded at the first change, not at start-up."""
    from models.followup.callbacks import follow_ticket

    follow_ticket(ticket, action, operator, at)


add_transition_listener(_follow_ticket)

# Every table of the area, in dependency order.
TABLES = [*tables.TABLES]

__all__ = ["TABLES", *offered(__name__)]
