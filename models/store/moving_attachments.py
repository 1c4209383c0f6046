"""move-to's second half: the attachments (photos, scans) follow the office into a new data
folder. Each file is copied beside its final name, read back and compared with the
original (SHA-256) before it takes that name, so a copy cut short never looks whole. A move
to a server keeps this data folder (and its attachments) where they are: nothing to copy."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.data_folder import DataFolder

MSG_ATTACHMENTS_COPIED = QT_TRANSLATE_NOOP(
    "models", "Attachments: {count} files ({megabytes} MB) copied to {folder}, each read back and checked."
)
MSG_ATTACHMENT_DIFFERS = QT_TRANSLATE_NOOP(
    "models",
    "{path} is already in the new data folder with other contents; it was left as it is. Compare it with {original} and keep the right one.",
)
MSG_ATTACHMENT_FAILED = QT_TRANSLATE_NOOP(
    "models",
    "The attachment {path} could not be copied ({reason}). The office's records were moved; copy the folder {folder} by hand.",
)


def _digest(path: Path) -> str:
    hashed = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hashed.update(block)
    return hashed.hexdigest()


def copy_attachments(source: DataFolder, target: DataFolder) -> tuple[int, int]:
    """Copy source's attachments into target's data folder; (files copied, bytes). Files
    already there with the same contents are left; other contents there are refused."""
    if target.root == source.root or not source.attachments.is_dir():
        return (0, 0)
    count = size = 0
    for original in sorted(path for path in source.attachments.rglob("*") if path.is_file()):
        destination = target.attachments / original.relative_to(source.attachments)
        digest = _digest(original)
        if destination.exists():
            if _digest(destination) != digest:
                raise DataFileError(MSG_ATTACHMENT_DIFFERS, path=str(destination), original=str(original))
            continue
        partial = destination.with_name(destination.name + ".partial")
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(original, partial)
            if _digest(partial) != digest:
                raise OSError("the copy read back differs from the original")
            os.replace(partial, destination)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise DataFileError(
                MSG_ATTACHMENT_FAILED, path=str(original), reason=str(error), folder=str(source.attachments)
            ) from error
        count += 1
        size += original.stat().st_size
    return (count, size)
