"""Compile every resources/translations/<lang>/*.ts into .qm with pyside6-lrelease
(run by ./desk and by the PyInstaller build; .qm files are never committed)."""

from __future__ import annotations

from desktop_app.translations import DEFAULT_LANGUAGE, compile_catalogues

if __name__ == "__main__":
    built = compile_catalogues(DEFAULT_LANGUAGE, force=True)
    print(f"translations: {len(built)} catalogue(s) compiled")
