"""The callbacks page (回访): the views due today / overdue / upcoming / done / for the
supervisor, sorted by deadline, filtered by clerk, community, kind and department, with
the footer counts; below, the phone entry panel for the chosen callback.

Keyboard: Alt+1…5 choose the view, the table's current row is the callback in the
panel, Ctrl+L (or Enter in the table) starts the call at Y/N, Enter saves and moves to
the next callback of the view, F2 opens the ticket with its timeline, F3 shows the full
phone number (and records that on the timeline). A save tells the other pages through
the app's tickets_changed signal, so the registry, the board and the status bar follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import message_for, show_error
from desktop_app.pages.callbacks import wording
from desktop_app.pages.callbacks.entry import CallbackEntryPanel
from desktop_app.pages.callbacks.model import COLUMNS, CallbacksTableModel
from desktop_app.translations import code_label, tr_models
from desktop_app.widgets.page import Page
from models.codes import Kind, Permission
from models.errors import DeskError, EditConflict, ValidationError
from models.followup import (
    CallbackFilter,
    View,
    callback_entry,
    filter_choices,
    mark_reviewed,
    open_callback_for_number,
    record_call,
    reveal_phone,
    supervisor_close,
)
from models.office import may

VIEWS = (View.DUE_TODAY, View.OVERDUE, View.UPCOMING, View.DONE, View.SUPERVISOR)
VIEW_TITLES = {
    View.DUE_TODAY: QT_TRANSLATE_NOOP("CallbacksPage", "Due today ({count})"),
    View.OVERDUE: QT_TRANSLATE_NOOP("CallbacksPage", "Overdue ({count})"),
    View.UPCOMING: QT_TRANSLATE_NOOP("CallbacksPage", "Upcoming ({count})"),
    View.DONE: QT_TRANSLATE_NOOP("CallbacksPage", "Done"),
    View.SUPERVISOR: QT_TRANSLATE_NOOP("CallbacksPage", "For the supervisor ({count})"),
}
COLUMN_WIDTHS = {"due": 112, "call": 112, "number": 124, "room": 72, "owner": 136, "category": 112, "attempts": 40}


class CallbacksPage(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("callbacks.page")
        self._loading = False
        self._build()
        self.retranslate_ui()
        self._load_choices()
        self.reload()
        context.signals.tickets_changed.connect(self._on_tickets_changed)
        context.signals.elsewhere_changed.connect(self._on_elsewhere_changed)
        context.signals.registers_changed.connect(self._load_choices)

    # --- construction -------------------------------------------------------------
    def _build(self) -> None:
        self.views = QTabBar(objectName="callback.view")
        for _ in VIEWS:
            self.views.addTab("")
        self.views.currentChanged.connect(lambda _index: self.reload())
        self._build_filters()
        self.model = CallbacksTableModel(self.context.clock, self)
        self.table = QTableView(objectName="callback.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows chosen (Ctrl+click, Shift+click) print as a sheet of their own
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, key in enumerate(COLUMNS):
            if key in COLUMN_WIDTHS:
                self.table.setColumnWidth(column, COLUMN_WIDTHS[key])
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(lambda _index: self.panel.begin())
        self.panel = CallbackEntryPanel()
        self.panel.save_requested.connect(self.save_call)
        self.panel.timeline_requested.connect(self.open_ticket)
        self.panel.reveal_requested.connect(self.reveal)
        self.print_button = QPushButton(objectName="callback.print", clicked=lambda: self.print_sheet("preview"))
        self.pdf_button = QPushButton(objectName="callback.pdf", clicked=lambda: self.print_sheet("pdf"))
        self.review_button = QPushButton(objectName="callback.review", clicked=self.review)
        self.close_button = QPushButton(objectName="callback.close_ticket", clicked=self.close_ticket)
        self.footer = QLabel(objectName="callback.footer")
        self.message = QLabel(objectName="callback.message", wordWrap=True)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="callback.splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        footer = QHBoxLayout()
        footer.addWidget(self.footer, 1)
        footer.addWidget(self.print_button)
        footer.addWidget(self.pdf_button)
        footer.addWidget(self.review_button)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        layout.addLayout(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        self._build_shortcuts()

    def _build_filters(self) -> None:
        self.clerk = QComboBox(objectName="callback.clerk")
        self.community = QComboBox(objectName="callback.community")
        self.kind = QComboBox(objectName="callback.kind")
        self.department = QComboBox(objectName="callback.department")
        now = self.context.clock.now().date()
        today = QDate(now.year, now.month, now.day)
        self.done_from = QDateEdit(today.addDays(-7), objectName="callback.done_from", calendarPopup=True)
        self.done_to = QDateEdit(today, objectName="callback.done_to", calendarPopup=True)
        for edit in (self.done_from, self.done_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _date: self.reload())
        for combo in (self.clerk, self.community, self.kind, self.department):
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.filter_labels = [QLabel() for _ in range(5)]
        self.filters = QHBoxLayout()
        widgets = (self.clerk, self.community, self.kind, self.department, self.done_from)
        for label, widget in zip(self.filter_labels, widgets, strict=True):
            label.setBuddy(widget)
            self.filters.addWidget(label)
            self.filters.addWidget(widget, 1)
        self.dash = QLabel("–")
        self.filters.addWidget(self.dash)
        self.filters.addWidget(self.done_to, 1)

    def _build_shortcuts(self) -> None:
        for position, _view in enumerate(VIEWS):
            action = QAction(self, shortcut=QKeySequence(f"Alt+{position + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # live only while the page is shown
            action.triggered.connect(lambda _=False, index=position: self.views.setCurrentIndex(index))
            self.addAction(action)
        shortcuts = (
            ("F2", self.open_ticket),
            ("F3", self.reveal),
            ("Ctrl+L", self.panel.begin),
            ("Ctrl+P", lambda: self.print_sheet("preview")),
        )
        for key, slot in shortcuts:
            action = QAction(self, shortcut=QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _load_choices(self) -> None:
        choices = filter_choices()
        self._loading = True
        for combo, items in (
            (self.clerk, choices.clerks),
            (self.community, choices.communities),
            (self.department, choices.departments),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem("", None)
            for item in items:
                combo.addItem(item.name, item.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem("", None)
        for kind in Kind:
            self.kind.addItem(code_label(kind), str(kind))
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self._loading = False
        self._retranslate_empty_choices()

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for label, text in zip(
            self.filter_labels,
            (self.tr("C&lerk"), self.tr("Co&mmunity"), self.tr("&Kind"), self.tr("&Department"), self.tr("Done &from")),
            strict=True,
        ):
            label.setText(text)
        self.print_button.setText(self.tr("Today's callback sheet (Ctrl+P)"))
        self.print_button.setToolTip(wording.print_tooltip())
        self.pdf_button.setToolTip(wording.print_tooltip())
        self.pdf_button.setText(self.tr("Save sheet as PDF…"))
        self.review_button.setText(self.tr("Mark seen"))
        self.close_button.setText(self.tr("Close ticket"))
        self._retranslate_empty_choices()
        for index in range(self.kind.count()):
            if self.kind.itemData(index):
                self.kind.setItemText(index, code_label(self.kind.itemData(index)))
        self.model.retranslate()
        self._show_counts()

    def _retranslate_empty_choices(self) -> None:
        for combo in (self.clerk, self.community, self.kind, self.department):
            if combo.count():
                combo.setItemText(0, self.tr("All"))

    # --- loading ------------------------------------------------------------------
    def current_view(self) -> str:
        return VIEWS[max(0, self.views.currentIndex())]

    def current_filter(self) -> CallbackFilter:
        return CallbackFilter(
            view=self.current_view(),
            clerk_id=self.clerk.currentData(),
            community_id=self.community.currentData(),
            kind=self.kind.currentData(),
            department_id=self.department.currentData(),
            done_from=self.done_from.date().toPython(),
            done_to=self.done_to.date().toPython(),
        )

    def reload(self, keep_callback: int | None = None) -> None:
        """Query the view again; the same callback stays current when it is still listed."""
        if self._loading:
            return
        done = self.current_view() == View.DONE
        for widget in (self.done_from, self.done_to, self.dash, self.filter_labels[4]):
            widget.setVisible(done)
        supervisor = self.current_view() == View.SUPERVISOR
        self.review_button.setVisible(supervisor)
        self.close_button.setVisible(supervisor)
        closes = may(self.context.operator, Permission.CLOSE)  # a clerk sees the list, the supervisor acts on it
        self.review_button.setEnabled(closes)
        self.close_button.setEnabled(closes)
        self.model.set_filter(self.current_filter())
        self._show_counts()
        row = self.model.row_of_callback(keep_callback) if keep_callback else -1
        if row < 0 and keep_callback and self.panel.has_answers():
            # called or changed at another desk and gone from this view: the call being
            # typed stays on screen (its save then explains what happened)
            self.table.clearSelection()
            self.show_callback(keep_callback)
            return
        self.select_row(row if row >= 0 else 0)

    def _show_counts(self) -> None:
        counts = self.model.counts
        numbers = {
            View.DUE_TODAY: counts.due_today,
            View.OVERDUE: counts.overdue,
            View.UPCOMING: counts.upcoming,
            View.SUPERVISOR: counts.supervisor,
        }
        for index, view in enumerate(VIEWS):
            title = QCoreApplication.translate("CallbacksPage", VIEW_TITLES[view])
            self.views.setTabText(index, title.format(count=numbers.get(view, 0)))
        self.footer.setText(
            self.tr("Listed: {total} · due today {due} · overdue {overdue} · upcoming {upcoming}").format(
                total=self.model.total, due=counts.due_today, overdue=counts.overdue, upcoming=counts.upcoming
            )
        )

    def select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.panel.show_entry(None)
            return
        row = min(max(row, 0), self.model.rowCount() - 1)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))

    def _on_table_current_row_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.show_callback(row.callback_id if row else None)

    def show_callback(self, callback_id: int | None, *, phone: str | None = None) -> None:
        if callback_id is None:
            self.panel.show_entry(None)
            return
        try:
            self.panel.show_entry(callback_entry(callback_id, self.context.clock.now()), phone=phone)
        except DeskError as error:
            self.message.setText(message_for(error))
            self.panel.show_entry(None)

    def _on_tickets_changed(self, _ticket_ids: list) -> None:
        entry = self.panel.entry
        self.reload(keep_callback=entry.callback_id if entry else None)

    def _on_elsewhere_changed(self) -> None:
        if not self.isVisible():
            return  # page_shown reads the list again
        scroll = self.table.verticalScrollBar().value()
        try:
            self._on_tickets_changed([])
        except DeskError:  # the data file is away: the status bar says so, the next poll retries
            return
        self.table.verticalScrollBar().setValue(scroll)

    def page_shown(self) -> None:
        entry = self.panel.entry
        self.reload(keep_callback=entry.callback_id if entry else None)
        if not self.isAncestorOf(self.focusWidget()):
            self.table.setFocus()

    # --- actions ------------------------------------------------------------------
    def save_call(self) -> None:
        entry = self.panel.entry
        typed = self.panel.call_entry() if entry else None
        if entry is None or typed is None:
            return
        ids_before = self.model.callback_ids()
        try:
            outcome = record_call(
                entry.callback_id,
                typed,
                operator=self.context.operator,
                clock=self.context.clock,
                expected_version=self.panel.form_version,
            )
        except EditConflict as error:
            # another desk called this owner meanwhile: show what it recorded, keep the
            # answers; saving again records this call as well, knowingly
            self.show_callback(entry.callback_id)
            self.panel.form_version = error.current_version
            self.panel.show_error("", message_for(error))
            return
        except ValidationError as error:
            field = next(iter(error.problems), "")
            self.panel.show_error(field, tr_models(error.problems[field], error.problem_params.get(field)))
            return
        except DeskError as error:
            self.panel.show_error("", message_for(error))
            return
        except Exception as error:  # a bug: logged with its traceback, the user told where
            show_error(self, error)
            return
        self.message.setText(self._saved_text(outcome))
        self.panel.show_entry(None)
        self._move_to_next(entry.callback_id, ids_before)
        self.context.signals.tickets_changed.emit([outcome.ticket_id])
        self.panel.begin()

    def _saved_text(self, outcome) -> str:
        if outcome.reopened:
            return self.tr("{number}: the owner is unsatisfied; the ticket is back on the board.").format(
                number=outcome.number
            )
        if outcome.status == "abandoned":
            return self.tr("{number}: the owner could not be reached; the supervisor decides.").format(
                number=outcome.number
            )
        if outcome.status == "pending":
            return self.tr("{number}: not reached; next call {at}.").format(
                number=outcome.number, at=outcome.next_call_at.strftime("%Y-%m-%d %H:%M")
            )
        return self.tr("{number}: called back, ticket {status}.").format(
            number=outcome.number, status=code_label(outcome.ticket_status)
        )

    def _move_to_next(self, saved_id: int, ids_before: list[int]) -> None:
        """The next callback after the saved one in the list as it was; the saved one
        itself only when nothing else is left to call."""
        self.model.set_filter(self.current_filter())
        self._show_counts()
        position = ids_before.index(saved_id) if saved_id in ids_before else -1
        for callback_id in [*ids_before[position + 1 :], *ids_before[:position]]:
            row = self.model.row_of_callback(callback_id)
            if row >= 0:
                self.select_row(row)
                return
        self.select_row(max(0, self.model.row_of_callback(saved_id)))

    def open_callback_for_number(self, number: str) -> bool:
        """For the global search: a scanned callback sheet opens that callback's entry."""
        callback_id = open_callback_for_number(number)
        if callback_id is None:
            return False
        for index, view in enumerate(VIEWS):
            if view == View.DONE:
                continue
            self.views.setCurrentIndex(index)
            row = self.model.row_of_callback(callback_id)
            if row >= 0:
                self.select_row(row)
                self.panel.begin()
                return True
        self.show_callback(callback_id)
        self.panel.begin()
        return True

    def open_ticket(self) -> None:
        entry = self.panel.entry
        if entry is None:
            return
        from desktop_app.pages.ticket import TicketDetailDialog

        dialog = TicketDetailDialog(self.context, entry.ticket_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.detail_dialog = dialog

    def reveal(self) -> None:
        entry = self.panel.entry
        if entry is None:
            return
        try:
            phone = reveal_phone(entry.callback_id, operator=self.context.operator, clock=self.context.clock)
        except DeskError as error:
            self.message.setText(message_for(error))
            return
        self.panel.facts["phone"].setText(phone)

    def chosen_callback_ids(self) -> list[int]:
        """The callbacks selected in the list when there are several (in list order)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        chosen = [self.model.row_at(row) for row in rows]
        ids = [row.callback_id for row in chosen if row is not None]
        return ids if len(ids) > 1 else []

    def print_sheet(self, mode: str, path: Path | None = None) -> bool:
        """The callback sheet (回访单) of the callbacks selected in the list, or today's when
        one or none is: preview and print, or save as PDF."""
        # imported on first use: printing brings ReportLab and PDFium
        from desktop_app.printing import qt_print
        from desktop_app.printing.callback_sheets import callback_sheet_pdf
        from desktop_app.printing.work_orders import save_pdf

        now = self.context.clock.now()
        chosen = self.chosen_callback_ids()
        try:
            if chosen:
                pdf, count = callback_sheet_pdf(callback_ids=chosen, now=now, operator=self.context.operator)
            else:
                pdf, count = callback_sheet_pdf(day=now.date(), now=now, operator=self.context.operator)
        except DeskError as error:
            show_error(self, error)
            return False
        if mode == "pdf":
            name = self.tr("callback-sheet-{day}.pdf").format(day=now.date().isoformat())
            target = path or qt_print.ask_pdf_path(self, name, self.tr("Save the callback sheet as PDF"))
            if target is None:
                return False
            try:
                save_pdf(Path(target), pdf)
            except OSError as error:
                self.message.setText(
                    self.tr("The PDF could not be saved to {path}: {reason}").format(
                        path=target, reason=error.strerror or error
                    )
                )
                return False
            if chosen:
                self.message.setText(wording.selection_written(count, target))
            else:
                self.message.setText(self.tr("{count} callbacks written to {path}.").format(count=count, path=target))
            return True
        printer = qt_print.make_printer("a4", 1)
        return qt_print.preview(self, printer, pdf, self.tr("Callback sheet preview"))

    def review(self) -> None:
        self._supervise(mark_reviewed)

    def close_ticket(self) -> None:
        self._supervise(supervisor_close)

    def _supervise(self, action) -> None:
        entry = self.panel.entry
        if entry is None:
            return
        try:
            action(entry.callback_id, operator=self.context.operator, clock=self.context.clock)
        except DeskError as error:
            self.message.setText(message_for(error))
            return
        self.message.setText("")
        self.context.signals.tickets_changed.emit([entry.ticket_id])
