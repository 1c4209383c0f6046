"""Reaching the real widgets as a user would: find one by its objectName, type text
into it key by key (Chinese included)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def find(parent: QWidget, cls, name: str):
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` one character at a time, Chinese included, as key events
    carrying the character (what an input method delivers); QTest only knows ASCII keys."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
