"""What the `property-desk` command line says, in the app's language: Simplified Chinese
unless PROPERTY_DESK_LANG or the app's "ui/language" setting asks for English.

The zh_CN catalogues are loaded into QTranslator objects that are queried directly, so
no QCoreApplication is created and QtWidgets is never imported. Source strings are
marked with `translate(context, text)` (the name pyside6-lupdate recognises) and
formatted afterwards, e.g. `say(translate("CliAdmin", "Data file: {file}"), file=path)`."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

ORGANIZATION = "PropertyDesk"  # the same names as desktop_app.app, which imports QtWidgets
APPLICATION = "Property Office Desk"
LANGUAGE_VARIABLE = "PROPERTY_DESK_LANG"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_language: str | None = None
_translators: dict[str, list[QTranslator]] = {}


def configured_language() -> str:
    """PROPERTY_DESK_LANG when set to a known language, else the app's setting, else zh_CN."""
    chosen = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    if chosen in LANGUAGES:
        return chosen
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    setting = str(QSettings().value("ui/language", DEFAULT_LANGUAGE))
    return setting if setting in LANGUAGES else DEFAULT_LANGUAGE


def use_language(language: str | None = None) -> str:
    """Fix the language for what follows (the configured one when None); returns it."""
    global _language
    _language = language if language in LANGUAGES else configured_language()
    return _language


def current_language() -> str:
    return _language or use_language()


def translate(context: str, text: str) -> str:
    """`text` in the current language; English (the source) when there is no entry."""
    for translator in _catalogues(current_language()):
        translated = translator.translate(context, text)
        if translated:
            return translated
    return text


def cli_tr(context: str, text: str, /, **params: object) -> str:
    """Translate a whole sentence and fill its {named} fields."""
    translated = translate(context, text)
    return translated.format(**params) if params else translated


def cli_models(message: str, params: dict | None = None) -> str:
    """A domain message (context "models"); string parameters that are domain labels
    (a status, a kind) are translated too, anything else (a room, a file) stays."""
    translated = translate("models", message)
    if not params:
        return translated
    shown = {
        key: translate("models", printable(value)) if isinstance(value, str) else value for key, value in params.items()
    }
    return translated.format(**shown)


def printable(text: str) -> str:
    """`text` with lone surrogates (undecodable bytes of a file name) written as \\udcxx."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def say(sentence: str, /, *, err: bool = False, **params: object) -> None:
    """Print an already translated sentence with its fields filled, to stdout or stderr."""
    stream: TextIO = sys.stderr if err else sys.stdout
    text = sentence.format(**params) if params else sentence
    print(printable(text), file=stream, flush=err)


def _catalogues(language: str) -> list[QTranslator]:
    if language == "en":
        return []
    if language not in _translators:
        from desktop_app.translations import compile_catalogues

        loaded = []
        for compiled in compile_catalogues(language):
            translator = QTranslator()
            if translator.load(str(compiled)):
                loaded.append(translator)
        _translators[language] = loaded
    return _translators[language]
