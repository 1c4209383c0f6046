"""Settings › Printing: what the work orders (派工单) print and how — the office's name and
phone on the paper, copies per work order, A5 or two per A4 sheet, whether crews see
the reporter's full phone number, and which Chinese TrueType font the paper embeds."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import DeskContext, acting
from desktop_app.error_presenter import message_for
from desktop_app.printing.font_files import find_cjk_font
from desktop_app.translations import tr_models
from desktop_app.widgets.page import Page
from models.dispatch import (
    MAX_COPIES,
    OFFICE_NAME_LIMIT,
    OFFICE_PHONE_LIMIT,
    PrintSettings,
    print_settings,
    save_print_settings,
)
from models.errors import PermissionDenied, ValidationError

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "Printing")
FIELDS = ("office_name", "office_phone", "copies", "layout", "font_file")


class PrintingSection(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("settings.print")
        self._build_fields()
        self._build_layout()
        self.load()
        self.retranslate_ui()

    def _build_fields(self) -> None:
        self.office_name = QLineEdit(objectName="settings.print.office_name", maxLength=OFFICE_NAME_LIMIT)
        self.office_phone = QLineEdit(objectName="settings.print.office_phone", maxLength=OFFICE_PHONE_LIMIT)
        self.copies = QSpinBox(objectName="settings.print.copies", minimum=1, maximum=MAX_COPIES)
        self.layout_choice = QComboBox(objectName="settings.print.layout")
        self.layout_choice.addItem("", "a5")
        self.layout_choice.addItem("", "a4x2")
        self.crew_full_phone = QCheckBox(objectName="settings.print.crew_full_phone")
        self.font_file = QLineEdit(objectName="settings.print.font_file")
        self.font_browse = QPushButton(objectName="settings.print.font_browse", clicked=self._on_font_browse_clicked)
        self.font_in_use = QLabel(objectName="settings.print.font_in_use", wordWrap=True)
        self.save_button = QPushButton(objectName="settings.print.save", clicked=self.save)
        self.message = QLabel(objectName="settings.print.message")
        self.errors = {name: _error_label(name) for name in FIELDS}

    def _build_layout(self) -> None:
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_file, 1)
        font_row.addWidget(self.font_browse)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        fields = (self.office_name, self.office_phone, self.copies, self.layout_choice, self.crew_full_phone, font_row)
        for label, field, name in zip(self.labels, fields, (*FIELDS[:4], None, "font_file"), strict=True):
            self.form.addRow(label, _with_error(field, self.errors.get(name)))
        self.form.addRow(QLabel(self), self.font_in_use)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addLayout(buttons)
        outer.addStretch(1)

    def retranslate_ui(self) -> None:
        texts = (
            self.tr("Office name on the paper"),
            self.tr("Office phone"),
            self.tr("Copies of each work order"),
            self.tr("Paper"),
            self.tr("Phone numbers"),
            self.tr("Chinese font file"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.office_name.setPlaceholderText(self.tr("e.g. the community's property service centre"))
        self.layout_choice.setItemText(0, self.tr("A5, one work order per sheet"))
        self.layout_choice.setItemText(1, self.tr("A4, two work orders side by side"))
        self.crew_full_phone.setText(self.tr("Print the reporter's full phone number for the crew"))
        self.font_file.setPlaceholderText(self.tr("Found automatically"))
        self.font_browse.setText(self.tr("Choose…"))
        self.save_button.setText(self.tr("Save printing settings"))
        self._show_font_in_use()

    # --- loading and saving ---------------------------------------------------------------
    def load(self) -> None:
        settings = print_settings()
        self.office_name.setText(settings.office_name)
        self.office_phone.setText(settings.office_phone)
        self.copies.setValue(settings.copies)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(settings.layout)))
        self.crew_full_phone.setChecked(settings.crew_full_phone)
        self.font_file.setText(settings.font_file)

    def typed(self) -> PrintSettings:
        return replace(
            print_settings(),
            office_name=self.office_name.text(),
            office_phone=self.office_phone.text(),
            copies=self.copies.value(),
            layout=self.layout_choice.currentData(),
            crew_full_phone=self.crew_full_phone.isChecked(),
            font_file=self.font_file.text(),
        )

    def save(self) -> bool:
        """Store what was typed; on a problem keep it, say what is wrong beside the field."""
        self._clear_errors()
        typed = self.typed()
        problems = self._font_problems(typed.font_file.strip())
        if not problems:
            try:
                saved = save_print_settings(typed, **acting(self))
            except ValidationError as error:
                problems = {
                    name: tr_models(text, error.problem_params.get(name)) for name, text in error.problems.items()
                }
            except PermissionDenied as error:  # a role that may not change settings: say so, keep what was typed
                self.message.setText(message_for(error))
                return False
        if problems:
            self._show_problems(problems)
            return False
        self.office_phone.setText(saved.office_phone)
        self.message.setText(self.tr("Printing settings saved."))
        self._show_font_in_use()
        self.context.signals.settings_changed.emit()
        return True

    def _font_problems(self, path: str) -> dict[str, str]:
        found = find_cjk_font(path) if path else None
        if path and (found is None or found.source != "configured"):
            return {
                "font_file": self.tr(
                    "This is not a TrueType font file (.ttf, or .ttc with TrueType outlines) that can be read."
                )
            }
        return {}

    def _show_problems(self, problems: dict[str, str]) -> None:
        for name, text in problems.items():
            self.errors[name].setText(text)
            self.errors[name].show()
        self.message.setText(self.tr("Nothing was saved: please correct the fields marked in red."))
        first = next(name for name in FIELDS if name in problems)
        self._field(first).setFocus()

    def _clear_errors(self) -> None:
        self.message.clear()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _field(self, name: str) -> QWidget:
        return {
            "office_name": self.office_name,
            "office_phone": self.office_phone,
            "copies": self.copies,
            "layout": self.layout_choice,
            "font_file": self.font_file,
        }[name]

    def _show_font_in_use(self) -> None:
        found = find_cjk_font(print_settings().font_file or None)
        if found is None:
            self.font_in_use.setText(self.tr("No Chinese font found: work orders cannot be printed."))
        else:
            self.font_in_use.setText(self.tr("Work orders use {path}").format(path=found.path))

    def _on_font_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Chinese TrueType font"),
            self.font_file.text(),
            self.tr("TrueType fonts (*.ttf *.ttc)"),
        )
        if chosen:
            self.font_file.setText(chosen)


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=f"settings.print.{name}_error", wordWrap=True)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


def _with_error(field, error: QLabel | None) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    if error is not None:
        column.addWidget(error)
    return box


def build_section(context: DeskContext) -> PrintingSection:
    return PrintingSection(context)
