"""The `property-desk` command line: --data-dir before or after the sub-command, the
environment variable as a fallback, admin checks of the data file, and the language it
speaks (Simplified Chinese unless PROPERTY_DESK_LANG or the app's setting says English)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from desktop_app.cli import extract_data_dir, main
from models.store import close_database


@pytest.fixture(autouse=True)
def _close(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)  # the default language is under test
    yield
    close_database()


@pytest.mark.parametrize(
    "argv", [["--data-dir", "{d}", "info"], ["info", "--data-dir", "{d}"], ["info", "--data-dir={d}"]]
)
def test_data_dir_is_accepted_before_or_after_the_sub_command(tmp_path, capsys, argv):
    target = tmp_path / "portable"
    assert main([a.format(d=target) for a in argv]) == 0
    assert f"数据文件：{target / 'property-desk.sqlite3'}" in capsys.readouterr().out
    assert (target / "property-desk.sqlite3").exists()


def test_environment_variable_is_the_fallback(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PROPERTY_DESK_DATA", str(tmp_path / "from-env"))
    assert main(["info"]) == 0
    assert str(tmp_path / "from-env") in capsys.readouterr().out


def test_check_reports_a_healthy_file(tmp_path, capsys):
    assert main(["info", "--data-dir", str(tmp_path / "d")]) == 0
    capsys.readouterr()
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 0
    assert capsys.readouterr().out.strip().endswith("数据文件完好。")


def test_check_on_a_damaged_file_says_so_and_fails(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "property-desk.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 13  # not a database (README)
    assert "已损坏" in capsys.readouterr().err


def test_extract_data_dir_leaves_other_arguments_in_order():
    assert extract_data_dir(["demo", "--data-dir", "X", "--seed", "3"]) == ("X", ["demo", "--seed", "3"])


def run_module(tmp_path, *argv: str, **env: str) -> subprocess.CompletedProcess:
    """`python -m desktop_app ARGV` with its settings in tmp_path, not the user's profile."""
    environment = {key: value for key, value in os.environ.items() if key != "PROPERTY_DESK_LANG"}
    environment.update(XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv], capture_output=True, text=True, timeout=60, env=environment
    )


def test_python_dash_m_is_the_same_entry(tmp_path):
    result = run_module(tmp_path, "info", "--data-dir", str(tmp_path / "m"))
    assert result.returncode == 0, result.stderr
    assert "数据结构版本：" in result.stdout


def test_english_when_property_desk_lang_says_so(tmp_path):
    result = run_module(tmp_path, "info", "--data-dir", str(tmp_path / "m"), PROPERTY_DESK_LANG="en")
    assert result.returncode == 0, result.stderr
    assert f"Data file: {tmp_path / 'm' / 'property-desk.sqlite3'}" in result.stdout
    assert "Schema version:" in result.stdout and "数据" not in result.stdout


def test_the_apps_language_setting_is_followed_and_the_variable_overrides_it(tmp_path, capsys, monkeypatch):
    QSettings().setValue("ui/language", "en")
    assert main(["info", "--data-dir", str(tmp_path / "d")]) == 0
    capsys.readouterr()
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 0
    assert capsys.readouterr().out.strip().endswith("The data file is sound.")

    monkeypatch.setenv("PROPERTY_DESK_LANG", "zh_CN")
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 0
    assert capsys.readouterr().out.strip().endswith("数据文件完好。")


def test_domain_errors_are_english_with_property_desk_lang_en(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PROPERTY_DESK_LANG", "en")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "property-desk.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 13
    assert "is damaged or is not a Property Office Desk database" in capsys.readouterr().err


def test_demo_into_a_file_another_program_holds_says_so_and_changes_nothing(tmp_path, capsys, monkeypatch):
    import sqlite3

    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    folder = tmp_path / "busy"
    assert main(["info", "--data-dir", str(folder)]) == 0
    close_database()
    holder = sqlite3.connect(folder / "property-desk.sqlite3", timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert main(["demo", "--households", "20", "--months", "1", "--data-dir", str(folder)]) == 2
    finally:
        holder.rollback()
        holder.close()
    assert "正被其他程序" in capsys.readouterr().err
    close_database()
    with sqlite3.connect(folder / "property-desk.sqlite3") as check:
        assert check.execute("SELECT count(*) FROM community").fetchone()[0] == 0


def test_a_command_that_changes_data_needs_a_user(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_USER", raising=False)
    monkeypatch.delenv("PROPERTY_DESK_PASSWORD", raising=False)
    out = tmp_path / "register.xlsx"
    assert main(["--data-dir", str(tmp_path / "d"), "export", "households", str(out)]) == 2
    assert "此命令会修改数据或显示个人信息" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("where", ["before", "after"])
def test_user_before_or_after_the_sub_command_and_the_audit(tmp_path, capsys, monkeypatch, where):
    monkeypatch.delenv("PROPERTY_DESK_USER", raising=False)
    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "first-pass")
    data = ["--data-dir", str(tmp_path / "d")]
    user = ["--user", "chief"]
    argv = [*data, *user, "audit"] if where == "before" else [*data, "audit", *user]
    assert main(argv) == 0  # a new office: the first user named becomes its admin
    captured = capsys.readouterr()
    assert captured.err.splitlines()[0] == "新建办公室：chief 现在是管理员。"
    out = captured.out.splitlines()
    lines = [line for line in out if "\t" in line]
    assert [line.split("\t")[2:5] for line in lines] == [
        ["chief", "user", "user:chief"],
        ["chief", "login", "user:chief"],
    ]
    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "wrong")
    assert main([*data, *user, "audit"]) == 2
    assert "用户名或密码错误" in capsys.readouterr().err


def test_check_reports_an_audit_entry_edited_behind_the_programs_back(tmp_path, capsys, monkeypatch):
    import sqlite3

    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "first-pass")
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "--user", "chief", "audit", "--since", "2000-01-01"]) == 0
    close_database()
    connection = sqlite3.connect(tmp_path / "d" / "property-desk.sqlite3")
    connection.execute("DROP TRIGGER audit_entry_no_update")
    connection.execute("UPDATE audit_entry SET actor = 'nobody' WHERE id = 1")
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main([*data, "check"]) == 14  # the audit log was changed behind the program's back
    assert "审计记录 1 在写入后被改动过。" in capsys.readouterr().out


# What no command below needs: the demo generator, the importers and spreadsheets, the
# reports' figures, the surveys, the server's driver and Qt's widgets (the command line
# speaks through QtCore's translator only).
NEVER_FOR_THESE = (
    "openpyxl",
    "psycopg",
    "PySide6.QtWidgets",
    "PySide6.QtGui",
    "models.demo",
    "models.imports",
    "models.reports",
    "models.followup.survey",
    "models.followup.callback",
)
# ... and what only paper and a ticket's actions need
NOT_FOR_INFO_OR_CHECK = (
    "reportlab",
    "models.dispatch.",
    "models.tickets.intake",
    "models.tickets.actions",
    "models.tickets.detail",
    "models.office.backups",
)


@pytest.mark.parametrize(
    ("command", "absent", "code"),
    [
        (["info"], NEVER_FOR_THESE + NOT_FOR_INFO_OR_CHECK, 0),
        (["check"], NEVER_FOR_THESE + NOT_FOR_INFO_OR_CHECK, 0),
        # a new office has dispatched nothing: it says so and ends with 1, having loaded the command's all
        (["print", "work-orders", "--dispatched-on", "2026-11-23", "--out", "{dir}/day.pdf"], NEVER_FOR_THESE, 1),
    ],
    ids=["info", "check", "print work-orders"],
)
def test_a_command_imports_only_what_it_uses(tmp_path, monkeypatch, command, absent, code):
    """In a fresh interpreter, after the command ran: none of the modules it does not use
    (`info` must not wait for the demo generator, the importers or ReportLab)."""
    monkeypatch.setenv("PROPERTY_DESK_USER", "admin")
    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "demo")
    data = str(tmp_path / "d")
    subprocess.run([sys.executable, "-m", "desktop_app", "info", "--data-dir", data], check=True, capture_output=True)
    script = (
        "import sys; from desktop_app.cli import main; code = main(sys.argv[2:] + ['--data-dir', sys.argv[1]]); "
        f"print(code, sorted(m for m in sys.modules if m.startswith({absent!r})))"
    )
    arguments = [part.format(dir=tmp_path) for part in command]
    done = subprocess.run([sys.executable, "-c", script, data, *arguments], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == f"{code} []", done.stderr
