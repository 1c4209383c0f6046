"""Application start-up: the QApplication, fonts, translations and style, the data
folder's database, and create_main_window() which tests and scripts call directly."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from desktop_app import start_first  # first: before Qt (see there)

# isort: split
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import fonts, translations
from desktop_app.context import DeskContext
from desktop_app.error_presenter import configure_logging, install_excepthook, message_for
from desktop_app.main_window import MainWindow
from desktop_app.printing.font_files import RESOURCES
from desktop_app.sign_in import FirstAdminDialog, LoginDialog, script_operator
from desktop_app.widgets.dialogs import bring_to_front
from models.clock import Clock, SystemClock
from models.errors import DamagedDataFile, DataFileError
from models.office import User
from models.opening import open_database
from models.store import (
    DataFolder,
    EmptyDataFile,
    PasswordNeeded,
    close_database,
    pending_check,
    refuse_if_damaged,
    resolve_data_folder,
)

ORGANIZATION = "PropertyDesk"
APPLICATION = "Property Office Desk"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(argv or sys.argv[:1])
    _prepare_application(app)
    return app


def _prepare_application(app: QApplication) -> None:
    if app.property("desk_prepared"):
        return
    fonts.install_cjk_font()
    translations.install_language(str(QSettings().value("ui/language", translations.DEFAULT_LANGUAGE)))
    style = RESOURCES / "styles" / "app.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    app.setProperty("desk_prepared", True)


def create_main_window(
    data_dir: str | Path | DataFolder | None,
    *,
    clock: Clock | None = None,
    start_new: bool = False,
    operator: User | None = None,
    reopen: bool = True,
) -> MainWindow:
    """The real main window on `data_dir`, with no dialog: signed in as `operator`, else as
    PROPERTY_DESK_USER (checked against PROPERTY_DESK_PASSWORD when set), else the first
    active user. Raises DataFileError when the data cannot be used (EmptyDataFile when the
    data file is empty and `start_new` was not given). The data file's bounded health
    check runs on a thread once the window is up (damage found then is said in a dialog
    and nothing more is written); `reopen=False`: the office is open and checked already."""
    ensure_application()
    folder = data_dir if isinstance(data_dir, DataFolder) else resolve_data_folder(data_dir)
    if reopen:
        open_database(folder, start_new=start_new, check_later=True)
    configure_logging(folder.logs)
    clock = clock or SystemClock()
    context = DeskContext(folder=folder, operator=operator or script_operator(clock), clock=clock)
    window = MainWindow(context)
    if reopen and pending_check() is not None:
        window.watch_open_check(pending_check())
    return window


def ask_start_new_office(problem: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, APPLICATION, problem)
    box.setObjectName("startup.empty_data_file")
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup", "Start a new, empty office in this file? Choose No to restore a backup first."
        )
    )
    start = box.addButton(
        QCoreApplication.translate("Startup", "Start a new office"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(QCoreApplication.translate("Startup", "No"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is start


def ask_server_password(problem: str) -> str | None:
    """The database user's password, typed for this session only (never stored)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    password, accepted = QInputDialog.getText(None, APPLICATION, problem, QLineEdit.EchoMode.Password, "")
    return password if accepted else None


def sign_in_at_start(folder: DataFolder, clock: Clock, *, start_new: bool = False) -> User | None:
    """The log-in dialog (or, in a new office, the dialog that creates the admin); None when
    cancelled. The data file's health check runs meanwhile on a thread: damage it finds
    closes the dialog and raises DamagedDataFile, as opening did when it checked first."""
    open_database(folder, start_new=start_new, check_later=True)
    check = pending_check()
    from models.office import needs_first_admin

    dialog = FirstAdminDialog(clock) if needs_first_admin() else LoginDialog(clock)
    if check is not None:
        check.start()
        watch = QTimer(dialog, interval=CHECK_POLL_MS)
        watch.timeout.connect(lambda: _close_when_damaged(dialog, check, watch))
        watch.start()
    accepted = dialog.exec() == dialog.DialogCode.Accepted
    refuse_if_damaged()
    return dialog.user if accepted else None


CHECK_POLL_MS = 20


def _close_when_damaged(dialog, check, watch: QTimer) -> None:
    if check.finished():
        watch.stop()
        if check.state.damage:
            dialog.reject()


def run_gui(folder: DataFolder) -> int:
    from desktop_app import backups, single_instance  # the program's own; scripts' windows need neither

    app = ensure_application()
    install_excepthook()
    instance = single_instance.claim(folder)
    if instance is None:
        return 0  # the window already open on this data folder was brought forward
    window = open_main_window(folder)
    if window is None:
        return 2
    instance.raise_requested.connect(lambda: bring_to_front(window))
    if not folder.on_server:  # a server office is backed up by the IT person (pg_dump; README)
        runner = backups.BackupRunner(window.context, window)
        runner.finished.connect(lambda _backup: window.refresh_backup_status())
        runner.start_schedule()
        app.aboutToQuit.connect(runner.back_up_at_exit)
    window.show()
    if fonts.cjk_family() is None:
        QMessageBox.warning(
            window,
            APPLICATION,
            QCoreApplication.translate(
                "Startup",
                "No Chinese font was found on this computer, so Chinese text would show as empty boxes. "
                "Choose a Chinese TrueType font file (.ttf or .ttc) in Settings, or reinstall the program.",
            ),
        )
    code = app.exec()
    close_database(optimize=True)
    return code


def open_main_window(folder: DataFolder, *, start_new: bool = False) -> MainWindow | None:
    """The main window, or None when the data cannot be used: an empty data file becomes a
    new office only when the user says so; a damaged one gets the offer to restore the
    newest good backup; anything else is said in a dialog."""
    try:
        operator = sign_in_at_start(folder, SystemClock(), start_new=start_new)
        if operator is None:
            return None
        return create_main_window(folder, start_new=start_new, operator=operator, reopen=False)
    except PasswordNeeded as error:
        password = ask_server_password(message_for(error))
        if password is None:
            return None
        return open_main_window(replace(folder, password=password), start_new=start_new)
    except EmptyDataFile as error:
        if not ask_start_new_office(message_for(error)):
            return None
        return open_main_window(folder, start_new=True)
    except DamagedDataFile as error:
        from desktop_app import backups

        close_database()  # the file may have been open while its check ran
        if not backups.offer_restore(folder, error):
            return None
    except DataFileError as error:
        QMessageBox.critical(None, APPLICATION, message_for(error))
        return None
    return open_main_window(folder)


start_first.imported()  # the collector runs again (desktop_app.start_first)
