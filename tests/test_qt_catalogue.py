"""Qt's own words (a text field's right-click menu, standard buttons) follow the app's
language: qtbase_zh_CN.qm, shipped with PySide6 and in the bundle, is loaded with it."""

from __future__ import annotations

import pytest

from desktop_app import translations


@pytest.fixture
def language(qapp):
    yield translations.install_language
    translations.install_language(translations.DEFAULT_LANGUAGE)


def menu_texts(widget) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    finally:
        menu.deleteLater()


def test_a_text_fields_context_menu_is_in_chinese(language, qtbot):
    from PySide6.QtWidgets import QLineEdit

    language("zh_CN")
    field = QLineEdit("3-2-1501")
    qtbot.addWidget(field)

    # Qt's zh_CN catalogue: &Undo 撤消(&U), Cu&t 剪切(&T), &Paste 粘贴(&P), Select All 全选
    texts = menu_texts(field)
    assert "撤消(&U)" in texts and "剪切(&T)" in texts and "粘贴(&P)" in texts
    assert any(text.startswith("全选") for text in texts)


def test_english_brings_qts_own_words_back(language, qtbot):
    from PySide6.QtWidgets import QLineEdit

    language("zh_CN")
    language("en")
    field = QLineEdit()
    qtbot.addWidget(field)

    assert "&Undo" in menu_texts(field)
