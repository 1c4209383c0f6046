"""A data file damaged overnight, as the clerk meets it at start-up: the program says what
is wrong, offers the newest good backup with its time and ticket count, restores it on
Yes and signs in on the restored office; the damaged file is kept beside the backups.
On No nothing is touched. The real dialogs, answered as they show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop_app import app as desk_app
from desktop_app.sign_in import LoginDialog
from models.clock import SystemClock
from models.office import list_backups, passwords, reset_password, take_backup
from models.opening import open_database
from models.store import DataFolder, close_database
from models.tickets import Ticket
from tests.desktop_app.test_sign_in import fill_and_accept
from tests.office import OFFICE_NOW, build_small_office, register_ticket_for


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "N", 2**4)  # the real cost is bench/login.py's


@pytest.fixture(autouse=True)
def started_as_the_program_starts(qapp):
    desk_app.ensure_application()  # fonts, the Chinese catalogues and the style, as run_gui has them


def damaged_office_with_a_backup(tmp_path) -> tuple[DataFolder, int]:
    folder = DataFolder(tmp_path / "office")
    open_database(folder)
    office = build_small_office()
    reset_password(office.admin.id, "admin-pass", operator=office.admin, clock=SystemClock())
    office_tickets = 3
    for room in ("3-2-1501", "3-2-1502", "5-1-0302"):
        register_ticket_for(office, folder, SystemClock(), room, "房屋渗漏")
    take_backup(folder, now=OFFICE_NOW, app_version="test", tag="daily")
    close_database()
    data = bytearray(folder.database.read_bytes())
    middle = len(data) // 2 // 4096 * 4096  # 8 KB of flipped bytes among the table pages
    data[middle : middle + 8192] = bytes(b ^ 0xA5 for b in data[middle : middle + 8192])
    folder.database.write_bytes(bytes(data))
    return folder, office_tickets


def answer(qtbot, asked: list[str], button: QMessageBox.StandardButton, *then) -> None:
    """Click `button` on the message box when it shows (its text kept in `asked`), then
    run `then` on the next modal dialog (the log-in)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
            for step in then:
                QTimer.singleShot(50, step)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def test_a_damaged_file_at_start_up_is_restored_from_the_newest_good_backup(tmp_path, qtbot):
    folder, registered = damaged_office_with_a_backup(tmp_path)
    damaged = folder.database.read_bytes()
    asked: list[str] = []

    def sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            fill_and_accept(dialog, qtbot, "admin", "admin-pass")
        else:
            QTimer.singleShot(50, sign_in)

    answer(qtbot, asked, QMessageBox.StandardButton.Yes, sign_in)
    window = desk_app.open_main_window(folder)
    assert window is not None
    qtbot.addWidget(window)
    assert "已损坏" in asked[0] and "2026-11-23 10:00" in asked[0] and f"{registered} " in asked[0]
    assert Ticket.select().count() == registered  # the backup's tickets, all there
    kept = [backup for backup in list_backups(folder.backups) if backup.manifest.tag == "before-restore"]
    assert len(kept) == 1  # the damaged file kept beside the backups
    copy = (kept[0].path / "property-desk.sqlite3").read_bytes()
    # page for page, flipped bytes and all (the 100-byte header differs only in its journal mode)
    assert len(copy) == len(damaged) and copy[100:] == damaged[100:]
    window.close()
    close_database()


def test_no_to_the_offer_leaves_the_damaged_file_as_it_was(tmp_path, qtbot):
    folder, _registered = damaged_office_with_a_backup(tmp_path)
    damaged = folder.database.read_bytes()
    asked: list[str] = []
    answer(qtbot, asked, QMessageBox.StandardButton.No)
    assert desk_app.open_main_window(folder) is None
    assert "已损坏" in asked[0]
    assert folder.database.read_bytes() == damaged
    assert [backup.manifest.tag for backup in list_backups(folder.backups)] == ["daily"]
    close_database()


def test_a_window_opened_without_dialogs_says_what_its_check_found(tmp_path, qtbot):
    # create_main_window (scripts, the start-up bench) shows the window first and checks
    # the file on a thread: the damage is said in a dialog and nothing more is written
    folder, _registered = damaged_office_with_a_backup(tmp_path)
    damaged = folder.database.read_bytes()
    asked: list[str] = []
    answer(qtbot, asked, QMessageBox.StandardButton.Ok)
    window = desk_app.create_main_window(folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "已损坏" in asked[0]
    assert "已损坏" in window.findChild(QLabel, "status.connection").text()
    window.close()
    close_database()
    assert folder.database.read_bytes()[100:] == damaged[100:]
