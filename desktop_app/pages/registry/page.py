"""The ticket registry page (工单登记), the clerk's main screen: a filter bar, the quick
search, the lazily paged ticket table with counts in the footer, saved filter presets,
and the doors to intake (Ctrl+N), ticket detail (Enter) and the two-hourly reminder."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.pages.registry.model import COLUMNS, RegistryTableModel
from desktop_app.pages.registry.reminder import ReminderController
from desktop_app.pages.registry.ticket_set import TicketSetBar
from desktop_app.translations import code_label
from desktop_app.widgets.date_filter import NO_DATE, DateFilterEdit
from desktop_app.widgets.dialogs import bring_to_front
from desktop_app.widgets.fitted_columns import ColumnFit, FittedColumns
from desktop_app.widgets.page import Page
from models import tickets
from models.codes import OPEN_STATUSES, Kind, Priority, Status
from models.errors import DeskError
from models.tickets import RegistryFilter

SEARCH_DELAY_MS = 250
COMBO_ARROW_ROOM = 34  # the drop-down arrow and the frame beside a combo box's text
OPEN = "open"
# how each column fits a narrow screen: the number and times stay whole, names and
# categories elide first; samples are typical long values
COLUMN_FITS = {
    "number": ColumnFit("number", "BX20261201-0005", hideable=False),
    "received_at": ColumnFit("received_at", "2026-12-01 21:56", wrapped="2026-12-01"),
    "kind": ColumnFit("kind", "报修"),
    "category": ColumnFit("category", "占用公共空间", wrapped="公共设施", give=0.3, stretch=1),
    "room": ColumnFit("room", "阳光花园 13-1-0301", wrapped="13-1-0301", give=0.2, stretch=1),
    "reporter": ColumnFit("reporter", "欧阳建国 152****8130", wrapped="152****8130", give=0.3, stretch=2),
    "status": ColumnFit("status", "处理中"),
    "priority": ColumnFit("priority", "普通", give=0.3),
    "department": ColumnFit("department", "工程维修 · 欧阳建国", wrapped="工程维修 ·", give=0.3, stretch=2),
    "next_due": ColumnFit("next_due", "2026-12-01 21:56", wrapped="2026-12-01"),
    "time_left": ColumnFit("time_left", "剩余 23小时59分", give=0.2),
}


class RegistryPage(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("registry.page")
        self.model = RegistryTableModel(context.clock, self)
        self._detail_windows: dict[int, QWidget] = {}
        self._intake = None
        self._stale = False
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.apply_filter)
        self._build_filter_bar()
        self._build_table()
        self._build_footer()
        self.ticket_set = TicketSetBar(self)
        self.ticket_set.cleared.connect(self.apply_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(self.search_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.ticket_set)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.footer_row)
        self.reminder = ReminderController(context, self, open_ticket=self.open_ticket)
        self.retranslate_ui()
        self.apply_filter()
        context.signals.tickets_changed.connect(self._on_tickets_changed)
        context.signals.elsewhere_changed.connect(self._on_elsewhere_changed)
        context.signals.registers_changed.connect(self.reload_options)
        context.signals.settings_changed.connect(self.reload_options)

    # --- construction -------------------------------------------------------------
    def _build_filter_bar(self) -> None:
        self.status = self._combo("registry.status")
        self.kind = self._combo("registry.kind")
        self.category = self._combo("registry.category")
        self.building = self._combo("registry.building")
        self.department = self._combo("registry.department")
        self.priority = self._combo("registry.priority")
        self.date_from = self._date_edit("registry.date_from")
        self.date_to = self._date_edit("registry.date_to")
        self.overdue_only = QCheckBox(objectName="registry.overdue_only")
        self.mine = QCheckBox(objectName="registry.mine")
        for box in (self.overdue_only, self.mine):
            box.toggled.connect(self._on_filter_edited)
        self.date_label = QLabel()
        self.date_dash = QLabel("–")
        self._build_search_row()
        self.filter_row = QHBoxLayout()
        # the filter boxes share the row's width: full labels on a wide screen, still usable on a narrow one
        for widget in (self.status, self.kind, self.category, self.building, self.department, self.priority):
            self.filter_row.addWidget(widget, 1)
        for widget in (self.date_label, self.date_from, self.date_dash, self.date_to):
            self.filter_row.addWidget(widget)
        for widget in (self.presets, self.save_preset_button, self.delete_preset_button, self.reset_button):
            self.search_row.addWidget(widget)

    def _build_search_row(self) -> None:
        self.search = QLineEdit(objectName="registry.search", clearButtonEnabled=True)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.presets = QComboBox(objectName="registry.presets")
        self.presets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.presets.setMinimumContentsLength(8)
        self.presets.activated.connect(self._on_presets_activated)
        self.save_preset_button = QPushButton(objectName="registry.save_preset", clicked=self._on_save_preset_clicked)
        self.delete_preset_button = QPushButton(
            objectName="registry.delete_preset", clicked=self._on_delete_preset_clicked
        )
        self.reset_button = QPushButton(objectName="registry.reset", clicked=self.reset_filter)
        self.search_row = QHBoxLayout()
        self.search.setMinimumWidth(240)
        self.search_row.addWidget(self.search, 1)
        for widget in (self.overdue_only, self.mine):
            self.search_row.addWidget(widget)

    def _build_table(self) -> None:
        self.table = QTableView(objectName="registry.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMNS.index("received_at"), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.columns = FittedColumns(
            self.table, [COLUMN_FITS.get(key, ColumnFit(key, give=0.5)) for key in COLUMNS], "registry/table"
        )
        self.model.rowsInserted.connect(lambda *_args: self.update_footer())
        # Enter (activated) or a double click opens the ticket; opening twice shows the same window
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

    def _build_footer(self) -> None:
        self.footer = QLabel(objectName="registry.footer")
        self.footer_row = QHBoxLayout()
        self.footer_row.addWidget(self.footer, 1)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # measured in Latin character widths (a CJK character takes about two); the row's
        # stretch widens the boxes beyond this when there is room
        combo.setMinimumContentsLength(5)
        combo.activated.connect(self._on_filter_edited)
        return combo

    def _date_edit(self, name: str) -> DateFilterEdit:
        edit = DateFilterEdit(name, lambda: self.context.clock.now().date())
        edit.dateChanged.connect(self._on_filter_edited)
        return edit

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search number, room, name, phone or words of the description"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.mine.setText(self.tr("Mine"))
        self.mine.setToolTip(self.tr("Tickets I registered (I am the first responder)"))
        self.date_label.setText(self.tr("Received"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any day"))
        self.save_preset_button.setText(self.tr("Save filter…"))
        self.delete_preset_button.setText(self.tr("Delete filter"))
        self.reset_button.setText(self.tr("Clear filters"))
        self._fill_code_combos()
        self.reload_options()
        self.model.retranslate()
        self.columns.fit()
        self.update_footer()

    def _fill_code_combos(self) -> None:
        statuses = [(self.tr("All statuses"), None), (self.tr("Open (not finished)"), OPEN)]
        statuses += [(code_label(status), status.value) for status in Status]
        self._refill(self.status, statuses)
        self._refill(self.kind, [(self.tr("All kinds"), None)] + [(code_label(kind), kind.value) for kind in Kind])
        self._refill(self.priority, [(self.tr("All priorities"), None)] + [(code_label(p), p.value) for p in Priority])

    def reload_options(self) -> None:
        """Categories, buildings, departments and presets from the register."""
        options = tickets.filter_options()
        categories = [(self._category_text(o), o.id) for o in options.categories]
        buildings = [
            (self.tr("{community} building {name}").format(community=o.group, name=o.name), o.id)
            for o in options.buildings
        ]
        self._refill(self.category, [(self.tr("All categories"), None)] + categories)
        self._refill(self.building, [(self.tr("All buildings"), None)] + buildings)
        self._refill(
            self.department, [(self.tr("All departments"), None)] + [(o.name, o.id) for o in options.departments]
        )
        self._reload_presets()

    def _category_text(self, option) -> str:
        if not option.group:
            return self.tr("{group} (whole group)").format(group=option.name)
        return "\u3000" + option.name

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)
        if combo.count():
            # "all …" reads whole however narrow the row; longer choices elide when picked
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + COMBO_ARROW_ROOM)

    # --- filter -------------------------------------------------------------------
    def current_filter(self) -> RegistryFilter:
        status = self.status.currentData()
        statuses = tuple(s.value for s in OPEN_STATUSES) if status == OPEN else ((status,) if status else ())
        return RegistryFilter(
            statuses=statuses,
            kinds=_one(self.kind.currentData()),
            category_ids=_one(self.category.currentData()),
            building_ids=_one(self.building.currentData()),
            department_ids=_one(self.department.currentData()),
            priorities=_one(self.priority.currentData()),
            received_from=_date_or_none(self.date_from.date()),
            received_to=_date_or_none(self.date_to.date()),
            overdue_only=self.overdue_only.isChecked(),
            mine_user_id=self.context.operator.id if self.mine.isChecked() else None,
            text=self.search.text().strip(),
            ticket_ids=self.ticket_set.ticket_ids,
            ticket_set_name=self.ticket_set.name,
        )

    def show_filter(self, registry_filter: RegistryFilter) -> None:
        """Set the filter widgets to `registry_filter` and apply it."""
        widgets = (
            self.status,
            self.kind,
            self.category,
            self.building,
            self.department,
            self.priority,
            self.date_from,
            self.date_to,
            self.overdue_only,
            self.mine,
            self.search,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self._select(self.status, _status_choice(registry_filter.statuses))
        self._select(self.kind, _first(registry_filter.kinds))
        self._select(self.category, _first(registry_filter.category_ids))
        self._select(self.building, _first(registry_filter.building_ids))
        self._select(self.department, _first(registry_filter.department_ids))
        self._select(self.priority, _first(registry_filter.priorities))
        self.date_from.setDate(_qdate(registry_filter.received_from))
        self.date_to.setDate(_qdate(registry_filter.received_to))
        self.overdue_only.setChecked(registry_filter.overdue_only)
        self.mine.setChecked(registry_filter.mine_user_id is not None)
        self.search.setText(registry_filter.text)
        self.ticket_set.show_set(registry_filter.ticket_ids, registry_filter.ticket_set_name)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def _select(self, combo: QComboBox, data) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)

    def _on_filter_edited(self, *_args) -> None:
        """A filter changed by hand is no longer the saved preset shown."""
        self.presets.setCurrentIndex(0)
        self.apply_filter()

    def apply_filter(self, *_args) -> None:
        self._search_timer.stop()
        try:
            self.model.set_filter(self.current_filter())
        except DeskError as error:
            show_error(self, error)
        self.update_footer()

    def reset_filter(self) -> None:
        self.presets.setCurrentIndex(0)
        self.show_filter(RegistryFilter())

    def refresh(self) -> None:
        """Fetch again with the same filter, keeping the selected ticket selected."""
        selected = self.selected_ticket_id()
        self.model.reload()
        self.update_footer()
        if selected is not None:
            self.select_ticket(selected)

    def refresh_in_place(self) -> None:
        """Another desk's change: fetch again keeping the selected ticket, as many rows as
        were loaded and the scroll position, so the list does not jump under the clerk."""
        selected = self.selected_ticket_id()
        loaded = self.model.loaded
        scroll = self.table.verticalScrollBar().value()
        self.model.reload()
        while self.model.loaded < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        self.update_footer()
        if selected is not None:
            self.select_ticket(selected)
        self.table.verticalScrollBar().setValue(scroll)

    def update_footer(self) -> None:
        counts = self.model.counts
        if counts.total_is_lower_bound:
            text = self.tr(
                "More than {total} tickets match: {open} open, {overdue} overdue. {loaded} loaded; scroll down for more."
            )
        elif self.model.loaded < counts.total:
            text = self.tr(
                "{total} tickets match: {open} open, {overdue} overdue. {loaded} loaded; scroll down for more."
            )
        else:
            text = self.tr("{total} tickets match: {open} open, {overdue} overdue.")
        self.footer.setText(
            # thousands grouped as the command line writes them: 25,200
            text.format(
                total=f"{counts.total:,}",
                open=f"{counts.open:,}",
                overdue=f"{counts.overdue:,}",
                loaded=f"{self.model.loaded:,}",
            )
        )
        self.footer.setProperty("alert", counts.overdue > 0)

    # --- search -------------------------------------------------------------------
    def _on_search_return_pressed(self) -> None:
        self.apply_filter()
        if self.model.total == 1:
            self.open_ticket(self.model.row_at(0).id)

    def search_for(self, text: str):
        """The global search: every filter cleared, `text` searched; a single hit opens
        (its detail window is returned)."""
        self.show_filter(RegistryFilter(text=text.strip()))
        if self.model.total == 1:
            self.select_ticket(self.model.row_at(0).id)
            return self.open_ticket(self.model.row_at(0).id)
        self.table.setFocus()
        return None

    # --- presets ------------------------------------------------------------------
    def _reload_presets(self) -> None:
        names = [preset.name for preset in tickets.list_presets()]
        self.presets.blockSignals(True)
        self.presets.clear()
        self.presets.addItem(self.tr("Saved filters"), None)
        for name in names:
            self.presets.addItem(name, name)
        self.presets.blockSignals(False)

    def _on_presets_activated(self, index: int) -> None:
        name = self.presets.itemData(index)
        preset = next((p for p in tickets.list_presets() if p.name == name), None)
        if preset is not None:
            self.show_filter(preset.filter)

    def save_preset_as(self, name: str) -> None:
        try:
            tickets.save_preset(name, self.current_filter())
        except DeskError as error:
            show_error(self, error)
            return
        self._reload_presets()
        self.presets.setCurrentIndex(self.presets.findData(name.strip()))

    def _on_save_preset_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of this filter:"))
        if ok and name.strip():
            self.save_preset_as(name.strip())

    def _on_delete_preset_clicked(self) -> None:
        name = self.presets.currentData()
        if name:
            tickets.delete_preset(name)
            self._reload_presets()

    # --- tickets ------------------------------------------------------------------
    def selected_ticket_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_ticket(self, ticket_id: int) -> bool:
        row = self.model.row_of_ticket(ticket_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def open_current(self) -> None:
        ticket_id = self.selected_ticket_id()
        if ticket_id is not None:
            self.open_ticket(ticket_id)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_ticket(self.model.data(index, Qt.ItemDataRole.UserRole))

    def open_ticket(self, ticket_id: int):
        """Show the ticket's detail window (one per ticket), raised and focused."""
        from desktop_app.pages.ticket import TicketDetailDialog

        dialog = self._detail_windows.get(ticket_id)
        if dialog is None:
            dialog = TicketDetailDialog(self.context, ticket_id, self)
            dialog.finished.connect(lambda _result, key=ticket_id: self._detail_windows.pop(key, None))
            self._detail_windows[ticket_id] = dialog
        bring_to_front(dialog)
        return dialog

    def start_intake(self):
        """Open the intake form (Ctrl+N from anywhere) with the room field focused."""
        from desktop_app.pages.intake import IntakeDialog

        if self._intake is None:
            self._intake = IntakeDialog(self.context, self)
            self._intake.ticket_saved.connect(self._on_intake_ticket_saved)
        self._intake.start()
        return self._intake

    @property
    def intake(self):
        return self._intake

    def _on_intake_ticket_saved(self, ticket_id: int) -> None:
        self.refresh()
        self.select_ticket(ticket_id)

    def _on_tickets_changed(self, _ids: list) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_elsewhere_changed(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        try:
            self.refresh_in_place()
        except DeskError:  # the data file is away; the status bar says so and the next poll retries
            self._stale = True

    def page_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()


def _one(value) -> tuple:
    return (value,) if value is not None else ()


def _first(values):
    return values[0] if values else None


def _status_choice(statuses) -> str | None:
    if not statuses:
        return None
    if set(statuses) == {s.value for s in OPEN_STATUSES}:
        return OPEN
    return statuses[0]


def _date_or_none(value: QDate) -> dt.date | None:
    return None if value <= NO_DATE else value.toPython()


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def build_page(context: DeskContext) -> RegistryPage:
    return RegistryPage(context)
