"""Backups in the window: a backup runs off the GUI thread (the copy reads the data file
through its own connection, so clerks keep saving); the automatic one at least daily
while the program is open and at exit; the status bar's warning when the newest backup
is too old or exists only on the data file's own disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from desktop_app.context import DeskContext
from desktop_app.error_presenter import message_for
from desktop_app.version import VERSION
from models.clock import SystemClock
from models.errors import DamagedDataFile, DeskError
from models.office import (
    AuditKind,
    Backup,
    BackupCancelled,
    backup_status,
    list_backups,
    newest_good_backup,
    on_another_disk,
    record_audit,
    restore_backup,
    rotate,
    take_backup,
)
from models.store import DataFolder, set_setting

CHECK_EVERY_MS = 30 * 60_000
DAILY = dt.timedelta(hours=24)
EXIT_SKIP = dt.timedelta(hours=1)  # a backup this recent makes the one at exit unnecessary


class BackupWorker(QObject):
    """Takes one backup in a worker thread; progress may cancel it."""

    progressed = Signal(int, int)
    finished = Signal(object)  # Backup
    failed = Signal(object)  # DeskError (BackupCancelled when cancelled)

    def __init__(self, context: DeskContext, tag: str, target: Path | None) -> None:
        super().__init__()
        self.context, self.tag, self.target = context, tag, target
        self.cancelled = False

    def run(self) -> None:
        try:
            backup = take_backup(
                self.context.folder,
                now=self.context.clock.now(),
                app_version=VERSION,
                tag=self.tag,
                target=self.target,
                progress=self._progress,
            )
        except DeskError as error:
            self.failed.emit(error)
            return
        self.finished.emit(backup)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


class BackupRunner(QObject):
    """Starts backups in a thread of their own, one at a time, and records what follows
    (rotation of the automatic ones, a copy on another disk)."""

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.thread: QThread | None = None
        self.worker: BackupWorker | None = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS, timeout=self.back_up_if_due)

    def busy(self) -> bool:
        return self.thread is not None

    def start(self, tag: str = "manual", target: Path | None = None) -> bool:
        if self.busy():
            return False
        self.thread, self.worker = QThread(self), BackupWorker(self.context, tag, target)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self.progressed)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.thread.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.wait()
            QCoreApplication.processEvents()

    def _on_worker_finished(self, backup: Backup) -> None:
        self._end()
        if backup.path.parent == self.context.folder.backups:
            rotate(self.context.folder)
        elif on_another_disk(self.context.folder, backup.path):
            set_setting("backup.last_external_at", backup.manifest.created_at)
        if backup.manifest.tag == "manual":  # one asked for at the desk; the automatic ones are the program's
            record_audit(
                AuditKind.BACKUP,
                f"backup:{backup.path}",
                actor=self.context.operator,
                at=self.context.clock.now(),
                new=str(backup.path),
            )
        self.finished.emit(backup)

    def _on_worker_failed(self, error: DeskError) -> None:
        self._end()
        self.failed.emit(error)

    def _end(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
            self.thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.thread, self.worker = None, None

    # --- automatic backups ----------------------------------------------------------
    def start_schedule(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.back_up_if_due)

    def back_up_if_due(self) -> bool:
        if self._newest_automatic_age() < DAILY:
            return False
        return self.start("daily")

    def back_up_at_exit(self) -> Backup | None:
        """At exit, in the GUI thread (the window is gone): skipped when one is recent."""
        self.wait()
        if self._newest_automatic_age() < EXIT_SKIP:
            return None
        try:
            backup = take_backup(self.context.folder, now=self.context.clock.now(), app_version=VERSION, tag="exit")
        except BackupCancelled:
            return None
        rotate(self.context.folder)
        return backup

    def _newest_automatic_age(self) -> dt.timedelta:
        automatic = [b for b in list_backups(self.context.folder.backups) if b.automatic]
        if not automatic:
            return dt.timedelta.max
        return self.context.clock.now() - automatic[0].created_at


def status_text(context: DeskContext) -> str:
    """The status bar's backup note: empty when all is well (a server office is backed up
    on the server, by its IT person: README)."""
    if context.folder.on_server:
        return ""
    status = backup_status(context.folder, context.clock.now())
    if status.newest is None:
        return QCoreApplication.translate("Backups", "No backup yet — back up in Settings › Backups")
    if status.too_old:
        return QCoreApplication.translate("Backups", "Newest backup {time} is too old").format(
            time=f"{status.newest:%Y-%m-%d %H:%M}"
        )
    if status.only_on_same_disk:
        return QCoreApplication.translate("Backups", "Backups only on this disk — copy one to a USB stick")
    return ""


def title() -> str:
    return QCoreApplication.applicationName()


def offer_restore(folder: DataFolder, error: DamagedDataFile) -> bool:
    """Say what is wrong and offer the newest backup that passes its checks; True when restored."""
    backup = newest_good_backup(folder)
    if backup is None:
        QMessageBox.critical(None, title(), message_for(error))
        return False
    question = QCoreApplication.translate(
        "Backups",
        "{problem}\n\nRestore the newest good backup, taken {time} with {tickets} tickets? "
        "The damaged file is kept beside the backups.",
    ).format(
        problem=message_for(error), time=f"{backup.created_at:%Y-%m-%d %H:%M}", tickets=f"{backup.manifest.tickets:,}"
    )
    if QMessageBox.question(None, title(), question) != QMessageBox.StandardButton.Yes:
        return False
    restore_backup(folder, backup, now=SystemClock().now(), app_version=VERSION)
    return True
