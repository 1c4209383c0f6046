"""move-to with --attachments: the office moves to the server and its attachments into the
shared folder named (a real folder standing in for the network share), each read back;
the moved office names that folder for every desk. A folder that does not exist is refused
before anything is copied. A real server (tests/services.py)."""

from __future__ import annotations

from models.opening import open_database
from models.store import ATTACHMENTS_SETTING, DataFolder, attachments_folder, close_database, get_setting
from tests.models.store.test_server_office import new_database


def test_move_to_a_server_copies_the_attachments_into_the_shared_folder(tmp_path, postgres_url, capsys, monkeypatch):
    from desktop_app.cli import main

    monkeypatch.delenv("PROPERTY_DESK_LANG", raising=False)
    monkeypatch.setenv("PROPERTY_DESK_USER", "admin")
    monkeypatch.setenv("PROPERTY_DESK_PASSWORD", "demo")
    home = tmp_path / "home"
    demo = ["--households", "10", "--months", "1", "--tickets", "5", "--seed", "5", "--now", "2026-11-23 10:00"]
    assert main(["demo", "--data-dir", str(home), *demo]) == 0
    photo = home / "attachments" / "202611" / "BX20261120-0001-1.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)  # 3 + 10,240 bytes
    url = new_database(postgres_url)
    share = tmp_path / "fileserver" / "附件"
    capsys.readouterr()
    # the share is not there yet: refused before anything is read or copied
    assert main(["move-to", url, "--attachments", str(share), "--data-dir", str(home)]) == 2
    assert f"无法访问附件文件夹 {share}：该文件夹不存在。" in capsys.readouterr().err
    share.mkdir(parents=True)
    assert main(["move-to", url, "--attachments", str(share), "--data-dir", str(home)]) == 0
    out = capsys.readouterr().out
    assert f"附件：已将 1 个文件（0.0 MB）复制到 {share}" in out  # 10,243 bytes = 0.0 MB
    assert (share / "202611" / "BX20261120-0001-1.jpg").read_bytes() == photo.read_bytes()
    assert photo.exists()  # the original is left where it was
    # every desk on the server office now reads the attachments from the share
    desk = DataFolder(tmp_path / "desk-2", url=url)
    open_database(desk)
    try:
        assert get_setting(ATTACHMENTS_SETTING) == str(share)
        assert attachments_folder(desk) == share
    finally:
        close_database()


def _server_schema(url: str) -> dict[str, list]:
    """The indexes, foreign keys and triggers (with whether each is on) of a server office."""
    import psycopg

    with psycopg.connect(url) as connection:
        return {
            "indexes": connection.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1"
            ).fetchall(),
            "references": connection.execute(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 2"
            ).fetchall(),
            "triggers": connection.execute(
                "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 2"
            ).fetchall(),
        }


def test_a_moved_office_has_every_index_reference_and_trigger_of_a_new_one(tmp_path, postgres_url):
    """The move builds the indexes and adds the foreign keys after the copy, with the tables'
    triggers off meanwhile: afterwards the server office has exactly what a new office has
    (a new office made on a second empty database is the yardstick), and so has a data file
    moved back (its indexes against a new data file's)."""
    from models.schema import table_names
    from models.store import database, move_office
    from tests.models.store.test_server_office import _sqlite_office

    folder = _sqlite_office(tmp_path)
    moved = new_database(postgres_url)
    try:
        move_office(DataFolder(folder.root, url=moved), table_names())
    finally:
        close_database()
    fresh = new_database(postgres_url)
    open_database(DataFolder(tmp_path / "fresh", url=fresh))
    close_database()
    expected = _server_schema(fresh)
    assert expected["indexes"] and expected["references"] and expected["triggers"]
    assert all(enabled == "O" for _table, _name, enabled in expected["triggers"])
    assert _server_schema(moved) == expected
    # and back into a data file: the same indexes as a new data file's
    open_database(DataFolder(folder.root, url=moved))
    try:
        move_office(DataFolder(tmp_path / "back"), table_names())
    finally:
        close_database()

    def file_indexes(root) -> list:
        open_database(DataFolder(root))
        try:
            query = "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
            return database.execute_sql(query).fetchall()
        finally:
            close_database()

    assert file_indexes(tmp_path / "back") == file_indexes(tmp_path / "fresh-file")
