"""The main window as a clerk meets it: every page reachable by mouse and by keyboard,
the status bar, Chinese by default with English a setting away, remembered size."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QTabWidget

from desktop_app import create_main_window
from desktop_app.pages import PAGES
from models.clock import FixedClock
from tests.office import OFFICE_NOW

EXPECTED_TITLES = ["工单登记", "派工看板", "回访", "满意度调查", "报表", "基础档案", "设置"]


def test_navigation_is_in_chinese_and_every_page_opens_by_mouse(window, qtbot):
    nav = window.findChild(QListWidget, "main.nav")
    assert [nav.item(row).text() for row in range(nav.count())] == EXPECTED_TITLES
    for row, spec in enumerate(PAGES):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == spec.key
        assert window.stack.currentWidget().objectName() == f"{spec.key}.page"


def test_every_page_opens_by_its_keyboard_shortcut(window, qtbot):
    for number, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == spec.key


def test_status_bar_shows_operator_data_file_and_overdue_count(window, folder):
    assert window.findChild(QLabel, "status.operator").text() == "操作员：马主管"
    assert window.findChild(QLabel, "status.data_file").text() == str(folder.database)
    assert window.findChild(QLabel, "status.overdue").text() == "超时：0"


def test_global_search_box_and_ctrl_f_focus_it(window, qtbot):
    search = window.findChild(QLineEdit, "global.search")
    assert search.placeholderText().startswith("搜索工单号")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()


def test_switching_to_english_in_settings_retranslates_without_restart(window, qtbot):
    window.show_page("settings")
    tabs = window.findChild(QTabWidget, "settings.tabs")
    assert tabs.tabText(0) == "常规"
    language = window.findChild(QComboBox, "settings.language")
    language.setCurrentIndex(language.findData("en"))
    try:
        nav = window.findChild(QListWidget, "main.nav")
        qtbot.waitUntil(lambda: nav.item(0).text() == "Tickets")
        qtbot.waitUntil(lambda: tabs.tabText(0) == "General")
        assert QSettings().value("ui/language") == "en"
    finally:
        language.setCurrentIndex(language.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.findChild(QListWidget, "main.nav").item(0).text() == "工单登记")


def test_settings_show_where_the_data_lives(window, folder):
    window.show_page("settings")
    assert window.findChild(QLabel, "settings.data_folder").text() == str(folder.root)


def test_window_size_is_remembered(qtbot, office, folder):
    first = create_main_window(folder.root, clock=FixedClock(OFFICE_NOW))
    qtbot.addWidget(first)
    first.resize(720, 540)
    first.close()
    second = create_main_window(folder.root, clock=FixedClock(OFFICE_NOW))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 540)


def test_every_page_fits_a_1024_pixel_wide_office_monitor(window):
    for spec in PAGES:
        window.show_page(spec.key)
        assert window.minimumSizeHint().width() <= 1024, spec.key


def test_a_closed_window_does_no_more_work(window, office):
    """Its status-bar refresh, idle lock and pages' timers stop: a window closed but kept
    (scripts and tests keep them) must neither query the next office opened nor lock later."""
    from PySide6.QtCore import QTimer

    from models.office import set_lock_minutes

    set_lock_minutes(5, operator=office.admin, clock=window.context.clock)
    window.context.signals.settings_changed.emit()
    window.show_page("registry")
    assert window.idle_lock.timer.isActive()
    assert any(timer.isActive() for timer in window.findChildren(QTimer))
    window.close()
    assert [timer for timer in window.findChildren(QTimer) if timer.isActive()] == []
    window.context.signals.settings_changed.emit()  # a setting saved elsewhere does not restart the lock
    assert not window.idle_lock.timer.isActive()


def test_the_cycle_collector_runs_again_once_the_desk_is_imported():
    """Start-up pauses Python's cycle collector while the desk's modules are imported
    (desktop_app.start_first); a program that imports them, and may never open a window,
    has it back afterwards, so garbage in cycles is still freed."""
    import subprocess
    import sys
    from pathlib import Path

    script = "import gc; import desktop_app.app; print(gc.isenabled(), gc.get_freeze_count() > 10000)"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]
