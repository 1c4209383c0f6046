"""The Settings page: one tab per section; each section module owns one area of settings
and exposes `build_section(context) -> Page` and a translatable TITLE."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from desktop_app.context import DeskContext
from desktop_app.widgets.page import Page

SECTIONS = [
    "desktop_app.pages.settings.general",
    "desktop_app.pages.settings.printing",
    "desktop_app.pages.settings.service_levels",
    "desktop_app.pages.settings.backups",
    "desktop_app.pages.settings.users",
    "desktop_app.pages.settings.callbacks",
]


class SettingsPage(Page):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.setObjectName("settings.page")
        self.tabs = QTabWidget(objectName="settings.tabs")
        self.sections = [importlib.import_module(name) for name in SECTIONS]
        for module in self.sections:
            self.tabs.addTab(module.build_section(context), "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for index, module in enumerate(self.sections):
            self.tabs.setTabText(index, QCoreApplication.translate("SettingsPage", module.TITLE))


def build_page(context: DeskContext) -> SettingsPage:
    return SettingsPage(context)
