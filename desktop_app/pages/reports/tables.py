"""The reports page's building blocks: a table of figures whose linked cells open the
registry on the tickets behind them, and the two charts drawn on screen (the 12-month
trend and the weekday × hour grid)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from models.reports import Drill

LINK = QColor("#1f5fa8")
NUMBER = re.compile(r"[+-]?[\d.]+%?")
Cell = object  # a plain value, or (text, Drill) for a figure that opens its tickets, or (text, None, QColor)


class FigureTable(QTableWidget):
    """Rows of figures; a cell given as (text, drill) is drawn as a link and a click on it
    emits drill_requested(drill)."""

    drill_requested = Signal(object)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # each column as wide as its contents and the table no wider than its columns, so a
        # number sits beside its label at any window width (the page lays tables out left)
        self.horizontalHeader().setStretchLastSection(False)
        self.setWordWrap(False)
        self.cellClicked.connect(self._on_cell_clicked)
        self._drills: dict[tuple[int, int], Drill] = {}

    def show_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], link_tip: str = "") -> None:
        self.clear()
        self._drills.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.setItem(r, c, self._item(r, c, value, link_tip))
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(len(rows))) + 4
        self.setMinimumHeight(min(height, 320))
        # a short table is exactly as tall as its rows (one row left a blank row's height under it)
        self.setMaximumHeight(height if 0 < len(rows) <= 12 else 60 if not rows else 16777215)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.resizeColumnsToContents()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the columns (and the scroll bar of a long table)."""
        width = self.horizontalHeader().length() + 2 * self.frameWidth()
        if self.rowCount() > 12:
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().sizeHint().height())

    def _item(self, row: int, column: int, value: Cell, link_tip: str) -> QTableWidgetItem:
        colour = None
        drill = None
        if isinstance(value, tuple):
            value, drill, *rest = value
            colour = rest[0] if rest else None
        item = QTableWidgetItem("" if value is None else str(value))
        if isinstance(value, int | float) or (isinstance(value, str) and NUMBER.fullmatch(value)):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if colour is not None:
            item.setBackground(QBrush(colour))
        if drill is not None:
            self._drills[(row, column)] = drill
            font = QFont(item.font())
            font.setUnderline(True)
            item.setFont(font)
            item.setForeground(QBrush(LINK))
            item.setToolTip(link_tip)
        return item

    def drill_at(self, row: int, column: int) -> Drill | None:
        return self._drills.get((row, column))

    def _on_cell_clicked(self, row: int, column: int) -> None:
        drill = self._drills.get((row, column))
        if drill is not None:
            self.drill_requested.emit(drill)


class TrendChart(QWidget):
    """Bars of the twelve months' received tickets, the last one (the period) darkest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reports.trend")
        self.points: list[tuple[str, int]] = []
        self.setMinimumHeight(150)

    def show_points(self, points: list[tuple[str, int]]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if not self.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        top, bottom = 16, 20
        slot = width / len(self.points)
        peak = max(count for _m, count in self.points) or 1
        for index, (label, count) in enumerate(self.points):
            bar = (height - top - bottom) * count / peak
            x = index * slot + slot * 0.15
            colour = LINK if index == len(self.points) - 1 else QColor("#8fb3dc")
            painter.fillRect(QRectF(x, height - bottom - bar, slot * 0.7, bar), colour)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                QRectF(index * slot, height - bottom, slot, bottom), Qt.AlignmentFlag.AlignCenter, label[2:]
            )
            painter.drawText(
                QRectF(index * slot, height - bottom - bar - top, slot, top), Qt.AlignmentFlag.AlignCenter, str(count)
            )
        painter.end()


class PeakGrid(QWidget):
    """Weekday rows × 24 hour columns, darker where more tickets arrived."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reports.peaks")
        self.grid: list[list[int]] = [[0] * 24 for _ in range(7)]
        self.day_names: list[str] = [""] * 7
        self.setMinimumHeight(7 * 20 + 20)

    def show_grid(self, grid: list[list[int]], day_names: list[str]) -> None:
        self.grid, self.day_names = grid, day_names
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        left, top = 70, 18
        cell_w = (self.width() - left) / 24
        cell_h = (self.height() - top) / 7
        peak = max((max(row) for row in self.grid), default=0) or 1
        for hour in range(0, 24, 2):
            painter.drawText(QRectF(left + hour * cell_w, 0, cell_w * 2, top), Qt.AlignmentFlag.AlignLeft, str(hour))
        for day, row in enumerate(self.grid):
            y = top + day * cell_h
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(0, y, left - 4, cell_h), Qt.AlignmentFlag.AlignVCenter, self.day_names[day])
            for hour, count in enumerate(row):
                share = count / peak
                colour = QColor.fromRgbF(1 - 0.77 * share, 1 - 0.57 * share, 1 - 0.34 * share)
                rect = QRectF(left + hour * cell_w, y, cell_w - 1, cell_h - 1)
                painter.fillRect(rect, colour)
                if count:
                    painter.setPen(Qt.GlobalColor.white if share > 0.55 else Qt.GlobalColor.black)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.end()
