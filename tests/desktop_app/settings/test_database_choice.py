"""Settings › General › Database: the database open now is shown; a server that cannot be
reached is said in a sentence and nothing is kept; a server that lets the desk in is kept
(without any password) for the next start, which the window and the command line then
open; one click goes back to the data file. A real server of the session's own."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_app.pages.settings.database import DatabaseChoice
from models.store import resolve_data_folder, saved_database
from models.store.database_choice import CHOICE_FILE
from tests.desktop_app.gui import find, type_text
from tests.models.store.test_server_office import new_database


def database_row(window) -> DatabaseChoice:
    page = window.show_page("settings")
    return page.findChild(DatabaseChoice, "settings.database")


def test_the_database_is_shown_and_a_server_is_kept_for_the_next_start(window, folder, postgres_url):
    row = database_row(window)
    assert find(row, QLabel, "settings.database.current").text() == str(folder.database)  # the data file
    address = find(row, QLineEdit, "settings.database.address")
    message = find(row, QLabel, "settings.database.message")
    # nobody listens on port 1: the sentence, nothing kept, the address still there to correct
    address.clear()
    type_text(address, "postgresql://desk@127.0.0.1:1/office")
    assert not row.choose_server()
    assert message.text().startswith("无法连接数据库服务器 127.0.0.1:1")
    assert address.text() == "postgresql://desk@127.0.0.1:1/office"
    assert not (folder.root / CHOICE_FILE).exists()
    address.clear()
    type_text(address, "postgres:/nowhere")
    assert not row.choose_server()
    assert "不是本程序可用的数据库地址" in message.text()
    # a server that lets the desk in; a password typed into the address is not kept
    url = new_database(postgres_url)
    address.clear()
    type_text(address, url.replace("desk@", "desk:secret@"))
    assert row.choose_server()
    assert message.text().startswith(f"下次启动时，本机将打开 {url} 上的办公室。")
    assert saved_database(folder.root) == url and "secret" not in (folder.root / CHOICE_FILE).read_text()
    assert resolve_data_folder(folder.root).url == url  # the next start (window or command line) opens it
    assert find(row, QLabel, "settings.database.current").text() == str(folder.database)  # this run: unchanged
    row.choose_file()
    assert message.text() == f"下次启动时，本机将打开数据文件 {folder.database}。"
    assert resolve_data_folder(folder.root).url is None
