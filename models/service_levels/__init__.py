"""Service levels (SPEC §3): the working-day calendar with the office's overrides, the policies per
kind × priority, and the arithmetic that turns receipt, pauses and resolution into due times.
Pure of tickets: the tickets area applies these rules to its rows.

This module is the area's door: other areas and the GUI import only what it names."""

from models.doors import lazy_door, offered
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
            "PolicyClock",
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

__all__ = ["TABLES", "estimate_rule", *offered(__name__)]
