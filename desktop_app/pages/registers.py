"""The registers page (Ctrl+6): one filter box over four tabs — households, places (with
the room page), staff and categories — plus import from Excel/CSV, export of the
household register, and archive/delete of the chosen record (delete is refused, with
the reason, for anything tickets refer to). Emits registers_changed after each change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from desktop_app.context import DeskContext
from desktop_app.error_presenter import show_error
from desktop_app.pages.base import Page
from desktop_app.pages.registers_categories import NODE, CategoriesTab
from desktop_app.pages.registers_common import confirm
from desktop_app.pages.registers_households import HouseholdsTab
from desktop_app.pages.registers_places import LEVEL, RECORD_ID, PlacesTab
from desktop_app.pages.registers_staff import StaffTab
from desktop_app.translations import tr_models
from desktop_app.widgets.import_dialog import ImportDialog
from models.errors import DeskError
from models.import_sheets import ImportOutcome, read_sheet
from models.register_archive import Record, delete_record, set_archived
from models.register_export import export_households
from models.register_places import list_communities

HOUSEHOLDS, PLACES, STAFF, CATEGORIES = range(4)


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
        self.tabs.currentChanged.connect(lambda _index: self._apply_filter())
        self.households.room_requested.connect(self.open_room)
        self.message = QLabel(objectName="registers.message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self._build_buttons()
        self._layout()
        self.retranslate_ui()
        self.reload_all()
        context.signals.registers_changed.connect(self.reload_all)
        context.signals.tickets_changed.connect(lambda _ids: self.places.refresh_room())

    def _build_buttons(self) -> None:
        self.import_button = QPushButton(objectName="registers.import")
        self.import_menu = QMenu(self.import_button)
        self.import_households_action = self.import_menu.addAction("", lambda: self.start_import("households"))
        self.import_staff_action = self.import_menu.addAction("", lambda: self.start_import("staff"))
        self.import_button.setMenu(self.import_menu)
        self.export_button = QPushButton(objectName="registers.export")
        self.export_button.clicked.connect(lambda: self.start_export())
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
        for button in (self.archive_button, self.delete_button, self.import_button, self.export_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.filter_label.setText(self.tr("&Find:"))
        self.filter.setPlaceholderText(self.tr("Name, room (3-2-1501, 3栋2单元) or phone digits"))
        for index, text in enumerate((self.tr("&Households"), self.tr("&Places and rooms"), self.tr("&Staff"),
                                      self.tr("&Categories"))):
            self.tabs.setTabText(index, text)
        self.import_button.setText(self.tr("&Import…"))
        self.import_households_action.setText(self.tr("Households from Excel or CSV…"))
        self.import_staff_action.setText(self.tr("Staff from Excel or CSV…"))
        self.export_button.setText(self.tr("E&xport households…"))
        self.archive_button.setText(self.tr("&Archive"))
        self.delete_button.setText(self.tr("&Delete"))
        for tab in (self.households, self.places, self.staff, self.categories):
            tab.retranslate_ui()

    # --- refreshing ----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.filter.setFocus()

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
    def selected_record(self) -> tuple[Record, int, str] | None:
        """(kind, id, name) of what is chosen on the current tab."""
        index = self.tabs.currentIndex()
        if index == HOUSEHOLDS:
            row = self.households.selected()
            return (Record.HOUSEHOLD, row.id, row.name) if row else None
        if index == PLACES:
            item = self.places.tree.currentItem()
            return (Record(item.data(0, LEVEL)), item.data(0, RECORD_ID), item.text(0)) if item else None
        if index == STAFF:
            row = self.staff.selected_staff()
            return (Record.STAFF, row.id, row.name) if row else None
        item = self.categories.tree.currentItem()
        return (Record.CATEGORY, item.data(0, NODE).id, item.text(0)) if item else None

    def archive_selected(self, *, ask: bool = True) -> bool:
        chosen = self.selected_record()
        if chosen is None:
            self.say(self.tr("Choose a record first."))
            return False
        record, record_id, name = chosen
        if ask and not confirm(self, self.tr("Archive {name}? It leaves the lists; its tickets keep it.").format(name=name)):
            return False
        return self._run(lambda: set_archived(record, record_id), self.tr("{name} archived.").format(name=name))

    def delete_selected(self, *, ask: bool = True) -> bool:
        chosen = self.selected_record()
        if chosen is None:
            self.say(self.tr("Choose a record first."))
            return False
        record, record_id, name = chosen
        if ask and not confirm(self, self.tr("Delete {name} for good?").format(name=name)):
            return False
        return self._run(lambda: delete_record(record, record_id), self.tr("{name} deleted.").format(name=name))

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
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", self.tr("Excel or CSV (*.xlsx *.csv);;All files (*)"))
            if not path:
                return None
        try:
            sheet = read_sheet(path)
        except DeskError as error:
            self.say(tr_models(error.message, error.params))
            return None
        dialog = ImportDialog(sheet, kind, self)
        self.import_dialog = dialog
        if dialog.exec() == ImportDialog.DialogCode.Accepted and dialog.outcome:
            self._report_import(dialog.outcome)
            self.context.signals.registers_changed.emit()
        return dialog

    def _report_import(self, outcome: ImportOutcome) -> None:
        self.say(self.tr("Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows with problems left out.")
                 .format(created=outcome.created, updated=outcome.updated, unchanged=outcome.unchanged, skipped=outcome.skipped))

    def start_export(self, path: str | None = None) -> int | None:
        community_id = self._community_to_export()
        if community_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export households"), str(Path.home() / "households.xlsx"),
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
        try:
            count = export_households(path, community_id=community_id)
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
