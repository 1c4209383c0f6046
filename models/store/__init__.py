"""The store: opening the data file (pragmas, schema version, migrations, a backup copy first), the late-bound
database and base model, the data folder, the office's key/value settings, and the sorting of database
errors into conditions of the machine (shown plainly) and bugs (logged). The only area that knows SQL dialects.

This module is the area's door: other areas and the GUI import only what it names."""

from models.doors import lazy_door, offered
from models.store import settings

# what the door names, imported from its module on first use (models.doors)
__getattr__, __dir__ = lazy_door(
    __name__,
    {
        "models.store.append_only": ("make_append_only",),
        "models.store.base": (
            "BaseModel",
            "check_in",
            "database",
        ),
        "models.store.conditions": (
            "Condition",
            "DatabaseCondition",
            "bug_report",
            "condition_of",
            "is_connection_lost",
            "sort_database_error",
        ),
        "models.store.data_file": (
            "EmptyDataFile",
            "close_database",
            "open_store",
            "pending_check",
            "refuse_if_damaged",
            "translate_environment_error",
        ),
        "models.store.data_folder": (
            "DATABASE_NAME",
            "DataFolder",
            "resolve_data_folder",
        ),
        "models.store.database_choice": (
            "save_database",
            "saved_database",
            "try_server",
        ),
        "models.store.dialect": (
            "dialect",
            "in_file_order",
            "on_server",
        ),
        "models.store.health": (
            "OPEN_CHECK_SECONDS",
            "CheckReport",
            "DataFileState",
            "full_check",
            "probe_data_file",
        ),
        "models.store.migrations": (
            "MAJOR as SCHEMA_MAJOR",
            "latest_version as latest_schema_version",
        ),
        "models.store.moving": (
            "MoveReport",
            "canonical_row",
            "move_office",
            "table_tally",
        ),
        "models.store.moving_attachments": (
            "MSG_ATTACHMENTS_COPIED",
            "attachments_after_move",
            "copy_attachments",
        ),
        "models.store.planning": (
            "analyze",
            "data_stamp",
            "id_list",
            "optimize",
            "rare",
            "unindexed",
            "within_steps",
        ),
        "models.store.postgres": (
            "PasswordNeeded",
            "is_database_url",
            "parse_database_url",
        ),
        "models.store.search_index": (
            "SEPARATOR as SEARCH_SEPARATOR",
            "checked_per_ticket as search_checked_per_ticket",
            "contains_character as search_contains_character",
            "count_matching",
            "documents_at_most",
            "listed_ids as search_listed_ids",
            "matching_ids",
            "create_triggers as create_search_triggers",
            "drop_triggers as drop_search_triggers",
            "plan as plan_search",
            "rebuild as rebuild_search_index",
        ),
        "models.store.server_backup": ("dump_server_office",),
        "models.store.server_store": ("check_server",),
        "models.store.settings": (
            "Setting",
            "get_setting",
            "get_settings",
            "set_setting",
        ),
        "models.store.shared_folder": (
            "OFFICE_SETTING as ATTACHMENTS_SETTING",
            "OFFICE as ATTACHMENTS_OF_OFFICE",
            "THIS_PC as ATTACHMENTS_OF_THIS_PC",
            "AttachmentsPlace",
            "AttachmentsUnreachable",
            "attachment_file",
            "attachments_folder",
            "attachments_place",
            "check_shared_folder",
            "local_attachments_folder",
            "office_attachments_folder",
            "reachable",
            "save_local_attachments_folder",
            "save_office_attachments_folder",
            "unreachable",
            "writable_attachments",
        ),
        "models.store.sharing": (
            "change_token",
            "changes_since",
            "one_at_a_time",
            "retrying",
        ),
    },
)

TABLES = [*settings.TABLES]

__all__ = ["TABLES", *offered(__name__)]
