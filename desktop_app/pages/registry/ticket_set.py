"""The bar above the registry table while it lists exactly the tickets behind a report's
figure (e.g. 12 overdue at the month's end): it names the figure, counts its tickets and
offers to show all tickets again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class TicketSetBar(QWidget):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="registry.ticket_set_bar")
        self.ticket_ids: tuple[int, ...] = ()
        self.name = ""
        self.label = QLabel(objectName="registry.ticket_set", wordWrap=True)
        self.label.setProperty("alert", True)
        self.clear_button = QPushButton(objectName="registry.clear_ticket_set", clicked=self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.setVisible(False)
        self.retranslate_ui()

    def show_set(self, ticket_ids, name: str) -> None:
        self.ticket_ids, self.name = tuple(ticket_ids), name or ""
        self.setVisible(bool(self.name))
        self.retranslate_ui()

    def clear(self) -> None:
        self.show_set((), "")
        self.cleared.emit()

    def retranslate_ui(self) -> None:
        self.clear_button.setText(self.tr("Show all tickets"))
        self.label.setText(
            self.tr("Tickets of a report figure: {name} ({count} tickets)").format(
                name=self.name, count=len(self.ticket_ids)
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
