"""The memory cap of an import, checked: every hostile workbook of the corpus, and a large
honest one, read one after another in a fresh process whose peak resident memory must stay
under MEMORY_CAP_MB (the README states it). Before the streamed reader, a 10,000-row sheet
declaring A1:XFD1048576 took 1.3 GB and a shared-strings bomb 548 MB."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.hostile import files

MEMORY_CAP_MB = 150
ROOT = Path(__file__).resolve().parents[3]

READER = """
import json, sys
from models.imports.reading import read_sheet, ImportLimits
from models.imports.sheets import SheetError
outcomes = {}
for path in sys.argv[1:]:
    try:
        outcomes[path] = len(read_sheet(path, limits=ImportLimits()).rows)
    except SheetError as error:
        outcomes[path] = str(error)
# VmHWM: this process's own peak (ru_maxrss would carry the parent's peak over the exec)
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_mb": peak_kb / 1024, "outcomes": outcomes}))
"""


def test_every_hostile_workbook_is_read_within_the_memory_cap(tmp_path):
    paths = [
        files.households_xlsx(tmp_path / "declared.xlsx", files.generated_households(10_000)),
        files.shared_strings_bomb(tmp_path / "strings.xlsx"),
        files.long_string_bomb(tmp_path / "long.xlsx"),
        files.wide_row(tmp_path / "wide.xlsx"),
        files.empty_cells_row(tmp_path / "cells.xlsx"),
        Path("/dev/zero"),
    ]

    result = subprocess.run(
        [sys.executable, "-c", READER, *map(str, paths)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    outcomes = list(report["outcomes"].values())
    assert outcomes[0] == 10_000  # the honest sheet is read whole
    assert all(isinstance(outcome, str) for outcome in outcomes[1:])  # each hostile one refused with a sentence
    assert report["peak_mb"] < MEMORY_CAP_MB, report
