"""Settings › General: the interface language, where the data lives (the database, the
attachments folder), which CJK font is in use, and the program's version."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from desktop_app import translations
from desktop_app.context import DeskContext
from desktop_app.pages.settings.attachments import AttachmentsChoice
from desktop_app.pages.settings.database import DatabaseChoice
from desktop_app.printing.font_files import find_cjk_font
from desktop_app.version import VERSION
from desktop_app.widgets.page import Page

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "General")


class GeneralSection(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.language = QComboBox(objectName="settings.language")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        current = QSettings().value("ui/language", translations.DEFAULT_LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.data_folder = QLabel(str(context.folder.root), objectName="settings.data_folder")
        self.data_folder.setTextInteractionFlags(
            self.data_folder.textInteractionFlags() | self.data_folder.textInteractionFlags().TextSelectableByMouse
        )
        self.font_label = QLabel(objectName="settings.font")
        self.version = QLabel(VERSION, objectName="settings.version")
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.language, self.data_folder, self.font_label, self.version), strict=True
        ):
            self.form.addRow(label, field)
        self.database = DatabaseChoice(context)
        self.form.addRow(self.database)
        self.attachments = AttachmentsChoice(context)
        self.form.addRow(self.attachments)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for label, text in zip(
            self.labels,
            (self.tr("Interface language"), self.tr("Data folder"), self.tr("Chinese font"), self.tr("Version")),
            strict=True,
        ):
            label.setText(text)
        font = find_cjk_font()
        self.font_label.setText(
            str(font.path) if font else self.tr("No Chinese font found: Chinese text cannot be shown or printed.")
        )

    def _on_language_changed(self) -> None:
        language = self.language.currentData()
        QSettings().setValue("ui/language", language)
        translations.install_language(language)


def build_section(context: DeskContext) -> GeneralSection:
    return GeneralSection(context)
