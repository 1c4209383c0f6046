"""Registry sentences added after the page's catalogue was made (their own catalogue,
registry_wording.ts)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop_app.formatting import format_duration


def callback_time(left: dt.timedelta) -> str:
    """A resolved ticket's time left is its callback's, as short as the column's other
    times: 回访 7天13小时 (due in), 回访超时 2小时."""
    if left.total_seconds() < 0:
        text = QCoreApplication.translate("RegistryWording", "Callback overdue {duration}")
    else:
        text = QCoreApplication.translate("RegistryWording", "Callback in {duration}")
    return text.format(duration=format_duration(left))
