"""Attachment files and the save that names them: a file is copied under a temporary name
(its final name + ".part") and flushed to disk before the transaction that records it
commits, and renamed to its final name only after that commit. A save that never
commits therefore leaves no file under a ticket number a later ticket may reuse; a kill
between the commit and the rename leaves a ".part" that the next start finishes
(its name is recorded) or removes (it is not, and it is old enough to belong to no
save still running in another window)."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from models.files import sync_folder
from models.store import DataFolder, attachment_file, attachments_place
from models.tickets.tables import Attachment

PART = ".part"
ABANDONED_AFTER_SECONDS = 600  # an unrecorded ".part" this old belongs to no running save
# on a folder every desk writes to, a file's time is the file server's and a save may be
# another desk's whose clock differs by minutes: only a day-old copy is surely abandoned
SHARED_ABANDONED_AFTER_SECONDS = 24 * 3600


def pending_path(target: Path) -> Path:
    return target.with_name(target.name + PART)


def copy_pending(source: Path, target: Path) -> Path:
    """Copy `source` beside `target` under its temporary name, flushed to disk."""
    target.parent.mkdir(exist_ok=True)  # the month's folder; the attachments folder exists (never made here)
    pending = pending_path(target)
    shutil.copyfile(source, pending)
    with open(pending, "rb+") as handle:
        os.fsync(handle.fileno())
    sync_folder(target.parent)
    return pending


def put_in_place(pendings: list[Path]) -> None:
    """After the commit: each temporary file renamed to its final name."""
    folders = set()
    for pending in pendings:
        with contextlib.suppress(FileNotFoundError):  # another start finished it already
            os.replace(pending, pending.with_name(pending.name[: -len(PART)]))
        folders.add(pending.parent)
    for folder in folders:
        sync_folder(folder)


def discard(pendings: list[Path]) -> None:
    for pending in pendings:
        pending.unlink(missing_ok=True)


def sweep_leftovers(
    root: Path, recorded: set[str], *, now: float | None = None, older_than: float = ABANDONED_AFTER_SECONDS
) -> tuple[int, int]:
    """Finish or remove the ".part" files a killed save left in the attachments folder
    `root`: (finished, removed)."""
    if not root.is_dir():
        return 0, 0
    now = time.time() if now is None else now
    finished = removed = 0
    for pending in root.rglob("*" + PART):
        final = pending.with_name(pending.name[: -len(PART)])
        name = final.relative_to(root).as_posix()
        if name in recorded and not final.exists():
            put_in_place([pending])
            finished += 1
        elif name not in recorded and now - _modified(pending) > older_than:
            pending.unlink(missing_ok=True)
            removed += 1
    return finished, removed


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def attachment_path(folder: DataFolder, stored_name: str) -> Path:
    """Where the stored file is: the attachments folder's (or, saved before a folder was
    named in Settings, the data folder's own); AttachmentsUnreachable while the folder
    does not answer, DataFileError when the file is not there."""
    return attachment_file(folder, stored_name)


def sweep_attachments(folder: DataFolder) -> tuple[int, int]:
    """At start: finish the renames a killed save left, remove abandoned copies; (finished,
    removed). A shared folder that does not answer now is left for a later start."""
    place = attachments_place(folder)
    try:
        if not place.path.is_dir():
            return 0, 0
    except OSError:
        return 0, 0
    recorded = {name for (name,) in Attachment.select(Attachment.stored_name).tuples()}
    age = SHARED_ABANDONED_AFTER_SECONDS if place.shared else ABANDONED_AFTER_SECONDS
    return sweep_leftovers(place.path, recorded, older_than=age)
