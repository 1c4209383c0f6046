"""A large import from the registers page shows its progress (reading, checking,
importing) in a dialog with a Cancel button; cancelling while rows are being written
imports nothing and the page says so; cancelling the check leaves the preview open to
check again; an uncancelled import completes; a large export can be cancelled too."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from desktop_app.widgets.import_dialog import ImportDialog
from models.imports import apply_households, check_households
from models.registers import Community, Household, HouseholdPhone, Room
from tests.acting import admin

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]


def registers(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    return window.page("registers")


def thousand_households(tmp_path):
    """An .xlsx of 1,000 new households in building 9, as Excel would save it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for n in range(1000):
        sheet.append(["9", str(n // 100 + 1), f"{n % 100 + 1:04d}", f"住户{n}", f"139{n:08d}", "", "2024-03-01", ""])
    path = tmp_path / "业主档案.xlsx"
    workbook.save(path)
    return path


def register_counts() -> tuple[int, ...]:
    return tuple(model.select().count() for model in (Community, Room, Household, HouseholdPhone))


class Clerk:
    """Watches the modal windows while the page works: presses the preview's main button
    each time the preview waits, notes what every progress dialog shows, and presses its
    Cancel once the dialog's text contains `cancel_when` and it has reached `cancel_from`."""

    def __init__(self, *, cancel_when: str | None = None, cancel_from: int = 0) -> None:
        self.cancel_when, self.cancel_from = cancel_when, cancel_from
        self.seen: list[tuple[str, str, int, int]] = []  # (objectName, label, value, maximum)
        self.cancelled_at: tuple[str, int] | None = None
        self.summaries: list[str] = []
        self.watcher = QTimer(interval=0, timeout=self._watch)
        self.watcher.start()
        self.presser = QTimer(interval=20, timeout=self._press)
        self.presser.start()

    def stop(self) -> None:
        self.watcher.stop()
        self.presser.stop()

    def _watch(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QProgressDialog) or not dialog.isVisible():
            return
        label = dialog.labelText()
        self.seen.append((dialog.objectName(), label, dialog.value(), dialog.maximum()))
        wanted = self.cancel_when is not None and self.cancel_when in label and dialog.value() >= self.cancel_from
        if wanted and self.cancelled_at is None:
            self.cancelled_at = (label, dialog.value())
            dialog.findChild(QPushButton, f"{dialog.objectName()}.cancel").click()

    def _press(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog) and dialog.apply_button.isEnabled():
            self.summaries.append(dialog.summary.text())
            QTimer.singleShot(0, dialog.apply_button.click)  # the click runs outside this timer


@pytest.fixture
def watching_clerk(qtbot):
    """Clerk(...) for the test; every one made is stopped when the test ends."""
    made: list[Clerk] = []

    def make(**wishes) -> Clerk:
        made.append(Clerk(**wishes))
        return made[-1]

    yield make
    for one in made:
        one.stop()


def labels(seen, word: str) -> list[tuple[int, int]]:
    return [(value, maximum) for _name, label, value, maximum in seen if word in label]


def test_cancelling_while_rows_are_written_imports_nothing_and_says_so(window, qtbot, tmp_path, watching_clerk):
    path = thousand_households(tmp_path)
    page = registers(window, qtbot)
    before = register_counts()
    clerk = watching_clerk(cancel_when="正在导入", cancel_from=400)

    page.start_import("households", str(path))
    clerk.stop()

    assert clerk.cancelled_at is not None and 400 <= clerk.cancelled_at[1] < 1000  # while rows were being written
    assert labels(clerk.seen, "正在读取") and labels(clerk.seen, "正在检查")
    assert {name for name, *_ in clerk.seen} == {"import.progress"}
    assert register_counts() == before
    assert page.message.isVisible() and page.message.text() == "导入已取消：没有导入任何内容。"
    assert page.households.model.total == 5
    assert (
        page.findChild(QProgressDialog, "import.progress") is None
        or not page.findChild(QProgressDialog, "import.progress").isVisible()
    )


def test_an_uncancelled_import_shows_its_progress_and_completes(window, qtbot, tmp_path, watching_clerk):
    path = thousand_households(tmp_path)
    page = registers(window, qtbot)
    clerk = watching_clerk()

    page.start_import("households", str(path))
    clerk.stop()

    assert (1001, 1001) in labels(clerk.seen, "正在读取")  # the header row is read too
    assert (1000, 1000) in labels(clerk.seen, "正在检查") and (1000, 1000) in labels(clerk.seen, "正在导入")
    assert ("import.progress", "正在导入第 1000 / 1000 行…", 1000, 1000) in clerk.seen
    assert Household.select().count() == 1005
    assert page.message.text() == "导入完成：新增 1000，更新 0，未变 0，0 行有问题未导入。"
    assert page.households.model.total == 1005


def test_cancelling_the_check_keeps_the_preview_to_check_again(window, qtbot, tmp_path, watching_clerk):
    path = thousand_households(tmp_path)
    page = registers(window, qtbot)
    clerk = watching_clerk(cancel_when="正在检查", cancel_from=200)

    dialog = page.start_import("households", str(path))
    clerk.stop()

    assert clerk.cancelled_at is not None
    assert clerk.summaries[0] == "检查已中止，没有导入任何内容。请选好各列，然后点“检查各行”。"
    assert clerk.summaries[1].startswith("共读取 1000 行：1000 行可以导入")  # checked again, then imported
    assert dialog.outcome.created == 1000 and Household.select().count() == 1005


def test_a_small_import_needs_no_progress_dialog(window, qtbot, tmp_path, watching_clerk):
    path = tmp_path / "few.csv"
    path.write_text("楼栋,单元,房号,姓名,电话\n5,1,0304,褚红,13700007777\n", encoding="utf-8")
    page = registers(window, qtbot)
    clerk = watching_clerk()

    page.start_import("households", str(path))
    clerk.stop()

    assert clerk.seen == [] and Household.get(Household.name == "褚红")


def test_a_large_export_can_be_cancelled_and_writes_no_file(window, qtbot, tmp_path, office, watching_clerk):
    apply_households(check_households(thousand_households(tmp_path)), **admin())
    page = registers(window, qtbot)
    out = tmp_path / "exports" / "register.xlsx"
    out.parent.mkdir()
    clerk = watching_clerk(cancel_when="正在写入", cancel_from=200)

    assert page.start_export(str(out)) is None
    clerk.stop()

    assert clerk.cancelled_at is not None and {name for name, *_ in clerk.seen} == {"export.progress"}
    assert page.message.text() == "导出已取消：没有写入任何文件。"
    assert list(out.parent.iterdir()) == []

    assert page.start_export(str(out)) == 1005 and out.exists()
