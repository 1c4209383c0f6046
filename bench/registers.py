"""Bench of the registers: import 10,000 households from .xlsx and .csv into a fresh data
file (target ≤ 5 s), re-import the same file (no changes), and filter the register the
way the page does — count plus the first page — (target ≤ 50 ms). Then what the page's
progress dialog costs (ProgressReporter, offscreen) on read + check + write of the .xlsx
and on the .xlsx export: the time spent inside the callback, redraws included, as a share
of the work (target < 5 %), and best of three runs without and with it (noisier: other
load on the machine moves it by a few per cent). Prints the figures.

    .venv/bin/python -m bench.registers [--rows 10000]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from models.clock import SystemClock
from models.codes import Role
from models.imports import apply_households, check_households, export_households, read_sheet
from models.office import User
from models.opening import open_database
from models.registers import count_households, household_page
from models.store import DataFolder, close_database

REPEATS = 3

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def acting() -> dict:
    """The bench acts as the office's admin (imports and exports need the role)."""
    admin = User.get_or_none(User.username == "bench") or User.create(
        username="bench", display_name="bench", role=Role.ADMIN
    )
    return {"operator": admin, "clock": SystemClock()}


def make_rows(count: int) -> list[list[str]]:
    rng = random.Random(7)
    rows = []
    for index in range(count):
        building, rest = divmod(index, 400)
        unit, rest = divmod(rest, 100)
        floor, door = divmod(rest, 4)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        phone = f"13{rng.randint(0, 9)}{index:08d}"
        rows.append(
            [
                f"{building + 1}栋",
                f"{unit + 1}单元",
                f"{floor + 1:02d}{door + 1:02d}",
                name,
                phone,
                "",
                f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "",
            ]
        )
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    xlsx, text = folder / "households.xlsx", folder / "households.csv"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(xlsx)
    with text.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return xlsx, text


def timed(label: str, action, *, target: float | None = None):
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    verdict = (
        "" if target is None else f"  (target ≤ {target * 1000:.0f} ms: {'ok' if seconds <= target else 'MISSED'})"
    )
    print(f"{label:<48} {seconds * 1000:9.1f} ms{verdict}")
    return result


def bench_import(scratch: Path, path: Path, label: str) -> None:
    open_database(DataFolder(scratch / f"data-{label}"))
    plan = timed(f"check {label} (read + validate)", lambda: check_households(path, community="阳光花园"))
    outcome = timed(f"write {label} (one transaction)", lambda: apply_households(plan, **acting()))
    print(f"  {outcome.created} created, {outcome.rooms_created} rooms, {len(plan.problems)} problems")
    start = time.perf_counter()
    apply_households(check_households(path, community="阳光花园"), **acting())
    print(
        f"{'import ' + label + ' again (check + write, no change)':<48} {(time.perf_counter() - start) * 1000:9.1f} ms"
    )


def bench_filter() -> None:
    for text in ("", "王", "3栋2单元", "13500", "12-4-0101", "没有这个人"):

        def filtered(text=text):
            return count_households(text), household_page(text, 0, 200)

        count, rows = timed(f"filter {text or '(none)'!r}: count + first page", filtered, target=0.050)
        print(f"  {count} match(es), {len(rows)} shown")


class Timed:
    """Wraps a progress callback and adds up the time spent inside it."""

    def __init__(self, reporter) -> None:
        self.reporter, self.seconds = reporter, 0.0

    def __enter__(self) -> Timed:
        self.reporter.__enter__()
        return self

    def __exit__(self, *exception) -> None:
        start = time.perf_counter()
        self.reporter.__exit__(*exception)
        self.seconds += time.perf_counter() - start

    def __call__(self, done: int, total: int) -> bool:
        start = time.perf_counter()
        answer = self.reporter(done, total)
        self.seconds += time.perf_counter() - start
        return answer


def progress_reporter():
    """A factory of the page's progress callback, on an offscreen QApplication; `spent`
    adds up the seconds spent inside every callback it made."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.widgets.import_progress import ProgressReporter

    application = QApplication.instance() or QApplication([])
    parent = QWidget()

    def make(text: str) -> Timed:
        timed = Timed(ProgressReporter(parent, "Bench", text))
        made.append(timed)
        return timed

    made: list[Timed] = []
    make.spent = lambda: sum(timed.seconds for timed in made)
    make.keep = (application, parent)
    return make


def import_once(scratch: Path, path: Path, run: int, make) -> float:
    """Read, check and write the file into a fresh data file; seconds taken."""
    open_database(DataFolder(scratch / f"progress-{run}"))
    start = time.perf_counter()
    if make is None:
        apply_households(check_households(read_sheet(path), community="阳光花园"), **acting())
    else:
        with make("Reading row {done} of {total}") as progress:
            sheet = read_sheet(path, progress=progress)
        with make("Checking row {done} of {total}") as progress:
            plan = check_households(sheet, community="阳光花园", progress=progress)
        with make("Importing row {done} of {total}") as progress:
            apply_households(plan, progress=progress, **acting())
    return time.perf_counter() - start


def export_once(out: Path, make) -> float:
    start = time.perf_counter()
    if make is None:
        export_households(out, **acting())
    else:
        with make("Writing household {done} of {total}") as progress:
            export_households(out, progress=progress, **acting())
    return time.perf_counter() - start


def compare(label: str, once) -> None:
    """Runs without and with the progress dialog in ABBA order (later runs tend to be
    slower); and the time spent inside the callback, which noise hardly moves."""
    make = progress_reporter()
    plain, shown = [], []
    for run in range(REPEATS):
        for with_dialog in (False, True) if run % 2 == 0 else (True, False):
            (shown if with_dialog else plain).append(once(2 * run + with_dialog, make if with_dialog else None))
    inside = make.spent() / REPEATS
    share = inside / (sum(shown) / REPEATS) * 100
    best_plain, best_shown = min(plain), min(shown)
    print(f"{label + ' without progress (best)':<48} {best_plain * 1000:9.1f} ms")
    print(
        f"{label + ' with the progress dialog (best)':<48} {best_shown * 1000:9.1f} ms"
        f"   ({(best_shown - best_plain) / best_plain * 100:+.1f} %)"
    )
    verdict = "ok" if share < 5 else "MISSED"
    print(
        f"{'  inside the progress callback (mean)':<48} {inside * 1000:9.1f} ms = {share:.1f} % of the work"
        f"   (target < 5 %: {verdict})"
    )


def bench_progress(scratch: Path, xlsx: Path) -> None:
    compare("read + check + write xlsx", lambda run, make: import_once(scratch, xlsx, run, make))
    compare("export xlsx", lambda run, make: export_once(scratch / f"export-{run}.xlsx", make))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        rows = make_rows(args.rows)
        xlsx, text = write_files(scratch, rows)
        for label, path in (("xlsx", xlsx), ("csv", text)):
            start = time.perf_counter()
            bench_import(scratch, path, label)
            total = time.perf_counter() - start
            print(f"{'total import ' + label + f' of {args.rows} rows (first + again)':<48} {total * 1000:9.1f} ms")
        bench_filter()
        bench_progress(scratch, xlsx)
        close_database()


if __name__ == "__main__":
    main()
