"""Who is at the desk: the log-in dialog at start and when switching user, the first
start's dialog that creates the admin, the idle lock, and the scripts' door (the user in
PROPERTY_DESK_USER, checked against PROPERTY_DESK_PASSWORD when that is set)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop_app.widgets.dialogs import FormDialog
from models.clock import Clock
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, create_first_admin, default_operator, lock_minutes, sign_in

USER_VARIABLE = "PROPERTY_DESK_USER"
PASSWORD_VARIABLE = "PROPERTY_DESK_PASSWORD"
MSG_NO_SUCH_USER = QT_TRANSLATE_NOOP("models", "There is no user {username}.")
MSG_REPEAT = QT_TRANSLATE_NOOP("models", "The two passwords differ.")


def switch_user_text() -> str:
    return QCoreApplication.translate("SignIn", "Switch user (Ctrl+Shift+L)")


def reveal_text() -> str:
    return QCoreApplication.translate("SignIn", "Show the full number (logged)")


def script_operator(clock: Clock) -> User:
    """The operator of a window built by a script or a test (no dialog)."""
    name = os.environ.get(USER_VARIABLE, "").strip()
    if not name:
        return default_operator()
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return sign_in(name, password, clock=clock)
    user = User.get_or_none(User.username == name)
    if user is None:
        raise NotFound(MSG_NO_SUCH_USER, username=name)
    return user


class LoginDialog(FormDialog):
    """User name and password; a wrong one keeps the dialog open with the reason."""

    def __init__(self, clock: Clock, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__("login", parent)
        self.clock = clock
        self.user: User | None = None
        self.username = self.add_field("user", QLineEdit(username))
        self.password = self.add_field("password", QLineEdit(echoMode=QLineEdit.EchoMode.Password))
        self.retranslate_ui()
        (self.password if username else self.username).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.set_label("user", self.tr("User name"))
        self.set_label("password", self.tr("Password"))

    def save(self) -> int:
        try:
            self.user = sign_in(self.username.text(), self.password.text(), clock=self.clock)
        finally:
            self.password.clear()
        return self.user.id


class FirstAdminDialog(FormDialog):
    """A new office: the admin's name and the password they choose (typed twice)."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__("first_admin", parent)
        self.clock = clock
        self.user: User | None = None
        self.username = self.add_field("username", QLineEdit("admin"))
        self.password = self.add_field("password", QLineEdit(echoMode=QLineEdit.EchoMode.Password))
        self.repeat = self.add_field("repeat", QLineEdit(echoMode=QLineEdit.EchoMode.Password))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("A new office: choose the admin's password"))
        self.set_label("username", self.tr("Admin's user name"))
        self.set_label("password", self.tr("Password"))
        self.set_label("repeat", self.tr("Password again"))

    def save(self) -> int:
        if self.password.text() != self.repeat.text():
            raise ValidationError({"repeat": MSG_REPEAT})
        self.user = create_first_admin(self.username.text(), self.password.text(), clock=self.clock)
        return self.user.id


class IdleLock(QObject):
    """Calls `lock` after the office's idle minutes without a key or a click (0: never)."""

    WATCHED = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }

    def __init__(self, parent: QObject, lock) -> None:
        super().__init__(parent)
        self._lock = lock
        self._stopped = False
        self.timer = QTimer(self, singleShot=True, timeout=self._on_timer_timeout)
        self.restart()
        QApplication.instance().installEventFilter(self)

    def stop(self) -> None:
        """No more locking (the window closed)."""
        self.timer.stop()
        self._stopped = True
        QApplication.instance().removeEventFilter(self)

    def restart(self) -> None:
        if self._stopped:
            return
        minutes = lock_minutes()
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self.WATCHED and self.timer.isActive():
            self.timer.start()
        return False

    def _on_timer_timeout(self) -> None:
        self._lock()
        self.restart()
