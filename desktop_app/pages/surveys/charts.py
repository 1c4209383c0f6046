"""The results' two charts, painted with QPainter: the score per dimension beside the
previous campaign's (grouped bars on 0–100), and the share of answers 1–5 per dimension
(stacked bars of 100 %). Qt Charts is not part of PySide6-Essentials, and two plain bar
charts do not justify the ~200 MB of PySide6-Addons in every installation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CURRENT = QColor("#1f5fa8")
PREVIOUS = QColor("#a8b8cc")
ANSWER_COLOURS = [QColor(c) for c in ("#c62828", "#ef8a3c", "#c9c9c9", "#7cb87c", "#2e7d32")]
AXIS = QColor("#888888")


@dataclass(frozen=True)
class ScoreBar:
    label: str
    score: float | None
    previous: float | None


class ScoreChart(QWidget):
    """Grouped bars: this campaign's score per dimension and the previous one's."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "survey.chart") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.bars: list[ScoreBar] = []
        self.legend: tuple[str, str] = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, 210)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, 210)

    def set_bars(self, bars: list[ScoreBar], legend: tuple[str, str]) -> None:
        self.bars, self.legend = bars, legend
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        plot = QRectF(34, line + 10, self.width() - 44, self.height() - 2 * line - 20)
        self._legend(painter, line)
        self._axis(painter, plot, metrics)
        if not self.bars:
            return
        slot = plot.width() / len(self.bars)
        width = min(28.0, slot * 0.36)
        for index, bar in enumerate(self.bars):
            left = plot.left() + index * slot + slot / 2 - width
            self._bar(painter, plot, left, width, bar.score, CURRENT, metrics)
            self._bar(painter, plot, left + width, width, bar.previous, PREVIOUS, metrics)
            label = QRectF(plot.left() + index * slot, plot.bottom() + 3, slot, line)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot)),
            )

    def _legend(self, painter: QPainter, line: int) -> None:
        x = 34
        for colour, text in zip((CURRENT, PREVIOUS), self.legend, strict=True):
            if not text:
                continue
            painter.fillRect(QRectF(x, 4 + line / 4, line / 2, line / 2), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + line, 2, 400, line), Qt.AlignmentFlag.AlignLeft, text)
            x += line + QFontMetrics(self.font()).horizontalAdvance(text) + 24

    def _axis(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        painter.setPen(QPen(AXIS, 0.5))
        for value in range(0, 101, 20):
            y = plot.bottom() - plot.height() * value / 100
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, 30, metrics.height()), Qt.AlignmentFlag.AlignRight, str(value)
            )

    def _bar(self, painter, plot: QRectF, left: float, width: float, value: float | None, colour, metrics) -> None:
        if value is None:
            return
        height = plot.height() * max(0.0, min(100.0, value)) / 100
        painter.fillRect(QRectF(left, plot.bottom() - height, width - 2, height), colour)
        painter.setPen(self.palette().text().color())
        text = QRectF(left - 6, plot.bottom() - height - metrics.height(), width + 10, metrics.height())
        painter.drawText(text, Qt.AlignmentFlag.AlignHCenter, f"{value:.1f}")


@dataclass(frozen=True)
class DistributionRow:
    label: str
    counts: tuple[int, int, int, int, int]


class DistributionChart(QWidget):
    """One bar of 100 % per dimension, split into the shares of answers 1 to 5."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "survey.distribution") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.rows: list[DistributionRow] = []
        self.answer_names: list[str] = ["1", "2", "3", "4", "5"]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, self._height())

    def _height(self) -> int:
        return 30 + self.ROW * max(1, len(self.rows)) + 10

    def set_rows(self, rows: list[DistributionRow], answer_names: list[str]) -> None:
        self.rows, self.answer_names = rows, answer_names
        self.setFixedHeight(self._height())
        self.updateGeometry()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        label_width = max([metrics.horizontalAdvance(r.label) for r in self.rows] + [40]) + 10
        self._legend(painter, metrics, label_width)
        width = self.width() - label_width - 10
        for index, row in enumerate(self.rows):
            top = 30 + index * self.ROW
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, top, label_width - 6, self.ROW - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                row.label,
            )
            total = sum(row.counts)
            x = float(label_width)
            for count, colour in zip(row.counts, ANSWER_COLOURS, strict=True):
                share = width * count / total if total else 0
                painter.fillRect(QRectF(x, top, share, self.ROW - 6), colour)
                x += share

    def _legend(self, painter: QPainter, metrics: QFontMetrics, left: int) -> None:
        x = float(left)
        for colour, text in zip(ANSWER_COLOURS, self.answer_names, strict=True):
            painter.fillRect(QRectF(x, 8, 10, 10), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 14, 4, 200, metrics.height()), Qt.AlignmentFlag.AlignLeft, text)
            x += 14 + metrics.horizontalAdvance(text) + 18
