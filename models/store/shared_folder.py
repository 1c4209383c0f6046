"""Where the office's attachments (photos of faults, scans) are kept.

- By default in the data folder's `attachments/` (one PC's office).
- Several desks on a server office share one folder named in Settings: the office's
  setting OFFICE_SETTING, stored in the database, so every desk reads the same name at
  its next save or look (e.g. `\\\\fileserver\\desk-attachments` or a share mounted at
  `/mnt/office/attachments`).
- A desk that reaches that folder by another path (the share mapped to another drive
  letter: `Z:\\attachments` here, `Y:\\attachments` there) keeps its own path in the data
  folder's LOCAL_FILE, which wins on that PC only.

A folder named in Settings is never created by the program: it must already exist (the
IT person makes the share). While it does not answer, nothing is written anywhere else (a
copy on this PC's disk would be a photo the other desks never see): the sentence says the
folder cannot be reached, the ticket itself still saves, and the files can be added again
once the share is back. Files saved before a folder was named stay readable from the data
folder's own `attachments/` until copied over (move-to copies them)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.base import database, sqlite_database
from models.store.data_folder import DataFolder

OFFICE_SETTING = "attachments.folder"
LOCAL_FILE = "attachments-folder.txt"

DATA_FOLDER = "data folder"  # AttachmentsPlace.named_by: nothing named, the data folder's own
OFFICE = "office"  # the office's setting, the same on every desk
THIS_PC = "this PC"  # this PC's own path to the office's folder

MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "models",
    "The attachments folder {folder} cannot be reached ({reason}). Check that this PC is connected to the network share, or correct the folder in Settings › General.",
)
MSG_FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "models",
    "The attachments folder {folder} cannot be reached: it is not there. Check that this PC is connected to the network share, or correct the folder in Settings › General.",
)
MSG_NOT_A_FULL_PATH = QT_TRANSLATE_NOOP(
    "models",
    "{folder} is not a full path. Give the whole path of the shared folder, e.g. \\\\fileserver\\attachments or Z:\\attachments.",
)
MSG_FILE_MISSING = QT_TRANSLATE_NOOP(
    "models", "The file {name} is not in the attachments folder {folder}; it may have been moved or deleted there."
)
MSG_LOCAL_NOT_SAVED = QT_TRANSLATE_NOOP(
    "models", "This PC's attachments folder could not be written to {path}. Nothing was changed."
)


class AttachmentsUnreachable(DataFileError):
    """The attachments folder does not answer (share disconnected, folder gone, not writable)."""


@dataclass(frozen=True)
class AttachmentsPlace:
    path: Path
    named_by: str  # DATA_FOLDER, OFFICE or THIS_PC

    @property
    def shared(self) -> bool:
        """Named in Settings: must exist already and is never created here."""
        return self.named_by != DATA_FOLDER


def office_attachments_folder() -> str | None:
    """The folder named for the whole office (in its database), None when none is."""
    from models.store.settings import get_setting

    if database.obj is sqlite_database and sqlite_database.database is None:
        return None  # no office open
    return (get_setting(OFFICE_SETTING) or "").strip() or None


def local_attachments_folder(root: Path) -> str | None:
    """This PC's own path to the office's folder (kept in its data folder), None when none."""
    try:
        text = (Path(root) / LOCAL_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def attachments_place(folder: DataFolder) -> AttachmentsPlace:
    """Where this desk writes and reads attachments now: this PC's path, else the office's
    folder, else the data folder's own."""
    local = local_attachments_folder(folder.root)
    if local:
        return AttachmentsPlace(Path(local), THIS_PC)
    office = office_attachments_folder()
    if office:
        return AttachmentsPlace(Path(office), OFFICE)
    return AttachmentsPlace(folder.attachments, DATA_FOLDER)


def attachments_folder(folder: DataFolder) -> Path:
    return attachments_place(folder).path


def writable_attachments(folder: DataFolder) -> Path:
    """The folder to copy new attachments into; AttachmentsUnreachable when a folder named
    in Settings does not answer (the data folder's own is created when missing)."""
    place = attachments_place(folder)
    if place.shared:
        return reachable(place.path)
    try:
        place.path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise unreachable(place.path, error) from error
    return place.path


def reachable(path: Path) -> Path:
    """`path` when it is a folder that answers; AttachmentsUnreachable otherwise."""
    try:
        if not path.is_dir():
            raise AttachmentsUnreachable(MSG_FOLDER_MISSING, folder=str(path))
    except OSError as error:
        raise AttachmentsUnreachable(MSG_UNREACHABLE, folder=str(path), reason=error.strerror or str(error)) from error
    return path


def unreachable(path: Path, error: OSError) -> AttachmentsUnreachable:
    """The sentence for an attachment that could not be written into `path`."""
    return AttachmentsUnreachable(MSG_UNREACHABLE, folder=str(path), reason=error.strerror or str(error))


def attachment_file(folder: DataFolder, stored_name: str) -> Path:
    """The stored file to open; AttachmentsUnreachable while its folder does not answer,
    DataFileError when the file is not there. A file saved before a folder was named is
    still found in the data folder's own attachments."""
    place = attachments_place(folder)
    path = place.path / stored_name
    if path.is_file():
        return path
    earlier = folder.attachments / stored_name
    if place.shared and earlier.is_file():
        return earlier
    reachable(place.path)
    raise DataFileError(MSG_FILE_MISSING, name=stored_name, folder=str(place.path))


def check_shared_folder(text: str) -> Path:
    """A folder named in Settings: a full path to a folder that exists and takes a file;
    the sentence (DataFileError) otherwise. Nothing is left behind in it."""
    text = (text or "").strip()
    if not (os.path.isabs(text) or text.startswith(("\\\\", "//"))):
        raise DataFileError(MSG_NOT_A_FULL_PATH, folder=text)
    path = reachable(Path(text))
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".desk-probe-"):
            pass
    except OSError as error:
        raise unreachable(path, error) from error
    return path


def save_office_attachments_folder(text: str | None) -> Path | None:
    """Name the office's shared folder for every desk (None: each data folder's own again)."""
    from models.store.settings import set_setting

    path = check_shared_folder(text) if text else None
    set_setting(OFFICE_SETTING, str(path) if path else "")
    return path


def save_local_attachments_folder(root: Path, text: str | None) -> Path | None:
    """This PC's own path to the office's folder (None: the office's name for it again)."""
    file = Path(root) / LOCAL_FILE
    if not text:
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
        return None
    path = check_shared_folder(text)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(str(path) + "\n", encoding="utf-8")
    except OSError as error:
        raise DataFileError(MSG_LOCAL_NOT_SAVED, path=str(file)) from error
    return path
