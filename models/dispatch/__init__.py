"""Dispatch (派工): assignments to departments and crews, the dispatch board, the work orders'
plain data and the results typed in from the returned paper.

This module is the area's door: other areas and the GUI import only what it names."""

from models.doors import lazy_door, offered

# what the door names, imported from its module on first use (models.doors)
__getattr__, __dir__ = lazy_door(
    __name__,
    {
        "models.dispatch.board": (
            "BoardFilter",
            "BoardMode",
            "CardData",
            "DepartmentLoad",
            "Lane",
            "LaneKey",
            "LaneKind",
            "board_cards",
            "board_communities",
            "board_lanes",
            "crew_workloads",
        ),
        "models.dispatch.dispatching": (
            "DispatchChoices",
            "dispatch",
            "dispatch_choices",
            "dispatch_many",
            "start_work",
        ),
        "models.dispatch.results": (
            "ResultEntry",
            "find_ticket_number",
            "parse_entry_time",
            "record_result",
            "result_entry",
            "result_entry_for",
        ),
        "models.dispatch.work_orders": (
            "LAYOUTS",
            "MAX_COPIES",
            "OFFICE_NAME_LIMIT",
            "OFFICE_PHONE_LIMIT",
            "PrintSettings",
            "WorkOrderData",
            "print_settings",
            "record_printed",
            "save_print_settings",
            "tickets_to_print",
            "work_order_for_number",
            "work_orders_for",
        ),
    },
)

__all__ = [*offered(__name__)]
