"""The office itself: the users who log in and their roles (the permission table), signing
in, the audit log, revealing personal numbers, and the backups that keep its years of records.

This module is the area's door: other areas and the GUI import only what it names."""

from models.doors import lazy_door, offered
from models.office import audit, users
from models.office.audit import record as record_audit
from models.office.permissions import ROLE_NAMES, ROLE_TABLE, Permission, may, permissions_of, require
from models.registers import install_office_guard

# what the door names, imported from its module on first use (models.doors)
__getattr__, __dir__ = lazy_door(
    __name__,
    {
        "models.office.accounts": (
            "UserRow",
            "change_own_password",
            "create_first_admin",
            "create_user",
            "list_users",
            "lock_minutes",
            "needs_first_admin",
            "reset_password",
            "set_active",
            "set_lock_minutes",
            "set_role",
            "sign_in",
            "wait_seconds",
        ),
        "models.office.attachments_setting": ("set_attachments_folder",),
        "models.office.audit": (
            "CHAIN_COLUMNS",
            "AuditKind",
            "AuditLine",
            "audit_lines",
            "chain_problems",
            "record_settings",
            "verify_chain",
        ),
        "models.office.backups": (
            "Backup",
            "BackupCancelled",
            "BackupError",
            "BackupStatus",
            "Manifest",
            "backup_status",
            "backups_to_keep",
            "list_backups",
            "newest_good_backup",
            "on_another_disk",
            "read_backup",
            "restore_backup",
            "rotate",
            "take_backup",
            "verify_backup",
        ),
        "models.office.passwords": (
            "STATED_N",
            "hash_password",
            "needs_rehash",
            "verify_password",
        ),
        "models.office.privacy": (
            "reveal_household_id_number",
            "reveal_household_phones",
        ),
        "models.office.users": (
            "DEFAULT_DISPLAY_NAME",
            "DEFAULT_USERNAME",
            "User",
            "default_operator",
        ),
    },
)

# The registers (and imports, built on them) sit below this area: they check the role table
# and write the audit through these two functions, and refuse everything until they are set.
install_office_guard(require, record_audit)

TABLES = [*users.TABLES, *audit.TABLES]

__all__ = [
    "ROLE_NAMES",
    "ROLE_TABLE",
    "TABLES",
    "Permission",
    "may",
    "permissions_of",
    "record_audit",
    "require",
    *offered(__name__),
]
