"""The registers page as a clerk uses it: filter the register, open a room with its
ticket history, edit a household (errors beside the field, typed text kept), import a
sheet through the preview, export, and a refused delete that says why."""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QTableView

from desktop_app.pages.registers.households import HouseholdDialog
from desktop_app.widgets.import_dialog import ImportDialog
from models.codes import Channel, Kind, Priority
from models.imports import read_sheet
from models.registers import Category, Household
from models.tickets import Ticket
from tests.office import OFFICE_NOW


def registers(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    return window.page("registers")


def shown(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def when_modal(callback):
    """Run `callback(dialog)` on the next modal dialog (QMessageBox, import preview, …)."""

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        callback(dialog)

    QTimer.singleShot(0, run)


def add_ticket(office, room_code, number):
    return Ticket.create(
        number=number,
        kind=Kind.REPAIR,
        category=Category.get(Category.name == "房屋渗漏"),
        channel=Channel.PHONE,
        priority=Priority.NORMAL,
        room=office.rooms[room_code],
        household=office.households[room_code],
        reporter_name="王建国",
        reporter_phone="13812345678",
        description="卫生间渗水",
        first_responder=office.clerk,
        received_at=OFFICE_NOW,
        updated_at=OFFICE_NOW,
    )


def test_filter_box_narrows_the_register_and_phones_stay_masked(window, qtbot):
    page = registers(window, qtbot)
    table = page.findChild(QTableView, "registers.households.table")
    assert shown(table, 1) == ["张伟", "王建国", "李秀英", "刘洋", "陈静"]

    qtbot.keyClicks(page.findChild(QLineEdit, "registers.filter"), "3-2-")

    assert shown(table, 1) == ["王建国", "李秀英"]
    assert shown(table, 3) == ["138****5678", "139****4321 / 010-62****78"]
    assert shown(table, 4) == ["110***********1234"] * 2


def test_a_large_register_is_fetched_page_by_page(window, qtbot, tmp_path):
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        rows = [["房号", "姓名"]] + [[f"8-1-{n:04d}", f"住户{n}"] for n in range(1, 1001)]
        csv.writer(handle).writerows(rows)
    page = registers(window, qtbot)
    dialog = ImportDialog(read_sheet(path), "households", page)
    qtbot.addWidget(dialog)
    dialog.apply()
    page.reload_all()
    table = page.findChild(QTableView, "registers.households.table")

    assert table.model().rowCount() == 200 and table.model().total == 1005
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.model().rowCount() > 200)
    assert table.model().rowCount() == 400


def test_room_page_lists_households_and_ticket_history(window, qtbot, office):
    add_ticket(office, "3-2-1501", "BX20261123-0001")
    add_ticket(office, "3-2-1501", "BX20261123-0002")
    page = registers(window, qtbot)
    table = page.findChild(QTableView, "registers.households.table")
    table.selectRow(1)

    qtbot.mouseClick(page.households.room_button, Qt.MouseButton.LeftButton)

    assert page.tabs.currentIndex() == 1
    assert page.findChild(QLabel, "registers.room.title").text().startswith("房屋 3-2-1501")
    assert shown(page.findChild(QTableView, "registers.room.households"), 0) == ["王建国"]
    tickets = page.findChild(QTableView, "registers.room.tickets")
    assert sorted(shown(tickets, 0)) == ["BX20261123-0001", "BX20261123-0002"]
    assert shown(tickets, 1) == ["2026-11-23 10:00"] * 2


def test_deleting_a_household_with_tickets_is_refused_with_the_reason(window, qtbot, office):
    add_ticket(office, "3-2-1501", "BX20261123-0001")
    page = registers(window, qtbot)
    page.findChild(QTableView, "registers.households.table").selectRow(1)

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page.findChild(type(page.delete_button), "registers.delete"), Qt.MouseButton.LeftButton)

    assert "王建国" in page.message.text() and "1" in page.message.text() and "归档" in page.message.text()
    assert Household.select().count() == 5

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert shown(page.households.table, 1) == ["张伟", "李秀英", "刘洋", "陈静"]


def test_household_dialog_shows_the_error_beside_the_field_and_keeps_the_text(window, qtbot):
    page = registers(window, qtbot)
    dialog = HouseholdDialog(None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.room, "3-2-1502")
    dialog.name.setText("李明")  # QTest types ASCII only
    qtbot.keyClicks(dialog.phones, "13500001111/999")

    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    error = dialog.findChild(QLabel, "household.phones.error")
    assert error.isVisible() and "999" in error.text()
    assert dialog.isVisible() and dialog.phones.text() == "13500001111/999"
    dialog.phones.setText("13500001111")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert Household.get(Household.name == "李明").room.code == "3-2-1502"


def test_editing_keeps_masked_numbers_unless_retyped(window, qtbot, office):
    page = registers(window, qtbot)
    row = page.households.model.row_at(1)
    dialog = HouseholdDialog(row, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.phones.text() == "138****5678" and dialog.id_number.text() == "110***********1234"
    dialog.tags.setText("独居老人")

    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    wang = Household.get_by_id(row.id)
    assert wang.tags == "独居老人" and wang.id_number == "110101198001011234"
    assert [p.number for p in wang.phones] == ["13812345678"]


def test_import_preview_lists_problems_and_remembers_the_mapping(window, qtbot, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("户号,户主名,手机\n3-2-1801,秦朗,13600001234\n3-2-1802,坏号码,12\n", encoding="gb18030")
    page = registers(window, qtbot)
    dialog = ImportDialog(read_sheet(path), "households", page)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()  # no room or name column yet
    assert dialog.preview.item(0, 3).text() == "136****1234"  # masked in the preview too

    dialog.mapping_boxes["room"].setCurrentIndex(1)
    dialog.mapping_boxes["name"].setCurrentIndex(2)

    problems = dialog.problems
    assert problems.rowCount() == 1
    assert [problems.item(0, c).text() for c in range(2)] == ["3", "手机"]
    assert "12" in problems.item(0, 2).text()
    assert dialog.apply_button.text() == "导入 1 条正确的行"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.created == 1 and Household.get(Household.name == "秦朗")

    again = ImportDialog(read_sheet(path), "households", page)
    qtbot.addWidget(again)
    assert again.mapping() == {"room": 0, "name": 1, "phones": 2}


def test_import_from_the_page_refreshes_the_register(window, qtbot, tmp_path):
    path = tmp_path / "owners.csv"
    path.write_text("楼栋,单元,房号,姓名,电话\n5,1,0304,褚红,13700007777\n", encoding="utf-8")
    page = registers(window, qtbot)

    when_modal(lambda dialog: dialog.findChild(type(page.export_button), "import.apply").click())
    page.start_import("households", str(path))

    assert "1" in page.message.text()
    assert "褚红" in shown(page.households.table, 1)


def test_a_file_that_is_not_a_sheet_is_refused_on_the_page(window, qtbot, tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    page = registers(window, qtbot)

    assert page.start_import("households", str(path)) is None
    assert "photo.xlsx" in page.message.text() and page.message.isVisible()


def test_export_from_the_page(window, qtbot, tmp_path):
    page = registers(window, qtbot)
    out = tmp_path / "register.xlsx"

    assert page.start_export(str(out)) == 5

    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("楼栋", "单元", "房号", "姓名") and len(rows) == 6


def test_category_default_priority_is_edited(window, qtbot):
    page = registers(window, qtbot)
    page.tabs.setCurrentIndex(3)
    tree = page.categories.tree
    leak = next(item for item in page.categories._all_items() if item.text(0) == "房屋渗漏")
    tree.setCurrentItem(leak)
    page.categories.priority.setCurrentIndex(page.categories.priority.findData("urgent"))

    qtbot.mouseClick(page.categories.save_button, Qt.MouseButton.LeftButton)

    assert Category.get(Category.name == "房屋渗漏").default_priority == "urgent"
    assert tree.currentItem().text(1) == "紧急"


def test_staff_import_and_filter_on_the_staff_tab(window, qtbot, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("姓名,部门,岗位,电话,技能\n吴师傅,工程维修,电工,13700001111,强电/弱电\n", encoding="utf-8-sig")
    page = registers(window, qtbot)
    page.tabs.setCurrentIndex(2)

    when_modal(lambda dialog: dialog.findChild(type(page.export_button), "import.apply").click())
    page.start_import("staff", str(path))
    page.filter.setText("吴")

    table = page.findChild(QTableView, "registers.staff.table")
    assert shown(table, 0) == ["吴师傅"]
    assert shown(table, 3) == ["强电、弱电"] and shown(table, 4) == ["137****1111"]
