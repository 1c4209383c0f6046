"""`property-desk import households|staff` and `export households` as an office runs them."""

from __future__ import annotations

import pytest

from desktop_app.cli import main
from models.registers import Household
from tests.models.registers.conftest import write_csv

pytestmark = pytest.mark.usefixtures("cli_user")  # the command line acts as admin / demo

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]


@pytest.fixture(autouse=True)
def _default_language(monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)  # the command speaks Chinese by default


def test_bad_rows_stop_the_import_unless_skipped(office, folder, tmp_path, capsys):
    path = write_csv(
        tmp_path / "owners.csv",
        [
            HEADER,
            ["3", "2", "2001", "新业主", "13500000001", "", "", ""],
            ["3", "2", "2002", "坏号码", "999", "", "", ""],
        ],
        "gb18030",
    )
    data = ["--data-dir", str(folder.root)]

    assert main([*data, "import", "households", str(path), "--dry-run"]) == 1
    assert "第 3 行，电话：\u201c999\u201d不是有效的电话号码。" in capsys.readouterr().err
    assert main([*data, "import", "households", str(path)]) == 1
    assert "未写入任何数据" in capsys.readouterr().err
    assert Household.select().count() == 5

    assert main([*data, "import", "households", str(path), "--skip-invalid", "--community", "阳光花园"]) == 1
    assert "已写入：新增 1 条，更新 0 条，未变 0 条，新建房屋 1 间，跳过 1 行。" in capsys.readouterr().out
    assert Household.select().count() == 6


def test_export_then_import_is_clean(office, folder, tmp_path, capsys):
    out = tmp_path / "register.xlsx"
    data = ["--data-dir", str(folder.root)]

    assert main([*data, "export", "households", str(out)]) == 0
    assert main([*data, "import", "households", str(out)]) == 0

    assert "已写入：新增 0 条，更新 0 条，未变 5 条" in capsys.readouterr().out


def test_not_a_sheet_is_refused_with_a_message(office, folder, tmp_path, capsys):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\xff\xd8\xff\xe0 JFIF" + bytes(range(256)))

    assert main(["--data-dir", str(folder.root), "import", "staff", str(path)]) == 2
    assert "photo.xlsx 不是 Excel 工作簿" in capsys.readouterr().err


def test_property_desk_lang_en_gives_english_rows_and_totals(office, folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PROPERTY_DESK_LANG", "en")
    path = write_csv(tmp_path / "owners.csv", [HEADER, ["3", "2", "2002", "坏号码", "999", "", "", ""]], "gb18030")

    assert main(["--data-dir", str(folder.root), "import", "households", str(path), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "Row 2, 电话: \u201c999\u201d is not a possible phone number." in captured.err
    assert "owners.csv: 1 row(s) read, 0 good, 1 with problems (community 阳光花园)." in captured.out
    assert "Dry run: nothing was written." in captured.out
