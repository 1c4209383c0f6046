"""The intake form when the shared attachments folder does not answer (a real folder,
renamed away while the network share is "unplugged"): the ticket is saved, the clerk reads
why its files were not, tries again once the share is back, and the files are stored."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QPlainTextEdit

from models.store import save_office_attachments_folder
from models.tickets import Attachment, Ticket
from tests.desktop_app.gui import find, type_text
from tests.desktop_app.intake.test_intake_form import pick_room


def when_modal(callback):
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        callback(dialog)

    QTimer.singleShot(0, run)


def test_the_ticket_saves_and_its_files_follow_once_the_share_is_back(registry, qtbot, tmp_path, folder):
    share = tmp_path / "fileserver" / "附件"
    share.mkdir(parents=True)
    save_office_attachments_folder(str(share))
    away = share.rename(share.with_name("away"))  # the network share drops
    photo = tmp_path / "漏水照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo" * 100)
    intake = registry.start_intake()
    pick_room(intake, qtbot, "3-1-0101")
    type_text(find(intake, QComboBox, "intake.category"), "房屋渗漏")
    type_text(find(intake, QPlainTextEdit, "intake.description"), "阳台墙角渗水")
    intake.add_attachments([str(photo)])
    said = []

    def retry_once_back(box):
        said.append(box.text())
        away.rename(share)  # the share is back before the second try
        box.button(QMessageBox.StandardButton.Retry).click()

    def first(box):
        said.append(box.text())
        when_modal(retry_once_back)
        box.button(QMessageBox.StandardButton.Retry).click()  # still away: asked again

    when_modal(first)
    intake.save_ticket()
    ticket = Ticket.get()
    assert said[0].startswith(f"工单 {ticket.number} 已保存，但其 1 个文件未能保存。")
    assert f"无法访问附件文件夹 {share}：该文件夹不存在。" in said[0]
    assert len(said) == 2  # the first retry met the share still away
    stored = Attachment.get(Attachment.ticket == ticket.id)
    assert (share / stored.stored_name).read_bytes() == photo.read_bytes()
    assert find(intake, QLabel, "intake.result").text() == f"工单 {ticket.number} 已保存，请告知业主此编号。"


def test_the_clerk_may_keep_the_ticket_without_its_files(registry, qtbot, tmp_path, folder):
    share = tmp_path / "share"
    share.mkdir()
    save_office_attachments_folder(str(share))
    share.rmdir()
    photo = tmp_path / "照片.png"
    photo.write_bytes(b"png")
    intake = registry.start_intake()
    pick_room(intake, qtbot, "3-1-0101")
    type_text(find(intake, QComboBox, "intake.category"), "房屋渗漏")
    type_text(find(intake, QPlainTextEdit, "intake.description"), "阳台墙角渗水")
    intake.add_attachments([str(photo)])
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Ignore).click())
    intake.save_ticket()
    ticket = Ticket.get()
    assert Attachment.select().count() == 0
    assert find(intake, QLabel, "intake.result").text().endswith(f"文件未附上，仍在 {photo}。")
    assert ticket.description == "阳台墙角渗水"
