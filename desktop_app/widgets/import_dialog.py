"""The import preview: the sheet's first rows, a column chooser per field (remembered in
QSettings for the next file), every bad row with its number, column and reason, and the
choice between importing the good rows and importing nothing. Nothing is written until
the user presses the import button; the write is one transaction. Checking and writing a
large sheet show a progress dialog whose Cancel stops the check, or rolls the write back
so that nothing is imported (the dialog then closes with `cancelled` set)."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import acting
from desktop_app.translations import tr_models
from desktop_app.widgets.import_progress import ProgressReporter
from models import imports
from models.errors import DeskError
from models.imports import CancelledError, ImportOutcome, Progress, Sheet, cell_text, guess_mapping
from models.registers import list_communities, mask_id_number, mask_phone, normalise_id_number, split_phones

PREVIEW_ROWS = 100
COMMUNITY_TYPING_MS = 500  # a typed community name is checked once typing pauses
FIELD_LABELS = {
    "building": QT_TRANSLATE_NOOP("ImportDialog", "Building"),
    "unit": QT_TRANSLATE_NOOP("ImportDialog", "Unit"),
    "room": QT_TRANSLATE_NOOP("ImportDialog", "Room number"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "phones": QT_TRANSLATE_NOOP("ImportDialog", "Phones"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "id_number": QT_TRANSLATE_NOOP("ImportDialog", "ID number"),
    "move_in": QT_TRANSLATE_NOOP("ImportDialog", "Moved in"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    "post": QT_TRANSLATE_NOOP("ImportDialog", "Post"),
    "department": QT_TRANSLATE_NOOP("ImportDialog", "Department"),
    "skills": QT_TRANSLATE_NOOP("ImportDialog", "Skills"),
    "on_duty": QT_TRANSLATE_NOOP("ImportDialog", "On duty"),
}
COLUMNS = {"households": imports.HOUSEHOLD_COLUMNS, "staff": imports.STAFF_COLUMNS}


def settings_key(kind: str) -> str:
    return f"registers/import_mapping/{kind}"


def remembered_mapping(kind: str) -> dict[str, str]:
    try:
        value = json.loads(str(QSettings().value(settings_key(kind), "{}")))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def masked(text: str) -> str:
    """Phone and ID numbers in the preview are masked like everywhere else."""
    id_number = normalise_id_number(text) if len(text) >= 15 else None
    if id_number:
        return mask_id_number(id_number)
    numbers, rejected = split_phones(text)
    if numbers and not rejected:
        return " / ".join(mask_phone(number) for number in numbers)
    return text


class ImportDialog(QDialog):
    def __init__(self, sheet: Sheet, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import.dialog")
        self.sheet, self.kind, self.columns = sheet, kind, COLUMNS[kind]
        self.plan = None
        self.error_text = ""
        self.check_stopped = False
        self.cancelled = False
        self.writing = False  # an import is being written (its progress dialog is up)
        self.outcome: ImportOutcome | None = None
        self._community_timer = QTimer(self, singleShot=True, interval=COMMUNITY_TYPING_MS, timeout=self.recheck)
        self.mapping_boxes: dict[str, QComboBox] = {}
        self.mapping_labels: dict[str, QLabel] = {}
        self.community = QComboBox(objectName="import.community", editable=True)
        self.community_label = QLabel()
        self.summary = QLabel(objectName="import.summary", wordWrap=True)
        self.preview = self._table("import.preview")
        self.problems = self._table("import.problems")
        self.apply_button = QPushButton(objectName="import.apply", default=True)
        self.cancel_button = QPushButton(objectName="import.cancel")
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.mapping_group, self.preview_group, self.problems_group = QGroupBox(), QGroupBox(), QGroupBox()
        self._build_mapping()
        self._layout()
        self._fill_preview()
        self.retranslate_ui()
        self.recheck()
        self.resize(980, 700)

    # --- construction --------------------------------------------------------------------------
    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(objectName=name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _build_mapping(self) -> None:
        mapping = guess_mapping(self.sheet.headers, self.columns, remembered_mapping(self.kind))
        form = QFormLayout(self.mapping_group)
        if self.kind == "households":
            for node in list_communities():
                self.community.addItem(node.name, node.id)
            self.community.currentTextChanged.connect(lambda _text: self._community_timer.start())
            self.community_label.setBuddy(self.community)
            form.addRow(self.community_label, self.community)
        for field_name in self.columns:
            box = QComboBox(objectName=f"import.map.{field_name}")
            box.addItem("", None)
            for index, header in enumerate(self.sheet.headers):
                box.addItem(header or f"#{index + 1}", index)
            box.setCurrentIndex(box.findData(mapping[field_name]) if field_name in mapping else 0)
            box.currentIndexChanged.connect(lambda _index: self.recheck())
            label = QLabel()
            label.setBuddy(box)
            form.addRow(label, box)
            self.mapping_boxes[field_name], self.mapping_labels[field_name] = box, label

    def _layout(self) -> None:
        preview_layout = QVBoxLayout(self.preview_group)
        preview_layout.addWidget(self.preview)
        problems_layout = QVBoxLayout(self.problems_group)
        problems_layout.addWidget(self.problems)
        right = QVBoxLayout()
        right.addWidget(self.preview_group, 1)
        right.addWidget(self.problems_group, 1)
        top = QHBoxLayout()
        top.addWidget(self.mapping_group)
        top.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)

    def _fill_preview(self) -> None:
        rows = self.sheet.rows[:PREVIEW_ROWS]
        width = max([len(self.sheet.headers)] + [len(cells) for _, cells in rows])
        self.preview.setColumnCount(width + 1)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(["#", *self.sheet.headers, *[""] * (width - len(self.sheet.headers))])
        for row, (number, cells) in enumerate(rows):
            self.preview.setItem(row, 0, QTableWidgetItem(str(number)))
            for column, cell in enumerate(cells):
                self.preview.setItem(row, column + 1, QTableWidgetItem(masked(cell_text(cell))))
        self.preview.setColumnWidth(0, 50)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import {file}").format(file=self.sheet.file_name))
        self.community_label.setText(self.tr("&Community"))
        self.mapping_group.setTitle(self.tr("Columns"))
        self.preview_group.setTitle(self.tr("First rows of the file"))
        self.problems_group.setTitle(self.tr("Rows with problems"))
        self.problems.setColumnCount(3)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        for field_name, label in self.mapping_labels.items():
            key = "post" if (self.kind, field_name) == ("staff", "role") else field_name
            label.setText(QCoreApplication.translate("ImportDialog", FIELD_LABELS[key]))
            self.mapping_boxes[field_name].setItemText(0, self.tr("(not in the file)"))
        self.cancel_button.setText(self.tr("Import nothing"))
        self._show_plan()

    # --- checking ------------------------------------------------------------------------------
    def mapping(self) -> dict[str, int]:
        return {name: box.currentData() for name, box in self.mapping_boxes.items() if box.currentData() is not None}

    def recheck(self) -> None:
        """Check every row again (a progress dialog shows for a large sheet; Cancel stops)."""
        self._community_timer.stop()
        self.plan, self.error_text, self.check_stopped = None, "", False
        try:
            with ProgressReporter(self, self.tr("Import"), self.tr("Checking row {done} of {total}…")) as progress:
                self.plan = self._check(progress)
        except CancelledError:
            self.check_stopped = True
            self.error_text = self.tr(
                "Checking was stopped; nothing was imported. Choose the columns, then press Check the rows."
            )
        except DeskError as error:
            self.error_text = tr_models(error.message, error.params)
        self._show_plan()

    def _check(self, progress: Progress):
        if self.kind == "staff":
            return imports.check_staff(self.sheet, mapping=self.mapping(), progress=progress)
        community_id = self.community.currentData() if self.community.currentIndex() >= 0 else None
        typed = self.community.currentText().strip()
        if community_id is not None and self.community.itemText(self.community.currentIndex()) == typed:
            return imports.check_households(
                self.sheet, community_id=community_id, mapping=self.mapping(), progress=progress
            )
        return imports.check_households(self.sheet, community=typed or None, mapping=self.mapping(), progress=progress)

    def _show_plan(self) -> None:
        plan = self.plan
        self.problems.setRowCount(0)
        if plan is None:
            self.summary.setText(self.error_text)
            self.apply_button.setEnabled(self.check_stopped)
            self.apply_button.setText(self.tr("Check the rows") if self.check_stopped else self.tr("Import"))
            return
        self.problems.setRowCount(len(plan.problems))
        for row, problem in enumerate(plan.problems):
            for column, text in enumerate(
                (str(problem.row), problem.column, tr_models(problem.message, problem.params))
            ):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.setColumnWidth(0, 50)
        self.summary.setText(
            self.tr("{rows} rows read: {good} ready to import, {bad} with problems.").format(
                rows=plan.rows_read, good=len(plan.good), bad=plan.bad_rows
            )
        )
        self.apply_button.setEnabled(bool(plan.good))
        if plan.problems:
            self.apply_button.setText(self.tr("Import the {count} good rows").format(count=len(plan.good)))
        else:
            self.apply_button.setText(self.tr("Import {count} rows").format(count=len(plan.good)))

    # --- writing -------------------------------------------------------------------------------
    def apply(self) -> None:
        """Import the good rows; a stopped or stale check is run again first instead."""
        if self.check_stopped or self._community_timer.isActive():
            self.recheck()
            return
        if self.plan is None or not self.plan.good or self.writing:
            return  # a second press reaching us while the first import writes changes nothing
        try:
            self.writing = True
            with ProgressReporter(self, self.tr("Import"), self.tr("Importing row {done} of {total}…")) as progress:
                self.outcome = self._write(progress)
        except CancelledError:
            self.cancelled = True
            self.reject()
            return
        except DeskError as error:
            self.summary.setText(tr_models(error.message, error.params))
            return
        finally:
            self.writing = False
        self._remember_mapping()
        self.accept()

    def _write(self, progress: Progress) -> ImportOutcome:
        if self.kind == "staff":
            return imports.apply_staff(self.plan, skip_invalid=True, progress=progress, **acting(self))
        return imports.apply_households(self.plan, skip_invalid=True, progress=progress, **acting(self))

    def _remember_mapping(self) -> None:
        headers = {
            name: self.sheet.headers[index] for name, index in self.mapping().items() if index < len(self.sheet.headers)
        }
        QSettings().setValue(settings_key(self.kind), json.dumps(headers, ensure_ascii=False))
