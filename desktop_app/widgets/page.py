"""The base of every page in the main window: it is given the DeskContext, sets its
visible text in retranslate_ui() and re-sets it when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from desktop_app.context import DeskContext


class Page(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def retranslate_ui(self) -> None:
        """Set every visible string; subclasses override and call it from __init__."""

    def page_shown(self) -> None:
        """Called each time the page becomes the current one."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
