"""Long imports and exports report their progress and can be cancelled: reading, checking
and writing each call progress(done, total); answering False during the check just stops,
during the write it rolls the one transaction back so the register is exactly as before,
and a cancelled export leaves no file (an older one stays as it was)."""

from __future__ import annotations

import pytest

from models.imports import (
    CancelledError,
    apply_households,
    apply_staff,
    check_households,
    check_staff,
    export_households,
    read_sheet,
)
from models.registers import Building, Community, Household, HouseholdPhone, Room, Staff, Unit
from tests.acting import admin
from tests.models.registers.conftest import write_csv, write_xlsx

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]


def thousand_rows(tmp_path):
    """1,000 new households in building 9 (10 units × 100 rooms), plus the header."""
    rows = [HEADER] + [
        ["9", str(n // 100 + 1), f"{n % 100 + 1:04d}", f"住户{n}", f"139{n:08d}", "", "2024-03-01", ""]
        for n in range(1000)
    ]
    return write_xlsx(tmp_path / "households.xlsx", rows)


def register_snapshot() -> dict:
    """Everything an import may touch, row by row."""
    return {
        model.__name__: sorted(model.select().tuples())
        for model in (Community, Building, Unit, Room, Household, HouseholdPhone)
    }


class Recorder:
    """A progress callback that keeps every call and answers False from `stop_at` on."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.stop_at = stop_at
        self.households_when_stopped: int | None = None

    def __call__(self, done: int, total: int) -> bool:
        self.calls.append((done, total))
        if self.stop_at is not None and done >= self.stop_at:
            self.households_when_stopped = Household.select().count()
            return False
        return True


def test_reading_checking_and_writing_each_report_their_progress(office, tmp_path):
    reading, checking, writing = Recorder(), Recorder(), Recorder()

    sheet = read_sheet(thousand_rows(tmp_path), progress=reading)
    plan = check_households(sheet, progress=checking)
    outcome = apply_households(plan, progress=writing, **admin())

    assert reading.calls == [(n, 1001) for n in range(1, 1002)]  # the header row is read too
    assert checking.calls == [(n, 1000) for n in range(1, 1001)]
    assert writing.calls == [(400, 1000), (800, 1000), (1000, 1000)]
    assert outcome.created == 1000 and Household.select().count() == 1005


def test_cancelling_during_the_write_leaves_the_register_exactly_as_before(office, tmp_path):
    plan = check_households(thousand_rows(tmp_path), community="新建小区")
    before = register_snapshot()
    stop = Recorder(stop_at=500)

    with pytest.raises(CancelledError) as cancelled:
        apply_households(plan, progress=stop, **admin())

    assert str(cancelled.value) == "Import cancelled: nothing was imported."
    assert stop.calls == [(400, 1000), (800, 1000)]
    assert stop.households_when_stopped == 5 + 800  # rows were written inside the transaction…
    assert register_snapshot() == before  # …and rolled back with the new community and its rooms
    assert plan.community_id is None

    outcome = apply_households(plan, **admin())
    assert (outcome.created, outcome.rooms_created) == (1000, 1000)
    assert Community.get(Community.name == "新建小区").id == plan.community_id


def test_a_cancelled_update_keeps_the_phones_and_fields_already_stored(office, tmp_path):
    path = write_csv(
        tmp_path / "update.csv",
        [HEADER, ["3", "2", "1501", "王建国", "13900001111", "", "2020-05-01", "新备注"]]
        + [["9", "1", f"{n:04d}", f"住户{n}", "", "", "", ""] for n in range(1, 500)],
    )
    plan = check_households(path)
    before = register_snapshot()

    with pytest.raises(CancelledError):
        apply_households(plan, progress=lambda done, total: done < total, **admin())

    assert register_snapshot() == before
    wang = Household.get(Household.name == "王建国")
    assert wang.notes == "" and [p.number for p in wang.phones] == ["13812345678"]


def test_cancelling_the_check_just_stops_and_writes_nothing(office, tmp_path):
    path = thousand_rows(tmp_path)
    before = register_snapshot()
    stop = Recorder(stop_at=300)

    with pytest.raises(CancelledError, match="nothing was imported"):
        check_households(path, progress=stop)

    assert stop.calls[-1] == (300, 1001)  # stopped while reading the workbook
    assert register_snapshot() == before
    sheet = read_sheet(path)
    with pytest.raises(CancelledError):
        check_households(sheet, progress=Recorder(stop_at=700))
    assert register_snapshot() == before


def test_a_callback_that_answers_nothing_does_not_cancel(office, tmp_path):
    outcome = apply_households(check_households(thousand_rows(tmp_path)), progress=lambda done, total: None, **admin())
    assert outcome.created == 1000


def test_cancelling_the_staff_import_writes_no_one(office, tmp_path):
    rows = [["姓名", "部门", "岗位", "电话", "技能"]] + [[f"员工{n}", "工程维修", "电工", "", ""] for n in range(50)]
    plan = check_staff(write_csv(tmp_path / "staff.csv", rows), progress=Recorder())
    staff_before = sorted(Staff.select().tuples())

    with pytest.raises(CancelledError):
        apply_staff(plan, progress=Recorder(stop_at=30), **admin())

    assert sorted(Staff.select().tuples()) == staff_before
    assert apply_staff(plan, progress=Recorder(), **admin()).created == 50


@pytest.mark.parametrize("name", ["register.xlsx", "register.csv"])
def test_a_cancelled_export_leaves_no_file_and_an_older_one_untouched(office, tmp_path, name):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / name
    stop = Recorder(stop_at=3)

    with pytest.raises(CancelledError, match="Export cancelled: no file was written."):
        export_households(out, progress=stop, **admin())
    assert list(folder.iterdir()) == []
    assert stop.calls == [(1, 5), (2, 5), (3, 5)]

    out.write_bytes(b"older export")
    with pytest.raises(CancelledError):
        export_households(out, progress=Recorder(stop_at=5), **admin())
    assert out.read_bytes() == b"older export" and list(folder.iterdir()) == [out]

    assert export_households(out, progress=Recorder(), **admin()) == 5
    assert len(read_sheet(out).rows) == 5
