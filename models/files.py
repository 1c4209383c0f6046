"""Files the program writes where the user said (a PDF, an export) or keeps beside its data:
the target is checked first — a folder, a missing folder, a device or a pipe is refused
with a sentence — then the content goes to a temporary file beside it, is flushed to disk
and renamed onto the target only when complete, and only onto a regular file (never onto
/dev/full or a FIFO, even as root). A failure leaves no temporary file behind and the old
file, if any, as it was."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from models.errors import DataFileError, DeskError
from models.i18n import QT_TRANSLATE_NOOP

MSG_OUT_IS_FOLDER = QT_TRANSLATE_NOOP("models", "{path} is a folder; give the name of the file to write.")
MSG_OUT_NO_FOLDER = QT_TRANSLATE_NOOP("models", "The folder {folder} does not exist; create it or choose another.")
MSG_OUT_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "models", "{path} is a device or a special file, not a file to write into; choose a file name."
)
MSG_OUT_FAILED = QT_TRANSLATE_NOOP("models", "{path} cannot be written: {reason}. Nothing was written.")
MSG_DATA_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "models",
    "{path} should be the office's data file but is a folder or a special file. Move it away or choose another data folder; nothing was changed.",
)


class OutputError(DeskError):
    """A file cannot be written where the user asked."""


def check_output_path(path: str | os.PathLike) -> Path:
    """The path to write, when it can be written; OutputError with the reason otherwise."""
    target = Path(path)
    if str(target) in ("", "."):
        raise OutputError(MSG_OUT_IS_FOLDER, path=str(target))
    folder = target.parent
    try:
        status = os.stat(target)
    except FileNotFoundError:
        status = None
    except (OSError, ValueError) as error:
        raise OutputError(MSG_OUT_FAILED, path=str(target), reason=_reason(error)) from error
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(MSG_OUT_IS_FOLDER, path=str(target))
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise OutputError(MSG_OUT_NOT_A_FILE, path=str(target))
    if not folder.is_dir():
        raise OutputError(MSG_OUT_NO_FOLDER, folder=str(folder))
    return target


class PendingFile:
    """A file being written beside its target: write(), then put_in_place() — or, when the
    block ends without it, the temporary file goes and the target is untouched."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.target = check_output_path(path)
        try:
            descriptor, name = tempfile.mkstemp(
                dir=self.target.parent, prefix=f".{self.target.name[:80]}.", suffix=".part"
            )
        except OSError as error:
            raise OutputError(MSG_OUT_FAILED, path=str(self.target), reason=_reason(error)) from error
        os.close(descriptor)
        self.temporary: Path | None = Path(name)

    def __enter__(self) -> PendingFile:
        return self

    def __exit__(self, *exc_info) -> None:
        self.discard()

    def write(self, data: bytes) -> None:
        self._guard(lambda: _write_synced(self.temporary, data))

    def put_in_place(self) -> None:
        """Rename onto the target, only while the target is absent or a regular file."""
        check_output_path(self.target)
        self._guard(lambda: os.replace(self.temporary, self.target))
        self.temporary = None
        sync_folder(self.target.parent)

    def discard(self) -> None:
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                self.temporary.unlink()
            self.temporary = None

    def _guard(self, action) -> None:
        try:
            action()
        except OSError as error:
            self.discard()
            raise OutputError(MSG_OUT_FAILED, path=str(self.target), reason=_reason(error)) from error


def write_file(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file beside it; the path written."""
    with PendingFile(path) as pending:
        pending.write(data)
        pending.put_in_place()
        return pending.target


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the platform allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def check_data_path(path: Path) -> None:
    """DataFileError when the data file's place holds a folder or a special file."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return
    except OSError:
        return  # the store's own opening reports what else is wrong
    if not stat.S_ISREG(status.st_mode):
        raise DataFileError(MSG_DATA_NOT_A_FILE, path=str(path))


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)
