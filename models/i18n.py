"""Marks user-facing domain messages for Qt's translation tool without importing Qt.

`pyside6-lupdate` recognises the name QT_TRANSLATE_NOOP; the desktop app translates
the returned English text in the context "models" when it shows it.
"""

CONTEXT = "models"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name required by lupdate
    return text
