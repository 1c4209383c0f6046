"""The households tab of the registers page: a lazily paged table over the register
(filtered in SQL, 200 rows fetched as the user scrolls; archived households greyed and
marked when the page shows them), and the household dialog.

Phones and ID numbers are shown masked everywhere, the dialog included: a masked value
left as it is keeps the stored number."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import acting
from desktop_app.error_presenter import show_error
from desktop_app.pages.registers.common import ROLE_LABELS, archived_mark, role_label
from desktop_app.widgets.dialogs import FormDialog
from desktop_app.widgets.fitted_columns import ColumnFit, FittedColumns
from desktop_app.widgets.rows_model import Column, archived_brush
from models.codes import HouseholdRole, Permission
from models.errors import DeskError
from models.office import may, reveal_household_id_number, reveal_household_phones
from models.registers import PAGE_SIZE, HouseholdForm, HouseholdRow, count_households, household_page, save_household

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Registers", "Room"), lambda r: r.room_code),
    Column(QT_TRANSLATE_NOOP("Registers", "Name"), lambda r: archived_mark(r.name, r.archived)),
    Column(QT_TRANSLATE_NOOP("Registers", "Role"), lambda r: role_label(r.role)),
    Column(QT_TRANSLATE_NOOP("Registers", "Phones"), lambda r: r.masked_phones),
    Column(QT_TRANSLATE_NOOP("Registers", "ID number"), lambda r: r.masked_id_number),
    Column(QT_TRANSLATE_NOOP("Registers", "Moved in"), lambda r: r.move_in.isoformat() if r.move_in else ""),
    Column(QT_TRANSLATE_NOOP("Registers", "Tags"), lambda r: r.tags),
    Column(QT_TRANSLATE_NOOP("Registers", "Notes"), lambda r: r.notes.replace("\n", " ")),
    Column(QT_TRANSLATE_NOOP("Registers", "Community"), lambda r: r.community),
]
# a narrow screen elides notes and tags first; room, name and community stay readable
COLUMN_FITS = [
    ColumnFit("room", "13-1-0301", give=0.2, hideable=False),
    ColumnFit("name", "欧阳建国", give=0.2),
    ColumnFit("role", "家庭成员"),
    ColumnFit("phones", "138****5678, 010-****5678", wrapped="010-****5678", give=0.3, stretch=1),
    ColumnFit("id_number", "110101********1234", give=0.4),
    ColumnFit("move_in", "2020-01-01"),
    ColumnFit("tags", "独居老人, 养狗", give=0.6, stretch=1),
    ColumnFit("notes", "每周二上门送药", give=0.7, stretch=2),
    ColumnFit("community", "阳光花园二期", give=0.3),
]


class HouseholdTableModel(QAbstractTableModel):
    """The register, one page of rows at a time; the filter goes to SQL."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filter_text = ""
        self.include_archived = False
        self.total = 0
        self.rows: list[HouseholdRow] = []

    def reload(self, filter_text: str | None = None) -> None:
        if filter_text is not None:
            self.filter_text = filter_text
        self.beginResetModel()
        self.total = count_households(self.filter_text, include_archived=self.include_archived)
        self.rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[HouseholdRow]:
        return household_page(self.filter_text, offset, PAGE_SIZE, include_archived=self.include_archived)

    def row_at(self, row: int) -> HouseholdRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        more = self._page(len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].value(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return archived_brush()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Registers", COLUMNS[section].header)
        return None


class HouseholdsTab(QWidget):
    """Table of households with add, edit and open-room buttons."""

    room_requested = Signal(int)  # room id
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HouseholdTableModel(self)
        self.table = QTableView(objectName="registers.households.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.columns = FittedColumns(self.table, COLUMN_FITS, "registers/households")
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.add_button = QPushButton(objectName="registers.households.add")
        self.edit_button = QPushButton(objectName="registers.households.edit")
        self.room_button = QPushButton(objectName="registers.households.open_room")
        self.add_button.clicked.connect(self.add_household)
        self.edit_button.clicked.connect(self.edit_selected)
        self.room_button.clicked.connect(self._on_room_button_clicked)
        # SPEC §6: full numbers are one deliberate, logged click away for the roles that may see them
        self.reveal_button = QPushButton(objectName="registers.households.reveal")
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.revealed = QLabel(objectName="registers.households.revealed")
        self.revealed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.revealed.clear())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.room_button, self.reveal_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.revealed)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add household…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.room_button.setText(self.tr("Open room"))
        self.reveal_button.setText(self.tr("Show full numbers"))
        self.reveal_button.setToolTip(self.tr("Shows the selected household's full numbers; the audit log records it."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    @property
    def include_archived(self) -> bool:
        return self.model.include_archived

    @include_archived.setter
    def include_archived(self, value: bool) -> None:
        self.model.include_archived = value

    def apply_filter(self, text: str) -> None:
        self.model.reload(text)

    def selected(self) -> HouseholdRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_household(self) -> bool:
        dialog = HouseholdDialog(None, self)
        return self._run(dialog)

    def edit_selected(self) -> bool:
        row = self.selected()
        return self._run(HouseholdDialog(row, self)) if row else False

    def _run(self, dialog: HouseholdDialog) -> bool:
        if dialog.exec() != HouseholdDialog.DialogCode.Accepted:
            return False
        self.changed.emit()
        return True

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_selected()

    def reveal_selected(self) -> str:
        """The selected household's full phone numbers — and ID number, for a role that may
        see it — below the table; each reveal leaves an audit entry. Returns the text shown."""
        row = self.selected()
        if row is None:
            return ""
        context = acting(self)
        try:
            phones = reveal_household_phones(row.id, **context)
            id_number = (
                reveal_household_id_number(row.id, **context)
                if may(context["operator"], Permission.REVEAL_ID_NUMBER) and row.id_number
                else row.masked_id_number
            )
        except DeskError as error:
            show_error(self, error)
            return ""
        text = self.tr("{name}: phone {phones}; ID number {id_number}").format(
            name=row.name, phones=phones or "—", id_number=id_number or "—"
        )
        self.revealed.setText(text)
        return text

    def _on_room_button_clicked(self) -> None:
        row = self.selected()
        if row:
            self.room_requested.emit(row.room_id)


class HouseholdDialog(FormDialog):
    """Add or edit one household; ValidationError messages appear beside the fields."""

    def __init__(self, household: HouseholdRow | None, parent: QWidget | None = None, room_code: str = "") -> None:
        super().__init__("household", parent)
        self.household = household
        self.room = self.add_field("room_code", QLineEdit(household.room_code if household else room_code))
        self.name = self.add_field("name", QLineEdit(household.name if household else ""))
        self.role = self.add_field("role", QComboBox())
        for role in HouseholdRole:
            self.role.addItem("", role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(household.role if household else HouseholdRole.OWNER)))
        self.phones = self.add_field("phones", QLineEdit(household.masked_phones if household else ""))
        self.id_number = self.add_field("id_number", QLineEdit(household.masked_id_number if household else ""))
        move_in = household.move_in.isoformat() if household and household.move_in else ""
        self.move_in = self.add_field("move_in", QLineEdit(move_in))
        self.tags = self.add_field("tags", QLineEdit(household.tags if household else ""))
        self.notes = self.add_field("notes", QPlainTextEdit(household.notes if household else ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.resize(520, self.sizeHint().height())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit household") if self.household else self.tr("Add household"))
        for name, text in (
            ("room_code", self.tr("&Room")),
            ("name", self.tr("&Name")),
            ("role", self.tr("R&ole")),
            ("phones", self.tr("&Phones")),
            ("id_number", self.tr("&ID number")),
            ("move_in", self.tr("&Moved in")),
            ("tags", self.tr("&Tags")),
            ("notes", self.tr("Not&es")),
        ):
            self.set_label(name, text)
        for index in range(self.role.count()):
            self.role.setItemText(
                index, QCoreApplication.translate("Registers", ROLE_LABELS[self.role.itemData(index)])
            )
        self.room.setPlaceholderText(self.tr("e.g. 3-2-1501 or 3栋2单元1501"))
        self.phones.setPlaceholderText(self.tr("several numbers separated by / or 、"))
        self.move_in.setPlaceholderText(self.tr("e.g. 2024-03-01"))
        self.tags.setPlaceholderText(self.tr("e.g. 独居老人、养宠物"))

    def save(self) -> int:
        form = HouseholdForm(
            room_code=self.room.text(),
            name=self.name.text(),
            role=self.role.currentData(),
            phones=self._kept(self.phones.text(), "masked_phones", lambda h: "/".join(h.phones)),
            id_number=self._kept(self.id_number.text(), "masked_id_number", lambda h: h.id_number),
            move_in=self.move_in.text(),
            tags=self.tags.text(),
            notes=self.notes.toPlainText(),
            id=self.household.id if self.household else None,
        )
        return save_household(form, **acting(self))

    def _kept(self, typed: str, masked_attribute: str, stored) -> str:
        """A masked value left untouched stands for the stored whole number."""
        if self.household and typed.strip() == getattr(self.household, masked_attribute):
            return stored(self.household)
        return typed
