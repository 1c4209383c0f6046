"""The machine's database conditions as a clerk meets them: a save another desk keeps
waiting says so beside the form, which keeps what was typed; an emptied data file is
only turned into a new office when the user says so."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop_app import app as desk_app
from models.office import default_operator
from models.store import DataFolder, close_database, database, file_place
from models.tickets import Ticket
from tests.desktop_app.dispatch.conftest import tickets  # noqa: F401 - fixture
from tests.models.store.test_hostile_files import hold_write_lock


def test_a_dispatch_that_cannot_get_the_lock_keeps_the_reply_typed(window, tickets, folder, qtbot, monkeypatch):  # noqa: F811
    board = window.show_page("dispatch")
    dialog = board.open_dispatch([tickets.rubbish.id])
    reply = dialog.findChild(QLineEdit, "dispatch_dialog.reply")
    reply.insert("已告知业主保洁员一小时内清运")
    database.execute_sql("PRAGMA busy_timeout = 200")
    monkeypatch.setattr(file_place, "RETRY_SECONDS", 0.3)  # the store takes turns for 30 s, here 0.3 s
    other = hold_write_lock(folder.database, 1.0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "dispatch_dialog.ok"), Qt.MouseButton.LeftButton)
    other.join()
    assert dialog.isVisible()
    assert "正被其他程序或另一台工作站使用" in dialog.findChild(QLabel, "dispatch_dialog.error").text()
    assert reply.text() == "已告知业主保洁员一小时内清运"
    assert Ticket.get_by_id(tickets.rubbish.id).status == "new"
    qtbot.mouseClick(dialog.findChild(QPushButton, "dispatch_dialog.ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # the lock is free again: the same click saves
    assert Ticket.get_by_id(tickets.rubbish.id).status == "dispatched"


def test_an_emptied_data_file_becomes_a_new_office_only_when_the_user_says_so(tmp_path, qtbot, monkeypatch):
    folder = DataFolder(tmp_path / "emptied")
    folder.root.mkdir()
    folder.database.write_bytes(b"")
    asked = []

    def signed_in(folder, clock, *, start_new=False):  # the log-in dialog, answered
        desk_app.open_database(folder, start_new=start_new)
        return default_operator()

    monkeypatch.setattr(desk_app, "sign_in_at_start", signed_in)
    monkeypatch.setattr(desk_app, "ask_start_new_office", lambda text: asked.append(text) or False)
    assert desk_app.open_main_window(folder) is None
    assert folder.database.read_bytes() == b"" and "是空的" in asked[0]
    monkeypatch.setattr(desk_app, "ask_start_new_office", lambda text: True)
    window = desk_app.open_main_window(folder)
    qtbot.addWidget(window)
    assert hashlib.sha256(folder.database.read_bytes()).hexdigest() != hashlib.sha256(b"").hexdigest()
    window.close()
    close_database()
