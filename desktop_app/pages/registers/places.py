"""The places tab of the registers page: the tree of communities → buildings → units →
rooms (children listed when a branch is opened), and the room page beside it with the
room's households and its full ticket history. Filtering lists matching rooms flat.
With include_archived, archived places are listed too, greyed and marked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import acting
from desktop_app.pages.registers.common import CONTEXT, archived_mark, role_label, room_kind_label
from desktop_app.translations import code_label
from desktop_app.widgets.dialogs import FormDialog
from desktop_app.widgets.fitted_columns import ColumnFit, FittedColumns
from desktop_app.widgets.rows_model import Column, RowsModel, archived_brush
from models.clock import format_datetime
from models.codes import RoomKind
from models.registers import (
    CommunityForm,
    PlaceNode,
    RoomForm,
    RoomPage,
    list_buildings,
    list_communities,
    list_rooms,
    list_units,
    room_page,
    save_community,
    save_room,
    search_rooms,
)
from models.tickets import room_tickets

LEVEL = Qt.ItemDataRole.UserRole
RECORD_ID = Qt.ItemDataRole.UserRole + 1
LOADED = Qt.ItemDataRole.UserRole + 2
PARENT_ID = Qt.ItemDataRole.UserRole + 3
ARCHIVED = Qt.ItemDataRole.UserRole + 4
NAME = Qt.ItemDataRole.UserRole + 5  # the label without the archived mark

HOUSEHOLD_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Registers", "Name"), lambda r: archived_mark(r.name, r.archived)),
    Column(QT_TRANSLATE_NOOP("Registers", "Role"), lambda r: role_label(r.role)),
    Column(QT_TRANSLATE_NOOP("Registers", "Phones"), lambda r: r.masked_phones),
    Column(QT_TRANSLATE_NOOP("Registers", "ID number"), lambda r: r.masked_id_number),
    Column(QT_TRANSLATE_NOOP("Registers", "Moved in"), lambda r: r.move_in.isoformat() if r.move_in else ""),
    Column(QT_TRANSLATE_NOOP("Registers", "Tags"), lambda r: r.tags),
]
TICKET_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Registers", "Ticket"), lambda t: t.number),
    Column(QT_TRANSLATE_NOOP("Registers", "Received"), lambda t: format_datetime(t.received_at)),
    Column(QT_TRANSLATE_NOOP("Registers", "Kind"), lambda t: code_label(t.kind)),
    Column(QT_TRANSLATE_NOOP("Registers", "Category"), lambda t: t.category),
    Column(QT_TRANSLATE_NOOP("Registers", "Status"), lambda t: code_label(t.status)),
    Column(QT_TRANSLATE_NOOP("Registers", "Reporter"), lambda t: t.reporter_name),
    Column(QT_TRANSLATE_NOOP("Registers", "Description"), lambda t: t.description.replace("\n", " ")),
]


ROOM_HOUSEHOLD_FITS = [
    ColumnFit("name", "欧阳建国", give=0.2, hideable=False),
    ColumnFit("role", "家庭成员"),
    ColumnFit("phones", "138****5678, 010-****5678", wrapped="010-****5678", give=0.3, stretch=1),
    ColumnFit("id_number", "110101********1234", give=0.4),
    ColumnFit("move_in", "2020-01-01"),
    ColumnFit("tags", "独居老人, 养狗", give=0.6, stretch=1),
]
ROOM_TICKET_FITS = [
    ColumnFit("number", "BX20261201-0005", hideable=False),
    ColumnFit("received_at", "2026-12-01 21:56", wrapped="2026-12-01"),
    ColumnFit("kind", "报修"),
    ColumnFit("category", "房屋渗漏", give=0.3),
    ColumnFit("status", "处理中"),
    ColumnFit("reporter", "欧阳建国", give=0.3),
    ColumnFit("description", "卫生间天花板渗水", give=0.7, stretch=1),
]


def read_only_table(name: str, model: RowsModel) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


class PlacesTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: RoomPage | None = None
        self.include_archived = False
        self.tree = QTreeWidget(objectName="registers.rooms.tree")
        self.tree.setHeaderHidden(True)
        self.tree.itemExpanded.connect(self._on_tree_item_expanded)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.add_community_button = QPushButton(objectName="registers.places.add_community")
        self.add_room_button = QPushButton(objectName="registers.places.add_room")
        self.add_community_button.clicked.connect(self.add_community)
        self.add_room_button.clicked.connect(self.add_room)
        self.room_title = QLabel(objectName="registers.room.title")
        self.room_title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.households_label, self.tickets_label = QLabel(), QLabel()
        self.households_model = RowsModel(HOUSEHOLD_COLUMNS, CONTEXT, self)
        self.tickets_model = RowsModel(TICKET_COLUMNS, CONTEXT, self)
        self.households_table = read_only_table("registers.room.households", self.households_model)
        self.tickets_table = read_only_table("registers.room.tickets", self.tickets_model)
        self.households_columns = FittedColumns(self.households_table, ROOM_HOUSEHOLD_FITS, "registers/room_households")
        self.tickets_columns = FittedColumns(self.tickets_table, ROOM_TICKET_FITS, "registers/room_tickets")
        self._layout()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_community_button)
        buttons.addWidget(self.add_room_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.tree)
        right = QWidget(objectName="registers.room.page")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.room_title,
            self.households_label,
            self.households_table,
            self.tickets_label,
            self.tickets_table,
        ):
            right_layout.addWidget(widget)
        right_layout.setStretch(2, 1)
        right_layout.setStretch(4, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate_ui(self) -> None:
        self.add_community_button.setText(self.tr("Add community…"))
        self.add_room_button.setText(self.tr("Add room…"))
        self.households_model.retranslate()
        self.tickets_model.retranslate()
        self._show_titles()

    # --- the tree --------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        self.tree.clear()
        if text.strip():
            for node in search_rooms(text, include_archived=self.include_archived):
                self.tree.addTopLevelItem(self._item(node))
            return
        for node in list_communities(include_archived=self.include_archived):
            self.tree.addTopLevelItem(self._item(node))
        if self.tree.topLevelItemCount() == 1:
            self.tree.topLevelItem(0).setExpanded(True)

    def _item(self, node: PlaceNode, parent_id: int | None = None) -> QTreeWidgetItem:
        label = self._label(node)
        item = QTreeWidgetItem([archived_mark(label, node.archived)])
        item.setData(0, LEVEL, node.level)
        item.setData(0, RECORD_ID, node.id)
        item.setData(0, PARENT_ID, parent_id)
        item.setData(0, NAME, label)
        item.setData(0, ARCHIVED, node.archived)
        if node.archived:
            item.setForeground(0, archived_brush())
        if node.level != "room":
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return item

    def _label(self, node: PlaceNode) -> str:
        if node.level == "building":
            return self.tr("Building {name}").format(name=node.name)
        if node.level == "unit":
            return self.tr("Unit {name}").format(name=node.name)
        return node.name

    def _on_tree_item_expanded(self, item: QTreeWidgetItem) -> None:
        if item.data(0, LOADED):
            return
        item.setData(0, LOADED, True)
        level, record_id = item.data(0, LEVEL), item.data(0, RECORD_ID)
        for node in self._children(level, record_id, item.data(0, PARENT_ID)):
            item.addChild(self._item(node, record_id))
        if item.childCount() == 0:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator)

    def _children(self, level: str, record_id: int, parent_id: int | None) -> list[PlaceNode]:
        archived = self.include_archived
        if level == "community":
            return list_buildings(record_id, include_archived=archived)
        if level == "building":
            return list_units(record_id, include_archived=archived) + list_rooms(
                record_id, None, include_archived=archived
            )
        if level == "unit":
            return list_rooms(parent_id, record_id, include_archived=archived)
        return []

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is not None and item.data(0, LEVEL) == "room":
            self.show_room(item.data(0, RECORD_ID))

    def selected_community_id(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, LEVEL) != "community":
            item = item.parent()
        return item.data(0, RECORD_ID) if item else None

    # --- the room page -----------------------------------------------------------------------
    def show_room(self, room_id: int) -> RoomPage:
        self.current = room_page(room_id)
        self.households_model.set_rows(self.current.households)
        self.room_tickets = room_tickets(room_id)
        self.tickets_model.set_rows(self.room_tickets)
        self._show_titles()
        return self.current

    def refresh_room(self) -> None:
        if self.current is not None:
            self.show_room(self.current.room_id)

    def _show_titles(self) -> None:
        page = self.current
        if page is None:
            self.room_title.setText(self.tr("Choose a room on the left to see its households and tickets."))
            self.households_label.setText("")
            self.tickets_label.setText("")
            return
        self.room_title.setText(
            self.tr("Room {room} · {community} · {kind}").format(
                room=archived_mark(page.code, page.archived), community=page.community, kind=room_kind_label(page.kind)
            )
        )
        self.households_label.setText(self.tr("Households ({count})").format(count=len(page.households)))
        self.tickets_label.setText(self.tr("Ticket history ({count})").format(count=len(self.room_tickets)))

    # --- adding --------------------------------------------------------------------------------
    def add_community(self) -> bool:
        dialog = CommunityDialog(self)
        if dialog.exec() != CommunityDialog.DialogCode.Accepted:
            return False
        self.changed.emit()
        return True

    def add_room(self) -> bool:
        dialog = RoomDialog(self.selected_community_id(), self)
        if dialog.exec() != RoomDialog.DialogCode.Accepted:
            return False
        self.changed.emit()
        self.show_room(dialog.saved_id)
        return True


class CommunityDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("community", parent)
        self.name = self.add_field("name", QLineEdit())
        self.address = self.add_field("address", QLineEdit())
        self.phone = self.add_field("phone", QLineEdit())
        self.setWindowTitle(self.tr("Add community"))
        self.set_label("name", self.tr("&Name"))
        self.set_label("address", self.tr("&Address"))
        self.set_label("phone", self.tr("&Phone"))

    def save(self) -> int:
        return save_community(
            CommunityForm(name=self.name.text(), address=self.address.text(), phone=self.phone.text()), **acting(self)
        )


class RoomDialog(FormDialog):
    def __init__(self, community_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__("room", parent)
        self.community = self.add_field("community", QComboBox())
        for node in list_communities():
            self.community.addItem(node.name, node.id)
        if community_id is not None:
            self.community.setCurrentIndex(max(0, self.community.findData(community_id)))
        self.code = self.add_field("code", QLineEdit())
        self.kind = self.add_field("kind", QComboBox())
        for kind in RoomKind:
            self.kind.addItem(room_kind_label(kind), kind.value)
        self.area = self.add_field("area_m2", QLineEdit())
        self.setWindowTitle(self.tr("Add room"))
        self.set_label("community", self.tr("&Community"))
        self.set_label("code", self.tr("&Room number"))
        self.set_label("kind", self.tr("&Kind"))
        self.set_label("area_m2", self.tr("&Area (m²)"))
        self.code.setPlaceholderText(self.tr("e.g. 3-2-1501 or 3栋2单元1501"))

    def save(self) -> int:
        community_id = self.community.currentData()
        form = RoomForm(
            community_id=community_id if community_id is not None else 0,
            code=self.code.text(),
            kind=self.kind.currentData(),
            area_m2=self.area.text(),
        )
        return save_room(form, **acting(self))
