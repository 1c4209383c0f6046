"""Archived records on the registers page: hidden by default; "show archived" lists them
greyed with the 已归档 mark in every tab; Restore is offered only for an archived choice
and brings the record back (into the lists and, for rooms and households, intake)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QTableView

from models.registers import Category, Household, Record, Room, Staff, set_archived
from models.tickets import find_rooms
from tests.acting import admin


def registers(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    return window.page("registers")


def shown(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def greyed(table: QTableView, column: int) -> list[bool]:
    model = table.model()
    return [
        model.index(row, column).data(Qt.ItemDataRole.ForegroundRole) is not None for row in range(model.rowCount())
    ]


def tree_texts(item) -> list[str]:
    return [item.child(n).text(0) for n in range(item.childCount())]


def controls(page):
    return page.findChild(QCheckBox, "registers.show_archived"), page.findChild(QPushButton, "registers.restore")


def test_an_archived_household_is_listed_greyed_and_restored(window, qtbot, office):
    set_archived(Record.HOUSEHOLD, office.households["3-2-1501"].id, **admin())
    page = registers(window, qtbot)
    show, restore = controls(page)
    table = page.findChild(QTableView, "registers.households.table")
    assert shown(table, 1) == ["张伟", "李秀英", "刘洋", "陈静"]
    assert not restore.isEnabled()

    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)

    assert shown(table, 1) == ["张伟", "王建国（已归档）", "李秀英", "刘洋", "陈静"]
    assert greyed(table, 1) == [False, True, False, False, False] and greyed(table, 3)[1]
    table.selectRow(0)
    assert not restore.isEnabled() and page.archive_button.isEnabled()
    table.selectRow(1)
    assert restore.isEnabled() and not page.archive_button.isEnabled()

    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    assert page.message.text() == "王建国 已恢复：重新出现在列表中，受理时也可选择。"
    assert not Household.get(Household.name == "王建国").archived
    assert shown(table, 1) == ["张伟", "王建国", "李秀英", "刘洋", "陈静"] and not any(greyed(table, 1))
    assert [m.owner_name for m in find_rooms("王建国")] == ["王建国"]
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert len(shown(table, 1)) == 5 and not restore.isEnabled()


def test_an_archived_room_shows_in_the_tree_and_comes_back_to_intake(window, qtbot, office):
    set_archived(Record.ROOM, office.rooms["3-2-1502"].id, **admin())
    page = registers(window, qtbot)
    page.tabs.setCurrentIndex(1)
    show, restore = controls(page)
    tree = page.places.tree

    def unit_3_2():
        community = tree.topLevelItem(0)
        building = next(
            community.child(n) for n in range(community.childCount()) if community.child(n).text(0) == "3栋"
        )
        building.setExpanded(True)
        unit = next(building.child(n) for n in range(building.childCount()) if building.child(n).text(0) == "2单元")
        unit.setExpanded(True)
        return unit

    assert tree_texts(unit_3_2()) == ["3-2-1501"]
    show.setChecked(True)
    unit = unit_3_2()
    assert tree_texts(unit) == ["3-2-1501", "3-2-1502（已归档）"]
    assert unit.child(1).foreground(0).color() != unit.child(0).foreground(0).color()

    tree.setCurrentItem(unit.child(1))
    assert restore.isEnabled()
    assert page.findChild(type(page.message), "registers.room.title").text().startswith("房屋 3-2-1502（已归档）")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    assert not Room.get_by_id(office.rooms["3-2-1502"].id).archived
    assert tree_texts(unit_3_2()) == ["3-2-1501", "3-2-1502"]
    assert [m.code for m in find_rooms("3-2-1502")] == ["3-2-1502"]


def test_archived_staff_and_categories_are_shown_and_restored(window, qtbot, office):
    set_archived(Record.STAFF, office.staff["钱师傅"].id, **admin())
    leak = Category.get(Category.name == "房屋渗漏")
    set_archived(Record.CATEGORY, leak.id, **admin())
    page = registers(window, qtbot)
    show, restore = controls(page)
    page.tabs.setCurrentIndex(2)
    staff = page.findChild(QTableView, "registers.staff.table")
    assert "钱师傅" not in shown(staff, 0) and "钱师傅（已归档）" not in shown(staff, 0)

    show.setChecked(True)

    row = shown(staff, 0).index("钱师傅（已归档）")
    assert greyed(staff, 0)[row] and not greyed(staff, 0)[shown(staff, 0).index("赵师傅")]
    staff.selectRow(row)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert not Staff.get_by_id(office.staff["钱师傅"].id).archived and "钱师傅" in shown(staff, 0)

    page.tabs.setCurrentIndex(3)
    item = next(i for i in page.categories._all_items() if i.data(0, Qt.ItemDataRole.UserRole).id == leak.id)
    assert item.text(0) == "房屋渗漏（已归档）"
    page.categories.tree.setCurrentItem(item)
    assert restore.isEnabled()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert not Category.get_by_id(leak.id).archived
    assert "房屋渗漏" in [i.text(0) for i in page.categories._all_items()]


def test_restore_without_an_archived_choice_explains_itself(window, qtbot):
    page = registers(window, qtbot)

    assert page.restore_selected() is False
    assert page.message.text() == "请先勾选“显示已归档”，再选择一条已归档的记录。"
