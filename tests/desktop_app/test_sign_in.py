"""Who is at the desk, as the user meets it: signing in, a wrong password said in words,
switching user without a restart, a clerk's ticket window without the supervisor's
actions, and showing a full phone number — which the audit log keeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from desktop_app.sign_in import FirstAdminDialog, LoginDialog
from models.office import audit_lines, passwords, reset_password
from tests.desktop_app.gui import find, type_text


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "N", 2**4)  # the real cost is bench/login.py's


@pytest.fixture
def passwords_set(office, window):
    clock = window.context.clock
    for user, password in ((office.clerk, "clerk-pass"), (office.supervisor, "boss-pass")):
        reset_password(user.id, password, operator=office.admin, clock=clock)


def fill_and_accept(dialog, qtbot, user: str, password: str) -> None:
    username = find(dialog, QLineEdit, "login.user")
    username.clear()
    type_text(username, user)
    type_text(find(dialog, QLineEdit, "login.password"), password)
    ok = dialog.findChild(QDialogButtonBox, "login.buttons").button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_signing_in_and_a_wrong_password(window, passwords_set, qtbot):
    dialog = LoginDialog(window.context.clock)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_and_accept(dialog, qtbot, "clerk", "nope")
    assert dialog.isVisible()  # still asking
    assert find(dialog, QLabel, "login.error").text() == "用户名或密码错误。"
    assert find(dialog, QLineEdit, "login.password").text() == ""  # typed again, never kept
    fill_and_accept(dialog, qtbot, "clerk", "clerk-pass")
    assert not dialog.isVisible() and dialog.user.display_name == "小林"
    assert [(line.kind, line.subject) for line in audit_lines()][-2:] == [
        ("login_failed", "user:clerk"),
        ("login", "user:clerk"),
    ]


def test_a_new_office_chooses_the_admins_password(folder, qtbot):
    from models.clock import SystemClock
    from models.office import needs_first_admin

    dialog = FirstAdminDialog(SystemClock())
    qtbot.addWidget(dialog)
    type_text(find(dialog, QLineEdit, "first_admin.password"), "s3cret")
    type_text(find(dialog, QLineEdit, "first_admin.repeat"), "s3cre7")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert find(dialog, QLabel, "first_admin.repeat.error").text() == "两次输入的密码不一致。"
    find(dialog, QLineEdit, "first_admin.repeat").clear()
    type_text(find(dialog, QLineEdit, "first_admin.repeat"), "s3cret")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.user.username == "admin" and not needs_first_admin()


def visible_actions(detail) -> list[str]:
    return [key for key, button in detail.action_buttons.items() if not button.isHidden()]


def test_switching_to_the_clerk_hides_the_supervisors_actions(window, registry, register, passwords_set, qtbot):
    ticket = register("3-2-1501", "房屋渗漏")
    detail = registry.open_ticket(ticket.id)
    assert visible_actions(detail) == ["acknowledge", "stage_reply", "dispatch", "cancel", "merge", "pause", "edit"]

    def sign_in_as_clerk():
        dialog = QApplication.activeModalWidget()
        fill_and_accept(dialog, qtbot, "clerk", "clerk-pass")

    QTimer.singleShot(0, sign_in_as_clerk)
    assert window.switch_user()
    assert window.findChild(QLabel, "status.operator").text() == "操作员：小林"
    assert visible_actions(detail) == ["acknowledge", "stage_reply"]  # no restart, same window


def test_a_clerk_reveals_a_phone_and_the_audit_says_so(window, registry, register, office, qtbot):
    window.set_operator(office.clerk)
    ticket = register("3-2-1501", "房屋渗漏")
    detail = registry.open_ticket(ticket.id)
    assert find(detail, QLabel, "detail.field.phone").text() == "138****5678"
    qtbot.mouseClick(find(detail, QPushButton, "detail.reveal_phone"), Qt.MouseButton.LeftButton)
    assert find(detail, QLabel, "detail.field.phone").text() == "13812345678"
    last = audit_lines()[-1]
    assert (last.actor, last.kind, last.subject, last.new) == (
        "clerk",
        "reveal",
        f"ticket:{ticket.number}",
        "reporter_phone",
    )
