"""Backups of an office: a consistent copy of the data file taken while clerks keep saving
(SQLite's backup API under one read snapshot), the attachments mirrored beside it with checksums,
and a manifest (time, app and schema version, ticket count, checksums). Automatic ones
live in the data folder's backups/ and are rotated (7 daily, 4 weekly, 12 monthly by
default); "back up now" writes anywhere, e.g. a USB stick. A restore checks the backup
first, keeps the current data as a safety copy, then swaps.

A backup is a folder: <stamp>-<tag>/ holding property-desk.sqlite3, attachments/ and
manifest.json, so it can be copied, inspected and restored by hand too."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from models.errors import DeskError
from models.i18n import QT_TRANSLATE_NOOP
from models.store import SCHEMA_MAJOR, DataFolder, close_database, get_setting, latest_schema_version

MANIFEST = "manifest.json"
DATA_FILE = "property-desk.sqlite3"
ATTACHMENTS = "attachments"
AUTOMATIC_TAGS = ("daily", "exit")
PAGES_PER_STEP = 8192  # pages copied between progress reports (32 MB at 4 KB pages)
CHUNK = 1 << 20

DEFAULT_KEEP = {"daily": 7, "weekly": 4, "monthly": 12}
DEFAULT_MAX_AGE_HOURS = 26

MSG_NO_BACKUP = QT_TRANSLATE_NOOP("models", "{path} is not a backup of Property Office Desk (it has no {manifest}).")
MSG_BAD_MANIFEST = QT_TRANSLATE_NOOP("models", "The backup {path} has a damaged manifest; it cannot be trusted.")
MSG_CHECKSUM = QT_TRANSLATE_NOOP("models", "The backup {path} is damaged: its data file does not match its checksum.")
MSG_INTEGRITY = QT_TRANSLATE_NOOP("models", "The backup {path} is damaged: SQLite's integrity check failed ({detail}).")
MSG_TOO_NEW = QT_TRANSLATE_NOOP(
    "models",
    "The backup {path} was made by a newer version of the program (schema {found}); install that version to restore it.",
)
MSG_ATTACHMENT = QT_TRANSLATE_NOOP(
    "models", "The backup {path} is damaged: the attachment {name} is missing or does not match its checksum."
)
MSG_CANCELLED = QT_TRANSLATE_NOOP("models", "The backup was cancelled; nothing was written.")
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP("models", "The backup could not be written to {path}: {reason}")


class BackupError(DeskError):
    """A backup could not be taken, checked or restored; nothing was changed."""


class BackupCancelled(BackupError):
    pass


Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


@dataclass(frozen=True)
class Manifest:
    created_at: str  # YYYY-MM-DD HH:MM:SS, office-local
    tag: str  # daily, exit, manual, before-restore
    app_version: str
    schema: str  # "major.version"
    tickets: int
    data_sha256: str
    data_bytes: int
    attachments: dict[str, str] = field(default_factory=dict)  # relative path → sha256


@dataclass(frozen=True)
class Backup:
    path: Path
    manifest: Manifest

    @property
    def created_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.manifest.created_at)

    @property
    def automatic(self) -> bool:
        return self.manifest.tag in AUTOMATIC_TAGS


# --- taking a backup -----------------------------------------------------------------
def take_backup(
    folder: DataFolder,
    *,
    now: dt.datetime,
    app_version: str,
    tag: str = "manual",
    target: Path | None = None,
    progress: Progress | None = None,
) -> Backup:
    """Copy the data file (consistent, while others keep writing) and its attachments into
    a new backup folder under `target` (default: the data folder's backups/). A cancelled
    or failed backup leaves nothing behind."""
    parent = Path(target) if target is not None else folder.backups
    final = parent / f"{now:%Y%m%d-%H%M%S}-{tag}"
    work = parent / f".{final.name}.part"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        if progress is not None and progress(0, 1) is False:
            raise BackupCancelled(MSG_CANCELLED)
        _copy_database(folder.database, work / DATA_FILE, progress)
        attachments = _mirror_attachments(folder.attachments, work / ATTACHMENTS, progress)
        manifest = Manifest(
            created_at=f"{now:%Y-%m-%d %H:%M:%S}",
            tag=tag,
            app_version=app_version,
            schema=_schema_of(work / DATA_FILE),
            tickets=_ticket_count(work / DATA_FILE),
            data_sha256=file_sha256(work / DATA_FILE),
            data_bytes=(work / DATA_FILE).stat().st_size,
            attachments=attachments,
        )
        _write_manifest(work, manifest)
        _fsync_tree(work)
        final = _unique(final)
        work.rename(final)
        _fsync_dir(parent)
    except BackupCancelled:
        shutil.rmtree(work, ignore_errors=True)
        raise
    except (OSError, sqlite3.Error) as error:
        shutil.rmtree(work, ignore_errors=True)
        raise BackupError(MSG_WRITE_FAILED, path=str(parent), reason=_reason(error)) from error
    return Backup(final, manifest)


def _copy_database(source: Path, target: Path, progress: Progress | None) -> None:
    """SQLite's backup API, page by page, under one read transaction held on the source
    connection: every step reads the same snapshot, so the copy is consistent and does not
    restart while other desks keep writing (WAL lets them). Progress is reported per step;
    a cancel raises out of the step and the copy is dropped."""
    source_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
    target_db = sqlite3.connect(target)
    try:
        source_db.execute("BEGIN")
        source_db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # starts the read snapshot

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None and progress(total - remaining, total) is False:
                raise BackupCancelled(MSG_CANCELLED)

        source_db.backup(target_db, pages=PAGES_PER_STEP, progress=report)
        source_db.execute("COMMIT")
        target_db.execute("PRAGMA journal_mode=DELETE")
    finally:
        source_db.close()
        target_db.close()


def _mirror_attachments(source: Path, target: Path, progress: Progress | None) -> dict[str, str]:
    sums: dict[str, str] = {}
    if not source.is_dir():
        return sums
    files = sorted(p for p in source.rglob("*") if p.is_file() and not p.name.startswith("."))
    for index, path in enumerate(files, start=1):
        relative = path.relative_to(source).as_posix()
        copy = target / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, copy)
        sums[relative] = file_sha256(copy)
        if progress is not None and progress(index, len(files)) is False:
            raise BackupCancelled(MSG_CANCELLED)
    return sums


# --- reading and checking backups ----------------------------------------------------
def read_backup(path: Path) -> Backup:
    """The backup at `path` (its folder, its data file or its manifest)."""
    path = Path(path)
    folder = path.parent if path.is_file() else path
    manifest_file = folder / MANIFEST
    if not manifest_file.is_file():
        raise BackupError(MSG_NO_BACKUP, path=str(path), manifest=MANIFEST)
    try:
        raw = json.loads(manifest_file.read_text(encoding="utf-8"))
        return Backup(folder, Manifest(**raw))
    except (ValueError, TypeError) as error:
        raise BackupError(MSG_BAD_MANIFEST, path=str(folder)) from error


def verify_backup(backup: Backup) -> None:
    """Checksum (the file is as it was written), SQLite's quick_check, schema version and
    attachments; BackupError saying what is wrong, else nothing. An older schema is fine:
    opening the restored file upgrades it."""
    data = backup.path / DATA_FILE
    if not data.is_file() or file_sha256(data) != backup.manifest.data_sha256:
        raise BackupError(MSG_CHECKSUM, path=str(backup.path))
    try:
        with sqlite3.connect(f"file:{data}?mode=ro", uri=True) as probe:
            result = probe.execute("PRAGMA quick_check").fetchone()[0]
        probe.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(MSG_INTEGRITY, path=str(backup.path), detail=str(error)) from error
    if result != "ok":
        raise BackupError(MSG_INTEGRITY, path=str(backup.path), detail=result)
    major, _, version = backup.manifest.schema.partition(".")
    if int(major) > SCHEMA_MAJOR or int(version) > latest_schema_version():
        raise BackupError(MSG_TOO_NEW, path=str(backup.path), found=backup.manifest.schema)
    for name, digest in backup.manifest.attachments.items():
        copy = backup.path / ATTACHMENTS / name
        if not copy.is_file() or file_sha256(copy) != digest:
            raise BackupError(MSG_ATTACHMENT, path=str(backup.path), name=name)


def list_backups(*places: Path) -> list[Backup]:
    """Every readable backup in the given folders, newest first."""
    found = []
    for place in places:
        if not Path(place).is_dir():
            continue
        for child in Path(place).iterdir():
            if child.is_dir() and not child.name.startswith(".") and (child / MANIFEST).is_file():
                try:
                    found.append(read_backup(child))
                except BackupError:
                    continue
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def newest_good_backup(folder: DataFolder) -> Backup | None:
    """The newest backup in the data folder's backups/ that passes verify_backup()."""
    for backup in list_backups(folder.backups):
        try:
            verify_backup(backup)
        except BackupError:
            continue
        return backup
    return None


# --- rotation --------------------------------------------------------------------------
def backups_to_keep(backups: list[Backup], keep: dict[str, int] | None = None) -> set[Path]:
    """Grandfather-father-son: the newest automatic backup of each of the last `daily`
    days, `weekly` ISO weeks and `monthly` months that have one; other backups (manual,
    before a restore) are never rotated away."""
    keep = {**DEFAULT_KEEP, **(keep or {})}
    automatic = sorted((b for b in backups if b.automatic), key=lambda b: b.created_at, reverse=True)
    kept = {b.path for b in backups if not b.automatic}
    periods = {
        "daily": lambda t: t.date(),
        "weekly": lambda t: tuple(t.isocalendar())[:2],
        "monthly": lambda t: (t.year, t.month),
    }
    for name, period_of in periods.items():
        seen: list[object] = []
        for backup in automatic:
            period = period_of(backup.created_at)
            if period in seen:
                continue
            if len(seen) >= keep[name]:
                break
            seen.append(period)
            kept.add(backup.path)
    return kept


def rotate(folder: DataFolder) -> list[Path]:
    """Delete the automatic backups in backups/ that rotation no longer keeps; returns them."""
    backups = list_backups(folder.backups)
    keep = backups_to_keep(backups, rotation_settings())
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed


def rotation_settings() -> dict[str, int]:
    return {name: int(get_setting(f"backup.keep_{name}", default)) for name, default in DEFAULT_KEEP.items()}


# --- status ----------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupStatus:
    newest: dt.datetime | None
    too_old: bool
    only_on_same_disk: bool  # no copy is known on another disk than the data file's


def backup_status(folder: DataFolder, now: dt.datetime) -> BackupStatus:
    backups = list_backups(folder.backups)
    newest = backups[0].created_at if backups else None
    max_age = dt.timedelta(hours=int(get_setting("backup.max_age_hours", DEFAULT_MAX_AGE_HOURS)))
    external = get_setting("backup.last_external_at")
    external_at = dt.datetime.fromisoformat(external) if external else None
    if external_at is not None and (newest is None or external_at > newest):
        newest = external_at
    return BackupStatus(
        newest=newest,
        too_old=newest is None or now - newest > max_age,
        only_on_same_disk=external_at is None,
    )


def on_another_disk(folder: DataFolder, target: Path) -> bool:
    probe = Path(target)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return os.stat(probe).st_dev != os.stat(folder.root).st_dev


# --- restore ---------------------------------------------------------------------------
def restore_backup(folder: DataFolder, backup: Backup, *, now: dt.datetime, app_version: str) -> Path | None:
    """Check the backup, keep the current data file and attachments as a safety copy (a
    backup tagged before-restore, returned), then put the backup's in their place. The
    caller reopens the office (an older schema is upgraded then)."""
    verify_backup(backup)
    safety = None
    if folder.database.exists():
        try:
            safety = take_backup(folder, now=now, app_version=app_version, tag="before-restore").path
        except BackupError:
            safety = _raw_safety_copy(folder, now)  # a damaged file is kept as it is
    close_database()
    _swap_in(backup.path / DATA_FILE, folder.database)
    _swap_attachments(backup.path / ATTACHMENTS, folder.attachments)
    return safety


def _raw_safety_copy(folder: DataFolder, now: dt.datetime) -> Path:
    target = _unique(folder.backups / f"{now:%Y%m%d-%H%M%S}-damaged")
    target.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{folder.database}{suffix}")
        if source.exists():
            shutil.copy2(source, target / f"{DATA_FILE}{suffix}")
    if folder.attachments.is_dir():
        shutil.copytree(folder.attachments, target / ATTACHMENTS)
    return target


def _swap_in(source: Path, target: Path) -> None:
    part = target.with_name(target.name + ".restore-part")
    shutil.copy2(source, part)
    _fsync_file(part)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(part, target)
    _fsync_dir(target.parent)


def _swap_attachments(source: Path, target: Path) -> None:
    staged = target.with_name(target.name + ".restore-part")
    shutil.rmtree(staged, ignore_errors=True)
    if source.is_dir():
        shutil.copytree(source, staged)
    else:
        staged.mkdir(parents=True)
    old = target.with_name(target.name + ".before-restore")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staged.rename(target)
    shutil.rmtree(old, ignore_errors=True)


# --- small helpers -----------------------------------------------------------------------
def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _schema_of(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as probe:
        major, version = probe.execute("SELECT major, version FROM schema_version").fetchone()
    probe.close()
    return f"{int(major)}.{int(version)}"


def _ticket_count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as probe:
        count = probe.execute("SELECT count(*) FROM ticket").fetchone()[0]
    probe.close()
    return int(count)


def _write_manifest(folder: Path, manifest: Manifest) -> None:
    text = json.dumps(asdict(manifest), ensure_ascii=False, indent=1, sort_keys=True)
    (folder / MANIFEST).write_text(text, encoding="utf-8")


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; NTFS orders its metadata itself
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            _fsync_file(path)
    for directory in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        _fsync_dir(directory)


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)
