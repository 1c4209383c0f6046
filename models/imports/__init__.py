"""Spreadsheets in and out: reading .xlsx/.csv sheets, importing households and staff, and exporting
the household register with the import's own columns.

This module is the area's door: other areas and the GUI import only what it names."""

from models.imports import households, staff
from models.imports.export import export_households
from models.imports.households import apply_households, check_households, import_households
from models.imports.sheets import (
    MSG_IMPORT_CANCELLED,
    CancelledError,
    ImportOutcome,
    Progress,
    RowProblem,
    Sheet,
    SheetError,
    cell_text,
    guess_mapping,
    read_sheet,
)
from models.imports.staff import apply_staff, check_staff, import_staff

# The columns each import knows, with the header names it recognises.
HOUSEHOLD_COLUMNS = households.ALIASES
STAFF_COLUMNS = staff.ALIASES

__all__ = [
    "HOUSEHOLD_COLUMNS",
    "STAFF_COLUMNS",
    "CancelledError",
    "ImportOutcome",
    "MSG_IMPORT_CANCELLED",
    "Progress",
    "RowProblem",
    "Sheet",
    "SheetError",
    "apply_households",
    "apply_staff",
    "cell_text",
    "check_households",
    "check_staff",
    "export_households",
    "guess_mapping",
    "import_households",
    "import_staff",
    "read_sheet",
]
