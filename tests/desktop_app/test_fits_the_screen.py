"""Every page at 1024×768, the smallest monitor an office still has: each column of every
table and each lane of the board lies inside its viewport, and nothing scrolls sideways.
Columns that matter less give way (elide or wrap); the user hides them and brings them
back from the header's menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QTabWidget, QTreeView

from desktop_app.pages import PAGES
from models.clock import FixedClock
from models.dispatch import dispatch
from tests.models.dispatch.factory import make_ticket
from tests.office import OFFICE_NOW

SMALL = (1024, 768)
WIDE = (1366, 768)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def header_of(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return None if view.isHeaderHidden() else view.header()
    return None


def columns_outside(view: QAbstractItemView) -> list[str]:
    """Shown columns whose right edge passes the viewport's right edge."""
    header = header_of(view)
    if header is None:
        return []
    width = view.viewport().width()
    model = view.model()
    return [
        str(model.headerData(i, Qt.Orientation.Horizontal))
        for i in range(header.count())
        if not header.isSectionHidden(i) and header.sectionViewportPosition(i) + header.sectionSize(i) > width
    ]


def problems_on_screen(window) -> list[str]:
    """Item views that scroll sideways or whose columns run out of view, on the shown page
    (every tab of it)."""
    page = window.stack.currentWidget()
    found = []
    tab_widgets = page.findChildren(QTabWidget) or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            settle()
            for view in page.findChildren(QAbstractItemView):
                if not view.isVisible() or view.objectName() == "qt_calendar_calendarview":
                    continue
                name = view.objectName() or type(view).__name__
                if view.horizontalScrollBar().maximum() > 0:
                    found.append(f"{name} scrolls sideways by {view.horizontalScrollBar().maximum()} px")
                outside = columns_outside(view)
                if outside:
                    found.append(f"{name}: {', '.join(outside)} outside the view")
    return found


@pytest.fixture
def busy_office(office):
    """A few tickets in every lane, so the board's lanes are not empty."""
    for n in range(3):
        make_ticket(office, room="5-1-0302", category="垃圾清运", description=f"垃圾桶满了 {n}")
    for n in range(3):
        ticket = make_ticket(office, room="3-1-0101", category="门窗", description=f"门锁坏 {n}")
        dispatch(
            ticket.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW)
        )
    return office


@pytest.mark.parametrize("size", [SMALL, WIDE], ids=["1024x768", "1366x768"])
@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_every_column_and_lane_of_every_page_is_on_screen(window, busy_office, key, size):
    window.resize(*size)
    window.show_page(key)
    settle()
    assert problems_on_screen(window) == []


@pytest.mark.parametrize("size", [SMALL, WIDE], ids=["1024x768", "1366x768"])
def test_the_dispatch_lanes_share_the_width_and_none_scrolls_sideways(window, busy_office, size):
    window.resize(*size)
    board = window.show_page("dispatch")
    settle()
    scroll = board.scroll
    assert scroll.horizontalScrollBar().maximum() == 0
    viewport = scroll.viewport().rect()
    widths = []
    for key, lane in board.lanes.items():
        column = lane.parentWidget()
        top_left = column.mapTo(scroll.viewport(), column.rect().topLeft())
        bottom_right = column.mapTo(scroll.viewport(), column.rect().bottomRight())
        assert viewport.contains(top_left) and viewport.contains(bottom_right), key
        assert lane.horizontalScrollBar().maximum() == 0, key
        widths.append(column.width())
    # the four status lanes (待派工, 已派工, 处理中, 待回访) get the same width, to a pixel of rounding
    assert len(widths) == 4 and max(widths) - min(widths) <= 1


def test_registry_columns_fit_1024_and_all_are_shown_by_default(window):
    window.resize(*SMALL)
    registry = window.show_page("registry")
    settle()
    table = registry.table
    assert registry.columns.hidden() == []
    assert columns_outside(table) == []
    assert table.horizontalScrollBar().maximum() == 0
    # the ticket number is never cut: it is what a clerk reads back on the phone
    number_width = table.fontMetrics().horizontalAdvance("BX20261123-0001")
    assert table.columnWidth(0) >= number_width


def test_a_hidden_column_gives_its_room_to_the_others_and_comes_back(window):
    window.resize(*SMALL)
    registry = window.show_page("registry")
    settle()
    table = registry.table
    reporter_before = table.columnWidth(5)
    menu = registry.columns.menu()
    department = next(a for a in menu.actions() if a.objectName() == "columns.department")
    assert department.text() == "部门/班组" and department.isChecked()
    department.trigger()  # unticked: hidden
    settle()
    assert table.isColumnHidden(8)
    assert table.columnWidth(5) > reporter_before  # 报事人 took some of the room
    assert columns_outside(table) == []
    # remembered for the next start
    assert QSettings().value("registry/table/hidden_columns") in (["department"], "department")
    menu = registry.columns.menu()
    next(a for a in menu.actions() if a.objectName() == "columns.reset").trigger()
    settle()
    assert not table.isColumnHidden(8)
    assert columns_outside(table) == []


def test_long_text_wraps_onto_two_lines_at_1024_and_stays_on_one_at_1366_unless_chosen(window):
    registry = window.show_page("registry")
    window.resize(*SMALL)
    settle()
    assert registry.table.wordWrap()
    window.resize(1600, 900)
    settle()
    assert not registry.table.wordWrap()
    menu = registry.columns.menu()
    assert [a.text() for a in menu.actions() if a.objectName().startswith("columns.wrap.")] == [
        "一行放不下时长文本分两行",
        "长文本总是分两行",
        "长文本只占一行，放不下时以…省略",
    ]
    next(a for a in menu.actions() if a.objectName() == "columns.wrap.always").trigger()
    settle()
    assert registry.table.wordWrap()
