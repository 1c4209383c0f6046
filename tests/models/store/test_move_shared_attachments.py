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
