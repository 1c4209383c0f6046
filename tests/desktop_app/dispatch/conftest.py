"""Fixtures of the dispatch board tests: three tickets on the small office's board and
helpers to find the board's widgets and to drop cards like a mouse drag would."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from models.clock import FixedClock
from models.codes import Status
from models.dispatch import dispatch
from models.tickets import Ticket
from tests.models.dispatch.factory import make_ticket
from tests.office import OFFICE_NOW


@dataclass
class BoardTickets:
    leak: Ticket  # acknowledged, 3-2-1501 水电暖, due in 6 h
    rubbish: Ticket  # new, 5-1-0302 垃圾清运, overdue by 1 h
    door: Ticket  # dispatched to 赵师傅 at 10:00, received yesterday 16:00


@pytest.fixture
def tickets(office) -> BoardTickets:
    leak = make_ticket(office)
    rubbish = make_ticket(
        office, room="5-1-0302", category="垃圾清运", status=Status.NEW, next_due=OFFICE_NOW - dt.timedelta(hours=1)
    )
    door = make_ticket(office, room="3-1-0101", category="门窗", received_at=dt.datetime(2026, 11, 22, 16, 0))
    dispatch(door.id, staff_ids=[office.staff["赵师傅"].id], operator=office.supervisor, clock=FixedClock(OFFICE_NOW))
    return BoardTickets(leak, rubbish, Ticket.get_by_id(door.id))


@pytest.fixture
def board(window, tickets):
    """The dispatch page, shown."""
    return window.show_page("dispatch")


def lane_numbers(page, key: str) -> list[str]:
    return [card.number for card in page.lane(key).card_model().cards]


def _drag_event(kind, at: QPoint, *rest):
    """PySide6 6.12 takes a QPointF (the QPoint form is deprecated); earlier ones a QPoint."""
    try:
        return kind(QPointF(at), *rest)
    except TypeError:
        return kind(at, *rest)


def drop_cards(source_view, ticket_numbers: list[str], target: QWidget, at: QPoint) -> bool:
    """Drag the cards out of `source_view` (its own mime data) and drop them on `target`
    at `at`, through the same enter/move/drop events a mouse drag delivers."""
    model = source_view.card_model()
    indexes = [model.index(model.row_of(card.ticket_id)) for card in model.cards if card.number in ticket_numbers]
    mime = model.mimeData(indexes)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = _drag_event(QDragEnterEvent, at, actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, _drag_event(QDragMoveEvent, at, actions, mime, buttons, modifiers))
    drop = QDropEvent(QPointF(at), actions, mime, buttons, modifiers, QEvent.Type.Drop)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()
