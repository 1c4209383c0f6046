"""The hostile-input corpus (issue 10): import files, data files and folders, command-line
arguments, search texts and form fields, each run through the command line (in-process,
`desktop_app.cli.main`) or the domain service that takes it. For every case: no traceback
(exit code 3 or an escaping exception fails it), no hang (each case under HANG_SECONDS),
and when the case is refused the office's data is exactly as before (a dump of the data
file, compared). One office serves the whole module, so the cases stay cheap."""

from __future__ import annotations

import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli import main
from models.errors import DeskError
from models.opening import open_database
from models.registers import (
    CommunityForm,
    HouseholdForm,
    RoomForm,
    StaffForm,
    count_households,
    household_page,
    list_staff,
    save_community,
    save_household,
    save_room,
    save_staff,
    search_rooms,
)
from models.store import DataFolder, close_database, database
from models.tickets import (
    NewTicket,
    RegistryFilter,
    add_call_to_ticket,
    fetch_page,
    find_rooms,
    find_ticket_ids,
    register_ticket,
    search_expression,
)
from tests.acting import admin
from tests.hostile import files
from tests.hostile.limits import within
from tests.office import OFFICE_NOW, build_small_office

EXIT_BUG = 3
HOSTILE_TEXTS = {
    "nul": "王\x00建国",
    "esc": "王\x1b[31m建国",
    "bell": "王\x07",
    "rlo": "王\u202e国建",
    "lri": "\u2066王建国\u2069",
    "zwsp": "\u200b",
    "filler": "\u3164\u3164",
    "braille-blank": "\u2800",
    "bom": "\ufeff王建国",
    "arabic-digits": "13\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668",
    "fullwidth-digits": "１３８１２３４５６７８",
    "formula": '=HYPERLINK("http://x","y")',
    "plus": "+1+1",
    "at": "@SUM(A1)",
    "tab-formula": "\t=1+1",
    "quote-formula": "'=1+1",
    "sql": "'); DROP TABLE household;--",
    "percent": "%_%",
    "emoji-zwj": "👨\u200d👩\u200d👧",
    "long-200": "长" * 200,
    "long-5000": "长" * 5000,
    "room-000": "0-0-0",
    "building-21": "1" * 21 + "-2-1501",
    "newlines": "第一行\r\n第二行",
    "only-spaces": " \u3000 ",
    "c1-control": "王\x85建国",
}
CSV_COLUMNS = {"room": 2, "name": 3, "phones": 4, "id_number": 5, "move_in": 6, "notes": 7}
SEARCH_TEXTS = {
    "surrogate": "\ud800",
    "surrogate-pair-half": "王\udfff",
    "10000": "漏" * 10_000,
    "nul": "\x00",
    "rlo": "1501\u202e",
    "fts-syntax": 'NEAR("a" "b") OR * AND -',
    "quotes": '"""',
    "like": "%%__",
    "sql": "' OR 1=1 --",
    "spaces": " " * 500,
}
SEARCHES = {
    "count_households": count_households,
    "household_page": household_page,
    "list_staff": list_staff,
    "search_rooms": search_rooms,
    "find_rooms": find_rooms,
    "find_ticket_ids": find_ticket_ids,
    "search_expression": search_expression,
    "registry": lambda text: fetch_page(RegistryFilter(text=text), now=OFFICE_NOW, limit=20),
}


# --- the office and its dump ---------------------------------------------------------------
@pytest.fixture(scope="module")
def office_folder(tmp_path_factory):
    folder = DataFolder(tmp_path_factory.mktemp("corpus") / "data")
    open_database(folder)
    office = build_small_office()
    yield folder, office
    close_database()


@pytest.fixture
def desk(office_folder, monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    folder, office = office_folder
    if database.is_closed() or database.database != str(folder.database):
        open_database(folder)
    return folder, office


def dump(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return list(connection.iterdump())


def run_cli(argv: list[str]) -> int:
    """The command's exit code; argparse's own exit (usage errors) counts as its code."""
    try:
        return main(argv)
    except SystemExit as leaving:
        return leaving.code if isinstance(leaving.code, int) else 2


def assert_cli_case(folder: DataFolder, argv: list[str], *, refused_expected: bool | None = None) -> int:
    before = dump(folder.database)
    with within():
        code = run_cli(["--data-dir", str(folder.root), *argv])
    assert code != EXIT_BUG, "a traceback: see the data folder's log"
    if code != 0:
        assert dump(folder.database) == before, "a refused command changed the data file"
    if refused_expected is not None:
        assert (code != 0) is refused_expected
    open_database(folder)  # the next case starts on the module's office again
    return code


# --- import files ----------------------------------------------------------------------------
def _value_matrix():
    for column, index in CSV_COLUMNS.items():
        for name, text in HOSTILE_TEXTS.items():
            yield pytest.param(index, text, id=f"{column}-{name}")


@pytest.mark.parametrize(("column", "text"), list(_value_matrix()))
def test_hostile_value_in_an_import_cell(desk, tmp_path, column, text):
    folder, _office = desk
    row = ["3", "2", "1901", "赵六", "", "", "", ""]
    row[column] = text
    path = files.write_text(tmp_path / "cells.csv", [files.HOUSEHOLD_HEADER, row], encoding="utf-8")
    code = assert_cli_case(folder, ["import", "households", str(path), "--community", "阳光花园"])
    if code == 0:  # what was accepted is stored exactly as the import shows it
        _undo_household("3-2-1901")


def _undo_household(code: str) -> None:
    from models.registers import Household, HouseholdPhone, Room

    with database.atomic():
        for household in Household.select().join(Room).where(Room.code == code):
            HouseholdPhone.delete().where(HouseholdPhone.household == household).execute()
            household.delete_instance()
        Room.delete().where(Room.code == code).execute()


def _bit_flipped(tmp_path: Path, seed: int) -> Path:
    import random

    source = files.households_xlsx(tmp_path / "base.xlsx", files.generated_households(20), "A1:H21")
    data = bytearray(source.read_bytes())
    chooser = random.Random(seed)
    for _ in range(16):
        data[chooser.randrange(len(data))] ^= 1 << chooser.randrange(8)
    path = tmp_path / f"flipped-{seed}.xlsx"
    path.write_bytes(bytes(data))
    return path


def _truncated(tmp_path: Path, keep: float) -> Path:
    source = files.households_xlsx(tmp_path / "base.xlsx", files.generated_households(20), "A1:H21")
    data = source.read_bytes()
    path = tmp_path / f"truncated-{keep}.xlsx"
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def _zip_without_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "nothing.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return path


def _zip_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "zipbomb.xlsx"
    sheet = files.sheet_xml(files.inline_row(1, files.HOUSEHOLD_HEADER)).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", files.CONTENT_TYPES.format(strings=""))
        archive.writestr("_rels/.rels", files.ROOT_RELS)
        archive.writestr("xl/workbook.xml", files.WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", files.WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/styles.xml", b"<a>" + b" " * 300_000_000 + b"</a>")
    return path


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


def _symlink_loop(tmp_path: Path) -> Path:
    path = tmp_path / "loop.csv"
    os.symlink(path, path)
    return path


def _utf16_odd(tmp_path: Path) -> Path:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfe" + "楼栋\t房号\t姓名".encode("utf-16-le") + b"\x00")
    return path


def _ole_junk(tmp_path: Path) -> Path:
    path = tmp_path / "junk.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    return path


def _truncated_xls(tmp_path: Path) -> Path:
    source = files.write_xls(tmp_path / "base.xls", [files.HOUSEHOLD_HEADER, ["3", "2", "1901", "赵六"]])
    path = tmp_path / "cut.xls"
    path.write_bytes(source.read_bytes()[:1500])
    return path


def _gbk_invalid(tmp_path: Path) -> Path:
    path = tmp_path / "bad-bytes.csv"
    path.write_bytes("楼栋,房号,姓名\n".encode() + b"\xff\xfe\xfd\x80\x81\n")
    return path


def _many_columns(tmp_path: Path) -> Path:
    path = tmp_path / "columns.csv"
    path.write_text(",".join(["楼栋", "单元", "房号", "姓名"] + [f"x{i}" for i in range(500)]) + "\n", encoding="utf-8")
    return path


def _long_cell(tmp_path: Path) -> Path:
    path = tmp_path / "long.csv"
    path.write_text("楼栋,单元,房号,姓名\n3,2,1901," + "长" * 140_000 + "\n", encoding="utf-8")
    return path


def _unbalanced_quote(tmp_path: Path) -> Path:
    path = tmp_path / "quote.csv"
    path.write_text('楼栋,单元,房号,姓名\n3,2,1901,"赵六\n' + "x," * 1000 + "\n", encoding="utf-8")
    return path


def _headers_only_hostile(tmp_path: Path) -> Path:
    path = tmp_path / "headers.csv"
    path.write_text("\u202e楼栋,\x00房号,=姓名\n", encoding="utf-8")
    return path


def _bytes_file(name: str, data: bytes):
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return make


STRUCTURAL = {
    "empty": _bytes_file("empty.csv", b""),
    "bom-only": _bytes_file("bom.csv", b"\xef\xbb\xbf"),
    "utf16-bom-only": _bytes_file("bom16.txt", b"\xff\xfe"),
    "binary": _bytes_file("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    "pk-junk": _bytes_file("pk.xlsx", b"PK\x03\x04" + b"\x00" * 200),
    "nul-csv": _bytes_file("nul.csv", b"a,b\n\x00\x00\n"),
    "only-newlines": _bytes_file("newlines.csv", b"\n" * 10_000),
    "only-commas": _bytes_file("commas.csv", b"," * 100_000),
    "ole-junk": _ole_junk,
    "xls-truncated": _truncated_xls,
    "zip-without-workbook": _zip_without_workbook,
    "zip-bomb-styles": _zip_bomb,
    "shared-strings-bomb": lambda p: files.shared_strings_bomb(p / "bomb.xlsx"),
    "long-string-bomb": lambda p: files.long_string_bomb(p / "long.xlsx"),
    "wide-row": lambda p: files.wide_row(p / "wide.xlsx"),
    "empty-cells-row": lambda p: files.empty_cells_row(p / "cells.xlsx"),
    "declared-whole-grid": lambda p: files.households_xlsx(p / "declared.xlsx", files.generated_households(300)),
    "utf16-odd-length": _utf16_odd,
    "gbk-invalid": _gbk_invalid,
    "many-columns": _many_columns,
    "long-cell": _long_cell,
    "unbalanced-quote": _unbalanced_quote,
    "hostile-headers": _headers_only_hostile,
    "fifo": _fifo,
    "symlink-loop": _symlink_loop,
    "dev-zero": lambda p: Path("/dev/zero"),
    "dev-null": lambda p: Path("/dev/null"),
    "dev-urandom": lambda p: Path("/dev/urandom"),
    "folder": lambda p: p,
    "missing": lambda p: p / "missing.xlsx",
    "long-name": lambda p: p / ("长" * 300 + ".csv"),
    **{f"bit-flipped-{seed}": (lambda p, s=seed: _bit_flipped(p, s)) for seed in range(12)},
    **{f"truncated-{keep}": (lambda p, k=keep: _truncated(p, k)) for keep in (0.1, 0.5, 0.9, 0.99)},
}


@pytest.mark.parametrize("kind", ["households", "staff"])
@pytest.mark.parametrize("make", list(STRUCTURAL.values()), ids=list(STRUCTURAL))
def test_hostile_import_file(desk, tmp_path, make, kind):
    folder, _office = desk
    path = make(tmp_path)
    assert_cli_case(folder, ["import", kind, str(path), "--dry-run" if kind == "staff" else "--skip-invalid"])


# --- data files and folders --------------------------------------------------------------------
def _data(tmp_path: Path, content: bytes | None = None, *, folder_instead: bool = False) -> DataFolder:
    folder = DataFolder(tmp_path / "data")
    folder.root.mkdir()
    if folder_instead:
        folder.database.mkdir()
    elif content is not None:
        folder.database.write_bytes(content)
    return folder


def _sqlite_with(tmp_path: Path, *statements: str) -> DataFolder:
    folder = DataFolder(tmp_path / "data")
    open_database(folder)
    close_database()
    connection = sqlite3.connect(folder.database)
    try:  # closed here: left to the garbage collector, its checkpoint would change the file mid-test
        connection.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return folder


DATA_CASES = {
    "zero-bytes": lambda p: _data(p, b""),
    "random-bytes": lambda p: _data(p, bytes(range(256)) * 64),
    "text-file": lambda p: _data(p, "这不是数据库".encode() * 100),
    "sqlite-header-only": lambda p: _data(p, b"SQLite format 3\x00" + b"\x00" * 84),
    "folder-as-file": lambda p: _data(p, folder_instead=True),
    "no-tables": lambda p: _no_tables(p),
    "schema-version-empty": lambda p: _sqlite_with(p, "DELETE FROM schema_version"),
    "schema-version-text": lambda p: _sqlite_with(p, "UPDATE schema_version SET version = 'abc'"),
    "dropped-ticket": lambda p: _sqlite_with(p, "DROP TABLE ticket"),
    "dropped-household": lambda p: _sqlite_with(p, "DROP TABLE household"),
    "dropped-setting": lambda p: _sqlite_with(p, "DROP TABLE setting"),
    "data-dir-is-a-file": lambda p: _data_dir_file(p),
}


def _no_tables(tmp_path: Path) -> DataFolder:
    folder = _data(tmp_path)
    with sqlite3.connect(folder.database) as connection:
        connection.execute("CREATE TABLE scratch (x)")
        connection.execute("DROP TABLE scratch")
    return folder


def _data_dir_file(tmp_path: Path) -> DataFolder:
    (tmp_path / "data").write_text("a file, not a folder")
    return DataFolder(tmp_path / "data")


def _snapshot(path: Path) -> bytes | str | None:
    if path.is_file():
        return path.read_bytes()
    return "folder" if path.is_dir() else None


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["check"],
        ["import", "households", "FILE", "--community", "阳光花园"],
        ["print", "work-order", "BX20261123-0001", "--out", "OUT"],
        ["print", "work-orders", "--dispatched-on", "2026-11-23", "--out", "OUT"],
    ],
    ids=["info", "check", "import", "print", "print-day"],
)
@pytest.mark.parametrize(
    "make",
    [pytest.param(make, id=name) for name, make in DATA_CASES.items()],
)
def test_hostile_data_file(tmp_path, make, argv, monkeypatch):
    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    close_database()
    folder = make(tmp_path)
    sheet = files.write_text(
        tmp_path / "in.csv", [files.HOUSEHOLD_HEADER, ["3", "2", "1901", "赵六"]], encoding="utf-8"
    )
    argv = [str(sheet) if a == "FILE" else str(tmp_path / "out.pdf") if a == "OUT" else a for a in argv]
    before = _snapshot(folder.database)
    with within():
        code = run_cli(["--data-dir", str(folder.root), *argv])
    close_database()
    assert code != EXIT_BUG, "a traceback: see the data folder's log"
    if code != 0 and before is not None and not isinstance(before, str):
        assert _snapshot(folder.database) == before, "a refused command changed the data file"


# --- command-line arguments --------------------------------------------------------------------
CLI_CASES = {
    "no-such-command": ["frobnicate"],
    "import-nothing": ["import"],
    "import-no-file": ["import", "households"],
    "import-unknown-kind": ["import", "tickets", "x.csv"],
    "import-unknown-community": ["import", "households", "SHEET", "--community", "不存在的小区"],
    "import-bidi-community": ["import", "households", "SHEET", "--community", "\u202e园花光阳"],
    "import-empty-community": ["import", "households", "SHEET", "--community", ""],
    "import-long-community": ["import", "households", "SHEET", "--community", "长" * 5000],
    "import-surrogate-path": ["import", "households", "\ud800.csv"],
    "export-to-folder": ["export", "households", "TMP"],
    "export-to-device": ["export", "households", "/dev/full"],
    "export-to-missing-folder": ["export", "households", "TMP/missing/out.xlsx"],
    "export-unknown-community": ["export", "households", "TMP/out.xlsx", "--community", "不存在"],
    "print-no-out": ["print", "work-order", "BX20261123-0001"],
    "print-surrogate-number": ["print", "work-order", "\ud800", "--out", "TMP/x.pdf"],
    "print-long-number": ["print", "work-order", "BX" * 5000, "--out", "TMP/x.pdf"],
    "print-sql-number": ["print", "work-order", "' OR 1=1 --", "--out", "TMP/x.pdf"],
    "print-out-folder": ["print", "work-order", "BX20261123-0001", "--out", "TMP"],
    "print-out-dev-full": ["print", "work-order", "BX20261123-0001", "--out", "/dev/full"],
    "print-out-missing-folder": ["print", "work-order", "BX20261123-0001", "--out", "TMP/no/x.pdf"],
    "print-bad-layout": ["print", "work-order", "BX20261123-0001", "--out", "TMP/x.pdf", "--layout", "a3"],
    "day-9999-12-31": ["print", "work-orders", "--dispatched-on", "9999-12-31", "--out", "TMP/x.pdf"],
    "day-0001-01-01": ["print", "work-orders", "--dispatched-on", "0001-01-01", "--out", "TMP/x.pdf"],
    "day-month-13": ["print", "work-orders", "--dispatched-on", "2026-13-01", "--out", "TMP/x.pdf"],
    "day-empty": ["print", "work-orders", "--dispatched-on", "", "--out", "TMP/x.pdf"],
    "day-chinese": ["print", "work-orders", "--dispatched-on", "今天", "--out", "TMP/x.pdf"],
    "day-huge-year": ["print", "work-orders", "--dispatched-on", "99999-01-01", "--out", "TMP/x.pdf"],
    "demo-into-office": ["demo", "--households", "5", "--months", "1"],
    "demo-negative": ["demo", "--households", "-5"],
    "demo-text-seed": ["demo", "--seed", "abc"],
    "demo-bad-now": ["demo", "--now", "9999-99-99 99:99"],
    "data-dir-empty": ["--data-dir="],
    "data-dir-dangling": ["info", "--data-dir"],
    "help-on-command": ["info", "--bogus"],
}


@pytest.mark.parametrize("argv", list(CLI_CASES.values()), ids=list(CLI_CASES))
def test_hostile_command_line(desk, tmp_path, argv):
    folder, _office = desk
    sheet = files.write_text(
        tmp_path / "in.csv", [files.HOUSEHOLD_HEADER, ["3", "2", "1901", "赵六"]], encoding="utf-8"
    )
    argv = [a.replace("TMP", str(tmp_path)).replace("SHEET", str(sheet)) for a in argv]
    assert_cli_case(folder, argv)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


# --- search texts ------------------------------------------------------------------------------
@pytest.mark.parametrize("search", list(SEARCHES))
@pytest.mark.parametrize("text", list(SEARCH_TEXTS.values()), ids=list(SEARCH_TEXTS))
def test_hostile_search_text(desk, search, text):
    with within():
        SEARCHES[search](text)


# --- form fields --------------------------------------------------------------------------------
def _forms(office):
    room = office.rooms["3-2-1501"]
    return {
        "household-name": lambda t: save_household(HouseholdForm(room_code="3-2-1501", name=t), **admin()),
        "household-notes": lambda t: save_household(
            HouseholdForm(room_code="3-2-1501", name="赵六", notes=t), **admin()
        ),
        "household-phones": lambda t: save_household(
            HouseholdForm(room_code="3-2-1501", name="赵六", phones=t), **admin()
        ),
        "household-room": lambda t: save_household(HouseholdForm(room_code=t, name="赵六"), **admin()),
        "staff-name": lambda t: save_staff(
            StaffForm(name=t, department_id=office.staff["赵师傅"].department_id), **admin()
        ),
        "community-name": lambda t: save_community(CommunityForm(name=t), **admin()),
        "room-code": lambda t: save_room(RoomForm(community_id=office.community.id, code=t), **admin()),
        "ticket-reporter": lambda t: _register(office, room, reporter_name=t),
        "ticket-description": lambda t: _register(office, room, description=t),
        "ticket-phone": lambda t: _register(office, room, reporter_phone=t),
        "call-note": lambda t: add_call_to_ticket(_any_ticket(office, room), t, operator=office.clerk, clock=_clock()),
    }


def _clock():
    from models.clock import FixedClock

    return FixedClock(OFFICE_NOW)


def _register(office, room, **fields):
    from models.registers import Category

    category = Category.get(Category.name == "房屋渗漏")
    data = {"category_id": category.id, "room_id": room.id, "reporter_name": "王建国"}
    data |= {"reporter_phone": "13812345678", "description": "漏水", **fields}
    folder = DataFolder(Path(database.database).parent)
    return register_ticket(NewTicket(**data), operator=office.clerk, clock=_clock(), folder=folder)


def _any_ticket(office, room) -> int:
    from models.tickets import Ticket

    found = Ticket.select().first()
    return found.id if found else _register(office, room).id


FORM_FIELDS = [
    "household-name",
    "household-notes",
    "household-phones",
    "household-room",
    "staff-name",
    "community-name",
    "room-code",
    "ticket-reporter",
    "ticket-description",
    "ticket-phone",
    "call-note",
]
FORM_TEXTS = {k: HOSTILE_TEXTS[k] for k in ("nul", "esc", "rlo", "zwsp", "filler", "arabic-digits", "long-5000")}
FORM_TEXTS["surrogate"] = "王\ud800"


@pytest.mark.parametrize("form", FORM_FIELDS)
@pytest.mark.parametrize("text", list(FORM_TEXTS.values()), ids=list(FORM_TEXTS))
def test_hostile_form_field(desk, form, text):
    folder, office = desk
    _any_ticket(office, office.rooms["3-2-1501"])  # the call note needs a ticket; made once
    before = dump(folder.database)
    with within():
        try:
            _forms(office)[form](text)
        except DeskError:
            assert dump(folder.database) == before, "a refused form changed the data file"
