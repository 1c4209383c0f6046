"""Callbacks-page sentences added after its catalogue was made (their own catalogue,
callbacks_selection.ts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def print_tooltip() -> str:
    return QCoreApplication.translate(
        "CallbacksSelection",
        "Prints the callbacks selected in the list (Ctrl+click, Shift+click); with one or none, today's sheet.",
    )


def selection_written(count: int, path: object) -> str:
    return QCoreApplication.translate("CallbacksSelection", "{count} selected callbacks written to {path}.").format(
        count=count, path=path
    )
