"""Backup sub-commands: `backup [--to DIR]` takes a backup now (into the data folder's
backups/, or any folder such as a USB stick) and `restore BACKUP` checks a backup and
puts it in place of the office's data, keeping the current data as a safety copy."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.server_office import refuse_server_restore, run_server_backup
from desktop_app.cli.texts import say, translate
from desktop_app.version import VERSION
from models.clock import SystemClock
from models.office import (
    AuditKind,
    Permission,
    on_another_disk,
    read_backup,
    record_audit,
    require,
    restore_backup,
    rotate,
    take_backup,
)
from models.opening import open_database
from models.store import DataFolder, close_database, set_setting


def register(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup", help=translate("CliHelp", "take a backup of the data file and attachments now")
    )
    backup.add_argument(
        "--to",
        metavar="DIR",
        help=translate("CliHelp", "folder to write the backup into (default: the data folder's backups)"),
    )
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser(
        "restore", help=translate("CliHelp", "check a backup and restore it in place of the current data")
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help=translate("CliHelp", "the backup's folder (or its data file or manifest)")
    )
    restore.set_defaults(run=run_restore)


def run_backup(args, folder: DataFolder) -> int:
    require(args.operator, Permission.BACKUP_RESTORE)
    if folder.on_server:
        path = run_server_backup(args, folder)
        _audit(folder, AuditKind.BACKUP, args.operator.username, str(path))
        return 0
    open_database(folder)
    now = SystemClock().now()
    target = Path(args.to).expanduser() if args.to else None
    try:
        backup = take_backup(folder, now=now, app_version=VERSION, tag="manual", target=target)
    finally:
        close_database()
    if target is not None and on_another_disk(folder, target):
        open_database(folder)
        set_setting("backup.last_external_at", backup.manifest.created_at)
        close_database()
    if target is None:
        rotate(folder)
    _audit(folder, AuditKind.BACKUP, args.operator.username, str(backup.path))
    say(
        translate("CliBackups", "Backup written to {path}: {tickets} tickets, {attachments} attachments."),
        path=backup.path,
        tickets=backup.manifest.tickets,
        attachments=len(backup.manifest.attachments),
    )
    return 0


def run_restore(args, folder: DataFolder) -> int:
    require(args.operator, Permission.BACKUP_RESTORE)
    if folder.on_server:
        refuse_server_restore(folder)
    backup = read_backup(Path(args.backup).expanduser())
    safety = restore_backup(folder, backup, now=SystemClock().now(), app_version=VERSION)
    # an older backup's schema is upgraded on opening; the restored file keeps who restored it
    _audit(folder, AuditKind.RESTORE, args.operator.username, backup.manifest.created_at[:16])
    say(
        translate("CliBackups", "Restored the backup of {created} ({tickets} tickets)."),
        created=backup.manifest.created_at[:16],
        tickets=backup.manifest.tickets,
    )
    if safety is not None:
        say(translate("CliBackups", "The data as it was before the restore is kept in {path}."), path=safety)
    return 0


def _audit(folder: DataFolder, kind: AuditKind, actor: str, what: str) -> None:
    open_database(folder)
    try:
        record_audit(kind, f"backup:{what}", actor=actor, at=SystemClock().now(), new=what)
    finally:
        close_database()
