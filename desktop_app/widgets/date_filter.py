"""A date box for filters whose lowest date means "no limit" (shown as 不限): its
calendar opens on today's month, not on the stored 2000-01-01."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit

NO_DATE = QDate(2000, 1, 1)


class DateFilterEdit(QDateEdit):
    """yyyy-MM-dd with a calendar pop-up; NO_DATE is the special value "any day"."""

    def __init__(self, object_name: str, today: Callable[[], dt.date]) -> None:
        super().__init__(objectName=object_name, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.today = today
        self.setMinimumDate(NO_DATE)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def is_unset(self) -> bool:
        return self.date() <= NO_DATE

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_unset():
            today = self.today()
            watched.setCurrentPage(today.year, today.month)
        return False
