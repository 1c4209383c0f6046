"""Dialog pieces every page may use: a form dialog that shows each ValidationError
message beside its field and keeps what was typed, a yes/no confirmation, and bringing
a window of the desk to the front."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app.translations import tr_models
from models.errors import DeskError, ValidationError


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


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default answer."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def bring_to_front(window: QWidget) -> None:
    """Show a window of the desk and give it the focus; a window that is already open
    is raised (offscreen test platforms cannot raise and say so, so they are spared)."""
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()
