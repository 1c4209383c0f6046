"""Spreadsheets in and out: reading .xlsx/.xls/.csv/text sheets within limits, the one import
pipeline (read → map columns → check rows → apply in one transaction → report) that the
household and staff imports run, and exporting the household register with the import's own
columns, its text never written as a formula.

This module is the area's door: other areas and the GUI import only what it names."""

from models.imports import households, staff
from models.imports.export import export_households
from models.imports.households import HouseholdPlan, apply_households, check_households, import_households
from models.imports.pipeline import ImportPlan
from models.imports.reading import SETTING_KEYS as LIMIT_SETTINGS
from models.imports.reading import ImportLimits, import_limits, read_sheet
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
)
from models.imports.staff import apply_staff, check_staff, import_staff

# The columns each import knows, with the header names it recognises.
HOUSEHOLD_COLUMNS = households.ALIASES
STAFF_COLUMNS = staff.ALIASES

__all__ = [
    "HOUSEHOLD_COLUMNS",
    "STAFF_COLUMNS",
    "CancelledError",
    "HouseholdPlan",
    "ImportLimits",
    "ImportOutcome",
    "ImportPlan",
    "LIMIT_SETTINGS",
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
    "import_limits",
    "import_staff",
    "read_sheet",
]
