"""Files written (issue 10): --out naming a folder, a missing folder or a device is refused
with a sentence before anything is rendered; the PDF goes to a temporary file beside the
target and is renamed onto a regular file only, so a refused or failed print leaves
nothing behind; the command line's exit codes keep "bad rows" (1), refusals (2) and
bugs (3) apart; an impossible date and a dropped table give sentences."""

from __future__ import annotations

import os
import stat

import pytest

from desktop_app.cli import main
from models.store import close_database, database
from models.tickets import TicketEvent

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo


@pytest.fixture(autouse=True)
def _default_language(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def printed(ticket) -> int:
    return TicketEvent.select().where(TicketEvent.ticket == ticket.id, TicketEvent.action == "print").count()


@pytest.mark.parametrize(
    ("out", "sentence"),
    [
        ("folder", "是一个文件夹，请给出要写入的文件名。"),
        ("missing/one.pdf", "不存在，请先创建或另选一个文件夹。"),
        ("/dev/full", "/dev/full 是设备或特殊文件，不能写入，请给出一个文件名。"),
        ("/dev/null", "/dev/null 是设备或特殊文件，不能写入，请给出一个文件名。"),
    ],
)
def test_out_that_is_not_a_file_to_write_is_refused(folder, make_ticket, tmp_path, capsys, out, sentence):
    ticket = make_ticket()
    (tmp_path / "folder").mkdir()
    target = out if out.startswith("/") else str(tmp_path / out)

    code = main(["--data-dir", str(folder.root), "print", "work-order", ticket.number, "--out", target])

    assert code == 2 and sentence in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # the device is still a device (root replaced it)
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "folder") == []
    assert printed(ticket) == 0


def test_a_failed_print_leaves_no_part_file_and_no_record(folder, make_ticket, tmp_path, capsys, monkeypatch):
    import desktop_app.printing.work_orders as documents

    ticket = make_ticket()
    out = tmp_path / "one.pdf"
    out.write_bytes(b"%PDF an older print")

    def record_fails(*args, **kwargs):
        raise RuntimeError("the recording failed")

    monkeypatch.setattr(documents, "record_printed", record_fails)
    code = main(["--data-dir", str(folder.root), "print", "work-order", ticket.number, "--out", str(out)])

    err = capsys.readouterr().err
    assert code == 3 and "property-desk.log" in err and "Traceback" not in err
    assert "the recording failed" in (folder.logs / "property-desk.log").read_text(encoding="utf-8")
    assert out.read_bytes() == b"%PDF an older print" and leftovers(tmp_path) == []
    assert printed(ticket) == 0


def test_a_print_replaces_an_older_file_atomically(folder, make_ticket, tmp_path):
    ticket = make_ticket()
    out = tmp_path / "one.pdf"
    out.write_bytes(b"old")

    assert main(["--data-dir", str(folder.root), "print", "work-order", ticket.number, "--out", str(out)]) == 0

    assert out.read_bytes().startswith(b"%PDF") and leftovers(tmp_path) == []


def test_the_last_day_of_the_calendar_is_a_day_like_any_other(folder, office, tmp_path, capsys):
    out = tmp_path / "day.pdf"
    code = main(
        ["--data-dir", str(folder.root), "print", "work-orders", "--dispatched-on", "9999-12-31", "--out", str(out)]
    )
    assert code == 1
    assert "9999-12-31 派出的工单中没有待打印的派工单。" in capsys.readouterr().err


def test_a_dropped_ticket_table_gives_a_sentence(folder, office, tmp_path, capsys):
    database.execute_sql("PRAGMA foreign_keys = OFF")
    database.execute_sql("DROP TABLE ticket")
    close_database()

    code = main(
        ["--data-dir", str(folder.root), "print", "work-order", "BX20261123-0001", "--out", str(tmp_path / "x.pdf")]
    )

    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and str(folder.database) in err


def test_an_empty_data_dir_is_an_error_not_the_default_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PROPERTY_DESK_DATA", str(tmp_path / "env"))
    assert main(["--data-dir=", "info"]) == 2
    assert "--data-dir 需要一个文件夹名，但给出的是空值。" in capsys.readouterr().err
    assert not (tmp_path / "env").exists()


def test_a_folder_where_the_data_file_should_be_gets_a_sentence(tmp_path, capsys):
    (tmp_path / "data" / "property-desk.sqlite3").mkdir(parents=True)

    assert main(["--data-dir", str(tmp_path / "data"), "info"]) == 2

    err = capsys.readouterr().err
    assert "应是本中心的数据文件，却是一个文件夹或特殊文件" in err and "disk I/O" not in err


def test_bad_rows_and_bugs_do_not_share_an_exit_code(folder, office, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("楼栋,单元,房号,姓名\n3,2,0,赵六\n", encoding="utf-8")
    assert main(["--data-dir", str(folder.root), "import", "households", str(bad)]) == 1

    import desktop_app.cli.admin as admin

    monkeypatch.setattr(admin, "open_database", lambda folder: 1 / 0)
    assert main(["--data-dir", str(folder.root), "info"]) == 3
    assert "ZeroDivisionError" in (folder.logs / "property-desk.log").read_text(encoding="utf-8")
