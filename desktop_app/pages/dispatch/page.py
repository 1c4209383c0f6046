"""The dispatch board (派工看板): lanes of ticket cards by status, or one lane per crew
member or department; the crew panel with each one's workload; dispatch by dragging a
card onto a crew member or department, or by keyboard (select a card, D or Enter);
filters by department and community; a scan field and `handle_scanned_number()` for
returned work orders; printing of today's unprinted work orders. The board reloads
whenever another page reports a change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import message_for, show_error
from desktop_app.pages.dispatch.cards import CardDelegate, CrewPanel, LaneView
from desktop_app.pages.dispatch.dialogs import DispatchDialog, ResultEntryDialog, notice, print_orders
from desktop_app.widgets.page import Page
from models.codes import Status
from models.dispatch import (
    BoardFilter,
    BoardMode,
    CardData,
    DepartmentLoad,
    Lane,
    LaneKey,
    LaneKind,
    board_cards,
    board_communities,
    board_lanes,
    crew_workloads,
    dispatch_many,
    find_ticket_number,
    result_entry_for,
    start_work,
)
from models.errors import DeskError, NotFound, TransitionRefused
from models.tickets import looks_like_ticket_number

STATUS_TITLES = {
    Status.NEW: QT_TRANSLATE_NOOP("DispatchPage", "Awaiting dispatch"),
    Status.DISPATCHED: QT_TRANSLATE_NOOP("DispatchPage", "Dispatched"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("DispatchPage", "In progress"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("DispatchPage", "Awaiting callback"),
}
TICK_MS = 60_000
LANE_MIN_WIDTH = 160  # a card's number and priority side by side
LANE_ROW_MIN_HEIGHT = 300  # three cards, when the lanes take several rows
CREW_PANEL_WIDTH = 190


class DispatchPage(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("dispatch.page")
        self.cards: list[CardData] = []
        self.loads: list[DepartmentLoad] = []
        self.lanes: dict[str, LaneView] = {}
        self.lane_titles: dict[str, QLabel] = {}
        self.shown_lanes: list[Lane] = []
        self._lane_columns: list[QWidget] = []
        self._placed_per_row = 0
        self.result_dialog: ResultEntryDialog | None = None
        self.dispatch_dialog: DispatchDialog | None = None
        self.delegate = CardDelegate(context.clock.now, self)
        self._stale = True
        self._reload_timer = QTimer(self, singleShot=True, interval=0, timeout=self.reload)
        self._tick_timer = QTimer(self, interval=TICK_MS, timeout=self._on_tick)
        self._build()
        context.signals.tickets_changed.connect(self._on_tickets_changed)
        context.signals.elsewhere_changed.connect(lambda: self._on_tickets_changed([]))
        context.signals.registers_changed.connect(self._on_registers_changed)
        self.retranslate_ui()
        self._fill_filters()
        self.reload()
        self._tick_timer.start()

    # --- construction -------------------------------------------------------------
    def _build(self) -> None:
        self.mode_label, self.mode = QLabel(), QComboBox(objectName="dispatch.mode")
        self.department_label, self.department = QLabel(), QComboBox(objectName="dispatch.department")
        self.community_label, self.community = QLabel(), QComboBox(objectName="dispatch.community")
        for label, combo in (
            (self.mode_label, self.mode),
            (self.department_label, self.department),
            (self.community_label, self.community),
        ):
            label.setBuddy(combo)
        for mode in BoardMode:
            self.mode.addItem("", mode)
        self.mode.currentIndexChanged.connect(self._on_filter_changed)
        self.department.currentIndexChanged.connect(self._on_filter_changed)
        self.community.currentIndexChanged.connect(self._on_filter_changed)
        self.scan = QLineEdit(objectName="dispatch.scan", clearButtonEnabled=True)
        self.scan.setMinimumWidth(230)
        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.print_batch = QPushButton(objectName="dispatch.print_batch")
        self.print_batch.clicked.connect(self._on_print_batch_clicked)
        self.message = QLabel(objectName="dispatch.message")
        self.crews = CrewPanel()
        self.crews.tickets_dropped.connect(self._on_crews_tickets_dropped)
        self._lay_out()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for widget in (
            self.mode_label,
            self.mode,
            self.department_label,
            self.department,
            self.community_label,
            self.community,
        ):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.scan)
        bar.addWidget(self.print_batch)
        self.board = QWidget(objectName="dispatch.board")
        self.board_layout = QGridLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.setSpacing(4)
        # lanes share the width; when they are too many for one row they flow onto the
        # next rows and the board scrolls down, never sideways
        self.scroll = QScrollArea(widgetResizable=True, objectName="dispatch.board_scroll")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.board)
        self._board_viewport = self.scroll.viewport()
        self._board_viewport.installEventFilter(self)
        self.splitter = QSplitter(objectName="dispatch.splitter")
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.crews)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([900, CREW_PANEL_WIDTH])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

    def retranslate_ui(self) -> None:
        self.mode_label.setText(self.tr("&View"))
        for index, text in enumerate((self.tr("By status"), self.tr("By crew member"), self.tr("By department"))):
            self.mode.setItemText(index, text)
        self.department_label.setText(self.tr("&Department"))
        self.community_label.setText(self.tr("C&ommunity"))
        if self.department.count():
            self.department.setItemText(0, self.tr("All departments"))
        if self.community.count():
            self.community.setItemText(0, self.tr("All communities"))
        self.scan.setPlaceholderText(self.tr("Scan or type a work order number"))
        self.print_batch.setText(self.tr("Print today's unprinted work orders"))
        self.crews.retranslate_ui()
        if self.lanes:
            self.reload()  # lane titles, crew rows and cards carry translated text too

    # --- data ---------------------------------------------------------------------
    def board_filter(self) -> BoardFilter:
        return BoardFilter(department_id=self.department.currentData(), community_id=self.community.currentData())

    def current_mode(self) -> str:
        return self.mode.currentData() or "status"

    def reload(self) -> None:
        """Read the cards and workloads again and show them, keeping selection and scroll."""
        self._reload_timer.stop()
        now = self.context.clock.now()
        self.cards = board_cards(self.board_filter(), now)
        self.loads = crew_workloads(now)
        self._stale = False
        self.crews.set_loads(self.loads, self.department.currentData())
        self._show_lanes()

    def _fill_filters(self) -> None:
        for combo, items, all_text in (
            (
                self.department,
                [(d.department_id, d.name) for d in crew_workloads(self.context.clock.now())],
                self.tr("All departments"),
            ),
            (self.community, [(c.id, c.name) for c in board_communities()], self.tr("All communities")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # --- lanes --------------------------------------------------------------------
    def board_lanes(self) -> list[Lane]:
        return board_lanes(self.cards, self.loads, BoardMode(self.current_mode()), self.department.currentData())

    def lane_title(self, lane: Lane) -> str:
        if lane.key.kind is LaneKind.STATUS:
            return QCoreApplication.translate("DispatchPage", STATUS_TITLES[lane.key.id])
        if lane.key.kind is LaneKind.STAFF:
            return self.tr("{name} · {department}").format(name=lane.name, department=lane.department)
        if lane.without_crew:
            return self.tr("{department}, no crew yet").format(department=lane.name)
        return lane.name

    def _show_lanes(self) -> None:
        lanes = self.board_lanes()
        if [(lane.key, lane.accepts_drops) for lane in lanes] != [
            (lane.key, lane.accepts_drops) for lane in self.shown_lanes
        ]:
            self._rebuild_lanes(lanes)
        self.shown_lanes = lanes
        for lane in lanes:
            self._fill_lane(lane)

    def _rebuild_lanes(self, lanes: list[Lane]) -> None:
        while self.board_layout.count():
            widget = self.board_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.lanes.clear()
        self.lane_titles.clear()
        self._lane_columns = [self._new_lane(lane) for lane in lanes]
        self._placed_per_row = 0
        self._place_lanes()

    def _lanes_per_row(self) -> int:
        width = self.scroll.viewport().width()
        return max(1, min(len(self._lane_columns), (width + 4) // (LANE_MIN_WIDTH + 4)))

    def _place_lanes(self) -> None:
        """Lay the lanes in rows of equal-width columns that fill the board's width."""
        per_row = self._lanes_per_row()
        if per_row == self._placed_per_row and self.board_layout.count() == len(self._lane_columns):
            return
        for column in self._lane_columns:
            self.board_layout.removeWidget(column)
        for index, column in enumerate(self._lane_columns):
            self.board_layout.addWidget(column, index // per_row, index % per_row)
        for index in range(max(self.board_layout.columnCount(), per_row)):
            self.board_layout.setColumnStretch(index, 1 if index < per_row else 0)
            self.board_layout.setColumnMinimumWidth(index, 0)
        rows = -(-len(self._lane_columns) // per_row)
        for row in range(self.board_layout.rowCount()):
            self.board_layout.setRowStretch(row, 1 if row < rows else 0)
        self.board.setMinimumHeight(LANE_ROW_MIN_HEIGHT * rows if rows > 1 else 0)
        self._placed_per_row = per_row

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self._board_viewport and event.type() == QEvent.Type.Resize and self._lane_columns:
            self._place_lanes()
        return super().eventFilter(watched, event)

    def _new_lane(self, lane: Lane) -> QWidget:
        column = QWidget(objectName=f"dispatch.column.{lane.key}")
        title = QLabel(objectName=f"dispatch.lane_title.{lane.key}")
        title.setStyleSheet("font-weight: bold; padding: 4px 2px;")
        view = LaneView(lane.key, lane.accepts_drops, self.delegate, column)
        title.setBuddy(view)
        view.tickets_dropped.connect(self._on_lane_tickets_dropped)
        view.dispatch_requested.connect(self.open_dispatch)
        view.result_requested.connect(self.open_result_entry)
        view.start_requested.connect(self._on_lane_start_requested)
        view.print_requested.connect(lambda ids: print_orders(self, self.context, ids, "preview"))
        box = QVBoxLayout(column)
        box.setContentsMargins(2, 0, 2, 0)
        box.addWidget(title)
        box.addWidget(view, 1)
        self.lanes[str(lane.key)] = view
        self.lane_titles[str(lane.key)] = title
        return column

    def _fill_lane(self, lane: Lane) -> None:
        view = self.lanes[str(lane.key)]
        selected, current = view.selected_ids(), view.currentIndex()
        current_id = view.card_model().cards[current.row()].ticket_id if current.isValid() else None
        scrolled = view.verticalScrollBar().value()
        cards = lane.cards
        view.card_model().set_cards(cards)
        view.select_ids(selected, current=current_id)
        view.verticalScrollBar().setValue(scrolled)
        self.lane_titles[str(lane.key)].setText(
            self.tr("{title} ({count})").format(title=self.lane_title(lane), count=len(cards))
        )

    def lane(self, key: str) -> LaneView:
        return self.lanes[key]

    # --- refresh ------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._stale:
            self.reload()
        if not self.isAncestorOf(self.focusWidget()) and Status.NEW in self.lanes:
            self.lanes[Status.NEW].setFocus()

    def _on_tickets_changed(self, _ids: list) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def _on_registers_changed(self) -> None:
        self._fill_filters()
        self._on_tickets_changed([])

    def _on_filter_changed(self) -> None:
        self.reload()

    def _on_tick(self) -> None:
        """Time left and overdue tint are read at paint time; the workload counts are not."""
        if self.isVisible():
            self.reload()

    # --- dispatching --------------------------------------------------------------
    def open_dispatch(self, ticket_ids: list[int], target: tuple[str, int] | None = None) -> DispatchDialog | None:
        """The dispatch dialog for the chosen cards (keyboard: D or Enter on a card);
        `target` comes chosen (a drag of new tickets, which need the reply to the owner)."""
        dispatchable = [card.ticket_id for card in self.cards if card.ticket_id in ticket_ids and card.dispatchable]
        if not dispatchable:
            self._say(self.tr("A ticket awaiting callback cannot be dispatched again."))
            return None
        self.dispatch_dialog = DispatchDialog(self.context, dispatchable, self.window(), target=target)
        self.dispatch_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dispatch_dialog.dispatched.connect(self._on_dialog_dispatched)
        self.dispatch_dialog.open()
        return self.dispatch_dialog

    def _on_dialog_dispatched(self, ticket_ids: list[int]) -> None:
        names = self.dispatch_dialog.dispatched_to if self.dispatch_dialog is not None else ""
        self._say(self._dispatched_text(ticket_ids, names))
        self.reload()

    def _on_crews_tickets_dropped(self, ticket_ids: list[int], kind: str, target: int) -> None:
        self.dispatch_to(ticket_ids, kind, target)

    def _on_lane_tickets_dropped(self, ticket_ids: list[int], key: LaneKey) -> None:
        if key.kind is not LaneKind.STATUS:
            self.dispatch_to(ticket_ids, key.kind, int(key.id))
        elif key.id == Status.IN_PROGRESS:
            self._run(
                lambda: start_work(ticket_ids, operator=self.context.operator, clock=self.context.clock),
                ticket_ids,
                self.tr("Marked as in progress."),
            )
        elif key.id == Status.DISPATCHED:
            self.open_dispatch(ticket_ids)

    def _on_lane_start_requested(self, ticket_ids: list[int]) -> None:
        self._on_lane_tickets_dropped(ticket_ids, LaneKey(LaneKind.STATUS, Status.IN_PROGRESS))

    def dispatch_to(self, ticket_ids: list[int], kind: str, target: int) -> bool:
        """Dispatch the tickets to a department or a crew member (drag and drop). New
        tickets first need the reply given to the owner: the dispatch dialog asks for it."""
        if any(card.status == Status.NEW for card in self.cards if card.ticket_id in ticket_ids):
            return self.open_dispatch(ticket_ids, (kind, target)) is not None
        staff = [target] if kind == LaneKind.STAFF else []
        department = target if kind == LaneKind.DEPARTMENT else None
        name = self._target_name(kind, target)
        return self._run(
            lambda: dispatch_many(
                ticket_ids,
                department_id=department,
                staff_ids=staff,
                operator=self.context.operator,
                clock=self.context.clock,
            ),
            ticket_ids,
            self._dispatched_text(ticket_ids, name),
        )

    def _target_name(self, kind: str, target: int) -> str:
        for department in self.loads:
            if kind == "department" and department.department_id == target:
                return department.name
            for member in department.crew:
                if kind == "staff" and member.staff_id == target:
                    return member.name
        return ""

    def _dispatched_text(self, ticket_ids: list[int], name: str) -> str:
        numbers = [card.number for card in self.cards if card.ticket_id in ticket_ids]
        if len(numbers) == 1:
            if name:
                return self.tr("Ticket {number} dispatched to {target}.").format(number=numbers[0], target=name)
            return self.tr("Ticket {number} dispatched.").format(number=numbers[0])
        if name:
            return self.tr("{count} tickets dispatched to {target}.").format(count=len(ticket_ids), target=name)
        return self.tr("{count} tickets dispatched.").format(count=len(ticket_ids))

    def _run(self, action, ticket_ids: list[int], done_text: str) -> bool:
        try:
            action()
        except DeskError as error:
            notice(self, message_for(error), warning=True)
            return False
        except Exception as error:  # noqa: BLE001 - logged and reported by the presenter
            show_error(self, error)
            return False
        self._say(done_text)
        self.context.signals.tickets_changed.emit(list(ticket_ids))
        self.reload()  # at once, and the reload the signal scheduled is dropped
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- returned paper -----------------------------------------------------------
    def handle_scanned_number(self, number: str) -> QDialog | None:
        """For the main window's search box: open the result entry when the ticket awaits
        a result, say so when the number does not exist; returns the window opened, or
        None to leave the number to the search."""
        return self._open_result_for_number(number, explain=False)

    def _on_scan_return_pressed(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        if not looks_like_ticket_number(find_ticket_number(text)):
            notice(self, self.tr("“{text}” is not a work order number.").format(text=text), warning=True)
            self.scan.selectAll()
            return
        self.scan.clear()
        opened = self._open_result_for_number(text, explain=True)
        if opened is not None:
            opened.finished.connect(lambda *_args: QTimer.singleShot(0, self._focus_scan))

    def _focus_scan(self) -> None:
        if QApplication.activeModalWidget() is None:
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_result_for_number(self, number: str, *, explain: bool) -> QDialog | None:
        try:
            entry = result_entry_for(number)
        except NotFound as error:
            return notice(self.window(), message_for(error), warning=True)
        except TransitionRefused as error:
            if not explain:
                return None
            self.select_ticket(find_ticket_number(number))
            return notice(self.window(), message_for(error))
        return self.open_result_entry(entry.ticket_id)

    def open_result_entry(self, ticket_id: int) -> ResultEntryDialog | None:
        try:
            dialog = ResultEntryDialog(self.context, ticket_id, self.window())
        except DeskError as error:
            notice(self.window(), message_for(error), warning=True)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_result_saved)
        self.result_dialog = dialog
        dialog.open()
        return dialog

    def _on_result_saved(self, ticket_id: int) -> None:
        number = next((card.number for card in self.cards if card.ticket_id == ticket_id), "")
        self._say(self.tr("Result saved; ticket {number} is resolved.").format(number=number))
        self.reload()

    def select_ticket(self, number: str) -> bool:
        """Select and show the ticket's card; False when it is not on the board."""
        for view in self.lanes.values():
            row = next((i for i, card in enumerate(view.card_model().cards) if card.number == number), -1)
            if row >= 0:
                view.clearSelection()
                view.select_ids(
                    [view.card_model().cards[row].ticket_id], current=view.card_model().cards[row].ticket_id
                )
                view.setFocus()
                return True
        return False

    # --- printing -----------------------------------------------------------------
    def _on_print_batch_clicked(self) -> None:
        from models.dispatch import tickets_to_print

        ticket_ids = tickets_to_print(self.context.clock.now().date())
        if not ticket_ids:
            notice(self, self.tr("Every work order dispatched today has been printed."))
            return
        print_orders(self, self.context, ticket_ids, "preview")
        self.reload()


def build_page(context: DeskContext) -> DispatchPage:
    return DispatchPage(context)
