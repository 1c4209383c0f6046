"""Registry sentences added after the page's catalogue was made (their own catalogue,
registry_wording.ts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RegistryWording"
CALLBACK_LEFT = QT_TRANSLATE_NOOP("RegistryWording", "Callback {time_left}")


def callback_time(time_left: str) -> str:
    """A resolved ticket's time left is its callback's: 回访 剩余 7天2小时 / 回访 超时 2小时."""
    return QCoreApplication.translate(CONTEXT, CALLBACK_LEFT).format(time_left=time_left)
