"""The window on an office on a PostgreSQL server beside another desk: what another
process saves shows in the registry within a poll or two (the server's NOTIFY, heard by
the store's listener), and a server restart is said in the status bar, refuses an edit
with the sentence keeping the text, and once the server is back the same save goes
through and other desks' changes show again. A real server of the session's own,
restarted for real; the other desk is a real process (tests/several_desks.py)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from desktop_app.change_watch import POLL_MS
from desktop_app.pages.ticket import TicketDetailDialog
from models.clock import FixedClock
from models.opening import open_database
from models.store import DataFolder, close_database
from models.tickets import Ticket
from tests.desktop_app.gui import find
from tests.desktop_app.test_other_desks import SECONDS, other_desk, registry_numbers
from tests.models.store.test_server_office import new_database
from tests.office import OFFICE_NOW, build_small_office, register_ticket_for


@pytest.fixture
def server_window(qtbot, tmp_path, postgres_url, monkeypatch):
    folder = DataFolder(tmp_path / "data", url=new_database(postgres_url))
    monkeypatch.setenv("PROPERTY_DESK_DATABASE", folder.url)  # the window and the other desk open it
    monkeypatch.setenv("PROPERTY_DESK_USER", "boss")
    monkeypatch.delenv("PROPERTY_DESK_PASSWORD", raising=False)
    open_database(folder)
    office = build_small_office()
    from desktop_app import create_main_window

    window = create_main_window(folder.root, clock=FixedClock(OFFICE_NOW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, office, folder
    window.close()
    close_database()


def test_another_desks_ticket_shows_and_a_server_restart_is_said_and_survived(server_window, qtbot, postgres_server):
    window, office, folder = server_window
    page = window.show_page("registry")
    ref = register_ticket_for(office, folder, FixedClock(OFFICE_NOW), description="卫生间天花板渗水")
    window.context.signals.tickets_changed.emit([])
    number = other_desk(folder, "register", "2026-11-23", "另一台电脑登记的报修")
    started = time.monotonic()
    qtbot.waitUntil(lambda: number in registry_numbers(page), timeout=SECONDS)
    assert time.monotonic() - started < 2 * POLL_MS / 1000 + 1  # within one or two polls of 1.5 s

    label = window.findChild(QLabel, "status.connection")
    dialog = TicketDetailDialog(window.context, ref.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.begin_action("edit")
    description = find(dialog, QPlainTextEdit, "detail.edit.description")
    description.setPlainText("服务器重启时改的描述")

    def while_down():
        qtbot.waitUntil(label.isVisible, timeout=SECONDS)  # the status bar says it within a poll or two
        assert label.text().startswith(f"与数据库服务器 {folder.where} 的连接已断开")
        dialog.save_edit()
        assert (
            find(dialog, QLabel, "detail.edit_error").text().startswith(f"与数据库服务器 {folder.where} 的连接已断开")
        )
        assert description.toPlainText() == "服务器重启时改的描述"  # what was typed is still there

    postgres_server.restart(during=while_down)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=SECONDS)  # the listener is back
    dialog.save_edit()  # the same save, now that the server is back
    assert Ticket.get_by_id(ref.id).description == "服务器重启时改的描述"
    assert not dialog.edit_panel.isVisible()
    later = other_desk(folder, "register", "2026-11-23", "重启后另一台电脑登记的报修")
    qtbot.waitUntil(lambda: later in registry_numbers(page), timeout=SECONDS)  # heard again
