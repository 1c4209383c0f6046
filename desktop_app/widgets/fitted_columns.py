"""Table columns that fit the view's width, so a 1024-pixel monitor never needs a
horizontal scrollbar: each column has the width its header and a typical value need;
when the view is narrower the columns that may give way shrink (their text elides), when
it is wider the stretching ones take the room. The header's right-click menu lets the
user hide columns that matter less to them, bring them back, and have long text wrap
onto a second line or stay on one; the choice is remembered per table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QTreeView

PADDING = 18  # cell margins and the sort arrow's room
WRAPPED_LINES = 2
AUTO, ALWAYS, NEVER = "auto", "always", "never"  # wrapping: when one line does not fit, always, never


@dataclass(frozen=True)
class ColumnFit:
    """How one column behaves: `sample` is a typical (long) value whose full width is the
    column's preferred width (`wrapped`: its widest line on two lines); `give` is how much of that it may give up (0: none, 1: all
    but the header's first characters); `stretch` takes spare room; `hideable` offers it
    in the header menu."""

    key: str
    sample: str = ""
    wrapped: str | None = None  # the sample's widest line when long text wraps (None: it does not wrap)
    give: float = 0.0
    stretch: int = 0
    hideable: bool = True


class FittedColumns(QObject):
    """Keeps the columns of `view` inside its viewport. `headers()` gives the current
    header texts (they change with the language)."""

    def __init__(
        self,
        view: QTableView | QTreeView,
        columns: Sequence[ColumnFit],
        settings_key: str,
        headers: Callable[[], list[str]] | None = None,
        *,
        wrapping: str = AUTO,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.columns = list(columns)
        self.settings_key = settings_key
        self.headers = headers or self._model_headers
        self._fitting = False
        self._row_height_set = False
        self.wrapping = self.default_wrapping = wrapping
        self._user_widths: dict[str, int] = {}
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.sectionResized.connect(self._on_header_section_resized)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._viewport = view.viewport()  # kept: the view may be gone while its viewport's last events arrive
        self._viewport.installEventFilter(self)
        self._restore()

    # --- geometry -----------------------------------------------------------------
    def header(self) -> QHeaderView:
        return self.view.horizontalHeader() if isinstance(self.view, QTableView) else self.view.header()

    def _model_headers(self) -> list[str]:
        model = self.view.model()
        return [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(len(self.columns))]

    def preferred_widths(self, wrapped: bool = False) -> dict[str, tuple[int, int]]:
        """key -> (preferred, minimum) in pixels for the current font and language."""
        metrics = self.view.fontMetrics()
        header_metrics = self.header().fontMetrics()
        widths = {}
        for fit, title in zip(self.columns, self.headers(), strict=False):
            sample = fit.wrapped if wrapped and fit.wrapped is not None else fit.sample
            header_width = header_metrics.horizontalAdvance(title) + PADDING
            preferred = max(header_width, metrics.horizontalAdvance(sample) + PADDING)
            preferred = self._user_widths.get(fit.key, preferred)
            readable = header_metrics.horizontalAdvance(title[:2]) + PADDING  # at least the header's start
            minimum = max(readable, round(preferred * (1 - fit.give)))
            widths[fit.key] = (preferred, min(minimum, preferred))
        return widths

    def fit(self) -> None:
        """Share the viewport's width among the shown columns, on two lines when one
        line does not fit (and the user leaves that to the table)."""
        if self._fitting:
            return
        available = self.view.viewport().width()
        shown = [(i, fit) for i, fit in enumerate(self.columns) if not self.header().isSectionHidden(i)]
        if available <= 0 or not shown:
            return
        one_line = self.preferred_widths()
        wrap = self.wrapping == ALWAYS or (
            self.wrapping == AUTO and sum(one_line[fit.key][0] for _i, fit in shown) > available
        )
        self._show_wrapped(wrap)
        widths = self.preferred_widths(wrapped=True) if wrap else one_line
        sizes = _share(available, [widths[fit.key] for _i, fit in shown], [fit.stretch for _i, fit in shown])
        self._fitting = True
        try:
            for (index, _fit), size in zip(shown, sizes, strict=True):
                self.header().resizeSection(index, size)
        finally:
            self._fitting = False

    def fits(self) -> bool:
        """Every shown column lies inside the viewport (what the tests check)."""
        right = max(
            (self.header().sectionViewportPosition(i) + self.header().sectionSize(i) for i in self._shown()),
            default=0,
        )
        return right <= self.view.viewport().width()

    def _shown(self) -> list[int]:
        return [i for i in range(len(self.columns)) if not self.header().isSectionHidden(i)]

    def _show_wrapped(self, on: bool) -> None:
        if self.view.wordWrap() == on and self._row_height_set:
            return
        self.view.setWordWrap(on)
        if isinstance(self.view, QTableView):
            line = self.view.fontMetrics().lineSpacing()
            self.view.verticalHeader().setDefaultSectionSize(line * (WRAPPED_LINES if on else 1) + 10)
        self._row_height_set = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def _on_header_section_resized(self, index: int, _old: int, new: int) -> None:
        """A column dragged by the user keeps that width; the others make room."""
        if self._fitting or not 0 <= index < len(self.columns) or self.header().isSectionHidden(index) or new <= 0:
            return
        self._user_widths[self.columns[index].key] = new
        self._save()
        self.fit()

    # --- the header menu ----------------------------------------------------------
    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        self.menu().exec(self.header().mapToGlobal(position))

    def menu(self) -> QMenu:
        menu = QMenu(self.view)
        menu.setObjectName(f"{self.view.objectName()}.columns_menu")
        titles = self.headers()
        for index, fit in enumerate(self.columns):
            if not fit.hideable:
                continue
            action = QAction(titles[index], menu, checkable=True, checked=not self.header().isSectionHidden(index))
            action.setObjectName(f"columns.{fit.key}")
            action.toggled.connect(lambda on, key=fit.key: self.set_hidden(key, not on))
            menu.addAction(action)
        menu.addSeparator()
        choices = (
            (AUTO, self.tr("Long text on two lines when one line does not fit")),
            (ALWAYS, self.tr("Long text always on two lines")),
            (NEVER, self.tr("Long text on one line, shortened with …")),
        )
        for value, text in choices:
            action = QAction(text, menu, checkable=True, checked=self.wrapping == value)
            action.setObjectName(f"columns.wrap.{value}")
            action.triggered.connect(lambda _on=False, value=value: self.set_wrapping(value))
            menu.addAction(action)
        menu.addSeparator()
        reset = QAction(self.tr("Show all columns at their usual widths"), menu)
        reset.setObjectName("columns.reset")
        reset.triggered.connect(self.reset)
        menu.addAction(reset)
        return menu

    def hidden(self) -> list[str]:
        return [fit.key for i, fit in enumerate(self.columns) if self.header().isSectionHidden(i)]

    def set_hidden(self, key: str, hidden: bool) -> None:
        index = next(i for i, fit in enumerate(self.columns) if fit.key == key)
        self.header().setSectionHidden(index, hidden)
        self._save()
        self.fit()

    def set_wrapping(self, value: str) -> None:
        self.wrapping = value
        self._save()
        self.fit()

    def reset(self) -> None:
        self._user_widths.clear()
        for index in range(len(self.columns)):
            self.header().setSectionHidden(index, False)
        self.wrapping = self.default_wrapping
        self._save()
        self.fit()

    # --- memory -------------------------------------------------------------------
    def _save(self) -> None:
        settings = QSettings()
        settings.setValue(f"{self.settings_key}/hidden_columns", self.hidden())
        settings.setValue(f"{self.settings_key}/wrap", self.wrapping)
        settings.setValue(f"{self.settings_key}/widths", [f"{k}={v}" for k, v in self._user_widths.items()])

    def _restore(self) -> None:
        settings = QSettings()
        hidden = _as_list(settings.value(f"{self.settings_key}/hidden_columns"))
        for index, fit in enumerate(self.columns):
            self.header().setSectionHidden(index, fit.key in hidden and fit.hideable)
        for item in _as_list(settings.value(f"{self.settings_key}/widths")):
            key, _, value = item.partition("=")
            if value.isdigit():
                self._user_widths[key] = int(value)
        wrapping = str(settings.value(f"{self.settings_key}/wrap", self.default_wrapping))
        self.wrapping = wrapping if wrapping in (AUTO, ALWAYS, NEVER) else self.default_wrapping


def _share(available: int, widths: list[tuple[int, int]], stretches: list[int]) -> list[int]:
    """Column sizes that add up to `available` when they can: spare room goes to the
    stretching columns; a shortage is taken from each column in proportion to what it
    may give (preferred − minimum); below every minimum the minimums stand."""
    preferred = [p for p, _m in widths]
    total = sum(preferred)
    if total <= available:
        spare = available - total
        weights = stretches if any(stretches) else [0] * (len(widths) - 1) + [1]
        return _add(preferred, spare, weights)
    room = [p - m for p, m in widths]
    shortage = total - available
    if sum(room) <= shortage:
        return [m for _p, m in widths]
    return _add(preferred, -shortage, room)


def _add(sizes: list[int], amount: int, weights: list[int]) -> list[int]:
    """`sizes` with `amount` shared by `weights`, the rounding left to the last weighted."""
    total = sum(weights)
    if total <= 0 or amount == 0:
        return list(sizes)
    out = [size + amount * weight // total for size, weight in zip(sizes, weights, strict=True)]
    last = max(i for i, weight in enumerate(weights) if weight > 0)
    out[last] += amount - sum(o - s for o, s in zip(out, sizes, strict=True))
    return out


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]
