"""The `property-desk` command line: --data-dir before or after the sub-command, the
environment variable as a fallback, and admin checks of the data file."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app.cli import extract_data_dir, main
from models.db import close_database


@pytest.fixture(autouse=True)
def _close():
    yield
    close_database()


@pytest.mark.parametrize("argv", [["--data-dir", "{d}", "info"], ["info", "--data-dir", "{d}"], ["info", "--data-dir={d}"]])
def test_data_dir_is_accepted_before_or_after_the_sub_command(tmp_path, capsys, argv):
    target = tmp_path / "portable"
    assert main([a.format(d=target) for a in argv]) == 0
    assert f"data file:   {target / 'property-desk.sqlite3'}" in capsys.readouterr().out
    assert (target / "property-desk.sqlite3").exists()


def test_environment_variable_is_the_fallback(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PROPERTY_DESK_DATA", str(tmp_path / "from-env"))
    assert main(["info"]) == 0
    assert str(tmp_path / "from-env") in capsys.readouterr().out


def test_check_reports_a_healthy_file(tmp_path, capsys):
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 0
    assert capsys.readouterr().out.strip().endswith("OK")


def test_check_on_a_damaged_file_says_so_and_fails(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "property-desk.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 2
    assert "damaged" in capsys.readouterr().err


def test_extract_data_dir_leaves_other_arguments_in_order():
    assert extract_data_dir(["demo", "--data-dir", "X", "--seed", "3"]) == ("X", ["demo", "--seed", "3"])


def test_python_dash_m_is_the_same_entry(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop_app", "info", "--data-dir", str(tmp_path / "m")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "schema:" in result.stdout
