"""Backups and restore: what a backup holds, that a restore gives back exactly that (data
compared as an SQL dump, attachments by checksum), also for a backup taken while another
process keeps saving tickets; what a damaged backup is refused for; and which automatic
backups a year of daily ones leaves after rotation, worked out on the calendar."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.errors import DataFileError
from models.office import (
    Backup,
    BackupError,
    Manifest,
    backup_status,
    backups_to_keep,
    list_backups,
    newest_good_backup,
    read_backup,
    restore_backup,
    rotate,
    take_backup,
    verify_backup,
)
from models.opening import open_database
from models.store import DataFolder, close_database, set_setting
from tests.office import OFFICE_NOW, register_ticket_for

pytestmark = pytest.mark.sqlite_only("backups of the data file and its folder (a server office: pg_dump)")

ROOT = Path(__file__).resolve().parents[3]
CLOCK = FixedClock(OFFICE_NOW)


def dump(path: Path) -> list[str]:
    """Every row of every table (the search index's shadow tables aside), as SQL, sorted:
    a copy may store tables and indexes in another order."""
    with sqlite3.connect(path) as db:
        lines = sorted(line for line in db.iterdump() if "ticket_fts" not in line)
    db.close()
    return lines


def attach(folder: DataFolder, name: str, content: bytes) -> None:
    folder.attachments.mkdir(parents=True, exist_ok=True)
    (folder.attachments / name).write_bytes(content)


def test_a_restore_gives_back_the_data_and_attachments_of_the_backup(office, folder):
    register_ticket_for(office, folder, CLOCK, description="厨房水管漏水")
    attach(folder, "BX20261123-0001-1.jpg", b"photo of the leak")
    before = dump(folder.database)

    backup = take_backup(folder, now=OFFICE_NOW, app_version="test", tag="manual")
    assert backup.manifest.tickets == 1 and list(backup.manifest.attachments) == ["BX20261123-0001-1.jpg"]

    register_ticket_for(office, folder, CLOCK, description="登记在备份之后")  # lost by the restore, on purpose
    (folder.attachments / "BX20261123-0001-1.jpg").write_bytes(b"overwritten")
    attach(folder, "later.jpg", b"after the backup")

    safety = restore_backup(folder, backup, now=OFFICE_NOW + dt.timedelta(minutes=5), app_version="test")
    open_database(folder)
    assert dump(folder.database) == before
    assert sorted(p.name for p in folder.attachments.iterdir()) == ["BX20261123-0001-1.jpg"]
    assert (folder.attachments / "BX20261123-0001-1.jpg").read_bytes() == b"photo of the leak"
    # the data as it was just before the restore is kept: two tickets and the later photo
    kept = read_backup(safety)
    assert kept.manifest.tag == "before-restore" and kept.manifest.tickets == 2
    assert (safety / "attachments" / "later.jpg").read_bytes() == b"after the backup"


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from models.clock import FixedClock
    from models.opening import open_database
    from models.store import DataFolder
    from tests.office import OFFICE_NOW, register_ticket_for, small_office_in_file
    folder = DataFolder(Path(sys.argv[1]))
    open_database(folder)
    office = small_office_in_file()
    print("ready", flush=True)
    for n in range(int(sys.argv[2])):
        register_ticket_for(office, folder, FixedClock(OFFICE_NOW), description=f"并发保存 {n}")
    print("done", flush=True)
    """
)


def test_a_backup_taken_while_another_process_saves_is_consistent_and_restores(office, folder):
    close_database()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder.root), "400"], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        backup = take_backup(folder, now=OFFICE_NOW, app_version="test", tag="manual")
    finally:
        writer.wait(timeout=120)
    verify_backup(backup)  # integrity and checksum
    with sqlite3.connect(backup.path / "property-desk.sqlite3") as copy:
        numbers = [row[0] for row in copy.execute("SELECT number FROM ticket ORDER BY id")]
        events = copy.execute("SELECT count(*) FROM ticket_event WHERE action = 'register'").fetchone()[0]
    copy.close()
    # a snapshot: every ticket in it has its registration event, numbers run without a gap
    assert 0 <= len(numbers) <= 400 and events == len(numbers)
    assert numbers == [f"BX20261123-{n:04d}" for n in range(1, len(numbers) + 1)]
    restore_backup(folder, backup, now=OFFICE_NOW, app_version="test")
    open_database(folder)
    assert dump(folder.database) == dump(backup.path / "property-desk.sqlite3")


def test_a_damaged_or_too_new_backup_is_refused_and_nothing_is_changed(office, folder):
    backup = take_backup(folder, now=OFFICE_NOW, app_version="test")
    data = backup.path / "property-desk.sqlite3"
    before = folder.database.read_bytes()

    raw = bytearray(data.read_bytes())
    raw[5000:5016] = b"\xff" * 16
    data.write_bytes(bytes(raw))
    with pytest.raises(BackupError) as damaged:
        restore_backup(folder, backup, now=OFFICE_NOW, app_version="test")
    assert "checksum" in damaged.value.message
    assert folder.database.read_bytes() == before

    newer = take_backup(folder, now=OFFICE_NOW + dt.timedelta(seconds=1), app_version="test")
    manifest = json.loads((newer.path / "manifest.json").read_text(encoding="utf-8"))
    manifest["schema"] = "1.999"
    (newer.path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(BackupError) as too_new:
        verify_backup(read_backup(newer.path))
    assert "newer version" in too_new.value.message

    with pytest.raises(BackupError) as not_a_backup:
        read_backup(folder.root)
    assert "not a backup" in not_a_backup.value.message


def test_the_newest_good_backup_is_offered_past_a_damaged_one(office, folder):
    good = take_backup(folder, now=OFFICE_NOW - dt.timedelta(days=1), app_version="test", tag="daily")
    bad = take_backup(folder, now=OFFICE_NOW, app_version="test", tag="daily")
    (bad.path / "property-desk.sqlite3").write_bytes(b"not sqlite at all")
    assert newest_good_backup(folder).path == good.path


def test_a_damaged_data_file_is_reported_as_damaged_and_a_restore_brings_the_office_back(office, folder):
    register_ticket_for(office, folder, CLOCK)
    backup = take_backup(folder, now=OFFICE_NOW, app_version="test", tag="daily")
    close_database()
    folder.database.write_bytes(b"\x00" * 4096 + b"garbage" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{folder.database}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DataFileError):
        open_database(folder)
    restore_backup(folder, newest_good_backup(folder), now=OFFICE_NOW, app_version="test")
    open_database(folder)
    assert backup.manifest.tickets == 1
    assert [p.name.endswith("-damaged") or p.name.endswith("-before-restore") for p in folder.backups.iterdir()].count(
        True
    ) == 1


def fake(day: dt.date, tag: str = "daily") -> Backup:
    at = dt.datetime.combine(day, dt.time(2, 0))
    manifest = Manifest(f"{at:%Y-%m-%d %H:%M:%S}", tag, "test", "1.3", 0, "", 0)
    return Backup(Path(f"/backups/{at:%Y%m%d}-{tag}"), manifest)


def test_a_year_of_daily_backups_rotates_to_seven_days_four_weeks_and_twelve_months():
    year = [fake(dt.date(2026, 1, 1) + dt.timedelta(days=n)) for n in range(365)]
    manual = fake(dt.date(2026, 3, 15), "manual")
    kept = backups_to_keep([*year, manual])
    kept_days = sorted(p.name[:8] for p in kept if p.name.endswith("daily"))
    # 7 daily: 25–31 Dec. 4 ISO weeks: wk 53 (28 Dec–3 Jan) → 31 Dec, wk 52 → 27 Dec, wk 51 → 20 Dec,
    # wk 50 → 13 Dec. 12 months: the last day of each month, Jan–Dec 2026 (31 Dec already kept).
    expected = (
        ["20260131", "20260228", "20260331", "20260430", "20260531", "20260630"]
        + ["20260731", "20260831", "20260930", "20261031", "20261130"]
        + ["20261213", "20261220"]
        + [f"202612{d}" for d in range(25, 32)]
    )
    assert kept_days == expected
    assert manual.path in kept  # backups taken by hand are never rotated away


def test_rotation_deletes_only_what_it_no_longer_keeps(office, folder):
    set_setting("backup.keep_daily", 2)
    set_setting("backup.keep_weekly", 1)
    set_setting("backup.keep_monthly", 1)
    taken = [
        take_backup(folder, now=OFFICE_NOW - dt.timedelta(days=d), app_version="test", tag="daily") for d in range(4)
    ]
    removed = rotate(folder)
    # kept: today and yesterday (2 daily); the week's and the month's newest are today's
    assert sorted(removed) == sorted(b.path for b in taken[2:])
    assert [b.path for b in list_backups(folder.backups)] == [b.path for b in taken[:2]]


def test_the_status_warns_when_the_newest_backup_is_old_or_only_on_this_disk(office, folder):
    assert backup_status(folder, OFFICE_NOW).newest is None
    take_backup(folder, now=OFFICE_NOW - dt.timedelta(hours=30), app_version="test", tag="daily")
    status = backup_status(folder, OFFICE_NOW)
    assert status.too_old and status.only_on_same_disk  # 30 h > the default 26 h
    take_backup(folder, now=OFFICE_NOW - dt.timedelta(hours=1), app_version="test", tag="daily")
    assert not backup_status(folder, OFFICE_NOW).too_old
    set_setting("backup.last_external_at", f"{OFFICE_NOW:%Y-%m-%d %H:%M:%S}")
    assert not backup_status(folder, OFFICE_NOW).only_on_same_disk


def test_a_cancelled_backup_leaves_nothing(office, folder):
    with pytest.raises(BackupError):
        take_backup(folder, now=OFFICE_NOW, app_version="test", progress=lambda done, total: False)
    assert list(folder.backups.iterdir()) == [] if folder.backups.exists() else True
