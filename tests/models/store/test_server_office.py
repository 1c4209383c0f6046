"""An office on a PostgreSQL server beside the same office in its SQLite file: move-to both
ways with every table verified, the quick search giving the same tickets on both (one- and
two-character words included), the schema's append-only rules in PL/pgSQL, and a clear
sentence for each way opening a server office can fail. A real server (tests/services.py)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee
import psycopg
import pytest

from models.clock import FixedClock
from models.errors import DataFileError
from models.opening import open_database
from models.schema import table_names
from models.store import (
    Condition,
    DatabaseCondition,
    DataFolder,
    close_database,
    database,
    dialect,
    is_connection_lost,
    move_office,
    table_tally,
)
from models.tickets import RegistryFilter, count_tickets, fetch_page, find_ticket_ids
from models.tickets.search import search_subquery
from tests.office import OFFICE_NOW, build_small_office, register_ticket_for

_names = itertools.count(1)


def new_database(postgres_url: str, owner: str | None = None) -> str:
    """An empty database of its own on the session's server; its URL."""
    name = f"server_office_{next(_names)}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}" + (f" OWNER {owner}" if owner else ""))
    return urlunsplit(urlsplit(postgres_url)._replace(path="/" + name))


TICKETS = [
    # room, category, kind, description, phone, reporter
    ("3-2-1501", "房屋渗漏", "repair", "卫生间天花板渗水，墙皮脱落", "13812345678", "王建国"),
    ("3-2-1502", "水电暖", "repair", "厨房水管爆裂，水流了一地", "010-62345678", "李秀英"),
    ("5-1-0302", "噪音", "complaint", "楼上装修噪音太大，WiFi 也断了", "18600001111", "刘洋"),
    ("5-1-0303", "物业费", "inquiry", "物业费发票怎么开 100%", "17722223333", "陈静"),
    ("3-1-0101", "门窗", "repair", "入户门锁芯坏了 wifi_lock", "15011112222", "张伟"),
    ("3-2-1501", "房屋渗漏", "repair", "阳台漏水到楼下", "13812345678", "王建国"),
]

SEARCHES = ["漏", "水", "水管", "渗水", "门锁", "1501", "3-2-1501", "138", "010-62345678", "62345678", "王",
            "王建国", "w", "Wi", "WIFI", "wifi_", "%", "100%", "_", "不存在", "水 楼", "bx", "天花板 渗水 脱落",
            "0%", "落", "国1", "-6", "8-", "i 水", "漏 楼下", "%1", "fi"]  # fmt: skip


def _sqlite_office(tmp_path: Path) -> DataFolder:
    folder = DataFolder(tmp_path / "file-office")
    open_database(folder)
    office = build_small_office()
    clock = FixedClock(OFFICE_NOW - dt.timedelta(hours=len(TICKETS)))
    for room, category, kind, description, phone, reporter in TICKETS:
        register_ticket_for(
            office,
            folder,
            clock,
            room=room,
            category=category,
            kind=kind,
            description=description,
            reporter_phone=phone,
            reporter_name=reporter,
        )
        clock.advance(hours=1)
    return folder


def _answers() -> dict[str, tuple]:
    """What the registry and the global search box find for each search."""
    found = {}
    for text in SEARCHES:
        rows = fetch_page(RegistryFilter(text=text), now=OFFICE_NOW)
        found[text] = (
            count_tickets(RegistryFilter(text=text), OFFICE_NOW),
            [row.number for row in rows],
            find_ticket_ids(text),
        )
    return found


def test_an_office_moves_to_the_server_and_back_and_searches_alike(tmp_path, postgres_url):
    source = _sqlite_office(tmp_path)
    on_file = _answers()
    url = new_database(postgres_url)
    report = move_office(DataFolder(tmp_path / "file-office", url=url), table_names())
    assert report.tables["ticket"].rows == 6 and report.tables["room"].rows == 5
    close_database()

    server = DataFolder(tmp_path / "server-side", url=url)
    open_database(server)
    assert dialect() == "postgresql"
    on_server = _answers()
    assert on_server == on_file
    # by hand (the number, room, names, phones and description are searched, not the category):
    # 漏 only in 阳台漏水到楼下 → 1; 水 in 渗水, 水管, 漏水 → 3; WIFI is folded to wifi: WiFi and wifi_lock → 2
    assert on_server["漏"][0] == 1 and on_server["水"][0] == 3 and on_server["WIFI"][0] == 2
    # % and _ are plain characters here, not wildcards: 100% and wifi_lock → 1 each
    assert on_server["100%"][0] == 1 and on_server["_"][0] == 1 and on_server["不存在"][0] == 0
    # two characters are found beside punctuation (100%) but never across two fields:
    # 王建国's name ends where his phone 138… begins; 010-62345678 holds -6 but no 8-
    assert on_server["0%"][0] == 1 and on_server["国1"][0] == 0
    assert on_server["-6"][0] == 1 and on_server["8-"][0] == 0
    # 王建国 reported the 1st and the 6th ticket; repairs are numbered 1, 2, 3 (door), 4: newest first
    assert on_server["王建国"][1] == ["BX20261123-0004", "BX20261123-0001"]
    back = DataFolder(tmp_path / "back-home")
    move_office(back, table_names())
    server_tallies = {name: table_tally(database, name) for name in ("ticket", "ticket_event", "user", "setting")}
    close_database()

    open_database(back)
    assert dialect() == "sqlite"
    assert {name: table_tally(database, name) for name in server_tallies} == server_tallies
    assert _answers() == on_file
    close_database()
    assert source.database.exists()


def test_move_to_refuses_a_database_that_holds_anything(tmp_path, postgres_url):
    _sqlite_office(tmp_path)
    url = new_database(postgres_url)
    with psycopg.connect(url, autocommit=True) as other:
        other.execute("CREATE TABLE notes (id integer)")
    with pytest.raises(DataFileError, match="already holds data"):
        move_office(DataFolder(tmp_path / "x", url=url), table_names())
    close_database()
    with psycopg.connect(url) as other:
        assert [r[0] for r in other.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")] == ["notes"]


@pytest.fixture
def server_office(tmp_path, postgres_url):
    folder = DataFolder(tmp_path / "data", url=new_database(postgres_url))
    open_database(folder)
    office = build_small_office()
    register_ticket_for(office, folder, FixedClock(OFFICE_NOW), room="3-2-1501", description="卫生间渗水")
    yield folder
    close_database()


def test_one_and_two_character_searches_are_looked_up_in_the_index_of_pairs_and_follow_edits(
    server_office, monkeypatch
):
    from models.store import search_index

    # in an office of one ticket its every character is common, which is checked in the
    # text rather than listed from the index: here every word is listed
    monkeypatch.setattr(search_index, "FREQUENT_SHARE", 2.0)
    ticket_id = database.execute_sql("SELECT id FROM ticket").fetchone()[0]
    database.execute_sql("ANALYZE ticket_search")
    database.execute_sql("SET enable_seqscan = off")  # one ticket: show the index can answer
    try:
        for text in ["渗", "渗水", "渗 卫生"]:
            sql = search_subquery(text)
            plan = "\n".join(row[0] for row in database.execute_sql("EXPLAIN " + sql.sql[1:-1], sql.params))
            assert "ticket_search_body_pairs" in plan, plan
    finally:
        database.execute_sql("RESET enable_seqscan")
    assert count_tickets(RegistryFilter(text="渗水"), OFFICE_NOW) == 1
    # the triggers keep the index: the old words go, the new ones come, also from the room's code
    database.execute_sql("UPDATE ticket SET description = '厨房漏水' WHERE id = ?", (ticket_id,))
    found = {text: count_tickets(RegistryFilter(text=text), OFFICE_NOW) for text in ["渗水", "渗", "漏水", "厨"]}
    assert found == {"渗水": 0, "渗": 0, "漏水": 1, "厨": 1}
    database.execute_sql("UPDATE room SET code = '9-9-0909' WHERE code = '3-2-1501'")
    found = {text: count_tickets(RegistryFilter(text=text), OFFICE_NOW) for text in ["15", "-9", "09"]}
    assert found == {"15": 0, "-9": 1, "09": 1}


def test_the_planner_is_told_how_the_filter_columns_go_together(server_office):
    # a hundred more tickets: 10 complaints, 40 of one department's, 8 of them
    # complaints; taken as independent, 101 × 10/101 × 40/101 = 4
    department, other = [row[0] for row in database.execute_sql("SELECT id FROM department ORDER BY id LIMIT 2")]
    columns = [row.name for row in database.get_columns("ticket") if row.name != "id"]
    made = {
        "number": "'T' || n",
        "kind": "CASE WHEN n <= 8 OR n > 98 THEN 'complaint' ELSE 'repair' END",
        "department_id": "CASE WHEN n <= 40 THEN ? ELSE ? END",
    }
    database.execute_sql(
        f"INSERT INTO ticket ({', '.join(columns)}) SELECT {', '.join(made.get(c, c) for c in columns)} "
        "FROM ticket, generate_series(1, 100) AS n",
        (department, other),
    )
    database.execute_sql("ANALYZE ticket")
    names = {row[0] for row in database.execute_sql("SELECT stxname FROM pg_statistic_ext")}
    assert "ticket_kind_department_id" in names and len(names) == 6
    plan = database.execute_sql(
        "EXPLAIN SELECT 1 FROM ticket WHERE kind = 'complaint' AND department_id = ?", (department,)
    ).fetchone()[0]
    assert " rows=8 " in plan, plan


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE {table} SET id = id WHERE id = 1",
        "DELETE FROM {table} WHERE id = 1",
        "INSERT INTO {table} SELECT * FROM {table} WHERE id = 1 ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id",
        "TRUNCATE {table}",
    ],
)
@pytest.mark.parametrize("table", ["ticket_event", "audit_entry"])
def test_the_server_refuses_to_change_the_timeline_and_the_audit_log(server_office, statement, table):
    if table == "audit_entry":
        database.execute_sql(
            "INSERT INTO audit_entry (at, actor, kind, subject, old, new, previous_hash, hash) "
            "VALUES ('2026-11-23 10:00:00', 'admin', 'login', 'user:admin', '', '', '', 'x')"
        )
    before = database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
    with pytest.raises(peewee.IntegrityError, match="append-only"), database.atomic():
        database.execute_sql(statement.format(table=table))
    assert database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == before >= 1


def test_a_lost_connection_is_told_apart_and_the_next_open_works(server_office, postgres_url):
    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(DatabaseCondition) as refused:
        database.execute_sql("SELECT count(*) FROM ticket").fetchone()
    assert refused.value.condition is Condition.CONNECTION_LOST and is_connection_lost(refused.value)
    assert "connection to the database server" in str(refused.value)
    close_database()
    open_database(server_office)
    assert database.execute_sql("SELECT count(*) FROM ticket").fetchone()[0] == 1


def test_a_user_who_may_not_add_pg_trgm_is_told_and_nothing_is_created(tmp_path, postgres_url):
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS plain_desk")
        admin.execute("CREATE ROLE plain_desk LOGIN")
    url = new_database(postgres_url)
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("GRANT CREATE, USAGE ON SCHEMA public TO plain_desk")
    as_plain = urlunsplit(urlsplit(url)._replace(netloc="plain_desk@" + urlsplit(url).netloc.split("@")[1]))
    with pytest.raises(DataFileError, match="lacks the pg_trgm extension") as refused:
        open_database(DataFolder(tmp_path / "data", url=as_plain))
    assert "CREATE EXTENSION pg_trgm;" in str(refused.value)
    with psycopg.connect(url) as other:
        assert other.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0


@pytest.mark.parametrize(
    "address, sentence",
    [
        ("postgresql://desk@127.0.0.1/", "is not a database address"),
        ("mysql://desk@127.0.0.1/office", "is not a database address"),
        ("postgresql://desk@127.0.0.1:1/office", "cannot be reached"),
        ("{server}/no_such_office", "has no database named no_such_office"),
        ("{user_server}/desk_test", "refused the user nobody"),
    ],
)
def test_opening_a_server_office_that_cannot_be_used_says_why(tmp_path, postgres_url, address, sentence):
    parts = urlsplit(postgres_url)
    address = address.format(
        server=f"postgresql://{parts.netloc}", user_server=f"postgresql://nobody@{parts.netloc.split('@')[1]}"
    )
    with pytest.raises(DataFileError, match=sentence) as refused:
        open_database(DataFolder(tmp_path / "data", url=address))
    assert "Traceback" not in str(refused.value)
    assert dialect() == "sqlite"  # the models are left on an unbound file, nothing half-open


def test_the_command_line_moves_checks_and_backs_up_a_server_office(tmp_path, postgres_url, capsys, monkeypatch):
    from desktop_app.cli import main

    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    monkeypatch.setenv("PROPERTY_DESK_USER", "admin")
    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "demo")
    home = str(tmp_path / "home")
    demo = ["--households", "30", "--months", "1", "--tickets", "40", "--seed", "5", "--now", "2026-11-23 10:00"]
    assert main(["demo", "--data-dir", home, *demo]) == 0
    url = new_database(postgres_url)
    capsys.readouterr()
    assert main(["move-to", url, "--data-dir", home]) == 0
    captured = capsys.readouterr()
    assert "每张表的行数和校验和均与原数据一致" in captured.out and "ticket：40 行" in captured.out
    assert "正在复制 ticket：40 / 40 行" in captured.err
    assert main(["--database", url, "--data-dir", home, "check"]) == 0
    assert "办公室数据库完好。" in capsys.readouterr().out
    assert main(["--database", url, "--data-dir", home, "backup"]) == 0
    assert list((tmp_path / "home" / "backups").glob("*.pgdump"))
    # a second move into the same database is refused; the server's copy is left as it was
    assert main(["move-to", url, "--data-dir", home]) == 2
    assert "中已有数据" in capsys.readouterr().err
    assert main(["--database", "postgresql://desk@127.0.0.1/", "--data-dir", home, "info"]) == 2
    assert "不是本程序可用的数据库地址" in capsys.readouterr().err


def test_move_to_a_new_folder_takes_the_attachments_along(tmp_path, postgres_url, capsys, monkeypatch):
    from desktop_app.cli import main

    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    monkeypatch.setenv("PROPERTY_DESK_USER", "admin")
    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "demo")
    home = tmp_path / "home"
    demo = ["--households", "10", "--months", "1", "--tickets", "5", "--seed", "5", "--now", "2026-11-23 10:00"]
    assert main(["demo", "--data-dir", str(home), *demo]) == 0
    photo = home / "attachments" / "2026" / "11" / "漏水照片.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)  # 3 + 10,240 bytes
    url = new_database(postgres_url)
    assert main(["move-to", url, "--data-dir", str(home)]) == 0
    assert "附件" not in capsys.readouterr().out  # to a server: the data folder (and its attachments) stays
    elsewhere = tmp_path / "elsewhere"
    assert main(["--database", url, "--data-dir", str(home), "move-to", str(elsewhere)]) == 0
    out = capsys.readouterr().out
    assert f"附件：已将 1 个文件（0.0 MB）复制到 {elsewhere / 'attachments'}" in out
    copied = elsewhere / "attachments" / "2026" / "11" / "漏水照片.jpg"
    assert copied.read_bytes() == photo.read_bytes()
    assert not list(elsewhere.rglob("*.partial"))
