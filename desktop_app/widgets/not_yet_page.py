"""A page whose work arrives with a later release: it says what it will hold and that it
is not available yet, and shows no invented data."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop_app.context import DeskContext
from desktop_app.widgets.page import Page

DESCRIPTIONS = {
    "callbacks": QT_TRANSLATE_NOOP(
        "NotYetPage",
        "Call owners back after a ticket is resolved, record attempts, ratings and comments, and print the day's callback sheet.",
    ),
    "surveys": QT_TRANSLATE_NOOP(
        "NotYetPage",
        "Satisfaction survey campaigns: print questionnaires, type in returned paper forms, follow quotas per building.",
    ),
    "reports": QT_TRANSLATE_NOOP(
        "NotYetPage",
        "The monthly summary with KPIs against targets, trends and department tables, printed or saved as PDF.",
    ),
}


class NotYetPage(Page):
    def __init__(self, context: DeskContext, key: str) -> None:
        super().__init__(context)
        self.key = key
        self.setObjectName(f"{key}.page")
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.heading.setObjectName(f"{key}.not_yet")
        self.detail = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addStretch()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Not available yet in this version"))
        self.detail.setText(QCoreApplication.translate("NotYetPage", DESCRIPTIONS.get(self.key, "")))
