"""Tickets (工单): tables, numbering, the workflow state machine, intake, actions, the detail view,
the quick search, the registry's queries, deadlines applied to tickets and the desk's reminders.

This module is the area's door: other areas and the GUI import only what it names."""

from models.doors import lazy_door, offered
from models.tickets import tables

# what the door names, imported from its module on first use (models.doors)
__getattr__, __dir__ = lazy_door(
    __name__,
    {
        "models.tickets.attachment_files": (
            "attachment_path",
            "sweep_attachments",
        ),
        "models.tickets.actions": (
            "NOTE_LIMIT",
            "acknowledge",
            "answer_and_close",
            "cancel",
            "clean_note",
            "edit_ticket",
            "merge",
            "pause",
            "reopen",
            "resume",
            "stage_reply",
        ),
        "models.tickets.deadlines": (
            "apply_deadlines",
            "delete_override",
            "recompute_deadlines",
            "save_override",
            "save_policy",
        ),
        "models.tickets.detail": (
            "EventLine",
            "TicketDetail",
            "room_tickets",
            "ticket_detail",
        ),
        "models.tickets.intake": (
            "REPORTER_LIMIT",
            "NewTicket",
            "TicketRef",
            "add_call_to_ticket",
            "attach_files",
            "knowledge_for",
            "register_ticket",
            "room_context",
            "suggest_priority",
            "validate_new_ticket",
        ),
        "models.tickets.intake_rooms": (
            "RoomMatch",
            "find_rooms",
        ),
        "models.tickets.numbering": (
            "PREFIXES",
            "format_number",
            "looks_like_ticket_number",
            "next_ticket_number",
        ),
        "models.tickets.privacy": ("reveal_reporter_phone",),
        "models.tickets.registry": (
            "FooterCounts",
            "Option",
            "RegistryFilter",
            "count_tickets",
            "delete_preset",
            "fetch_page",
            "filter_options",
            "footer_counts",
            "list_presets",
            "save_preset",
        ),
        "models.tickets.registry_columns": (
            "HEADER_CONTEXT",
            "REGISTRY_COLUMNS",
            "SORT_COLUMNS",
            "RegistryColumn",
            "RegistryRow",
        ),
        "models.tickets.reminders": (
            "INTERVAL_RANGE",
            "DueItem",
            "due_soon",
            "overdue_count",
            "reminder_interval_minutes",
            "reminder_window_minutes",
            "set_reminder_interval_minutes",
        ),
        "models.tickets.search": (
            "find_ticket_ids",
            "search_expression",
        ),
        "models.tickets.tables": (
            "Assignment",
            "Attachment",
            "Ticket",
            "TicketEvent",
            "WorkResult",
        ),
        "models.tickets.versions": (
            "claim_ticket",
            "ticket_conflict",
        ),
        "models.tickets.workflow": (
            "ACTION_PERMISSIONS",
            "TARGET",
            "TIMESTAMP_FIELD",
            "Action",
            "DeskAction",
            "action_allowed_from",
            "add_transition_listener",
            "allowed_actions",
            "check_allowed",
            "desk_actions",
            "desk_actions_for",
            "record_event",
            "transition",
        ),
    },
)

# Every table of the area, in dependency order.
TABLES = [*tables.TABLES]

__all__ = ["TABLES", *offered(__name__)]
