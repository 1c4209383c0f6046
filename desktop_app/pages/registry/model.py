"""The registry table's Qt model: it pages through `models.tickets` one block of rows
at a time (canFetchMore / fetchMore), never loading every ticket; filter and sort go to
SQL. Its columns and headers are the domain's REGISTRY_COLUMNS. Overdue rows stand out
by colour and by the words in the time-left column, so the colour is never the only sign."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from desktop_app.formatting import OVERDUE_BACKGROUND, OVERDUE_FOREGROUND, URGENT_FOREGROUND, format_time_left
from desktop_app.pages.registry.wording import callback_time
from desktop_app.translations import code_label
from models.clock import Clock, format_datetime
from models.service_levels import CALLBACK
from models.tickets import (
    HEADER_CONTEXT,
    REGISTRY_COLUMNS,
    FooterCounts,
    RegistryFilter,
    RegistryRow,
    fetch_page,
    footer_counts,
)

PAGE_SIZE = 100
ROOT = QModelIndex()
CONTEXT = HEADER_CONTEXT

TIME_LEFT = "time_left"
COLUMNS: list[str] = [column.key for column in REGISTRY_COLUMNS]
HEADERS: dict[str, str] = {column.key: column.header for column in REGISTRY_COLUMNS}
ESTIMATE_EXPLAINED = QT_TRANSLATE_NOOP(
    "RegistryModel",
    "An estimate: this working-day deadline lies past the official holiday calendar the program knows, so Monday to Friday are assumed. The office can set the real holidays in Settings.",
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def time_left_text(row: RegistryRow) -> str:
    if row.time_left is not None and row.next_kind == CALLBACK:
        return callback_time(row.time_left)
    text = format_time_left(row.time_left)
    if not row.paused:
        return text
    return (
        QCoreApplication.translate("RegistryModel", "{time_left}, paused").format(time_left=text)
        if text
        else QCoreApplication.translate("RegistryModel", "Paused")
    )


def cell_text(row: RegistryRow, column: str) -> str:
    if column == "received_at":
        return format_datetime(row.received_at)
    if column == "next_due" and row.due_estimated:
        return QCoreApplication.translate("RegistryModel", "{due} (estimate)").format(due=format_datetime(row.next_due))
    if column == "next_due":
        return format_datetime(row.next_due)
    if column == TIME_LEFT:
        return time_left_text(row)
    if column in ("kind", "status", "priority"):
        return code_label(getattr(row, column))
    if column == "reporter":
        return " ".join(part for part in (row.reporter, row.phone_masked) if part)
    if column == "department":
        return " · ".join(part for part in (row.department, row.crew) if part)
    return str(getattr(row, column) or "")


WORD_JOINER = "\u2060"


def names_unbroken(text: str) -> str:
    """`text` with a word joiner (zero width) between the letters of each name, so that a
    cell on two lines breaks at " · " and never inside a name (安保 · 周队 / 长)."""
    joined = [text[:1]]
    for before, letter in zip(text, text[1:], strict=False):
        joined.append(WORD_JOINER + letter if before.isalnum() and letter.isalnum() else letter)
    return "".join(joined)


class RegistryTableModel(QAbstractTableModel):
    """Rows of the registry for one filter and sort, fetched PAGE_SIZE at a time."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.filter = RegistryFilter()
        self.sort_column = "received_at"
        self.descending = True
        self.total = 0
        self.counts = FooterCounts(0, 0, 0)
        self._rows: list[RegistryRow] = []
        self._exhausted = False
        self._now = clock.now()

    # --- queries ------------------------------------------------------------------
    def set_filter(self, registry_filter: RegistryFilter) -> None:
        self.filter = registry_filter
        self.reload()

    def reload(self) -> None:
        """Count the matches and fetch the first page again (after a filter, sort or change)."""
        self.beginResetModel()
        self._now = self.clock.now()
        self._rows = []
        self._exhausted = False
        self.counts = footer_counts(self.filter, self._now)
        self.total = self.counts.total
        self.endResetModel()
        self.fetchMore(ROOT)

    def canFetchMore(self, parent: QModelIndex = ROOT) -> bool:  # noqa: N802 - Qt override
        if parent.isValid() or self._exhausted:
            return False
        return len(self._rows) < self.total or self.counts.total_is_lower_bound

    def fetchMore(self, parent: QModelIndex = ROOT) -> None:  # noqa: N802 - Qt override
        if not self.canFetchMore(parent):
            return
        page = fetch_page(
            self.filter,
            now=self._now,
            sort=self.sort_column,
            descending=self.descending,
            offset=len(self._rows),
            limit=PAGE_SIZE,
        )
        if not page:
            self.total = len(self._rows)
            self._exhausted = True
            return
        self.beginInsertRows(ROOT, len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.total = max(self.total, len(self._rows))
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = COLUMNS[column] if 0 <= column < len(COLUMNS) else "received_at"
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def retranslate(self) -> None:
        """Headers and words in the cells follow a change of the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # --- access -------------------------------------------------------------------
    @property
    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> RegistryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_ticket(self, ticket_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == ticket_id), -1)

    # --- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return tr(HEADERS[COLUMNS[section]])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == "category":
                return self._tooltip(row)
            if role == Qt.ItemDataRole.ToolTipRole and column == "next_due" and row.due_estimated:
                return tr(ESTIMATE_EXPLAINED)
            text = cell_text(row, column)
            return names_unbroken(text) if column == "department" and role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == TIME_LEFT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _foreground(self, row: RegistryRow, column: str):
        # colours, not QBrush: the view paints a colour as its brush, and PySide6's QBrush
        # brings QGradient's Python enums (~15 ms on the first page's first paint)
        if row.overdue:
            return OVERDUE_FOREGROUND
        if column == "priority" and row.priority == "urgent":
            return URGENT_FOREGROUND
        return None

    def _tooltip(self, row: RegistryRow) -> str:
        return str(getattr(row, "description", "") or cell_text(row, "category"))
