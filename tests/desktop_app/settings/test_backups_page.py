"""Settings › Backups as the admin uses it: back up now (off the GUI thread), the status bar's
warning going away, restoring the selected backup after the confirmation, each in the audit;
a supervisor's section with the buttons disabled; and a second copy of the program on the
same data folder bringing the first forward instead of opening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTableWidget, QWidget

from desktop_app import single_instance
from models.clock import FixedClock
from models.office import audit_lines, verify_chain
from models.tickets import Ticket
from tests.office import OFFICE_NOW, register_ticket_for


@pytest.fixture
def desk_user() -> str:
    return "admin"


def backups_section(window):
    tabs = window.show_page("settings").tabs
    section = tabs.findChild(QWidget, "settings.backups")
    tabs.setCurrentWidget(section)
    return section


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_back_up_now_then_restore_the_selected_backup(window, qtbot, office, folder):
    status = window.findChild(QLabel, "status.backup")
    assert status.text() == "尚无备份——请在 设置 › 备份 中备份"
    section = backups_section(window)
    with qtbot.waitSignal(section.runner.finished, timeout=30_000):
        section.findChild(QPushButton, "backups.now").click()
    table = section.findChild(QTableWidget, "backups.table")
    assert table.rowCount() == 1 and table.item(0, 1).text() == "手动" and table.item(0, 2).text() == "0"
    assert status.text() == "备份只在本机硬盘上——请复制一份到U盘"
    assert [(line.actor, line.kind) for line in audit_lines()][-1] == ("admin", "backup")

    register_ticket_for(office, folder, FixedClock(OFFICE_NOW))  # entered after the backup
    assert Ticket.select().count() == 1
    table.selectRow(0)
    answer_next_question(QMessageBox.StandardButton.Yes)
    section.findChild(QPushButton, "backups.restore").click()
    assert Ticket.select().count() == 0  # the office is as it was at the backup
    assert table.rowCount() == 2  # the backup, and the safety copy taken before the restore
    # the restored file is the backup's, its log as it was then; the restore is added to it
    # (the entries written since the backup stay in the safety copy)
    assert [(line.actor, line.kind) for line in audit_lines()][-1] == ("admin", "restore")
    assert verify_chain() == []


def test_a_supervisor_may_neither_back_up_nor_restore(window, office, folder, monkeypatch):
    from desktop_app.context import context_of

    section = backups_section(window)
    context_of(section).operator = office.supervisor
    context_of(section).signals.operator_changed.emit()
    names = ("backups.now", "backups.to_folder", "backups.restore", "backups.restore_other")
    assert [section.findChild(QPushButton, name).isEnabled() for name in names] == [False] * 4
    assert not section.back_up()


def test_declining_the_restore_changes_nothing(window, qtbot, office, folder):
    section = backups_section(window)
    with qtbot.waitSignal(section.runner.finished, timeout=30_000):
        section.back_up()
    register_ticket_for(office, folder, FixedClock(OFFICE_NOW))
    section.findChild(QTableWidget, "backups.table").selectRow(0)
    answer_next_question(QMessageBox.StandardButton.No)
    section.findChild(QPushButton, "backups.restore").click()
    assert Ticket.select().count() == 1


def test_a_second_copy_on_the_same_folder_brings_the_first_forward(qtbot, folder):
    first = single_instance.claim(folder)
    assert first is not None
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=5_000):
            assert single_instance.claim(folder) is None
    finally:
        first.release()
    again = single_instance.claim(folder)  # released: the next start holds it again
    assert again is not None
    again.release()
