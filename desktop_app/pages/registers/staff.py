"""The staff tab of the registers page: departments on the left, the staff of the chosen
department (or all) on the right with role, skills, masked phone and on-duty flag, and
the dialogs that add or edit a staff member or a department. With include_archived,
archived departments and staff are listed too, greyed and marked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import acting
from desktop_app.pages.registers.common import CONTEXT, archived_mark
from desktop_app.pages.registers.places import read_only_table
from desktop_app.widgets.dialogs import FormDialog
from desktop_app.widgets.fitted_columns import ColumnFit, FittedColumns
from desktop_app.widgets.rows_model import Column, RowsModel, archived_brush
from models.registers import (
    DepartmentForm,
    DepartmentRow,
    StaffForm,
    StaffRow,
    list_departments,
    list_staff,
    save_department,
    save_staff,
)

STAFF_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Registers", "Name"), lambda s: archived_mark(s.name, s.archived)),
    Column(QT_TRANSLATE_NOOP("Registers", "Department"), lambda s: s.department),
    Column(QT_TRANSLATE_NOOP("Registers", "Post"), lambda s: s.role),
    Column(QT_TRANSLATE_NOOP("Registers", "Skills"), lambda s: s.skills),
    Column(QT_TRANSLATE_NOOP("Registers", "Phone"), lambda s: s.masked_phone),
    Column(QT_TRANSLATE_NOOP("Registers", "On duty"), lambda s: "✓" if s.on_duty else ""),
]

# 在岗 is a tick: it takes the width of its header, and 技能 the room that is left
STAFF_FITS = [
    ColumnFit("name", "欧阳建国", give=0.2, hideable=False),
    ColumnFit("department", "工程维修", give=0.2),
    ColumnFit("post", "水电维修工", give=0.3),
    ColumnFit("skills", "水电, 管道疏通, 电梯应急", give=0.6, stretch=1),
    ColumnFit("phone", "137****0000"),
    ColumnFit("on_duty", "✓"),
]


class StaffTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_text = ""
        self.include_archived = False
        self.departments = QListWidget(objectName="registers.departments")
        self.departments.currentRowChanged.connect(lambda _row: self.reload())
        self.model = RowsModel(STAFF_COLUMNS, CONTEXT, self)
        self.table = read_only_table("registers.staff.table", self.model)
        self.columns = FittedColumns(self.table, STAFF_FITS, "registers/staff")
        self.table.doubleClicked.connect(lambda index: self.edit_staff(self.model.row_at(index.row())))
        self.add_staff_button = QPushButton(objectName="registers.staff.add")
        self.edit_staff_button = QPushButton(objectName="registers.staff.edit")
        self.add_department_button = QPushButton(objectName="registers.departments.add")
        self.edit_department_button = QPushButton(objectName="registers.departments.edit")
        self.add_staff_button.clicked.connect(lambda: self.edit_staff(None))
        self.edit_staff_button.clicked.connect(lambda: self.edit_staff(self.selected_staff()))
        self.add_department_button.clicked.connect(lambda: self.edit_department(None))
        self.edit_department_button.clicked.connect(lambda: self.edit_department(self.selected_department()))
        self._layout()

    def _layout(self) -> None:
        left, right = QWidget(), QWidget()
        left_layout, right_layout = QVBoxLayout(left), QVBoxLayout(right)
        for layout in (left_layout, right_layout):
            layout.setContentsMargins(0, 0, 0, 0)
        left_buttons, right_buttons = QHBoxLayout(), QHBoxLayout()
        left_buttons.addWidget(self.add_department_button)
        left_buttons.addWidget(self.edit_department_button)
        right_buttons.addWidget(self.add_staff_button)
        right_buttons.addWidget(self.edit_staff_button)
        right_buttons.addStretch()
        left_layout.addLayout(left_buttons)
        left_layout.addWidget(self.departments)
        right_layout.addLayout(right_buttons)
        right_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate_ui(self) -> None:
        self.add_staff_button.setText(self.tr("Add staff member…"))
        self.edit_staff_button.setText(self.tr("Edit…"))
        self.add_department_button.setText(self.tr("Add department…"))
        self.edit_department_button.setText(self.tr("Rename…"))
        if self.departments.count():
            self.departments.item(0).setText(self.tr("All departments"))
        self.model.retranslate()

    def reload_departments(self) -> None:
        chosen = self.selected_department()
        self.departments.blockSignals(True)
        self.departments.clear()
        self.departments.addItem(QListWidgetItem(self.tr("All departments")))
        for department in list_departments(include_archived=self.include_archived):
            name = archived_mark(department.name, department.archived)
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=name, count=department.staff_count))
            item.setData(Qt.ItemDataRole.UserRole, department)
            if department.archived:
                item.setForeground(archived_brush())
            self.departments.addItem(item)
            if chosen and chosen.id == department.id:
                self.departments.setCurrentItem(item)
        if self.departments.currentRow() < 0:
            self.departments.setCurrentRow(0)
        self.departments.blockSignals(False)
        self.reload()

    def apply_filter(self, text: str) -> None:
        self.filter_text = text
        self.reload()

    def reload(self) -> None:
        department = self.selected_department()
        staff = list_staff(
            self.filter_text, department.id if department else None, include_archived=self.include_archived
        )
        self.model.set_rows(staff)

    def selected_department(self) -> DepartmentRow | None:
        item = self.departments.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_staff(self) -> StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def edit_staff(self, staff: StaffRow | None) -> bool:
        department = self.selected_department()
        dialog = StaffDialog(staff, department.id if department else None, self)
        if dialog.exec() != StaffDialog.DialogCode.Accepted:
            return False
        self.changed.emit()
        return True

    def edit_department(self, department: DepartmentRow | None) -> bool:
        dialog = DepartmentDialog(department, self)
        if dialog.exec() != DepartmentDialog.DialogCode.Accepted:
            return False
        self.changed.emit()
        return True


class StaffDialog(FormDialog):
    def __init__(self, staff: StaffRow | None, department_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__("staff", parent)
        self.staff = staff
        self.name = self.add_field("name", QLineEdit(staff.name if staff else ""))
        self.department = self.add_field("department", QComboBox())
        for department in list_departments():
            self.department.addItem(department.name, department.id)
        wanted = staff.department_id if staff else department_id
        self.department.setCurrentIndex(max(0, self.department.findData(wanted)))
        self.role = self.add_field("role", QLineEdit(staff.role if staff else ""))
        self.skills = self.add_field("skills", QLineEdit(staff.skills if staff else ""))
        self.phone = self.add_field("phone", QLineEdit(staff.masked_phone if staff else ""))
        self.on_duty = self.add_field("on_duty", QCheckBox())
        self.on_duty.setChecked(staff.on_duty if staff else True)
        self.setWindowTitle(self.tr("Edit staff member") if staff else self.tr("Add staff member"))
        for name, text in (
            ("name", self.tr("&Name")),
            ("department", self.tr("&Department")),
            ("role", self.tr("P&ost")),
            ("skills", self.tr("&Skills")),
            ("phone", self.tr("&Phone")),
            ("on_duty", self.tr("On d&uty")),
        ):
            self.set_label(name, text)
        self.skills.setPlaceholderText(self.tr("e.g. 水电、管道"))

    def save(self) -> int:
        phone = self.phone.text()
        if self.staff and phone.strip() == self.staff.masked_phone:
            phone = self.staff.phone
        form = StaffForm(
            name=self.name.text(),
            department_id=self.department.currentData(),
            role=self.role.text(),
            skills=self.skills.text(),
            phone=phone,
            on_duty=self.on_duty.isChecked(),
            id=self.staff.id if self.staff else None,
        )
        return save_staff(form, **acting(self))


class DepartmentDialog(FormDialog):
    def __init__(self, department: DepartmentRow | None, parent: QWidget | None = None) -> None:
        super().__init__("department", parent)
        self.department = department
        self.name = self.add_field("name", QLineEdit(department.name if department else ""))
        self.phone = self.add_field("phone", QLineEdit(department.phone if department else ""))
        self.setWindowTitle(self.tr("Department"))
        self.set_label("name", self.tr("&Name"))
        self.set_label("phone", self.tr("&Phone"))

    def save(self) -> int:
        department = self.department
        form = DepartmentForm(
            name=self.name.text(),
            phone=self.phone.text(),
            code=department.code if department else "",
            id=department.id if department else None,
        )
        return save_department(form, **acting(self))
