"""Fixtures of the registry, intake and ticket-detail tests: the registry page of the
real main window, a helper that registers tickets the way the intake form would (at
any moment of the office's clock), and finders for the widgets by their objectNames."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from models.clock import FixedClock
from models.registers import Category
from models.tickets import NewTicket, TicketRef, register_ticket
from tests.office import OFFICE_NOW


def category_id(name: str) -> int:
    return Category.get(Category.name == name, Category.parent.is_null(False)).id


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


@pytest.fixture
def registry(window):
    """The registry page (工单登记), shown."""
    return window.show_page("registry")


@pytest.fixture
def register(window, office, folder):
    """register(room="3-2-1501", category="房屋渗漏", at=None, operator=None, **fields) -> TicketRef,
    registered at `at` (default: the window's clock)."""

    def _register(room: str | None = "3-2-1501", category: str = "房屋渗漏", *, at: dt.datetime | None = None,
                  operator=None, **fields) -> TicketRef:
        household = office.households.get(room) if room else None
        data = NewTicket(
            kind=fields.pop("kind", "repair"), category_id=category_id(category), channel=fields.pop("channel", "phone"),
            priority=fields.pop("priority", "normal"), room_id=office.rooms[room].id if room else None,
            household_id=household.id if household else None,
            reporter_name=fields.pop("reporter_name", household.name if household else "巡检员"),
            reporter_phone=fields.pop("reporter_phone", "13812345678"),
            location=fields.pop("location", "in_home" if room else "public_area"),
            description=fields.pop("description", "卫生间天花板渗水"), **fields,
        )
        clock = FixedClock(at) if at else window.context.clock
        return register_ticket(data, operator=operator or office.clerk, clock=clock, folder=folder)

    return _register


__all__ = ["OFFICE_NOW", "category_id", "find", "type_text"]
