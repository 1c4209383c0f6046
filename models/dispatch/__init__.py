"""Dispatch (派工): assignments to departments and crews, the dispatch board, the work orders'
plain data and the results typed in from the returned paper.

This module is the area's door: other areas and the GUI import only what it names."""

from models.dispatch.board import (
    BoardFilter,
    BoardMode,
    CardData,
    DepartmentLoad,
    Lane,
    LaneKey,
    LaneKind,
    board_cards,
    board_communities,
    board_lanes,
    crew_workloads,
)
from models.dispatch.dispatching import DispatchChoices, dispatch, dispatch_choices, dispatch_many, start_work
from models.dispatch.results import (
    ResultEntry,
    find_ticket_number,
    parse_entry_time,
    record_result,
    result_entry,
    result_entry_for,
)
from models.dispatch.work_orders import (
    LAYOUTS,
    MAX_COPIES,
    OFFICE_NAME_LIMIT,
    OFFICE_PHONE_LIMIT,
    PrintSettings,
    WorkOrderData,
    print_settings,
    record_printed,
    save_print_settings,
    tickets_to_print,
    work_order_for_number,
    work_orders_for,
)

__all__ = [
    "board_lanes",
    "LaneKind",
    "LaneKey",
    "Lane",
    "BoardMode",
    "OFFICE_PHONE_LIMIT",
    "OFFICE_NAME_LIMIT",
    "BoardFilter",
    "CardData",
    "DepartmentLoad",
    "DispatchChoices",
    "LAYOUTS",
    "MAX_COPIES",
    "PrintSettings",
    "ResultEntry",
    "WorkOrderData",
    "board_cards",
    "board_communities",
    "crew_workloads",
    "dispatch",
    "dispatch_choices",
    "dispatch_many",
    "find_ticket_number",
    "parse_entry_time",
    "print_settings",
    "record_printed",
    "record_result",
    "result_entry",
    "result_entry_for",
    "save_print_settings",
    "start_work",
    "tickets_to_print",
    "work_order_for_number",
    "work_orders_for",
]
