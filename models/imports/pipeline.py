"""The one sheet-import pipeline every register import runs: read the file (reading.py),
map its columns to fields (remembered headers, then aliases), check every row with the
import's own row check (the same rules as the register's form), refuse a row that repeats
an earlier one, then apply the good rows in one transaction, batch by batch, and report
what was created, updated, unchanged and skipped. An import (households, staff) supplies
only what differs: its columns, its row check, what makes two rows the same, and a writer."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from models.clock import Clock
from models.codes import AuditKind, Permission
from models.imports.reading import read_sheet
from models.imports.sheets import (
    ImportOutcome,
    Progress,
    RowProblem,
    Sheet,
    cell_text,
    column_name,
    guess_mapping,
    report,
    require_columns,
)
from models.registers import require_permission, write_audit
from models.store import database, optimize

LARGE_IMPORT = 1000  # rows from which an import refreshes the planner's statistics


@dataclass
class ImportPlan:
    """What a check found: the good records (each knows its row) and every bad row's problems."""

    file_name: str
    mapping: dict[str, int]
    rows_read: int = 0
    good: list[Any] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return len({problem.row for problem in self.problems})


@dataclass(frozen=True)
class Row:
    """One data row as a row check sees it: its cells by field, and problems named by the
    column as the file writes it."""

    sheet: Sheet
    mapping: dict[str, int]
    headers: dict[str, str]
    number: int
    cells: list[object]

    def value(self, field_name: str) -> object:
        return self.sheet.cell(self.cells, self.mapping.get(field_name))

    def text(self, field_name: str) -> str:
        return cell_text(self.value(field_name))

    def problem(self, field_name: str, message: str, params: dict | None = None) -> RowProblem:
        column = column_name(self.sheet, self.mapping, field_name, self.headers[field_name])
        return RowProblem(self.number, column, message, params or {})


@dataclass(frozen=True)
class SheetImport:
    """What one kind of import adds to the pipeline."""

    aliases: dict[str, list[str]]  # field → default header, then aliases offices use
    required: tuple[str, ...]
    check_row: Callable[[Row], tuple[Any | None, list[RowProblem]]]  # (record or None, problems)
    same_key: Callable[[Any], Hashable]  # two rows with the same key are one record twice
    duplicate_field: str
    duplicate_message: str  # with {row}: the earlier row

    @property
    def headers(self) -> dict[str, str]:
        return {field_name: names[0] for field_name, names in self.aliases.items()}


class Writer(Protocol):
    created: int
    updated: int

    def write(self, records: list[Any]) -> None: ...


def open_sheet(
    kind: SheetImport, source: str | Path | Sheet, mapping: dict[str, int] | None, progress: Progress | None
) -> tuple[Sheet, dict[str, int]]:
    """The sheet (read from a file unless given) and its column mapping, with every required
    column present (SheetError naming the missing ones)."""
    sheet = source if isinstance(source, Sheet) else read_sheet(source, progress=progress)
    mapping = dict(mapping) if mapping is not None else guess_mapping(sheet.headers, kind.aliases)
    require_columns(sheet, mapping, {name: kind.headers[name] for name in kind.required})
    return sheet, mapping


def check_rows(kind: SheetImport, sheet: Sheet, plan: ImportPlan, progress: Progress | None) -> ImportPlan:
    """Check every row into the plan, each reported to `progress` (CancelledError when it
    answers False); nothing is written."""
    plan.rows_read = len(sheet.rows)
    first_row: dict[Hashable, int] = {}
    for done, (number, cells) in enumerate(sheet.rows, start=1):
        row = Row(sheet, plan.mapping, kind.headers, number, cells)
        record, problems = kind.check_row(row)
        if record is not None and not problems:
            key = kind.same_key(record)
            if key in first_row:
                problems = [row.problem(kind.duplicate_field, kind.duplicate_message, {"row": first_row[key]})]
            else:
                first_row[key] = number
        plan.problems.extend(problems)
        if record is not None and not problems:
            plan.good.append(record)
        report(progress, done, plan.rows_read)
    return plan


def apply_plan(
    plan: ImportPlan,
    make_writer: Callable[[], Writer],
    *,
    what: str,
    operator,
    clock: Clock,
    skip_invalid: bool,
    progress: Progress | None,
    batch: int,
) -> tuple[ImportOutcome, Writer | None]:
    """Write the plan's good rows in one transaction, `batch` rows at a time, each batch
    reported to `progress`; when it answers False the transaction is rolled back and
    CancelledError raised. With bad rows and no skip_invalid, nothing is written.
    Only a role that may import (refused with PermissionDenied before anything else); the
    audit entry (`what`:file, the figures) is written in the same transaction."""
    require_permission(operator, Permission.IMPORT)
    if plan.problems and not skip_invalid:
        return ImportOutcome(written=False, skipped=plan.bad_rows), None
    total = len(plan.good)
    with database.atomic():
        writer = make_writer()
        for start in range(0, total, batch):
            writer.write(plan.good[start : start + batch])
            report(progress, min(start + batch, total), total)
        unchanged = total - writer.created - writer.updated
        rooms = getattr(writer, "rooms_created", 0)
        outcome = ImportOutcome(True, writer.created, writer.updated, unchanged, plan.bad_rows, rooms)
        figures = {
            "created": outcome.created,
            "updated": outcome.updated,
            "unchanged": outcome.unchanged,
            "skipped": outcome.skipped,
        }
        if rooms:
            figures["rooms_created"] = rooms
        write_audit(AuditKind.IMPORT, f"{what}:{plan.file_name}", operator=operator, at=clock.now(), new=figures)
    if total >= LARGE_IMPORT:
        optimize()  # the planner's statistics follow a register that changed in bulk
    return outcome, writer


def dry_run_or_apply(
    plan: ImportPlan, apply: Callable[..., ImportOutcome], *, dry_run: bool, skip_invalid: bool, operator, clock: Clock
) -> tuple[ImportPlan, ImportOutcome]:
    """The command line's last step: report only (dry run), or write the plan."""
    if dry_run:
        return plan, ImportOutcome(written=False, skipped=plan.bad_rows)
    return plan, apply(plan, skip_invalid=skip_invalid, operator=operator, clock=clock)
