"""The command line's own words are in the user's language too: argparse's usage, help
and errors, and what the operating system says when a file cannot be used (Python gives
"No such file or directory" in English whatever the language)."""

from __future__ import annotations

import errno

import pytest

from desktop_app.cli import main
from desktop_app.cli.texts import use_language
from desktop_app.cli.wording import os_reason
from models.store import close_database

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo


@pytest.fixture(autouse=True)
def _chinese(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    yield
    close_database()
    use_language()


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory):
    """The demo office (two communities: 翠湖苑 and 阳光花园), small."""
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--households", "40", "--months", "1", "--seed", "7", "--data-dir", str(folder)]) == 0
    close_database()
    return folder


def test_help_is_in_chinese(capsys):
    with pytest.raises(SystemExit) as leaving:
        main(["--help"])

    out = capsys.readouterr().out
    assert leaving.value.code == 0
    assert out.startswith("用法：property-desk")
    assert "选项：" in out and "显示此帮助信息并退出" in out and "导出住户档案" in out
    assert "show this help" not in out and "options:" not in out


def test_a_sub_commands_help_is_in_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["export", "households", "--help"])

    out = capsys.readouterr().out
    assert "要导出的小区（有多个小区时必须指定）" in out and "位置参数：" in out


def test_a_missing_argument_is_explained_in_chinese(capsys):
    with pytest.raises(SystemExit) as leaving:
        main(["print", "work-order"])

    assert leaving.value.code == 2
    assert "property-desk print work-order：错误：缺少以下参数：number" in capsys.readouterr().err


def test_english_when_asked(capsys, monkeypatch):
    monkeypatch.setenv("PROPERTY_DESK_LANG", "en")
    with pytest.raises(SystemExit):
        main(["print", "work-order"])

    assert "error: the following arguments are required: number" in capsys.readouterr().err


def test_a_file_that_is_not_there_is_explained_in_chinese(tmp_path, capsys):
    assert main(["import", "households", str(tmp_path / "住户.xlsx"), "--data-dir", str(tmp_path / "d")]) == 2

    err = capsys.readouterr().err
    # a new folder: the first user named (admin, from the tests' environment) becomes its admin
    assert err.strip().splitlines() == ["新建办公室：admin 现在是管理员。", "无法读取 住户.xlsx：文件或文件夹不存在"]
    assert "No such file" not in err


# A path through a plain file ("note.txt/...") is refused by the operating system itself
# (ENOTDIR, "Not a directory"): its reason reaches the user in Chinese.
def test_export_through_a_file_as_folder_is_explained_in_chinese(demo_office, tmp_path, capsys):
    (tmp_path / "note.txt").write_text("x")
    out = tmp_path / "note.txt" / "住户.csv"
    assert main(["export", "households", str(out), "--community", "阳光花园", "--data-dir", str(demo_office)]) == 2

    err = capsys.readouterr().err
    assert "：路径中有一部分不是文件夹。" in err
    assert "Not a directory" not in err


def test_reading_through_a_file_as_folder_is_explained_in_chinese(demo_office, tmp_path, capsys):
    (tmp_path / "note.txt").write_text("x")
    sheet = tmp_path / "note.txt" / "住户.csv"
    assert main(["import", "households", str(sheet), "--community", "阳光花园", "--data-dir", str(demo_office)]) == 2

    assert capsys.readouterr().err.strip() == "无法读取 住户.csv：路径中有一部分不是文件夹"


def test_printing_through_a_file_as_folder_is_explained_in_chinese(demo_office, tmp_path, capsys):
    from models.opening import open_database
    from models.store import DataFolder
    from models.tickets import Ticket

    open_database(DataFolder(demo_office))
    number = Ticket.select(Ticket.number).order_by(Ticket.id).first().number
    close_database()
    (tmp_path / "note.txt").write_text("x")

    target = tmp_path / "note.txt" / "派工单.pdf"
    assert main(["print", "work-order", number, "--out", str(target), "--data-dir", str(demo_office)]) == 2

    err = capsys.readouterr().err
    assert "：路径中有一部分不是文件夹。" in err
    assert "Not a directory" not in err


def test_export_on_an_office_of_two_communities_says_how_to_name_one(demo_office, tmp_path, capsys):
    out = tmp_path / "住户.xlsx"
    assert main(["export", "households", str(out), "--data-dir", str(demo_office)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "有多个小区（翠湖苑、阳光花园），请指定是哪一个。",
        "请用 --community 指定小区，例如 --community 翠湖苑。",
    ]
    assert not out.exists()

    # the README's synopsis, with the community named
    assert main(["export", "households", str(out), "--community", "翠湖苑", "--data-dir", str(demo_office)]) == 0
    assert out.exists()


@pytest.mark.parametrize(
    ("number", "english", "chinese"),
    [
        (errno.ENOSPC, "No space left on device", "磁盘已满"),
        (errno.EACCES, "Permission denied", "访问被拒绝（没有权限，或文件正被其他程序占用）"),
        (errno.EROFS, "Read-only file system", "磁盘是只读的"),
        (errno.EISDIR, "Is a directory", "这是一个文件夹，不是文件"),
        (errno.ECONNREFUSED, "Connection refused", f"操作系统拒绝了此操作（错误 {errno.ECONNREFUSED}）"),
    ],
)
def test_the_operating_systems_reasons_are_chinese_sentences(number, english, chinese):
    use_language("zh_CN")
    assert os_reason(OSError(number, english)) == chinese
