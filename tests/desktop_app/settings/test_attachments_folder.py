"""Settings › General › Attachments: an admin names the shared folder for every desk (a
real folder; one that does not exist is refused with the sentence and nothing is kept), a
desk names its own path to it, and a clerk may not change the office's folder."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop_app.pages.settings.attachments import AttachmentsChoice
from models.store import ATTACHMENTS_SETTING, get_setting, local_attachments_folder
from tests.desktop_app.gui import find, type_text


def attachments_row(window) -> AttachmentsChoice:
    page = window.show_page("settings")
    return page.findChild(AttachmentsChoice, "settings.attachments")


def test_the_shared_folder_is_named_for_every_desk_and_a_missing_one_is_refused(window, folder, tmp_path):
    row = attachments_row(window)
    current = find(row, QLabel, "settings.attachments_folder.current")
    assert current.text() == f"{folder.attachments}（数据文件夹自带的）"
    field = find(row, QLineEdit, "settings.attachments_folder")
    message = find(row, QLabel, "settings.attachments_folder.message")
    # the share is not connected: the sentence, nothing kept, the text stays to correct
    missing = tmp_path / "fileserver" / "附件"
    type_text(field, str(missing))
    assert not row.choose_office_folder()
    assert message.text().startswith(f"无法访问附件文件夹 {missing}")
    assert field.text() == str(missing) and get_setting(ATTACHMENTS_SETTING) is None
    missing.mkdir(parents=True)  # connected
    assert row.choose_office_folder()
    assert get_setting(ATTACHMENTS_SETTING) == str(missing)  # in the office's database: every desk
    assert message.text().startswith(f"所有工作站此后将新附件保存在 {missing}")
    assert current.text() == f"{missing}（办公室的共享文件夹）"
    # this PC reaches the same share by another path
    drive = tmp_path / "Z盘"
    drive.symlink_to(missing)
    type_text(find(row, QLineEdit, "settings.attachments_folder.this_pc"), str(drive))
    assert row.choose_this_pc_folder()
    assert local_attachments_folder(folder.root) == str(drive)
    assert current.text() == f"{drive}（本机访问共享文件夹的路径）"


@pytest.mark.parametrize("desk_user", ["clerk"])
def test_a_clerk_may_not_change_the_office_folder(window):
    row = attachments_row(window)
    assert not find(row, QPushButton, "settings.attachments_folder.save").isEnabled()
