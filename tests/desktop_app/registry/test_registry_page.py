"""The registry as a clerk uses it: a page of rows at a time with more on scrolling,
filters, sorting by a header click, overdue rows that stand out by colour and by word,
footer counts, saved filter presets, and the global search box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QTableView

from desktop_app.formatting import OVERDUE_BACKGROUND
from desktop_app.pages.registry.model import COLUMNS
from models.dispatch import dispatch
from models.registers import Department
from models.tickets import Ticket
from tests.desktop_app.gui import find, type_text
from tests.office import OFFICE_NOW

TWO_DAYS_AGO = OFFICE_NOW - dt.timedelta(days=2)


def numbers(table: QTableView) -> list[str]:
    model = table.model()
    return [model.row_at(row).number for row in range(model.rowCount())]


def cell(table: QTableView, row: int, key: str) -> str:
    return table.model().index(row, COLUMNS.index(key)).data()


def test_rows_arrive_a_page_at_a_time_as_the_clerk_scrolls(registry, register, qtbot):
    for minute in range(105):
        register(
            "3-1-0101", "楼道卫生", at=OFFICE_NOW - dt.timedelta(minutes=minute + 1), description=f"楼道清扫 {minute}"
        )
    registry.refresh()
    table = find(registry, QTableView, "registry.table")
    footer = find(registry, QLabel, "registry.footer")
    assert table.model().rowCount() == 100
    assert footer.text() == "共 105 张工单：未完结 105 张，超时 0 张。已载入 100 张，向下滚动载入更多。"
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.model().rowCount() == 105)
    assert footer.text() == "共 105 张工单：未完结 105 张，超时 0 张。"


def test_overdue_rows_stand_out_in_colour_and_in_words(registry, register):
    late = register("5-1-0303", "垃圾清运", at=TWO_DAYS_AGO, description="垃圾桶满了没人清")
    register("3-2-1502", "门窗", description="单元门关不上")
    registry.refresh()
    table = find(registry, QTableView, "registry.table")
    assert numbers(table)[1] == late.number  # newest first
    assert cell(table, 1, "time_left") == "超时 1天0小时"  # acknowledge was due 24 h after 2026-11-21 10:00
    assert table.model().index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    # and the view paints it: the late row's cell, away from its text, is that colour on screen
    table.resize(900, 300)
    late_cell = table.visualRect(table.model().index(1, 0))
    painted = table.viewport().grab().toImage().pixelColor(late_cell.right() - 2, late_cell.center().y())
    assert painted.name() == OVERDUE_BACKGROUND.name()
    assert cell(table, 0, "time_left") == "剩余 1天0小时"
    assert table.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert find(registry, QLabel, "registry.footer").text() == "共 2 张工单：未完结 2 张，超时 1 张。"


def test_filters_narrow_the_rows(window, registry, register, office, qtbot):
    leak = register("3-2-1501", "房屋渗漏", at=TWO_DAYS_AGO, description="天花板渗水")
    noise = register("5-1-0302", "噪音", kind="complaint", description="夜里装修", operator=office.supervisor)
    register("3-1-0101", "物业费", kind="inquiry", priority="low", description="物业费怎么交")
    registry.refresh()
    table = find(registry, QTableView, "registry.table")
    assert len(numbers(table)) == 3

    type_text(find(registry, QComboBox, "registry.kind"), "投诉")
    assert numbers(table) == [noise.number]
    find(registry, QComboBox, "registry.kind").setCurrentIndex(0)
    type_text(find(registry, QComboBox, "registry.building"), "阳光花园 3栋")
    assert sorted(numbers(table)) == sorted([leak.number, Ticket.get(Ticket.kind == "inquiry").number])
    registry.reset_filter()
    qtbot.mouseClick(find(registry, QCheckBox, "registry.overdue_only"), Qt.MouseButton.LeftButton)
    assert numbers(table) == [leak.number]
    registry.reset_filter()
    qtbot.mouseClick(find(registry, QCheckBox, "registry.mine"), Qt.MouseButton.LeftButton)
    assert numbers(table) == [noise.number]  # the window's 马主管 registered only the noise complaint


def test_a_header_click_sorts_by_that_column(registry, register, qtbot):
    register("3-2-1502", "门窗", at=OFFICE_NOW - dt.timedelta(hours=3), description="窗户关不严")
    register("5-1-0303", "电梯", at=OFFICE_NOW - dt.timedelta(hours=1), description="电梯异响")
    register("3-1-0101", "虫害", at=OFFICE_NOW - dt.timedelta(hours=2), description="楼道有蟑螂")
    registry.refresh()
    table = find(registry, QTableView, "registry.table")
    assert [cell(table, row, "room") for row in range(3)] == ["5-1-0303", "3-1-0101", "3-2-1502"]
    header = table.horizontalHeader()
    room_column = COLUMNS.index("room")
    middle = QPoint(header.sectionViewportPosition(room_column) + header.sectionSize(room_column) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    # rooms sort in the register's order (3-2-1502 was entered before 3-1-0101), not by text
    assert [cell(table, row, "room") for row in range(3)] == ["3-2-1502", "3-1-0101", "5-1-0303"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert [cell(table, row, "room") for row in range(3)] == ["5-1-0303", "3-1-0101", "3-2-1502"]


def test_saved_filter_preset_comes_back(registry, register):
    register("3-2-1501", "房屋渗漏", at=TWO_DAYS_AGO, description="天花板渗水")
    register("3-2-1502", "门窗", description="单元门关不上")
    find(registry, QCheckBox, "registry.overdue_only").setChecked(True)
    registry.save_preset_as("超时未处理")
    registry.reset_filter()
    table = find(registry, QTableView, "registry.table")
    assert len(numbers(table)) == 2

    presets = find(registry, QComboBox, "registry.presets")
    type_text(presets, "超时")
    assert presets.currentText() == "超时未处理"
    assert find(registry, QCheckBox, "registry.overdue_only").isChecked()
    assert len(numbers(table)) == 1


def test_global_search_finds_by_number_room_or_phone(window, registry, register, qtbot):
    wanted = register("3-2-1502", "门窗", description="卧室窗户把手坏了", reporter_phone="13987654321")
    register("5-1-0303", "电梯", description="电梯按钮失灵", reporter_phone="17722223333")
    search = find(window, QLineEdit, "global.search")
    table = find(registry, QTableView, "registry.table")

    qtbot.keyClicks(search, "3-2-1502")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert numbers(table) == [wanted.number]
    search.clear()
    qtbot.keyClicks(search, "13987654321")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert numbers(table) == [wanted.number]
    search.clear()
    qtbot.keyClicks(search, wanted.number.lower())
    qtbot.keyClick(search, Qt.Key.Key_Return)
    detail = window.findChild(QDialog, "detail.dialog")
    assert detail is not None and detail.ticket_id == wanted.id
    assert find(registry, QLineEdit, "registry.search").text() == wanted.number.lower()


def test_a_broad_quick_search_says_more_than_and_still_scrolls_to_every_match(registry, register, qtbot, monkeypatch):
    import models.tickets.registry as registry_queries

    monkeypatch.setattr(registry_queries, "COUNT_CAP", 2)
    for description in ("厨房漏水", "卫生间漏水", "阳台漏水到楼下"):
        register(description=description)
    register(description="门锁坏了")
    search = find(registry, QLineEdit, "registry.search")
    type_text(search, "漏水")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    footer = find(registry, QLabel, "registry.footer")
    qtbot.waitUntil(lambda: footer.text().startswith("超过 2 张工单符合条件"))
    table = find(registry, QTableView, "registry.table")
    while table.model().canFetchMore():
        table.model().fetchMore()
    assert len(numbers(table)) == 3


def test_the_footer_groups_thousands_as_the_command_line_does(registry):
    from models.tickets import FooterCounts

    registry.model.counts = FooterCounts(25200, 1046, 7)
    registry.model.total = 25200
    registry.update_footer()
    # the demo office's 25,200 tickets, written as `property-desk demo` reports them
    assert find(registry, QLabel, "registry.footer").text().startswith("共 25,200 张工单：未完结 1,046 张，超时 7 张。")


def test_a_resolved_rows_time_left_says_it_is_the_callbacks(window, registry, office, folder):
    from models.clock import FixedClock
    from tests.models.followup.helpers import resolved_ticket

    done = resolved_ticket(office, folder, FixedClock(OFFICE_NOW), OFFICE_NOW - dt.timedelta(hours=1))
    registry.refresh()
    table = find(registry, QTableView, "registry.table")
    assert numbers(table) == [done.number]
    assert cell(table, 0, "status") == "已完成"
    # resolved 2026-11-23 09:00; callback within 7 calendar days: by 2026-11-30 23:59:59.
    # Seen at 10:00 on the 23rd: 7 d 13 h 59 min left, shown to the hour
    assert cell(table, 0, "time_left") == "回访 7天13小时"


def test_at_1024_a_crew_name_on_the_second_line_stays_whole(window, registry, register, office, qtbot):
    # at 1024×768 the registry's rows take two lines and the 部门/班组 column is as wide as
    # "工程维修 ·": "安保 · 周队长" broke as "安保 · 周队" / "长"; it now breaks at the dot
    ref = register(room="3-2-1501", category="噪音")
    security = next(d for d in Department.select() if d.code == "security")
    dispatch(ref.id, department_id=security.id, staff_ids=[office.staff["周队长"].id], reply="已告知业主",
             operator=office.supervisor, clock=window.context.clock)  # fmt: skip
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    registry.apply_filter()
    table = find(window, QTableView, "registry.table")
    column = COLUMNS.index("department")
    text = table.model().index(0, column).data()
    assert text.replace("\u2060", "") == "安保 · 周队长"
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, table.font())
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(table.columnWidth(column) - 8)  # the cell's margins
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].replace("\u2060", ""))
    layout.endLayout()
    assert [part.strip() for part in lines] == ["安保 ·", "周队长"]
