"""Pieces the register tabs share: a read-only table model over a list of plain rows,
a form dialog that shows each ValidationError message beside its field and keeps what
was typed, a yes/no confirmation, the translated labels of register codes, and the look
of archived records (greyed, marked 已归档) when the page shows them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.translations import tr_models
from models.codes import HouseholdRole, RoomKind
from models.errors import DeskError, ValidationError

ROLE_LABELS = {
    HouseholdRole.OWNER: QT_TRANSLATE_NOOP("Registers", "Owner"),
    HouseholdRole.TENANT: QT_TRANSLATE_NOOP("Registers", "Tenant"),
    HouseholdRole.FAMILY: QT_TRANSLATE_NOOP("Registers", "Family member"),
}
ROOM_KIND_LABELS = {
    RoomKind.RESIDENCE: QT_TRANSLATE_NOOP("Registers", "Residence"),
    RoomKind.SHOP: QT_TRANSLATE_NOOP("Registers", "Shop"),
    RoomKind.PUBLIC: QT_TRANSLATE_NOOP("Registers", "Public area"),
}


def archived_mark(name: str, archived: bool) -> str:
    """The name as listed: archived records carry the 已归档 mark."""
    if not archived:
        return name
    return QCoreApplication.translate("Registers", "{name} (archived)").format(name=name)


def archived_brush() -> QBrush:
    """Archived records are greyed like disabled text."""
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def role_label(role: str) -> str:
    return QCoreApplication.translate("Registers", ROLE_LABELS.get(role, role))


def room_kind_label(kind: str) -> str:
    return QCoreApplication.translate("Registers", ROOM_KIND_LABELS.get(kind, kind))


@dataclass(frozen=True)
class Column:
    """A table column: its header (marked with QT_TRANSLATE_NOOP("Registers", ...)) and its cell."""

    header: str
    value: Callable[[Any], object]


class RowsModel(QAbstractTableModel):
    """Read-only model over a list of plain rows (dataclasses from the domain)."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return archived_brush() if getattr(row, "archived", False) else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.columns[index.column()].value(row)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Registers", self.columns[section].header)
        return None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


class FormDialog(QDialog):
    """A dialog of labelled fields with an error line under each; `save` is called on OK
    and the dialog stays open (with everything typed) when it raises ValidationError."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(f"{object_name}.buttons")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.general_error = QLabel(objectName=f"{object_name}.error", wordWrap=True)
        self.general_error.setStyleSheet("color: #b42318;")
        self.general_error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.saved_id: int | None = None

    def add_field(self, name: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"{self.objectName()}.{name}")
        label, error = QLabel(), QLabel(objectName=f"{self.objectName()}.{name}.error", wordWrap=True)
        label.setBuddy(widget)
        error.setStyleSheet("color: #b42318;")
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, column)
        self.fields[name], self.labels[name], self.errors[name] = widget, label, error
        return widget

    def set_label(self, name: str, text: str) -> None:
        self.labels[name].setText(text)

    def save(self) -> int:
        """Subclasses call the domain service and return the saved record's id."""
        raise NotImplementedError

    def show_problems(self, error: ValidationError) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        first = None
        for name, message in error.problems.items():
            text = tr_models(message, error.problem_params.get(name))
            target = self.errors.get(name)
            if target is None:
                self.general_error.setText(text)
                self.general_error.show()
                continue
            target.setText(text)
            target.show()
            first = first or self.fields[name]
        if first is not None:
            first.setFocus()

    def show_general(self, error: DeskError) -> None:
        self.general_error.setText(tr_models(error.message, error.params))
        self.general_error.show()

    def _on_buttons_accepted(self) -> None:
        try:
            self.saved_id = self.save()
        except ValidationError as error:
            self.show_problems(error)
            return
        except DeskError as error:
            self.show_general(error)
            return
        self.accept()


def confirm(parent: QWidget, text: str) -> bool:
    title = QCoreApplication.translate("Registers", "Registers")
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
