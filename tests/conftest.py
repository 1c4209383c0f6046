"""Shared fixtures: an offscreen Qt platform, QSettings kept out of the user's profile,
a fresh migrated data folder per test, a small hand-built office, and the real main
window on it. Area-specific fixtures live beside their tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PROPERTY_DESK_DATA", None)
os.environ.pop("PROPERTY_DESK_DATABASE", None)

import pytest  # noqa: E402

from models.opening import open_database
from models.store import DataFolder, close_database, database
from tests import backends  # noqa: E402
from tests.office import SmallOffice, build_small_office  # noqa: E402
from tests.services import _cups_session, cups_pdf_queue, postgres_server, postgres_url  # noqa: E402, F401  (fixtures)


def pytest_addoption(parser):
    backends.add_option(parser)


def pytest_collection_modifyitems(config, items):
    backends.select_for_backend(config, items)


def pytest_runtest_setup(item):
    backends.skip_sqlite_only(item)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    line = backends.summary_line(config)
    if line:
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def office_server(postgres_url, tmp_path_factory) -> backends.OfficeServer:  # noqa: F811
    """The session's PostgreSQL server with a migrated, seeded template office."""
    server = backends.OfficeServer(postgres_url, tmp_path_factory.mktemp("office-server"))
    server.build_template()
    return server


@pytest.fixture(autouse=True)
def _postgres_still_running(request):
    """Before a test that uses the session's PostgreSQL server: it still answers (see
    PostgresServer.ensure_running)."""
    if "postgres_server" in request.fixturenames or backends.on_postgresql(request.config):
        request.getfixturevalue("postgres_server").ensure_running()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("PropertyDeskTests")
    QCoreApplication.setApplicationName("Property Office Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    yield


@pytest.fixture
def folder(tmp_path, request, monkeypatch) -> DataFolder:
    """A fresh, migrated data folder with the default departments, categories and SLAs;
    with --backend=postgresql its office lives in a fresh database on the session's server
    (PROPERTY_DESK_DATABASE names it, so the command line a test runs goes there too)."""
    if backends.on_postgresql(request.config):
        server = request.getfixturevalue("office_server")
        data = DataFolder(tmp_path / "data", url=server.fresh_database())
        monkeypatch.setenv("PROPERTY_DESK_DATABASE", data.url)
        open_database(data)
        yield data
        close_database()
        server.drop(data.url)
        return
    data = DataFolder(tmp_path / "data")
    open_database(data)
    yield data
    close_database()


@pytest.fixture
def office(folder) -> SmallOffice:
    """The small office of tests/office.py, with figures known in advance."""
    return build_small_office()


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    """scrypt at N=2**4 in tests: the same code in microseconds (bench/login.py times the
    stated N=2**15); the demo office keeps its stated cost so its file is the same everywhere."""
    from models.office import passwords

    monkeypatch.setattr(passwords, "N", 2**4)


@pytest.fixture
def cli_user(monkeypatch):
    """The command line acts as the admin: admin / demo, the demo office's documented
    password; in an office where nobody has a password yet the first run makes it so."""
    monkeypatch.setenv("PROPERTY_DESK_USER", "admin")
    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "demo")


@pytest.fixture
def desk_user() -> str:
    """Who the window signs in as: the supervisor 马主管, whose role uses every ticket action
    (a module about the clerk's own work overrides this with "clerk")."""
    return "boss"


@pytest.fixture
def window(qtbot, office, folder, desk_user, monkeypatch):
    from desktop_app import create_main_window
    from models.clock import FixedClock
    from tests.office import OFFICE_NOW

    monkeypatch.setenv("PROPERTY_DESK_USER", desk_user)  # the scripts' door: no log-in dialog
    monkeypatch.delenv("PROPERTY_DESK_PASSWORD", raising=False)
    main_window = create_main_window(folder.root, clock=FixedClock(OFFICE_NOW))
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.close()


__all__ = ["database"]
