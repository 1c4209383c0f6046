"""move-to's second half: the attachments (photos, scans) follow the office into its new
attachments folder — a new data folder's own, or the shared folder named with
`move-to … --attachments FOLDER` (then the moved office's setting, models.store.shared_folder).
Each file is copied beside its final name, read back and compared with the original
(SHA-256) before it takes that name, so a copy cut short never looks whole. A move to a
server without --attachments keeps this data folder (and its attachments) where they are:
nothing to copy."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.data_folder import DataFolder
from models.store.shared_folder import DATA_FOLDER, AttachmentsPlace, local_attachments_folder

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


def attachments_after_move(source: AttachmentsPlace, target: DataFolder, named: Path | None) -> Path:
    """The folder the moved office reads its attachments from: the one named for it, else
    this PC's own path in the target's data folder, else the office's folder it had (the
    setting moves with it), else the target data folder's own."""
    if named is not None:
        return named
    local = local_attachments_folder(target.root)
    if local:
        return Path(local)
    if source.named_by != DATA_FOLDER:
        return source.path
    return target.attachments


def copy_attachments(source: Path, target: Path) -> tuple[int, int]:
    """Copy the attachments folder `source` into `target`; (files copied, bytes). Files
    already there with the same contents are left; other contents there are refused."""
    if _same(source, target) or not source.is_dir():
        return (0, 0)
    count = size = 0
    for original in sorted(path for path in source.rglob("*") if path.is_file()):
        if original.name.endswith((".part", ".partial")):
            continue  # a save or a copy still running (or killed): not an attachment yet
        destination = target / original.relative_to(source)
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
                MSG_ATTACHMENT_FAILED, path=str(original), reason=str(error), folder=str(source)
            ) from error
        count += 1
        size += original.stat().st_size
    return (count, size)


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return one == other
