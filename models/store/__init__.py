"""The store: opening the data file (pragmas, schema version, migrations, a backup copy first), the late-bound
database and base model, the data folder, the office's key/value settings, and the sorting of database
errors into conditions of the machine (shown plainly) and bugs (logged). The only area that knows SQL dialects.

This module is the area's door: other areas and the GUI import only what it names."""

from models.store import settings
from models.store.append_only import make_append_only
from models.store.base import BaseModel, check_in, database
from models.store.conditions import (
    Condition,
    DatabaseCondition,
    bug_report,
    condition_of,
    is_connection_lost,
    sort_database_error,
)
from models.store.data_file import (
    EmptyDataFile,
    close_database,
    open_store,
    pending_check,
    refuse_if_damaged,
    translate_environment_error,
)
from models.store.data_folder import DATABASE_NAME, DataFolder, resolve_data_folder
from models.store.database_choice import save_database, saved_database, try_server
from models.store.dialect import dialect, on_server
from models.store.health import OPEN_CHECK_SECONDS, CheckReport, DataFileState, full_check, probe_data_file
from models.store.migrations import MAJOR as SCHEMA_MAJOR
from models.store.migrations import latest_version as latest_schema_version
from models.store.moving import MoveReport, canonical_row, move_office, table_tally
from models.store.moving_attachments import MSG_ATTACHMENTS_COPIED, attachments_after_move, copy_attachments
from models.store.planning import analyze, data_stamp, id_list, optimize, rare, unindexed, within_steps
from models.store.postgres import PasswordNeeded, is_database_url, parse_database_url
from models.store.search_index import SEPARATOR as SEARCH_SEPARATOR
from models.store.search_index import contains_character as search_contains_character
from models.store.search_index import count_matching, documents_at_most, matching_ids
from models.store.search_index import create_triggers as create_search_triggers
from models.store.search_index import drop_triggers as drop_search_triggers
from models.store.search_index import plan as plan_search
from models.store.search_index import rebuild as rebuild_search_index
from models.store.server_backup import dump_server_office
from models.store.server_store import check_server
from models.store.settings import Setting, get_setting, get_settings, set_setting
from models.store.shared_folder import (
    OFFICE_SETTING as ATTACHMENTS_SETTING,
)
from models.store.shared_folder import (
    AttachmentsPlace,
    AttachmentsUnreachable,
    attachment_file,
    attachments_folder,
    attachments_place,
    check_shared_folder,
    local_attachments_folder,
    office_attachments_folder,
    reachable,
    save_local_attachments_folder,
    save_office_attachments_folder,
    unreachable,
    writable_attachments,
)
from models.store.sharing import change_token, changes_since, one_at_a_time, retrying

TABLES = [*settings.TABLES]

__all__ = [
    "ATTACHMENTS_SETTING",
    "AttachmentsPlace",
    "AttachmentsUnreachable",
    "attachment_file",
    "attachments_after_move",
    "check_shared_folder",
    "attachments_folder",
    "attachments_place",
    "local_attachments_folder",
    "office_attachments_folder",
    "reachable",
    "save_local_attachments_folder",
    "save_office_attachments_folder",
    "unreachable",
    "writable_attachments",
    "dump_server_office",
    "save_database",
    "saved_database",
    "try_server",
    "DATABASE_NAME",
    "MoveReport",
    "MSG_ATTACHMENTS_COPIED",
    "copy_attachments",
    "canonical_row",
    "move_office",
    "table_tally",
    "check_server",
    "PasswordNeeded",
    "is_database_url",
    "parse_database_url",
    "count_matching",
    "dialect",
    "documents_at_most",
    "is_connection_lost",
    "matching_ids",
    "on_server",
    "plan_search",
    "search_contains_character",
    "unindexed",
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
    "within_steps",
    "Setting",
    "BaseModel",
    "DataFolder",
    "check_in",
    "close_database",
    "database",
    "get_setting",
    "get_settings",
    "open_store",
    "pending_check",
    "refuse_if_damaged",
    "resolve_data_folder",
    "set_setting",
    "change_token",
    "changes_since",
    "one_at_a_time",
    "retrying",
    "translate_environment_error",
]
