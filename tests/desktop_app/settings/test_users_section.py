"""Settings › Users and audit: the admin reads the audit log and filters it by kind; a
supervisor sees that only an admin reads it and cannot manage users; the role's limits
show on the registers and service-level controls too."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget

from models.office import reveal_household_phones, set_lock_minutes
from tests.desktop_app.gui import find


def open_section(window):
    page = window.show_page("settings")
    tabs = page.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "用户与审计")
    tabs.setCurrentIndex(index)
    return tabs.widget(index)


def test_the_admin_browses_and_filters_the_audit(window, office, qtbot):
    clock = window.context.clock
    reveal_household_phones(office.households["3-2-1501"].id, operator=office.clerk, clock=clock)
    set_lock_minutes(5, operator=office.admin, clock=clock)
    section = open_section(window)
    section.refresh()
    audit = find(section, QTableWidget, "settings.audit")
    # newest first: the lock setting, then the reveal, in words
    assert [audit.item(row, 2).text() for row in range(audit.rowCount())] == ["设置", "查看完整号码"]
    assert audit.item(1, 3).text() == f"住户 {office.households['3-2-1501'].id}"
    assert [audit.item(0, column).text() for column in (0, 1, 3, 4, 5)] == [
        "2026-11-23 10:00",
        "admin",
        "security/lock_minutes",
        "10",
        "5",
    ]
    kind = find(section, QComboBox, "settings.audit.kind")
    kind.setCurrentIndex(kind.findData("reveal"))
    assert kind.currentText() == "查看完整号码"
    assert audit.rowCount() == 1 and audit.item(0, 1).text() == "clerk"
    window.resize(1024, 768)
    assert audit.horizontalHeader().length() <= audit.viewport().width()  # nothing off to the side
    users = find(section, QTableWidget, "settings.users")
    assert users.rowCount() == 4 and find(section, QPushButton, "settings.users.add").isEnabled()


def test_a_supervisor_neither_reads_the_audit_nor_manages_users(window, office):
    window.set_operator(office.supervisor)
    section = open_section(window)
    assert find(section, QTableWidget, "settings.audit").isHidden()
    assert find(section, QLabel, "settings.audit.note").text() == "只有管理员可以查看审计日志。"
    assert not find(section, QPushButton, "settings.users.add").isEnabled()
    assert find(section, QPushButton, "settings.users.own_password").isEnabled()
    levels = window.show_page("settings").findChild(QPushButton, "settings.sla_save")
    assert not levels.isEnabled()  # service levels are the manager's
    registers = window.show_page("registers")
    assert not registers.import_button.isEnabled() and not registers.export_button.isEnabled()


def test_every_kind_of_audit_entry_has_its_words():
    from desktop_app.pages.settings.audit_words import KINDS
    from models.codes import AuditKind

    assert set(KINDS) == {str(kind) for kind in AuditKind}
