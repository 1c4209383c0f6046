"""`property-desk import households|staff` and `export households` as an office runs them."""

from __future__ import annotations

from desktop_app.cli import main
from models.places import Household
from tests.models.registers.conftest import write_csv

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]


def test_bad_rows_stop_the_import_unless_skipped(office, folder, tmp_path, capsys):
    path = write_csv(tmp_path / "owners.csv", [HEADER, ["3", "2", "2001", "新业主", "13500000001", "", "", ""],
                                               ["3", "2", "2002", "坏号码", "999", "", "", ""]], "gb18030")
    data = ["--data-dir", str(folder.root)]

    assert main([*data, "import", "households", str(path), "--dry-run"]) == 1
    assert "row 3, 电话: \u201c999\u201d is not a possible phone number." in capsys.readouterr().err
    assert main([*data, "import", "households", str(path)]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert Household.select().count() == 5

    assert main([*data, "import", "households", str(path), "--skip-invalid", "--community", "阳光花园"]) == 1
    assert "written: 1 new, 0 updated, 0 unchanged, 1 room(s) created, 1 row(s) skipped" in capsys.readouterr().out
    assert Household.select().count() == 6


def test_export_then_import_is_clean(office, folder, tmp_path, capsys):
    out = tmp_path / "register.xlsx"
    data = ["--data-dir", str(folder.root)]

    assert main([*data, "export", "households", str(out)]) == 0
    assert main([*data, "import", "households", str(out)]) == 0

    assert "written: 0 new, 0 updated, 5 unchanged" in capsys.readouterr().out


def test_not_a_sheet_is_refused_with_a_message(office, folder, tmp_path, capsys):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\xff\xd8\xff\xe0 JFIF" + bytes(range(256)))

    assert main(["--data-dir", str(folder.root), "import", "staff", str(path)]) == 2
    assert "photo.xlsx is not an Excel workbook" in capsys.readouterr().err
