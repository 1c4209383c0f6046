"""The registers page (Ctrl+6): one filter box over four tabs — households, places (with
the room page), staff and categories — plus import from Excel/CSV, export of the
household register, and archive/delete of the chosen record (delete is refused, with
the reason, for anything tickets refer to). "Show archived" brings archived records into
every tab, greyed and marked, where Restore brings the chosen one back. Reading, checking
and writing an import and writing an export show progress and can be cancelled.
Emits registers_changed after each change."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from desktop_app.context import DeskContext, acting
from desktop_app.error_presenter import show_error
from desktop_app.pages.registers.categories import NODE, CategoriesTab
from desktop_app.pages.registers.common import page_title
from desktop_app.pages.registers.households import HouseholdsTab
from desktop_app.pages.registers.places import ARCHIVED, LEVEL, NAME, RECORD_ID, PlacesTab
from desktop_app.pages.registers.staff import StaffTab
from desktop_app.translations import tr_models
from desktop_app.widgets.dialogs import confirm
from desktop_app.widgets.import_dialog import ImportDialog
from desktop_app.widgets.import_progress import ProgressReporter
from desktop_app.widgets.page import Page
from models.errors import DeskError
from models.imports import MSG_IMPORT_CANCELLED, ImportOutcome, Sheet, export_households, read_sheet
from models.office import Permission, may
from models.registers import Record, delete_record, list_communities, restore_record, set_archived

HOUSEHOLDS, PLACES, STAFF, CATEGORIES = range(4)


@dataclass(frozen=True)
class Chosen:
    """The record chosen on the current tab."""

    record: Record
    id: int
    name: str
    archived: bool


class RegistersPage(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("registers.page")
        self.filter = QLineEdit(objectName="registers.filter", clearButtonEnabled=True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.tabs = QTabWidget(objectName="registers.tabs")
        self.households, self.places = HouseholdsTab(), PlacesTab()
        self.staff, self.categories = StaffTab(), CategoriesTab()
        for tab in (self.households, self.places, self.staff, self.categories):
            self.tabs.addTab(tab, "")
            tab.changed.connect(self._on_tab_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.households.room_requested.connect(self.open_room)
        self.message = QLabel(objectName="registers.message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self._build_buttons()
        self._layout()
        self._watch_selections()
        self.retranslate_ui()
        self.reload_all()
        context.signals.registers_changed.connect(self.reload_all)
        context.signals.tickets_changed.connect(lambda _ids: self.places.refresh_room())
        context.signals.operator_changed.connect(self._update_buttons)
        self._update_buttons()

    def _build_buttons(self) -> None:
        self.import_button = QPushButton(objectName="registers.import")
        self.import_menu = QMenu(self.import_button)
        self.import_households_action = self.import_menu.addAction("", lambda: self.start_import("households"))
        self.import_staff_action = self.import_menu.addAction("", lambda: self.start_import("staff"))
        self.import_button.setMenu(self.import_menu)
        self.export_button = QPushButton(objectName="registers.export")
        self.export_button.clicked.connect(lambda: self.start_export())
        self.show_archived = QCheckBox(objectName="registers.show_archived")
        self.show_archived.toggled.connect(self._on_show_archived_toggled)
        self.restore_button = QPushButton(objectName="registers.restore", enabled=False)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.archive_button = QPushButton(objectName="registers.archive")
        self.archive_button.clicked.connect(lambda: self.archive_selected())
        self.delete_button = QPushButton(objectName="registers.delete")
        self.delete_button.clicked.connect(lambda: self.delete_selected())

    def _layout(self) -> None:
        bar = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.show_archived)
        for button in (
            self.restore_button,
            self.archive_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.filter_label.setText(self.tr("&Find:"))
        self.filter.setPlaceholderText(self.tr("Name, room (3-2-1501, 3栋2单元) or phone digits"))
        for index, text in enumerate(
            (self.tr("&Households"), self.tr("&Places and rooms"), self.tr("&Staff"), self.tr("&Categories"))
        ):
            self.tabs.setTabText(index, text)
        self.import_button.setText(self.tr("&Import…"))
        self.import_households_action.setText(self.tr("Households from Excel or CSV…"))
        self.import_staff_action.setText(self.tr("Staff from Excel or CSV…"))
        self.export_button.setText(self.tr("E&xport households…"))
        self.show_archived.setText(self.tr("Sho&w archived"))
        self.show_archived.setToolTip(
            self.tr("List archived households, rooms, staff and categories too, greyed, so they can be restored")
        )
        self.restore_button.setText(self.tr("&Restore"))
        self.archive_button.setText(self.tr("&Archive"))
        self.delete_button.setText(self.tr("&Delete"))
        for tab in (self.households, self.places, self.staff, self.categories):
            tab.retranslate_ui()

    # --- refreshing ----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.filter.setFocus()

    def _watch_selections(self) -> None:
        """Restore is offered only while an archived record is chosen."""
        self.households.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.places.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.staff.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.staff.departments.currentRowChanged.connect(lambda *_: self._update_buttons())
        self.categories.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

    def _update_buttons(self) -> None:
        chosen = self.selected_record()
        archived = chosen is not None and chosen.archived
        editor = may(self.context.operator, Permission.EDIT_REGISTERS)
        self.restore_button.setEnabled(editor and archived)
        self.archive_button.setEnabled(editor and not archived)
        self.delete_button.setEnabled(editor)
        self.import_button.setEnabled(may(self.context.operator, Permission.IMPORT))
        self.export_button.setEnabled(may(self.context.operator, Permission.EXPORT))
        # households are exported from their tabs; the categories have nothing to import
        tab = self.tabs.currentIndex()
        self.export_button.setVisible(tab in (HOUSEHOLDS, PLACES))
        self.import_button.setVisible(tab != CATEGORIES)
        self.import_households_action.setVisible(tab in (HOUSEHOLDS, PLACES))
        self.import_staff_action.setVisible(tab == STAFF)

    def reload_all(self) -> None:
        text = self.filter.text()
        self.households.apply_filter(text if self.tabs.currentIndex() == HOUSEHOLDS else "")
        self.places.apply_filter(text if self.tabs.currentIndex() == PLACES else "")
        self.places.refresh_room()
        self.staff.reload_departments()
        self.categories.reload()
        self._apply_filter()

    def _apply_filter(self) -> None:
        tab = self.tabs.currentWidget()
        tab.apply_filter(self.filter.text())
        self._update_buttons()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._apply_filter()

    def _on_show_archived_toggled(self, checked: bool) -> None:
        for tab in (self.households, self.places, self.staff, self.categories):
            tab.include_archived = checked
        self.reload_all()

    def _on_filter_text_changed(self, _text: str) -> None:
        self._apply_filter()

    def _on_tab_changed(self) -> None:
        self.context.signals.registers_changed.emit()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- rooms ---------------------------------------------------------------------------------
    def open_room(self, room_id: int) -> None:
        self.tabs.setCurrentIndex(PLACES)
        self.places.show_room(room_id)

    # --- archive and delete --------------------------------------------------------------------
    def selected_record(self) -> Chosen | None:
        """What is chosen on the current tab: on the staff tab a staff member, or else the
        department chosen on the left."""
        index = self.tabs.currentIndex()
        if index == HOUSEHOLDS:
            row = self.households.selected()
            return Chosen(Record.HOUSEHOLD, row.id, row.name, row.archived) if row else None
        if index == PLACES:
            item = self.places.tree.currentItem()
            return (
                Chosen(Record(item.data(0, LEVEL)), item.data(0, RECORD_ID), item.data(0, NAME), item.data(0, ARCHIVED))
                if item
                else None
            )
        if index == STAFF:
            return self._chosen_on_staff_tab()
        item = self.categories.tree.currentItem()
        node = item.data(0, NODE) if item else None
        return Chosen(Record.CATEGORY, node.id, node.name, node.archived) if node else None

    def _chosen_on_staff_tab(self) -> Chosen | None:
        row = self.staff.selected_staff()
        if row:
            return Chosen(Record.STAFF, row.id, row.name, row.archived)
        department = self.staff.selected_department()
        return Chosen(Record.DEPARTMENT, department.id, department.name, department.archived) if department else None

    def archive_selected(self, *, ask: bool = True) -> bool:
        chosen = self.selected_record()
        if chosen is None:
            self.say(self.tr("Choose a record first."))
            return False
        if ask and not confirm(
            self,
            page_title(),
            self.tr("Archive {name}? It leaves the lists; its tickets keep it.").format(name=chosen.name),
        ):
            return False
        return self._run(
            lambda: set_archived(chosen.record, chosen.id, **acting(self)),
            self.tr("{name} archived.").format(name=chosen.name),
        )

    def restore_selected(self) -> bool:
        """Bring the chosen archived record back (with the archived places or group holding it)."""
        chosen = self.selected_record()
        if chosen is None or not chosen.archived:
            self.say(self.tr("Tick Show archived and choose an archived record first."))
            return False
        return self._run(
            lambda: restore_record(chosen.record, chosen.id, **acting(self)),
            self.tr("{name} restored: it is back in the lists and at intake.").format(name=chosen.name),
        )

    def delete_selected(self, *, ask: bool = True) -> bool:
        chosen = self.selected_record()
        if chosen is None:
            self.say(self.tr("Choose a record first."))
            return False
        if ask and not confirm(self, page_title(), self.tr("Delete {name} for good?").format(name=chosen.name)):
            return False
        return self._run(
            lambda: delete_record(chosen.record, chosen.id, **acting(self)),
            self.tr("{name} deleted.").format(name=chosen.name),
        )

    def _run(self, action, done: str) -> bool:
        try:
            action()
        except DeskError as error:
            self.say(tr_models(error.message, error.params))
            return False
        self.say(done)
        self.context.signals.registers_changed.emit()
        return True

    # --- import and export ---------------------------------------------------------------------
    def start_import(self, kind: str, path: str | None = None) -> ImportDialog | None:
        """Read the file and open the preview; returns the dialog (already closed)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import"), "", self.tr("Excel or CSV (*.xlsx *.csv);;All files (*)")
            )
            if not path:
                return None
        sheet = self._read(path)
        if sheet is None:
            return None
        dialog = ImportDialog(sheet, kind, self)
        self.import_dialog = dialog
        if dialog.exec() == ImportDialog.DialogCode.Accepted and dialog.outcome:
            self._report_import(dialog.outcome)
            self.context.signals.registers_changed.emit()
        else:
            self.say(tr_models(MSG_IMPORT_CANCELLED))
        return dialog

    def _read(self, path: str) -> Sheet | None:
        """The file's rows, with progress for a large workbook; None (and why) when it cannot be read."""
        try:
            with ProgressReporter(
                self,
                self.tr("Import"),
                self.tr("Reading row {done} of {total}…"),
                busy_text=self.tr("Reading row {done}…"),
            ) as progress:
                return read_sheet(path, progress=progress)
        except DeskError as error:
            self.say(tr_models(error.message, error.params))
            return None

    def _report_import(self, outcome: ImportOutcome) -> None:
        self.say(
            self.tr(
                "Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows with problems left out."
            ).format(
                created=outcome.created, updated=outcome.updated, unchanged=outcome.unchanged, skipped=outcome.skipped
            )
        )

    def start_export(self, path: str | None = None) -> int | None:
        community_id = self._community_to_export()
        if community_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export households"),
                str(Path.home() / "households.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
            if not path:
                return None
        try:
            with ProgressReporter(
                self,
                self.tr("Export households"),
                self.tr("Writing household {done} of {total}…"),
                object_name="export.progress",
            ) as progress:
                count = export_households(path, community_id=community_id, progress=progress, **acting(self))
        except DeskError as error:
            self.say(tr_models(error.message, error.params))
            return None
        except Exception as error:  # noqa: BLE001 - anything else is a bug: logged and shown by the presenter
            show_error(self, error)
            return None
        self.say(self.tr("{count} households written to {path}.").format(count=count, path=path))
        return count

    def _community_to_export(self) -> int | None:
        communities = list_communities()
        if len(communities) <= 1:
            if not communities:
                self.say(self.tr("There is no community yet."))
            return communities[0].id if communities else None
        chosen = self.places.selected_community_id()
        if chosen is not None:
            return chosen
        names = [node.name for node in communities]
        name, ok = QInputDialog.getItem(self, self.tr("Export households"), self.tr("Community"), names, 0, False)
        return communities[names.index(name)].id if ok else None


def build_page(context: DeskContext) -> RegistersPage:
    return RegistersPage(context)
