"""The store: opening the data file (pragmas, schema version, migrations, a backup copy first), the late-bound
database and base model, the data folder, the office's key/value settings, and the sorting of database
errors into conditions of the machine (shown plainly) and bugs (logged). The only area that knows SQL dialects.

This module is the area's door: other areas and the GUI import only what it names."""

from models.store import settings
from models.store.append_only import make_append_only
from models.store.base import BaseModel, check_in, database
from models.store.conditions import Condition, DatabaseCondition, bug_report, condition_of, sort_database_error
from models.store.data_file import EmptyDataFile, close_database, open_store, translate_environment_error
from models.store.data_folder import DataFolder, resolve_data_folder
from models.store.health import OPEN_CHECK_SECONDS, CheckReport, DataFileState, full_check, probe_data_file
from models.store.migrations import MAJOR as SCHEMA_MAJOR
from models.store.migrations import latest_version as latest_schema_version
from models.store.planning import analyze, data_stamp, id_list, optimize, rare, unindexed, within_steps
from models.store.search_index import SEPARATOR as SEARCH_SEPARATOR
from models.store.search_index import create_triggers as create_search_triggers
from models.store.search_index import drop_triggers as drop_search_triggers
from models.store.search_index import rebuild as rebuild_search_index
from models.store.settings import Setting, get_setting, set_setting

TABLES = [*settings.TABLES]

__all__ = [
    "OPEN_CHECK_SECONDS",
    "CheckReport",
    "Condition",
    "DataFileState",
    "DatabaseCondition",
    "EmptyDataFile",
    "bug_report",
    "make_append_only",
    "condition_of",
    "full_check",
    "probe_data_file",
    "sort_database_error",
    "SCHEMA_MAJOR",
    "SEARCH_SEPARATOR",
    "create_search_triggers",
    "drop_search_triggers",
    "latest_schema_version",
    "rebuild_search_index",
    "TABLES",
    "analyze",
    "data_stamp",
    "id_list",
    "optimize",
    "rare",
    "unindexed",
    "within_steps",
    "Setting",
    "BaseModel",
    "DataFolder",
    "check_in",
    "close_database",
    "database",
    "get_setting",
    "open_store",
    "resolve_data_folder",
    "set_setting",
    "translate_environment_error",
]
