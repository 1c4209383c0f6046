"""The pages of the main window, in navigation order: key, title, shortcut and a factory.

Each page is a package (pages/<key>/) with its dialogs and panels; its __init__ is its
door (the page class and `build_page`), and another page imports only that door, to
open one of its dialogs. Pages are imported and built the first time they are shown,
so start-up builds only the frame."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, translated in context "MainWindow"
    shortcut: str
    module: str  # the page's package, whose door has `build_page(context) -> Page`


PAGES = [
    PageSpec("registry", QT_TRANSLATE_NOOP("MainWindow", "Tickets"), "Ctrl+1", "desktop_app.pages.registry"),
    PageSpec("dispatch", QT_TRANSLATE_NOOP("MainWindow", "Dispatch board"), "Ctrl+2", "desktop_app.pages.dispatch"),
    PageSpec("callbacks", QT_TRANSLATE_NOOP("MainWindow", "Callbacks"), "Ctrl+3", "desktop_app.pages.callbacks"),
    PageSpec("surveys", QT_TRANSLATE_NOOP("MainWindow", "Surveys"), "Ctrl+4", "desktop_app.pages.surveys"),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), "Ctrl+5", "desktop_app.pages.reports"),
    PageSpec("registers", QT_TRANSLATE_NOOP("MainWindow", "Registers"), "Ctrl+6", "desktop_app.pages.registers"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "Ctrl+7", "desktop_app.pages.settings"),
]


def build(spec: PageSpec, context):
    return importlib.import_module(spec.module).build_page(context)
