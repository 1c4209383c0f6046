"""The pieces of the dispatch board: ticket cards as a list model painted by a delegate
(cheap at thousands of tickets), the lane views that drag cards and take drops, and the
crew panel showing each department's and crew member's workload, which takes card
drops to dispatch. Drags carry the ticket ids as MIME_TICKETS (JSON list)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop_app.translations import code_label, tr_models
from models.clock import format_datetime
from models.codes import Priority
from models.dispatch import CardData, DepartmentLoad, LaneKey
from models.followup import UNHAPPY_MARK

MIME_TICKETS = "application/x-property-desk-tickets"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
PRIORITY_COLOURS = {Priority.URGENT: "#d92d20", Priority.NORMAL: "#1f6feb", Priority.LOW: "#98a2b3"}
OVERDUE_COLOUR = "#b42318"
TARGET_KIND = Qt.ItemDataRole.UserRole + 2  # "department" or "staff" on crew panel items
TARGET_ID = Qt.ItemDataRole.UserRole + 3
CARD_MIN_WIDTH = 150


def tickets_mime(ticket_ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TICKETS, json.dumps(ticket_ids).encode())
    return mime


def tickets_in(mime: QMimeData | None) -> list[int]:
    if mime is None or not mime.hasFormat(MIME_TICKETS):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(MIME_TICKETS)).decode())]
    except (ValueError, TypeError):
        return []


def duration_text(seconds: float) -> str:
    minutes = int(abs(seconds) // 60)
    days, hours, mins = minutes // 1440, minutes // 60 % 24, minutes % 60
    if days:
        return QCoreApplication.translate("DispatchBoard", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return QCoreApplication.translate("DispatchBoard", "{hours} h {minutes} min").format(hours=hours, minutes=mins)
    return QCoreApplication.translate("DispatchBoard", "{minutes} min").format(minutes=mins)


def time_left_text(card: CardData, now: dt.datetime) -> tuple[str, bool]:
    """The card's last line and whether it is overdue now."""
    if card.paused:
        return QCoreApplication.translate("DispatchBoard", "Paused"), False
    if card.due_at is None:
        return QCoreApplication.translate("DispatchBoard", "No deadline"), False
    left = (card.due_at - now).total_seconds()
    if left < 0:
        return QCoreApplication.translate("DispatchBoard", "Overdue by {duration}").format(
            duration=duration_text(left)
        ), True
    return QCoreApplication.translate("DispatchBoard", "{duration} left").format(duration=duration_text(left)), False


def crew_line(card: CardData) -> str:
    if card.crew:
        return ", ".join(member.name for member in card.crew)
    if card.department:
        return card.department
    return QCoreApplication.translate("DispatchBoard", "Not dispatched")


class CardModel(QAbstractListModel):
    """One lane's cards; the card itself is under CARD_ROLE, a one-line text under
    DisplayRole (keyboard search and screen readers)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cards: list[CardData] = []

    def set_cards(self, cards: list[CardData]) -> None:
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f" {tr_models(UNHAPPY_MARK)}" if card.unhappy else ""
            return f"{card.number} {card.room} {card.category}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        return None

    def _tooltip(self, card: CardData) -> str:
        due = format_datetime(card.due_at) or "-"
        return QCoreApplication.translate(
            "DispatchBoard", "{number} · {community} {room}\n{description}\nNext deadline: {due}"
        ).format(number=card.number, community=card.community, room=card.room, description=card.description, due=due)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TICKETS]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt override
        return tickets_mime(list(dict.fromkeys(self.cards[i.row()].ticket_id for i in indexes if i.isValid())))

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction

    def row_of(self, ticket_id: int) -> int:
        return next((row for row, card in enumerate(self.cards) if card.ticket_id == ticket_id), -1)


class CardDelegate(QStyledItemDelegate):
    """Paints a card: priority stripe, number and priority, room and category, crew,
    and time left; overdue cards are tinted red. Time is read from `now` at paint time."""

    PADDING = 6

    def __init__(self, now: Callable[[], dt.datetime], parent=None) -> None:
        super().__init__(parent)
        self.now = now

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt override
        """Four lines; five in a lane where some card's 回访不满意 would not fit beside its
        crew (a narrow lane, at 1024×768): the mark then has a line of its own instead of
        cutting the time left short. A lane's cards are all as tall (uniform item sizes;
        asked again when the lane is filled or resized)."""
        line = option.fontMetrics.height()
        lines = 4
        lane = option.widget
        model = index.model()
        if isinstance(lane, QListView) and isinstance(model, CardModel):
            width = lane.viewport().width() - 6 - 12 - self.PADDING  # the text area _paint_text gets
            if any(
                card.unhappy and not self._mark_beside_crew(option.fontMetrics, card, width) for card in model.cards
            ):
                lines = 5
        return QSize(CARD_MIN_WIDTH, lines * line + 2 * self.PADDING + 10)  # a card takes the lane's width

    @staticmethod
    def _printed_width(metrics: QFontMetrics, card: CardData) -> int:
        printed = QCoreApplication.translate("DispatchBoard", "printed") if card.printed else ""
        return metrics.horizontalAdvance(printed) + 6 if printed else 0

    @classmethod
    def _mark_beside_crew(cls, metrics: QFontMetrics, card: CardData, width: int) -> bool:
        """Whether 回访不满意 fits on the crew's line with the crew keeping at least its first
        four characters (a whole name) and the printed mark."""
        crew = crew_line(card)
        room = width - cls._printed_width(metrics, card) - metrics.horizontalAdvance(tr_models(UNHAPPY_MARK)) - 6
        return room >= min(metrics.horizontalAdvance(crew), metrics.horizontalAdvance(crew[:4] + "…"))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card: CardData = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(3, 3, -3, -3)
        left_text, overdue = time_left_text(card, self.now())
        chosen = option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        self._paint_frame(painter, box, card, overdue, bool(chosen))
        self._paint_text(
            painter, option, box.adjusted(12, self.PADDING, -self.PADDING, -self.PADDING), card, left_text, overdue
        )
        painter.restore()

    def _paint_frame(self, painter: QPainter, box: QRect, card: CardData, overdue: bool, selected: bool) -> None:
        background = "#eef4ff" if selected else "#fff1f0" if overdue else "#ffffff"
        border = "#1f6feb" if selected else OVERDUE_COLOUR if overdue else "#d0d7de"
        painter.setPen(QPen(QColor(border), 2 if selected or overdue else 1))
        painter.setBrush(QBrush(QColor(background)))
        painter.drawRoundedRect(box, 5, 5)
        stripe = QRect(box.left() + 1, box.top() + 1, 5, box.height() - 1)
        painter.fillRect(stripe, QColor(PRIORITY_COLOURS.get(card.priority, "#98a2b3")))

    def _paint_text(
        self, painter: QPainter, option, area: QRect, card: CardData, left_text: str, overdue: bool
    ) -> None:
        """Number and priority; room and category; crew and the printed mark; time left.
        In a narrow lane the priority moves down beside the room instead of covering the number."""
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        rows = [QRect(area.left(), area.top() + n * line, area.width(), line) for n in range(5)]
        priority = code_label(card.priority)
        priority_width = bold_metrics.horizontalAdvance(priority) + 6
        side_by_side = bold_metrics.horizontalAdvance(card.number) + priority_width <= area.width()
        priority_row = rows[0] if side_by_side else rows[1]
        self._text(painter, bold, "#101828", rows[0], card.number)
        colour = PRIORITY_COLOURS.get(card.priority, "#475467")
        self._text(painter, bold, colour, priority_row, priority, Qt.AlignmentFlag.AlignRight)
        second = " · ".join(part for part in (card.room, card.category) if part)
        self._text(painter, option.font, "#344054", _left_of(rows[1], 0 if side_by_side else priority_width), second)
        printed = QCoreApplication.translate("DispatchBoard", "printed") if card.printed else ""
        self._text(painter, option.font, "#067647", rows[2], printed, Qt.AlignmentFlag.AlignRight)
        # the crew gives way to the "printed" mark instead of running under it
        metrics = option.fontMetrics
        printed_width = metrics.horizontalAdvance(printed) + 6 if printed else 0
        crew = crew_line(card)
        left_width = 0
        if card.unhappy:  # reopened by an unsatisfied callback: 回访不满意 in red, left of the printed mark
            unhappy = tr_models(UNHAPPY_MARK)
            unhappy_width = metrics.horizontalAdvance(unhappy) + 6
            # the crew keeps at least its first four characters (a whole name): in a narrow lane
            # the mark goes down to a line of its own (the lane's cards are then five lines
            # tall, sizeHint), or, where the card has only four, beside the time left
            if self._mark_beside_crew(metrics, card, area.width()):
                mark_row, printed_width = _left_of(rows[2], printed_width), printed_width + unhappy_width
            elif rows[4].bottom() <= area.bottom() + 1:
                mark_row = rows[4]
            else:
                mark_row, left_width = rows[3], unhappy_width
            self._text(painter, option.font, OVERDUE_COLOUR, mark_row, unhappy, Qt.AlignmentFlag.AlignRight)
        self._text(painter, option.font, "#475467", _left_of(rows[2], printed_width), crew)
        self._text(
            painter,
            bold if overdue else option.font,
            OVERDUE_COLOUR if overdue else "#475467",
            _left_of(rows[3], left_width),
            left_text,
        )

    @staticmethod
    def _text(
        painter: QPainter,
        font: QFont,
        colour: str,
        rect: QRect,
        text: str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        painter.setFont(font)
        painter.setPen(QColor(colour))
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)


def _left_of(rect: QRect, taken: int) -> QRect:
    """`rect` less `taken` pixels on its right."""
    return rect.adjusted(0, 0, -taken, 0)


class LaneView(QListView):
    """One lane. Cards drag out of it; a lane that stands for a crew member, a department
    or the in-progress status takes drops. Keys: D or Enter dispatch, R enter the
    result, S mark started, P print the work order."""

    tickets_dropped = Signal(list, object)  # ticket ids, the LaneKey
    dispatch_requested = Signal(list)
    result_requested = Signal(int)
    start_requested = Signal(list)
    print_requested = Signal(list)

    KEYS = {
        Qt.Key.Key_D: "dispatch",
        Qt.Key.Key_Return: "dispatch",
        Qt.Key.Key_Enter: "dispatch",
        Qt.Key.Key_R: "result",
        Qt.Key.Key_S: "start",
        Qt.Key.Key_P: "print",
    }

    def __init__(self, key: LaneKey, accepts_drops: bool, delegate: CardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.accepts_drops = accepts_drops
        self.setObjectName(f"dispatch.lane.{key}")
        self.setModel(CardModel(self))
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(accepts_drops)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop if accepts_drops else QAbstractItemView.DragDropMode.DragOnly
        )
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.doubleClicked.connect(lambda _index: self.dispatch_requested.emit(self.chosen_ids()))

    def card_model(self) -> CardModel:
        return self.model()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # a card's height depends on the lane's width (CardDelegate.sizeHint); the view
            # keeps one size for all its cards until it lays them out again
            self.doItemsLayout()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        return [self.card_model().cards[row].ticket_id for row in rows]

    def chosen_ids(self) -> list[int]:
        """The selected cards, or the card with the keyboard focus when none is selected."""
        current = self.currentIndex()
        if self.selected_ids() or not current.isValid():
            return self.selected_ids()
        return [self.card_model().cards[current.row()].ticket_id]

    def select_ids(self, ticket_ids: list[int], *, current: int | None = None) -> None:
        for ticket_id in ticket_ids:
            row = self.card_model().row_of(ticket_id)
            if row >= 0:
                self.selectionModel().select(self.card_model().index(row), self.selectionModel().SelectionFlag.Select)
        if current is not None and (row := self.card_model().row_of(current)) >= 0:
            self.selectionModel().setCurrentIndex(
                self.card_model().index(row), self.selectionModel().SelectionFlag.NoUpdate
            )
            self.scrollTo(self.card_model().index(row))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        action = self.KEYS.get(Qt.Key(event.key())) if plain else None
        ids = self.chosen_ids()
        if action is None or not ids:
            super().keyPressEvent(event)
            return
        if action == "dispatch":
            self.dispatch_requested.emit(ids)
        elif action == "result":
            self.result_requested.emit(ids[0])
        elif action == "start":
            self.start_requested.emit(ids)
        else:
            self.print_requested.emit(ids)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._accept_foreign(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._accept_foreign(event)

    def _accept_foreign(self, event) -> None:
        ids = tickets_in(event.mimeData())
        own = event.source() is self
        if self.accepts_drops and ids and not own:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        ids = tickets_in(event.mimeData())
        if not self.accepts_drops or not ids or event.source() is self:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the source lane keeps its rows until the reload
        event.accept()
        self.tickets_dropped.emit(ids, self.key)


class CrewPanel(QTreeWidget):
    """Departments with their crew members and each one's open and overdue tickets.
    A card dropped on a row dispatches the card's tickets to that department or crew."""

    tickets_dropped = Signal(list, str, int)  # ticket ids, "department" | "staff", id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatch.crews")
        self.setColumnCount(3)
        self.setRootIsDecorated(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(180)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("Crew"), self.tr("Open"), self.tr("Overdue")])

    def set_loads(self, departments: list[DepartmentLoad], visible_department: int | None) -> None:
        collapsed = {
            self.topLevelItem(i).data(0, TARGET_ID)
            for i in range(self.topLevelItemCount())
            if not self.topLevelItem(i).isExpanded()
        }
        self.clear()
        for department in departments:
            if visible_department is not None and department.department_id != visible_department:
                continue
            item = self._row(
                None, department.name, department.open, department.overdue, "department", department.department_id
            )
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for member in department.crew:
                # off duty: a short mark that fits the narrow panel at 1024, greyed; the tooltip says it in full
                name = member.name if member.on_duty else self.tr("{name} · off").format(name=member.name)
                child = self._row(item, name, member.open, member.overdue, "staff", member.staff_id)
                if member.on_duty:
                    child.setToolTip(0, member.role)
                else:
                    child.setForeground(0, QBrush(QColor("#98a2b3")))
                    full = self.tr("{name} (off duty)").format(name=member.name)
                    child.setToolTip(0, f"{full} · {member.role}" if member.role else full)
            item.setExpanded(department.department_id not in collapsed)
        for column in (1, 2):
            self.resizeColumnToContents(column)

    def _row(self, parent, name: str, opened: int, overdue: int, kind: str, target: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, str(opened), str(overdue)])
        item.setData(0, TARGET_KIND, kind)
        item.setData(0, TARGET_ID, target)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        if overdue:
            item.setForeground(2, QBrush(QColor(OVERDUE_COLOUR)))
        (parent.addChild(item) if parent else self.addTopLevelItem(item))
        return item

    def item_for(self, kind: str, target: int) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, TARGET_KIND) == kind and item.data(0, TARGET_ID) == target:
                return item
        return None

    def _items(self):
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            yield top
            for j in range(top.childCount()):
                yield top.child(j)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._accept(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._accept(event)

    def _accept(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if tickets_in(event.mimeData()) and item is not None:
            self.setCurrentItem(item)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        ids = tickets_in(event.mimeData())
        item = self.itemAt(event.position().toPoint())
        if not ids or item is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.tickets_dropped.emit(ids, item.data(0, TARGET_KIND), int(item.data(0, TARGET_ID)))
