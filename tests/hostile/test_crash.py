"""The crash test in CI, at a modest count: the writer is SIGKILLed at random moments
while a second process imports households and prints work orders; every confirmed save
is then in the data file with its event and its photo, the file passes integrity_check,
and no photo stands under a name the data file does not know (a save that never
committed used to leave one under a ticket number a later ticket reuses).
bench/crash.py runs the same harness with many kills and prints the figures."""

from __future__ import annotations

import os
import time

from models.clock import FixedClock
from models.tickets import Attachment, sweep_attachments
from tests.hostile.crash import run
from tests.office import OFFICE_NOW, register_ticket_for

KILLS = 4


def test_killed_writer_loses_no_confirmed_save_and_leaves_no_stray_photo(tmp_path):
    figures = run(tmp_path / "data", kills=KILLS, seed=7)

    assert figures.kills == KILLS and figures.confirmed > 0
    assert figures.lost == [] and figures.integrity_failures == 0
    assert figures.stray_attachments == 0 and figures.side_errors == 0
    assert figures.side_runs > 0


def test_a_photo_is_named_only_after_its_save_commits(office, folder, tmp_path, monkeypatch):
    import models.tickets.intake as intake

    photo = tmp_path / "leak.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")

    def deadlines_fail(ticket):
        raise RuntimeError("killed before the commit")

    monkeypatch.setattr(intake, "apply_deadlines", deadlines_fail)
    try:
        register_ticket_for(office, folder, FixedClock(OFFICE_NOW), attachments=[str(photo)])
    except RuntimeError:
        pass
    monkeypatch.undo()
    names = sorted(p.name for p in folder.attachments.rglob("*") if p.is_file())
    assert names == []  # nothing under BX20261123-0001, which the next ticket takes

    ref = register_ticket_for(office, folder, FixedClock(OFFICE_NOW), attachments=[str(photo)])
    stored = Attachment.get(Attachment.ticket == ref.id).stored_name
    assert stored == "202611/BX20261123-0001-1.jpg" and (folder.attachments / stored).read_bytes() == photo.read_bytes()


def test_the_next_start_finishes_or_removes_what_a_kill_left(office, folder, tmp_path):
    photo = tmp_path / "leak.jpg"
    photo.write_bytes(b"photo")
    ref = register_ticket_for(office, folder, FixedClock(OFFICE_NOW), attachments=[str(photo)])
    final = folder.attachments / Attachment.get(Attachment.ticket == ref.id).stored_name
    final.rename(final.with_name(final.name + ".part"))  # killed between the commit and the rename
    abandoned = folder.attachments / "202611" / "BX20261123-0099-1.jpg.part"  # a save that never committed
    abandoned.write_bytes(b"orphan")
    an_hour_ago = time.time() - 3600
    os.utime(abandoned, (an_hour_ago, an_hour_ago))

    assert sweep_attachments(folder) == (1, 1)

    assert final.read_bytes() == b"photo" and not abandoned.exists()
