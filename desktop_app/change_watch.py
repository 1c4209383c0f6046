"""Other desks' changes, picked up without a refresh button: every POLL_MS the watcher asks
the store whether anybody else has committed since it last looked (a cheap counter: SQLite's
data_version, or on a server the NOTIFY announcements its listener has heard, read without
waiting; see models.store.change_token) and, only when so, emits DeskSignals.elsewhere_changed, which
the registry, the dispatch board, the callbacks page, an open ticket and the status bar
follow, keeping their selection, scroll position and what the clerk is typing.

The poll is also how the desk learns that the data file went away (a network share gone),
or the server's connection was lost (a restart, a pulled cable), and came back: DeskSignals.connection_changed carries the store's sentence while it is
away and "" once the store has reconnected."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from desktop_app.context import DeskContext
from desktop_app.translations import tr_models
from models.errors import DeskError
from models.store import changes_since

POLL_MS = 1500

log = logging.getLogger("property_desk")


class ChangeWatcher(QObject):
    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main.change_watch")
        self.context = context
        self.problem = ""
        self._token = None
        self.timer = QTimer(self, interval=POLL_MS, timeout=self.poll)
        self.poll()
        self.timer.start()

    def poll(self) -> bool:
        """Look once; True when another desk's change was announced."""
        try:
            changed, self._token = changes_since(self._token)
        except DeskError as error:
            self._set_problem(tr_models(error.message, error.params))
            return False
        except Exception:  # never a traceback from a timer: the next poll tries again
            log.exception("Polling the data file for other desks' changes failed")
            return False
        came_back = bool(self.problem)
        self._set_problem("")
        window = self.parent()
        if window is not None and not window.isVisible():
            return False  # not shown yet, or closed: nothing on screen to bring up to date
        if changed or came_back:
            self.context.signals.elsewhere_changed.emit()
            return True
        return False

    def _set_problem(self, text: str) -> None:
        if text != self.problem:
            self.problem = text
            self.context.signals.connection_changed.emit(text)
