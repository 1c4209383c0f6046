"""Settings › General › Attachments: where the photos and files of tickets are kept. Several
desks on one server office name one shared folder (a network share) for every desk — kept
in the office's database, an admin's change, written to the audit log — and a desk that
reaches that share by another path (its own drive letter) names its own path for this PC
only (kept in its data folder). Each folder is tried at once: one that does not answer or
cannot be written is said in a sentence and nothing is kept. Empty: the data folder's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop_app.context import DeskContext, acting
from desktop_app.error_presenter import message_for
from models.errors import DeskError
from models.office import Permission, may, set_attachments_folder
from models.store import (
    ATTACHMENTS_OF_OFFICE,
    ATTACHMENTS_OF_THIS_PC,
    attachments_place,
    local_attachments_folder,
    office_attachments_folder,
    save_local_attachments_folder,
)


class AttachmentsChoice(QGroupBox):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(objectName="settings.attachments")
        self.context = context
        self.current = QLabel(objectName="settings.attachments_folder.current", wordWrap=True)
        self.current.setTextInteractionFlags(self.current.textInteractionFlags().TextSelectableByMouse)
        self.office_folder = QLineEdit(objectName="settings.attachments_folder")
        self.office_folder.setText(office_attachments_folder() or "")
        self.save_office = QPushButton(objectName="settings.attachments_folder.save", clicked=self.choose_office_folder)
        self.this_pc = QLineEdit(objectName="settings.attachments_folder.this_pc")
        self.this_pc.setText(local_attachments_folder(context.folder.root) or "")
        self.save_this_pc = QPushButton(
            objectName="settings.attachments_folder.save_this_pc", clicked=self.choose_this_pc_folder
        )
        self.message = QLabel(objectName="settings.attachments_folder.message", wordWrap=True)
        self.now_label, self.office_label, self.pc_label = QLabel(), QLabel(), QLabel()
        layout = QVBoxLayout(self)
        now = QHBoxLayout()
        now.addWidget(self.now_label)
        now.addWidget(self.current, 1)
        layout.addLayout(now)
        rows = QGridLayout()
        for index, widgets in enumerate(
            (
                (self.office_label, self.office_folder, self.save_office),
                (self.pc_label, self.this_pc, self.save_this_pc),
            )
        ):
            for column, widget in enumerate(widgets):
                rows.addWidget(widget, index, column)
        rows.setColumnStretch(1, 1)
        layout.addLayout(rows)
        layout.addWidget(self.message)
        self.save_office.setEnabled(may(context.operator, Permission.EDIT_SETTINGS))
        context.signals.operator_changed.connect(
            lambda: self.save_office.setEnabled(may(self.context.operator, Permission.EDIT_SETTINGS))
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Attachments (photos and files of tickets)"))
        self.now_label.setText(self.tr("Kept in:"))
        self.office_label.setText(self.tr("Shared folder for every desk:"))
        self.pc_label.setText(self.tr("This PC's path to it:"))
        self.office_folder.setPlaceholderText(
            self.tr("e.g. \\\\fileserver\\attachments; empty: each data folder's own")
        )
        self.this_pc.setPlaceholderText(
            self.tr("only if this PC reaches the share by another path, e.g. Z:\\attachments")
        )
        self.save_office.setText(self.tr("Use for every desk"))
        self.save_this_pc.setText(self.tr("Use on this PC"))
        self.show_current()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_current(self) -> None:
        place = attachments_place(self.context.folder)
        named_by = {
            ATTACHMENTS_OF_OFFICE: self.tr("the office's shared folder"),
            ATTACHMENTS_OF_THIS_PC: self.tr("this PC's path to the shared folder"),
        }.get(place.named_by, self.tr("the data folder's own"))
        self.current.setText(self.tr("{folder} ({named_by})").format(folder=place.path, named_by=named_by))

    def choose_office_folder(self) -> bool:
        """Name the shared folder for every desk; an empty field: each data folder's own again."""
        try:
            saved = set_attachments_folder(self.office_folder.text(), **acting(self))
        except DeskError as error:  # nothing kept; the text stays
            self.message.setText(message_for(error))
            return False
        self.office_folder.setText(str(saved) if saved else "")
        if saved:
            sentence = self.tr(
                "Every desk now keeps new attachments in {folder} and reads them there. Files saved before stay readable where they were; “property-desk move-to” copies them."
            ).format(folder=saved)
        else:
            sentence = self.tr("Every desk now keeps attachments in its own data folder.")
        self.message.setText(sentence)
        self.show_current()
        self.context.signals.settings_changed.emit()
        return True

    def choose_this_pc_folder(self) -> bool:
        """This PC's own path to the shared folder; an empty field: the office's name for it again."""
        try:
            saved = save_local_attachments_folder(self.context.folder.root, self.this_pc.text().strip() or None)
        except DeskError as error:
            self.message.setText(message_for(error))
            return False
        self.this_pc.setText(str(saved) if saved else "")
        if saved:
            self.message.setText(self.tr("This PC now reaches the attachments at {folder}.").format(folder=saved))
        else:
            self.message.setText(self.tr("This PC now uses the office's name for the attachments folder."))
        self.show_current()
        return True
