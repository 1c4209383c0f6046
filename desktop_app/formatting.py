"""How the desk writes times left and durations, and the colours that mark an overdue
ticket, the same on every page (registry, reminder, ticket detail). Texts use the
"RegistryModel" translation context, where their Chinese already lives."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

OVERDUE_BACKGROUND = QColor("#fde8e7")
OVERDUE_FOREGROUND = QColor("#9f1c13")
URGENT_FOREGROUND = QColor("#b54708")


def format_duration(delta: dt.timedelta) -> str:
    """2 d 3 h, 5 h 20 min, 45 min — the two largest parts, whole minutes."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("RegistryModel", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return QCoreApplication.translate("RegistryModel", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    return QCoreApplication.translate("RegistryModel", "{minutes} min").format(minutes=minutes)


def format_time_left(left: dt.timedelta | None) -> str:
    """'3 h 20 min left' or 'Overdue 1 d 2 h'; empty when nothing is due."""
    if left is None:
        return ""
    if left.total_seconds() < 0:
        return QCoreApplication.translate("RegistryModel", "Overdue {duration}").format(duration=format_duration(left))
    return QCoreApplication.translate("RegistryModel", "{duration} left").format(duration=format_duration(left))
