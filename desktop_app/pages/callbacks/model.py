"""The callbacks table's Qt model: like the registry's, it pages through the followup
area's views one block at a time (canFetchMore / fetchMore); the view, the filters and
the order are SQL's. Overdue rows stand out by colour and by the word in the deadline
column, so the colour is never the only sign."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from desktop_app.formatting import OVERDUE_BACKGROUND, OVERDUE_FOREGROUND
from desktop_app.translations import code_label, tr_models
from models.clock import Clock, format_datetime
from models.followup import (
    SOLVED_LABELS,
    STATUS_LABELS,
    UNHAPPY_MARK,
    CallbackCounts,
    CallbackFilter,
    CallbackRow,
    callback_counts,
    count_callbacks,
    fetch_callbacks,
)

PAGE_SIZE = 100
ROOT = QModelIndex()
CONTEXT = "CallbacksPage"

HEADERS: dict[str, str] = {
    "due": QT_TRANSLATE_NOOP("CallbacksPage", "Deadline"),
    "call": QT_TRANSLATE_NOOP("CallbacksPage", "Next call"),
    "number": QT_TRANSLATE_NOOP("CallbacksPage", "Ticket"),
    "room": QT_TRANSLATE_NOOP("CallbacksPage", "Room"),
    "owner": QT_TRANSLATE_NOOP("CallbacksPage", "Owner"),
    "category": QT_TRANSLATE_NOOP("CallbacksPage", "Category"),
    "attempts": QT_TRANSLATE_NOOP("CallbacksPage", "Calls"),
    "state": QT_TRANSLATE_NOOP("CallbacksPage", "State"),
}
COLUMNS = list(HEADERS)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_text(row: CallbackRow) -> str:
    """Overdue / the verdict / the callback's status, with the unhappy mark."""
    if row.overdue:
        text = QCoreApplication.translate("CallbacksPage", "Overdue")
    elif row.status == "done" and row.solved:
        points = QCoreApplication.translate("CallbacksPage", "{rating} pts")
        rating = points.format(rating=row.rating) if row.rating else ""
        text = " ".join(part for part in (tr_models(SOLVED_LABELS[row.solved]), rating) if part)
    else:
        text = tr_models(STATUS_LABELS.get(row.status, row.status))
    if row.unhappy and row.status == "pending":
        text = f"{text} · {tr_models(UNHAPPY_MARK)}"
    return text


def cell_text(row: CallbackRow, column: str) -> str:
    if column == "due":
        return row.due_text
    if column == "call":
        return format_datetime(row.done_at) if row.done_at else row.call_text
    if column == "owner":
        return " ".join(part for part in (row.owner, row.phone_masked) if part)
    if column == "category":
        return " · ".join(part for part in (code_label(row.kind), row.category) if part)
    if column == "attempts":
        return str(row.attempts)
    if column == "state":
        return state_text(row)
    return str(getattr(row, column) or "")


class CallbacksTableModel(QAbstractTableModel):
    """Rows of one callbacks view for one filter, fetched PAGE_SIZE at a time."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.filter = CallbackFilter()
        self.total = 0
        self.counts = CallbackCounts(0, 0, 0, 0)
        self._rows: list[CallbackRow] = []
        self._now = clock.now()

    def set_filter(self, callback_filter: CallbackFilter) -> None:
        self.filter = callback_filter
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._now = self.clock.now()
        self._rows = []
        self.total = count_callbacks(self.filter, self._now)
        self.counts = callback_counts(self.filter, self._now)
        self.endResetModel()
        self.fetchMore(ROOT)

    def canFetchMore(self, parent: QModelIndex = ROOT) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex = ROOT) -> None:  # noqa: N802 - Qt override
        if not self.canFetchMore(parent):
            return
        page = fetch_callbacks(self.filter, self._now, offset=len(self._rows), limit=PAGE_SIZE)
        if not page:
            self.total = len(self._rows)
            return
        self.beginInsertRows(ROOT, len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> CallbackRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_callback(self, callback_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.callback_id == callback_id), -1)

    def callback_ids(self) -> list[int]:
        return [row.callback_id for row in self._rows]

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(COLUMNS):
            return tr(HEADERS[COLUMNS[section]])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and (row.overdue or (row.unhappy and column == "state")):
            return QBrush(OVERDUE_FOREGROUND)
        return None
