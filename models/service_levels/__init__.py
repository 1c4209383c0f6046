"""Service levels (SPEC §3): the working-day calendar with the office's overrides, the policies per
kind × priority, and the arithmetic that turns receipt, pauses and resolution into due times.
Pure of tickets: the tickets area applies these rules to its rows.

This module is the area's door: other areas and the GUI import only what it names."""

from models.doors import lazy_door
from models.service_levels import tables

# what the door names, imported from its module on first use (models.doors)
__getattr__, __dir__ = lazy_door(
    __name__,
    {
        "models.service_levels.calendar": (
            "MAX_NOTE_LENGTH",
            "OverrideData",
            "WorkingCalendar",
            "list_overrides",
            "load_calendar",
            "remove_override",
            "store_override",
        ),
        "models.service_levels.policies": (
            "ACK",
            "CALLBACK",
            "DEADLINE_FIELDS",
            "DEADLINE_LABELS",
            "RESULT",
            "STAGE_REPLY",
            "UNIT_LABELS",
            "WATCHED",
            "Deadlines",
            "EstimateRule",
            "Pause",
            "PolicyData",
            "add_amount",
            "deadlines_for",
            "default_policy",
            "list_policies",
            "next_deadline_kind",
            "policy_for",
            "seed_default_policies",
            "store_policy",
            "time_left",
        ),
        "models.service_levels.tables": ("SlaPolicy",),
    },
)


def estimate_rule():
    """The office's calendar and policies, read once, deciding which deadlines are estimates
    (an EstimateRule)."""
    from models.service_levels.calendar import load_calendar
    from models.service_levels.policies import EstimateRule, list_policies

    return EstimateRule(load_calendar(), list_policies())


# Every table of the area, in dependency order.
TABLES = [*tables.TABLES]

__all__ = [
    "ACK",
    "CALLBACK",
    "RESULT",
    "MAX_NOTE_LENGTH",
    "TABLES",
    "DEADLINE_FIELDS",
    "DEADLINE_LABELS",
    "Deadlines",
    "EstimateRule",
    "Pause",
    "OverrideData",
    "PolicyData",
    "STAGE_REPLY",
    "SlaPolicy",
    "UNIT_LABELS",
    "WATCHED",
    "WorkingCalendar",
    "add_amount",
    "deadlines_for",
    "estimate_rule",
    "default_policy",
    "list_overrides",
    "list_policies",
    "load_calendar",
    "next_deadline_kind",
    "policy_for",
    "remove_override",
    "seed_default_policies",
    "store_override",
    "store_policy",
    "time_left",
]
