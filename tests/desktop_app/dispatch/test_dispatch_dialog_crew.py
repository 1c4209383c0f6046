"""The dispatch dialog's crew list as a supervisor reads it: names in pinyin order (or the
least busy first, by choice), the department named only when several are listed, off-duty
people greyed and ticked only after saying yes, and the board's confirmation naming the crew."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QMessageBox

from models.registers import Staff
from tests.desktop_app.gui import find


def crew_lines(dialog) -> list[str]:
    crew = find(dialog, QListWidget, "dispatch_dialog.crew")
    return [crew.item(row).text() for row in range(crew.count())]


def answer_next_question(button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return asked


def test_crew_in_pinyin_order_without_repeating_the_department(board, tickets, qtbot):
    dialog = board.open_dispatch([tickets.leak.id])
    qtbot.waitUntil(dialog.isVisible)
    # 工程维修 is suggested for 水电暖: 钱 (qián) before 赵 (zhào), though 赵 comes first by code point
    assert crew_lines(dialog) == ["钱师傅 — 在办 0，超时 0", "赵师傅 — 在办 1，超时 0"]
    find(dialog, QComboBox, "dispatch_dialog.department").setCurrentIndex(0)  # all departments
    # every department's crew in one pinyin order: qián, sūn, zhào, zhōu
    assert [line.split("（")[0] for line in crew_lines(dialog)] == ["钱师傅", "孙阿姨", "赵师傅", "周队长"]
    assert crew_lines(dialog)[1] == "孙阿姨（保洁） — 在办 0，超时 0"
    dialog.reject()


def test_by_workload_the_least_busy_come_first_and_the_choice_is_kept(board, tickets, qtbot):
    dialog = board.open_dispatch([tickets.leak.id])
    find(dialog, QComboBox, "dispatch_dialog.order").setCurrentIndex(1)
    assert [line.split(" ")[0] for line in crew_lines(dialog)] == ["钱师傅", "赵师傅"]  # 0 open, then 1 open
    dialog.reject()
    again = board.open_dispatch([tickets.leak.id])
    assert find(again, QComboBox, "dispatch_dialog.order").currentIndex() == 1
    again.reject()


def test_an_off_duty_member_is_greyed_and_ticked_only_after_yes(board, tickets, qtbot):
    Staff.update(on_duty=False).where(Staff.name == "钱师傅").execute()
    dialog = board.open_dispatch([tickets.leak.id])
    crew = find(dialog, QListWidget, "dispatch_dialog.crew")
    off = crew.item(0)
    assert off.text() == "钱师傅 — 在办 0，超时 0 — 不在岗"
    assert off.foreground().color().name() == "#98a2b3"
    asked = answer_next_question(QMessageBox.StandardButton.No)
    off.setCheckState(Qt.CheckState.Checked)
    assert asked == ["钱师傅不在岗。仍要派给他/她吗？"]
    assert off.checkState() == Qt.CheckState.Unchecked
    answer_next_question(QMessageBox.StandardButton.Yes)
    off.setCheckState(Qt.CheckState.Checked)
    assert off.checkState() == Qt.CheckState.Checked
    assert dialog.save(print_after=False)
    # the board names who it went to, as a drag onto the crew does
    assert board.message.text() == f"工单 {tickets.leak.number} 已派给钱师傅。"
