"""Qt translations: loads every compiled zh_CN catalogue under resources/translations,
compiling stale .qm files from their .ts when the Qt tools are at hand, and switches the
UI language at run time (Simplified Chinese by default, English on request)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop_app.printing.font_files import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
# Qt's own catalogue of the widgets' words (context menus, standard buttons, dialogs);
# shipped with PySide6 and, slimmed to these, in the bundle
QT_CATALOGUES = ("qtbase",)

_installed: list[QTranslator] = []


def catalogues(language: str) -> list[Path]:
    folder = TRANSLATIONS / language
    return sorted(folder.glob("*.ts")) if folder.is_dir() else []


def compile_catalogues(language: str = DEFAULT_LANGUAGE, *, force: bool = False) -> list[Path]:
    """Build .qm beside each .ts that is newer than its .qm; returns the .qm files. A
    bundled program ships the .qm files only, and they are used as they are."""
    stale = [source for source in catalogues(language) if force or _stale(source)]
    tool = _lrelease() if stale else None  # looked for (and subprocess loaded) only when needed
    if tool:
        import subprocess

        for source in stale:
            subprocess.run([tool, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)
    folder = TRANSLATIONS / language
    return sorted(folder.glob("*.qm")) if folder.is_dir() else []


def install_language(language: str) -> bool:
    """Replace the installed translators; True when the language's catalogues loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return True
    # installed first, so the app's own catalogues (searched last-installed first) win
    for name in QT_CATALOGUES:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", qt_translations_folder()):
            app.installTranslator(translator)
            _installed.append(translator)
    ours = False
    for compiled in compile_catalogues(language):
        translator = QTranslator(app)
        if translator.load(str(compiled)):
            app.installTranslator(translator)
            _installed.append(translator)
            ours = True
    return ours


def qt_translations_folder() -> str:
    """Where Qt keeps its own .qm catalogues (inside PySide6, in the bundle too)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def tr_models(text: str, params: dict | None = None) -> str:
    """Translate a message marked in the domain with QT_TRANSLATE_NOOP("models", ...).
    String parameters that are themselves domain labels (a status, an action) are
    translated too; anything else (a room, a number) has no entry and stays as it is."""
    translated = QCoreApplication.translate("models", text)
    if not params:
        return translated
    shown = {
        key: QCoreApplication.translate("models", value) if isinstance(value, str) else value
        for key, value in params.items()
    }
    return translated.format(**shown)


def code_label(code: str | None) -> str:
    """The translated label of a stored code (kind, status, priority, channel …); an
    unknown code is shown as it is."""
    from models.codes import LABELS

    if not code:
        return ""
    return tr_models(LABELS[code]) if code in LABELS else str(code)


def _stale(source: Path) -> bool:
    """The catalogue's .qm is missing or older than the .ts."""
    target = source.with_suffix(".qm")
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def _lrelease() -> str | None:
    import shutil

    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import sys

    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else None


def chinese_models() -> Callable[[str], str]:
    """Domain labels (context "models") in Simplified Chinese whatever language the screen
    speaks: paper is always Chinese. Needs no QCoreApplication (the command line uses it)."""
    translators = []
    for compiled in compile_catalogues(DEFAULT_LANGUAGE):
        translator = QTranslator()
        if translator.load(str(compiled)):
            translators.append(translator)

    def translate(text: str) -> str:
        for translator in translators:
            found = translator.translate("models", text)
            if found:
                return found
        return text

    return translate
