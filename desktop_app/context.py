"""What every page is given: the data folder, the clock, the operator and the app-wide
signals through which a change made on one page reaches the others."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from models.clock import Clock, SystemClock
from models.office import User
from models.store import DataFolder


class DeskSignals(QObject):
    """App-wide notifications; pages emit after a successful action and listen to refresh."""

    tickets_changed = Signal(list)  # ticket ids; empty list means "anything may have changed"
    registers_changed = Signal()
    settings_changed = Signal()
    operator_changed = Signal()  # another user signed in at this desk
    elsewhere_changed = Signal()  # another desk or process changed the office (desktop_app.change_watch)
    connection_changed = Signal(str)  # why the data file cannot be reached now; "" once it can again


@dataclass
class DeskContext:
    folder: DataFolder
    operator: User
    clock: Clock = field(default_factory=SystemClock)
    signals: DeskSignals = field(default_factory=DeskSignals)


def context_of(widget) -> DeskContext:
    """The context of the page (or window) that holds `widget`: dialogs and tabs made with
    a parent reach the operator and the clock without being handed them."""
    current = widget
    while current is not None:
        found = getattr(current, "context", None)
        if isinstance(found, DeskContext):
            return found
        current = current.parent()
    raise LookupError(f"{type(widget).__name__} is not inside a page")


def acting(widget) -> dict:
    """`operator=` and `clock=` for a domain service called from `widget`: who is at the desk now."""
    context = context_of(widget)
    return {"operator": context.operator, "clock": context.clock}
