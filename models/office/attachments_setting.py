"""Naming the office's shared attachments folder (Settings › General): an admin's change,
written to the audit log like every other setting; the folder is checked first
(models.store.shared_folder: a full path to a folder that answers and takes a file)."""

from __future__ import annotations

from pathlib import Path

from models.office.audit import AuditKind, record
from models.office.permissions import Permission, require
from models.office.users import User
from models.store import ATTACHMENTS_SETTING, database, office_attachments_folder, save_office_attachments_folder


def set_attachments_folder(text: str | None, *, operator: User, clock) -> Path | None:
    """Every desk writes and reads attachments in the folder `text` from its next save or
    look on (None or empty: each data folder's own again). DataFileError when the folder
    cannot be used; nothing is changed then."""
    require(operator, Permission.EDIT_SETTINGS)
    before = office_attachments_folder() or ""
    with database.atomic():
        saved = save_office_attachments_folder((text or "").strip() or None)
        record(
            AuditKind.SETTING,
            ATTACHMENTS_SETTING,
            actor=operator,
            at=clock.now(),
            old=before,
            new=str(saved) if saved else "",
        )
    return saved
