"""The office itself: the users who log in, with their roles (and, to come, audit), and the
backups that keep its years of records.

This module is the area's door: other areas and the GUI import only what it names."""

from models.office import users
from models.office.backups import (
    Backup,
    BackupCancelled,
    BackupError,
    BackupStatus,
    Manifest,
    backup_status,
    backups_to_keep,
    list_backups,
    newest_good_backup,
    on_another_disk,
    read_backup,
    restore_backup,
    rotate,
    take_backup,
    verify_backup,
)
from models.office.users import DEFAULT_DISPLAY_NAME, DEFAULT_USERNAME, User, default_operator

TABLES = [*users.TABLES]

__all__ = [
    "verify_backup",
    "take_backup",
    "rotate",
    "restore_backup",
    "read_backup",
    "on_another_disk",
    "newest_good_backup",
    "list_backups",
    "backups_to_keep",
    "backup_status",
    "Manifest",
    "BackupStatus",
    "BackupError",
    "BackupCancelled",
    "Backup",
    "DEFAULT_DISPLAY_NAME",
    "DEFAULT_USERNAME",
    "TABLES",
    "User",
    "default_operator",
]
