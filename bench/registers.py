"""Bench of the registers: import 10,000 households from .xlsx and .csv into a fresh data
file (target ≤ 5 s), re-import the same file (no changes), and filter the register the
way the page does — count plus the first page — (target ≤ 50 ms). Prints the figures.

    .venv/bin/python -m bench.registers [--rows 10000]
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from models.data_folder import DataFolder
from models.db import close_database, open_database
from models.household_import import apply_households, check_households
from models.registers import count_households, household_page

HEADER = ["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def make_rows(count: int) -> list[list[str]]:
    rng = random.Random(7)
    rows = []
    for index in range(count):
        building, rest = divmod(index, 400)
        unit, rest = divmod(rest, 100)
        floor, door = divmod(rest, 4)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        phone = f"13{rng.randint(0, 9)}{index:08d}"
        rows.append([f"{building + 1}栋", f"{unit + 1}单元", f"{floor + 1:02d}{door + 1:02d}", name, phone,
                     "", f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""])
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
    verdict = "" if target is None else f"  (target ≤ {target * 1000:.0f} ms: {'ok' if seconds <= target else 'MISSED'})"
    print(f"{label:<48} {seconds * 1000:9.1f} ms{verdict}")
    return result


def bench_import(scratch: Path, path: Path, label: str) -> None:
    open_database(DataFolder(scratch / f"data-{label}"))
    plan = timed(f"check {label} (read + validate)", lambda: check_households(path, community="阳光花园"))
    outcome = timed(f"write {label} (one transaction)", lambda: apply_households(plan))
    print(f"  {outcome.created} created, {outcome.rooms_created} rooms, {len(plan.problems)} problems")
    start = time.perf_counter()
    apply_households(check_households(path, community="阳光花园"))
    print(f"{'import ' + label + ' again (check + write, no change)':<48} {(time.perf_counter() - start) * 1000:9.1f} ms")


def bench_filter() -> None:
    for text in ("", "王", "3栋2单元", "13500", "12-4-0101", "没有这个人"):
        def filtered(text=text):
            return count_households(text), household_page(text, 0, 200)

        count, rows = timed(f"filter {text or '(none)'!r}: count + first page", filtered, target=0.050)
        print(f"  {count} match(es), {len(rows)} shown")


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
        close_database()


if __name__ == "__main__":
    main()
