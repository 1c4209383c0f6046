"""Settings › Backups: the office's backups (newest first), "Back up now" to the data
folder or any folder (a USB stick) with progress and cancel, and restoring a checked
backup in place of the current data (the current data is kept as a safety copy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.backups import BackupRunner, status_text
from desktop_app.context import DeskContext
from desktop_app.error_presenter import message_for
from desktop_app.version import VERSION
from desktop_app.widgets.page import Page
from models.errors import DeskError
from models.office import (
    AuditKind,
    Backup,
    BackupCancelled,
    Permission,
    list_backups,
    may,
    read_backup,
    record_audit,
    restore_backup,
    verify_backup,
)
from models.opening import open_database

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "Backups")
TAG_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily"),
    "exit": QT_TRANSLATE_NOOP("Backups", "At exit"),
    "manual": QT_TRANSLATE_NOOP("Backups", "By hand"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
}


class BackupsSection(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("settings.backups")
        self.runner = BackupRunner(context, self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.progress: QProgressDialog | None = None
        self.note = QLabel(objectName="backups.note", wordWrap=True)
        self.table = QTableWidget(0, 4, objectName="backups.table")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.back_up_here = QPushButton(objectName="backups.now", clicked=self._on_back_up_here_clicked)
        self.back_up_to = QPushButton(objectName="backups.to_folder", clicked=self._on_back_up_to_clicked)
        self.restore = QPushButton(objectName="backups.restore", clicked=self._on_restore_clicked)
        self.restore_other = QPushButton(objectName="backups.restore_other", clicked=self._on_restore_other_clicked)
        buttons = QHBoxLayout()
        for button in (self.back_up_here, self.back_up_to, self.restore, self.restore_other):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.backups: list[Backup] = []
        self.retranslate_ui()
        self.reload()
        self._follow_role()
        context.signals.operator_changed.connect(self._follow_role)

    def _follow_role(self) -> None:
        """Backing up (a copy of every owner's numbers) and restoring are the admin's."""
        allowed = may(self.context.operator, Permission.BACKUP_RESTORE)
        for button in (self.back_up_here, self.back_up_to, self.restore, self.restore_other):
            button.setEnabled(allowed)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Tickets"), self.tr("Folder")])
        self.back_up_here.setText(self.tr("&Back up now"))
        self.back_up_to.setText(self.tr("Back up to a &folder…"))
        self.restore.setText(self.tr("&Restore the selected backup…"))
        self.restore_other.setText(self.tr("Restore from a f&older…"))
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self.context.folder.backups)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (
                f"{backup.created_at:%Y-%m-%d %H:%M}",
                QCoreApplication.translate("Backups", TAG_LABELS.get(backup.manifest.tag, backup.manifest.tag)),
                f"{backup.manifest.tickets:,}",
                str(backup.path),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        note = status_text(self.context)
        kept = self.tr("Backups are taken automatically every day and at exit, and kept in {folder}.")
        self.note.setText(note or kept.format(folder=self.context.folder.backups))

    # --- backing up -----------------------------------------------------------------
    def _on_back_up_here_clicked(self) -> None:
        self.back_up()

    def _on_back_up_to_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to a folder"))
        if folder:
            self.back_up(Path(folder))

    def back_up(self, target: Path | None = None) -> bool:
        if not may(self.context.operator, Permission.BACKUP_RESTORE) or not self.runner.start("manual", target):
            return False
        self.progress = QProgressDialog(self.tr("Backing up…"), self.tr("Cancel"), 0, 100, self)
        self.progress.setObjectName("backups.progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self.runner.cancel)
        self.progress.show()
        return True

    def _on_runner_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(done * 100 / total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.runner.cancel)
            self.progress.close()
            self.progress = None

    def _on_runner_finished(self, backup: Backup) -> None:
        self._close_progress()
        self.reload()
        self.context.signals.settings_changed.emit()
        self.note.setText(
            self.tr("Backup written to {path}: {tickets} tickets.").format(
                path=backup.path, tickets=f"{backup.manifest.tickets:,}"
            )
        )

    def _on_runner_failed(self, error: DeskError) -> None:
        self._close_progress()
        if not isinstance(error, BackupCancelled):
            QMessageBox.warning(self, self.tr("Backups"), message_for(error))
        self.reload()

    # --- restoring ---------------------------------------------------------------------
    def _on_restore_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.backups):
            self.restore_backup(self.backups[row])

    def _on_restore_other_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Restore from a folder"))
        if not folder:
            return
        try:
            self.restore_backup(read_backup(Path(folder)))
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Backups"), message_for(error))

    def restore_backup(self, backup: Backup, *, confirmed: bool = False) -> bool:
        """Check, ask, restore and reopen; False when refused or declined."""
        if not may(self.context.operator, Permission.BACKUP_RESTORE):
            return False
        try:
            verify_backup(backup)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Backups"), message_for(error))
            return False
        question = self.tr(
            "Restore the backup of {time} ({tickets} tickets)? Everything entered since then is replaced; "
            "the current data is kept as a safety copy."
        ).format(time=f"{backup.created_at:%Y-%m-%d %H:%M}", tickets=f"{backup.manifest.tickets:,}")
        if not confirmed and QMessageBox.question(self, self.tr("Backups"), question) != QMessageBox.StandardButton.Yes:
            return False
        self.runner.wait()
        restore_backup(self.context.folder, backup, now=self.context.clock.now(), app_version=VERSION)
        open_database(self.context.folder)
        # the restored file keeps who restored it, and when (its own chain continues)
        created = backup.manifest.created_at[:16]
        record_audit(
            AuditKind.RESTORE,
            f"backup:{created}",
            actor=self.context.operator.username,
            at=self.context.clock.now(),
            new=created,
        )
        self.context.signals.tickets_changed.emit([])
        self.context.signals.registers_changed.emit()
        self.context.signals.settings_changed.emit()
        self.reload()
        return True


def build_section(context: DeskContext) -> BackupsSection:
    return BackupsSection(context)
