"""The urgent words of the categories register: the phrases that make a call urgent in an
owner's words and the phrases that are calm despite such a word, one per line, that the
office edits and the intake's priority suggestion reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import acting
from desktop_app.translations import tr_models
from models.errors import ValidationError
from models.registers import restore_default_urgent_words, save_urgent_words, urgent_words


class UrgentWordsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgent_words")
        self.intro = QLabel(objectName="urgent_words.intro", wordWrap=True)
        self.urgent_label, self.calm_label = QLabel(), QLabel()
        self.urgent = QPlainTextEdit(objectName="urgent_words.urgent", tabChangesFocus=True)
        self.calm = QPlainTextEdit(objectName="urgent_words.calm", tabChangesFocus=True)
        self.urgent_label.setBuddy(self.urgent)
        self.calm_label.setBuddy(self.calm)
        self.error = QLabel(objectName="urgent_words.error", wordWrap=True, styleSheet="color: #b42318;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.defaults_button = QPushButton(objectName="urgent_words.defaults")
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        grid = QGridLayout()
        grid.addWidget(self.urgent_label, 0, 0)
        grid.addWidget(self.calm_label, 0, 1)
        grid.addWidget(self.urgent, 1, 0)
        grid.addWidget(self.calm, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._show(urgent_words())
        self.resize(640, 520)

    @staticmethod
    def opening_text() -> str:
        """The text of the button that opens this dialog (on the categories tab)."""
        return QCoreApplication.translate("UrgentWordsDialog", "Urgent words…")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Urgent words"))
        self.intro.setText(
            self.tr(
                "When an owner's description holds one of these phrases, intake suggests 'urgent' whatever the "
                "category. One phrase per line; * stands for up to six characters in between (电梯*困). "
                "A phrase right after 没有, 不 or 未 does not count."
            )
        )
        self.urgent_label.setText(self.tr("&Urgent when the owner says"))
        self.calm_label.setText(self.tr("&Not urgent despite a word"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.defaults_button.setText(self.tr("Restore the default words"))

    def _show(self, words) -> None:
        self.urgent.setPlainText("\n".join(words.urgent))
        self.calm.setPlainText("\n".join(words.calm))

    def save(self) -> bool:
        try:
            save_urgent_words(
                self.urgent.toPlainText().splitlines(), self.calm.toPlainText().splitlines(), **acting(self)
            )
        except ValidationError as error:
            field = next(iter(error.problems))
            self.error.setText(tr_models(error.problems[field], error.problem_params.get(field)))
            self.error.show()
            (self.urgent if field == "urgent" else self.calm).setFocus()
            return False
        self.accept()
        return True

    def _on_defaults_clicked(self) -> None:
        self._show(restore_default_urgent_words(**acting(self)))
