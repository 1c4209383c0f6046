"""The one place errors reach the user: typed domain errors are translated and shown
(beside a field when one is named) — the store has already turned the machine's database
conditions (busy, read-only, full, damaged…) into such errors; anything else is a bug,
logged with its traceback and the failing statement (models.store.bug_report) to the data
folder's log and reported in a dialog that says where the log is."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.translations import tr_models
from models.errors import DeskError
from models.store import bug_report, database, sort_database_error

log = logging.getLogger("property_desk")
_log_file: Path | None = None


def configure_logging(log_folder: Path) -> Path:
    global _log_file
    log_folder.mkdir(parents=True, exist_ok=True)
    _log_file = log_folder / "property-desk.log"
    handler = logging.FileHandler(_log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) and h.baseFilename == str(_log_file) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return _log_file


def message_for(error: DeskError) -> str:
    """The translated sentence for a typed domain error."""
    return tr_models(error.message, error.params)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title = QCoreApplication.translate("ErrorPresenter", "Property Office Desk")
    known = error if isinstance(error, DeskError) else sort_database_error(error, str(database.database or ""))
    if known is not None:
        QMessageBox.warning(parent, title, message_for(known))
        return
    log.error("Unexpected error\n%s", bug_report(error))
    text = QCoreApplication.translate(
        "ErrorPresenter",
        "Something went wrong and the action was stopped. Nothing you saved before was lost.\nDetails are in the log: {path}",
    ).format(path=_log_file or "-")
    QMessageBox.critical(parent, title, text)


def install_excepthook() -> None:
    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        show_error(None, value)

    sys.excepthook = hook
