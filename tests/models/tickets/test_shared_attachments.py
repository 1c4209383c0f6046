"""Attachments in a shared folder named in Settings (several desks, one office): the photo
is written there and read from there by every desk, a desk reaching the share by another
path (another drive letter) uses its own, and while the folder cannot be reached the
ticket still saves, the sentence says why, and the files are added once it is back.
Real folders throughout; "unplugging" the share renames it away."""

from __future__ import annotations

import pytest

from models.errors import DataFileError
from models.store import (
    ATTACHMENTS_SETTING,
    AttachmentsUnreachable,
    DataFolder,
    attachments_place,
    get_setting,
    save_local_attachments_folder,
    save_office_attachments_folder,
)
from models.tickets import Attachment, Ticket, TicketEvent, attach_files, attachment_path


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "fileserver" / "desk-attachments"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "漏水照片.JPG"
    path.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 4)  # 3 + 1,024 bytes
    return path


def test_a_named_folder_takes_the_photos_and_every_desk_reads_them_there(
    office, register, folder, share, photo, tmp_path
):
    assert save_office_attachments_folder(str(share)) == share
    assert get_setting(ATTACHMENTS_SETTING) == str(share)  # in the office's database: every desk reads it
    ticket = register(attachments=[str(photo)])
    stored = Attachment.get(Attachment.ticket == ticket.id)
    assert stored.stored_name == "202611/BX20261123-0001-1.jpg"
    assert (share / stored.stored_name).read_bytes() == photo.read_bytes()
    assert not folder.attachments.exists()  # nothing on this PC's disk
    # another desk (its own data folder) on the same office finds the same file
    other_desk = DataFolder(tmp_path / "desk-2")
    assert attachment_path(other_desk, stored.stored_name) == share / stored.stored_name
    # a desk that reaches the share by another path (its drive letter) says so for itself only
    drive_z = tmp_path / "Z盘"
    drive_z.symlink_to(share)
    assert save_local_attachments_folder(other_desk.root, str(drive_z)) == drive_z
    assert attachments_place(other_desk).named_by == "this PC"
    assert attachment_path(other_desk, stored.stored_name) == drive_z / stored.stored_name
    assert attachment_path(folder, stored.stored_name) == share / stored.stored_name  # this desk: unchanged
    save_local_attachments_folder(other_desk.root, None)
    assert attachments_place(other_desk).path == share


def test_an_unreachable_folder_keeps_the_ticket_and_the_files_are_added_once_it_is_back(
    office, register, folder, share, photo, clock
):
    save_office_attachments_folder(str(share))
    unplugged = share.with_name("share-away")
    share.rename(unplugged)  # the network share drops
    ref = register(attachments=[str(photo)], description="卫生间漏水，见照片")
    # the ticket is saved, without its file; the sentence names the folder and why
    assert Ticket.get_by_id(ref.id).description == "卫生间漏水，见照片"
    assert ref.unattached == (str(photo),)
    assert isinstance(ref.attachments_problem, AttachmentsUnreachable)
    assert ref.attachments_problem.params == {"folder": str(share)}
    assert "it is not there" in ref.attachments_problem.message
    assert Attachment.select().count() == 0
    assert not share.exists() and not folder.attachments.exists()  # nothing written anywhere else
    # trying again while it is still away: the same sentence, nothing recorded
    with pytest.raises(AttachmentsUnreachable):
        attach_files(ref.id, ref.unattached, operator=office.clerk, clock=clock, folder=folder)
    assert Attachment.select().count() == 0
    unplugged.rename(share)  # the share is back
    attach_files(ref.id, ref.unattached, operator=office.clerk, clock=clock, folder=folder)
    stored = Attachment.get(Attachment.ticket == ref.id)
    assert attachment_path(folder, stored.stored_name).read_bytes() == photo.read_bytes()
    assert (share / stored.stored_name).is_file()
    added = TicketEvent.select().where(TicketEvent.ticket == ref.id, TicketEvent.field == "attachments")
    assert [event.new_value for event in added] == ["漏水照片.JPG"]


def test_opening_a_photo_while_the_share_is_away_says_so(office, register, folder, share, photo):
    save_office_attachments_folder(str(share))
    ticket = register(attachments=[str(photo)])
    stored = Attachment.get(Attachment.ticket == ticket.id).stored_name
    share.rename(share.with_name("away"))
    with pytest.raises(AttachmentsUnreachable) as away:
        attachment_path(folder, stored)
    assert away.value.params["folder"] == str(share)
    share.with_name("away").rename(share)
    (share / stored).unlink()
    with pytest.raises(DataFileError, match="is not in the attachments folder"):
        attachment_path(folder, stored)


def test_photos_saved_before_a_folder_was_named_are_still_found(office, register, folder, share, photo):
    earlier = register(attachments=[str(photo)])
    stored = Attachment.get(Attachment.ticket == earlier.id).stored_name
    save_office_attachments_folder(str(share))
    assert attachment_path(folder, stored) == folder.attachments / stored


@pytest.mark.parametrize(
    "named, sentence",
    [
        ("relative/folder", "is not a full path"),
        ("/nowhere/at/all", "cannot be reached: it is not there"),
    ],
)
def test_a_folder_that_cannot_be_used_is_refused_and_nothing_is_kept(office, folder, named, sentence):
    with pytest.raises(DataFileError, match=sentence):
        save_office_attachments_folder(named)
    with pytest.raises(DataFileError, match=sentence):
        save_local_attachments_folder(folder.root, named)
    assert get_setting(ATTACHMENTS_SETTING) is None
    assert attachments_place(folder).path == folder.attachments


def test_on_a_shared_folder_only_a_day_old_copy_counts_as_abandoned(folder, share):
    # another desk's save still being written: its file time is the file server's, and that
    # desk's clock may be minutes off; 20 minutes old is kept on a share (in the data
    # folder's own, 10 minutes is enough), 25 hours old is removed
    import os
    import time

    from models.tickets import sweep_attachments

    save_office_attachments_folder(str(share))
    month = share / "202611"
    month.mkdir()
    running, abandoned = month / "TS20261123-0001-1.jpg.part", month / "TS20261120-0002-1.jpg.part"
    for path, hours_ago in ((running, 20 / 60), (abandoned, 25)):
        path.write_bytes(b"photo")
        then = time.time() - hours_ago * 3600
        os.utime(path, (then, then))
    assert sweep_attachments(folder) == (0, 1)  # (finished, removed)
    assert running.exists() and not abandoned.exists()
