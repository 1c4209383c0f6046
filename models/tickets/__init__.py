"""Tickets (工单): tables, numbering, the workflow state machine, intake, actions, the detail view,
the quick search, the registry's queries, deadlines applied to tickets and the desk's reminders.

This module is the area's door: other areas and the GUI import only what it names."""

from models.tickets import tables
from models.tickets.actions import (
    acknowledge,
    answer_and_close,
    cancel,
    edit_ticket,
    merge,
    pause,
    reopen,
    resume,
    stage_reply,
)
from models.tickets.deadlines import apply_deadlines, delete_override, recompute_deadlines, save_override, save_policy
from models.tickets.detail import EventLine, TicketDetail, room_tickets, ticket_detail
from models.tickets.intake import (
    NewTicket,
    TicketRef,
    add_call_to_ticket,
    attachment_path,
    knowledge_for,
    register_ticket,
    room_context,
    suggest_priority,
    validate_new_ticket,
)
from models.tickets.intake_rooms import RoomMatch, find_rooms
from models.tickets.numbering import PREFIXES, format_number, looks_like_ticket_number, next_ticket_number
from models.tickets.registry import (
    SORT_COLUMNS,
    FooterCounts,
    Option,
    RegistryFilter,
    RegistryRow,
    count_tickets,
    delete_preset,
    fetch_page,
    filter_options,
    footer_counts,
    list_presets,
    save_preset,
)
from models.tickets.reminders import (
    INTERVAL_RANGE,
    DueItem,
    due_soon,
    overdue_count,
    reminder_interval_minutes,
    reminder_window_minutes,
    set_reminder_interval_minutes,
)
from models.tickets.search import find_ticket_ids, search_expression
from models.tickets.tables import Assignment, Attachment, Ticket, TicketEvent, WorkResult
from models.tickets.workflow import (
    TARGET,
    TIMESTAMP_FIELD,
    Action,
    allowed_actions,
    check_allowed,
    record_event,
    transition,
)

# Every table of the area, in dependency order.
TABLES = [*tables.TABLES]

__all__ = [
    "apply_deadlines",
    "delete_override",
    "recompute_deadlines",
    "save_override",
    "save_policy",
    "TABLES",
    "Action",
    "Assignment",
    "Attachment",
    "DueItem",
    "EventLine",
    "FooterCounts",
    "INTERVAL_RANGE",
    "NewTicket",
    "Option",
    "PREFIXES",
    "RegistryFilter",
    "RegistryRow",
    "RoomMatch",
    "SORT_COLUMNS",
    "TARGET",
    "TIMESTAMP_FIELD",
    "Ticket",
    "TicketDetail",
    "TicketEvent",
    "TicketRef",
    "WorkResult",
    "acknowledge",
    "add_call_to_ticket",
    "allowed_actions",
    "answer_and_close",
    "attachment_path",
    "cancel",
    "check_allowed",
    "count_tickets",
    "delete_preset",
    "due_soon",
    "edit_ticket",
    "fetch_page",
    "filter_options",
    "find_rooms",
    "find_ticket_ids",
    "footer_counts",
    "format_number",
    "knowledge_for",
    "list_presets",
    "looks_like_ticket_number",
    "merge",
    "next_ticket_number",
    "overdue_count",
    "pause",
    "record_event",
    "register_ticket",
    "reminder_interval_minutes",
    "reminder_window_minutes",
    "reopen",
    "resume",
    "room_context",
    "room_tickets",
    "save_preset",
    "search_expression",
    "set_reminder_interval_minutes",
    "stage_reply",
    "suggest_priority",
    "ticket_detail",
    "transition",
    "validate_new_ticket",
]
