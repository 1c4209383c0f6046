"""Settings › General › Database: which database this office is open on now (the data file
or a PostgreSQL server), and which one this PC opens from the next start — a server's
address is tried at once (a sentence when it cannot be reached or refuses), then kept in
the data folder without any password (models.store.database_choice); the data file again
in one click. --database and PROPERTY_DESK_DATABASE still win over the choice made here."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop_app.context import DeskContext
from desktop_app.translations import tr_models
from models.errors import DataFileError
from models.store import save_database, saved_database, try_server


class DatabaseChoice(QGroupBox):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(objectName="settings.database")
        self.context = context
        self.current = QLabel(context.folder.where, objectName="settings.database.current", wordWrap=True)
        self.current.setTextInteractionFlags(self.current.textInteractionFlags().TextSelectableByMouse)
        self.address = QLineEdit(objectName="settings.database.address")
        self.address.setText(saved_database(context.folder.root) or "")
        self.use_server = QPushButton(objectName="settings.database.use_server", clicked=self.choose_server)
        self.use_file = QPushButton(objectName="settings.database.use_file", clicked=self.choose_file)
        self.message = QLabel(objectName="settings.database.message", wordWrap=True)
        self.now_label = QLabel()
        layout = QVBoxLayout(self)
        now = QHBoxLayout()
        now.addWidget(self.now_label)
        now.addWidget(self.current, 1)
        layout.addLayout(now)
        layout.addWidget(self.address)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_server)
        buttons.addWidget(self.use_file)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Database"))
        self.now_label.setText(self.tr("Open now:"))
        self.address.setPlaceholderText(
            self.tr("postgresql://user@server/database, e.g. postgresql://desk@192.168.1.10/office")
        )
        self.use_server.setText(self.tr("Use this server from the next start"))
        self.use_file.setText(self.tr("Use the data file from the next start"))

    def choose_server(self) -> bool:
        """Try the address typed; keep it for the next start when the server lets a desk in."""
        url = self.address.text().strip()
        try:
            asks_password = try_server(url)
            saved = save_database(self.context.folder.root, url)
        except DataFileError as error:
            self.message.setText(tr_models(error.message, error.params))  # nothing saved; the text stays
            return False
        self.address.setText(saved)
        sentence = self.tr("From the next start this PC opens the office on {server}.").format(server=saved)
        if asks_password:
            sentence += " " + self.tr("The server asks for a password: it is asked for at the start, never stored.")
        sentence += " " + self.tr(
            "An empty database becomes a new office; to bring this office's records there, use “property-desk move-to” first."
        )
        self.message.setText(sentence)
        return True

    def choose_file(self) -> None:
        try:
            save_database(self.context.folder.root, None)
        except DataFileError as error:
            self.message.setText(tr_models(error.message, error.params))
            return
        self.message.setText(
            self.tr("From the next start this PC opens the data file {path}.").format(path=self.context.folder.database)
        )
