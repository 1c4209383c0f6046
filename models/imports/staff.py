"""Importing the staff list from Excel or CSV (姓名, 部门, 岗位, 电话, 技能, optional 在岗):
every row is checked with the same rules as the staff form, bad rows are reported with
row number, column and reason, and the good rows are written in one transaction. A
staff member is matched by (name, department) and updated in place; empty cells keep
what the register holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.clock import Clock
from models.codes import Permission
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.imports.pipeline import (
    ImportPlan,
    Row,
    SheetImport,
    apply_plan,
    check_rows,
    dry_run_or_apply,
    open_sheet,
)
from models.imports.sheets import ImportOutcome, Progress, RowProblem, Sheet
from models.registers import (
    Staff,
    StaffForm,
    clean_text,
    find_department,
    require_permission,
    staff_values,
    unknown_department,
)

MSG_DUPLICATE_ROW = QT_TRANSLATE_NOOP("models", "The same name and department are already on row {row}.")
MSG_BAD_DUTY = QT_TRANSLATE_NOOP("models", "\u201c{value}\u201d is not 是 or 否.")

ALIASES: dict[str, list[str]] = {
    "name": ["姓名", "员工姓名", "名字"],
    "department": ["部门", "所属部门", "班组"],
    "role": ["岗位", "职务", "职位", "工种"],
    "phone": ["电话", "手机", "联系电话", "手机号", "手机号码"],
    "skills": ["技能", "专长", "技能特长"],
    "on_duty": ["在岗", "是否在岗", "在职"],
}
HEADERS = {field_name: names[0] for field_name, names in ALIASES.items()}
YES = {"是", "在岗", "在职", "y", "yes", "1", "true", "√"}
NO = {"否", "不在岗", "离岗", "休假", "n", "no", "0", "false", "×"}


@dataclass(frozen=True)
class StaffRecord:
    row: int
    values: dict  # staff columns, department as its id


def check_staff(
    source: str | Path | Sheet, *, mapping: dict[str, int] | None = None, progress: Progress | None = None
) -> ImportPlan:
    """Read and check every row, each reported to `progress` (CancelledError when it
    answers False); nothing is written."""
    sheet, mapping = open_sheet(STAFF, source, mapping, progress)
    return check_rows(STAFF, sheet, ImportPlan(sheet.file_name, mapping), progress)


def _check_row(row: Row) -> tuple[StaffRecord | None, list[RowProblem]]:
    def text(field_name: str) -> str:
        return clean_text(row.text(field_name))

    problems: list[RowProblem] = []
    department = find_department(text("department"))
    if department is None and text("department"):
        problems.append(row.problem("department", *unknown_department(text("department"))))
    on_duty = _on_duty(text("on_duty"))
    if on_duty is None:
        problems.append(row.problem("on_duty", MSG_BAD_DUTY, {"value": text("on_duty")}))
    form = StaffForm(
        name=text("name"),
        department_id=department.id if department else None,
        role=text("role"),
        skills=text("skills"),
        phone=text("phone"),
        on_duty=bool(on_duty),
    )
    try:
        values = staff_values(form)
    except ValidationError as error:
        skip = {"department"} if problems and department is None else set()
        problems += [
            row.problem(name, message, error.problem_params.get(name, {}))
            for name, message in error.problems.items()
            if name not in skip
        ]
        return None, problems
    return (None if problems else StaffRecord(row.number, values)), problems


STAFF = SheetImport(
    aliases=ALIASES,
    required=("name", "department"),
    check_row=_check_row,
    same_key=lambda record: (record.values["name"], record.values["department"]),
    duplicate_field="name",
    duplicate_message=MSG_DUPLICATE_ROW,
)


def _on_duty(text: str) -> bool | None:
    if not text or text.lower() in YES:
        return True
    return False if text.lower() in NO else None


def apply_staff(
    plan: ImportPlan, *, operator, clock: Clock, skip_invalid: bool = False, progress: Progress | None = None
) -> ImportOutcome:
    """Write the good rows in one transaction; with bad rows and no skip_invalid, nothing.
    Each row is reported to `progress`; when it answers False the transaction is rolled
    back and CancelledError raised: nothing is written."""
    outcome, _writer = apply_plan(
        plan,
        _StaffWriter,
        what="staff",
        operator=operator,
        clock=clock,
        skip_invalid=skip_invalid,
        progress=progress,
        batch=1,
    )
    return outcome


class _StaffWriter:
    """Creates staff not in the register yet and updates (and brings back from the archive)
    those whose cells differ; empty cells keep what the register holds."""

    def __init__(self) -> None:
        self.created = self.updated = 0
        self.existing = {(s.name, s.department_id): s for s in Staff.select()}

    def write(self, records: list[StaffRecord]) -> None:
        for record in records:
            current = self.existing.get((record.values["name"], record.values["department"]))
            values = {name: value for name, value in record.values.items() if value != "" or current is None}
            if current is None:
                self.existing[(values["name"], values["department"])] = Staff.create(**values)
                self.created += 1
            elif _differs(current, values):
                Staff.update(**values, archived=False).where(Staff.id == current.id).execute()
                self.updated += 1


def _differs(current: Staff, values: dict) -> bool:
    return current.archived or any(
        getattr(current, "department_id" if name == "department" else name) != value for name, value in values.items()
    )


def import_staff(
    path: str | Path, *, operator, clock: Clock, dry_run: bool = False, skip_invalid: bool = False
) -> tuple[ImportPlan, ImportOutcome]:
    require_permission(operator, Permission.IMPORT)
    plan = check_staff(path)
    return dry_run_or_apply(
        plan, apply_staff, dry_run=dry_run, skip_invalid=skip_invalid, operator=operator, clock=clock
    )
