"""The room field of intake: a line edit that accepts 3-2-1501, 3栋2单元1501, an owner's
name or part of a phone number and lists the matching rooms of the register under
itself as the clerk types. Up/Down move through the list, Enter (or a click) picks a
room, Escape hides the list; Enter on a single match picks it at once.

The list is a child of the window laid over the form rather than a popup window, so
the focus never leaves the field and no window-manager round trip is needed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QWidget

from models.tickets import RoomMatch, find_rooms

MATCH_LIMIT = 15
VISIBLE_ROWS = 8


class RoomField(QLineEdit):
    """Emits `room_chosen(RoomMatch)` when a room is picked and `room_cleared()` when the
    text is edited away from the picked room."""

    room_chosen = Signal(object)
    room_cleared = Signal()

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "intake.room") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setClearButtonEnabled(True)
        self._matches: list[RoomMatch] = []
        self._chosen: RoomMatch | None = None
        self.match_list = QListWidget(self, objectName=f"{object_name}_matches")
        self.match_list.setFrameShape(QFrame.Shape.Box)
        self.match_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.match_list.itemClicked.connect(self._on_match_list_item_clicked)
        self.match_list.hide()
        self.textEdited.connect(self._on_text_edited)

    # --- public ---------------------------------------------------------------------
    @property
    def chosen(self) -> RoomMatch | None:
        return self._chosen

    @property
    def matches(self) -> list[RoomMatch]:
        return list(self._matches)

    def choose(self, match: RoomMatch) -> None:
        """Pick `match` as if the clerk had chosen it from the list."""
        self._chosen = match
        self.setText(match.label)
        self.hide_matches()
        self.room_chosen.emit(match)

    def restore(self, text: str, match: RoomMatch | None) -> None:
        """Put back a draft's text and room without announcing a fresh choice."""
        self._chosen = match
        self.setText(text)

    def clear_room(self) -> None:
        self._chosen = None
        self._matches = []
        self.hide_matches()
        self.clear()

    def hide_matches(self) -> None:
        self.match_list.hide()

    def matches_visible(self) -> bool:
        return self.match_list.isVisible()

    # --- completion -----------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.room_cleared.emit()
        self._search(text)

    def _search(self, text: str) -> None:
        self._matches = find_rooms(text.strip(), MATCH_LIMIT) if text.strip() else []
        self.match_list.clear()
        for match in self._matches:
            item = QListWidgetItem(match.label)
            item.setToolTip(match.label)
            self.match_list.addItem(item)
        if self._matches:
            self._show_matches()
        else:
            self.hide_matches()

    def _show_matches(self) -> None:
        window = self.window()
        if self.match_list.parent() is not window:
            self.match_list.setParent(window)
        rows = min(VISIBLE_ROWS, self.match_list.count())
        height = rows * max(self.match_list.sizeHintForRow(0), 20) + 2 * self.match_list.frameWidth() + 2
        self.match_list.setGeometry(
            self.mapTo(window, QPoint(0, self.height())).x(),
            self.mapTo(window, QPoint(0, self.height())).y(),
            self.width(),
            height,
        )
        self.match_list.setCurrentRow(0)
        self.match_list.show()
        self.match_list.raise_()

    def _on_match_list_item_clicked(self, item: QListWidgetItem) -> None:
        row = self.match_list.row(item)
        if 0 <= row < len(self._matches):
            self.choose(self._matches[row])
            self.setFocus()

    def _pick_current(self) -> bool:
        row = self.match_list.currentRow()
        if self.matches_visible() and 0 <= row < len(self._matches):
            self.choose(self._matches[row])
            return True
        if self._chosen is None and len(self._matches) == 1:
            self.choose(self._matches[0])
            return True
        return False

    def _move(self, step: int) -> None:
        if not self.matches_visible():
            self._search(self.text())
            return
        row = (self.match_list.currentRow() + step) % max(1, self.match_list.count())
        self.match_list.setCurrentRow(row)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.text().strip():
            self._move(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pick_current():
            return
        if key == Qt.Key.Key_Escape and self.matches_visible():
            self.hide_matches()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.hide_matches()
        super().focusOutEvent(event)

    def event(self, event) -> bool:
        # Tab must not leave a half-typed room with its list still open over the form.
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            self._pick_current()
        return super().event(event)
