"""Importing the staff list from Excel or CSV (姓名, 部门, 岗位, 电话, 技能, optional 在岗):
every row is checked with the same rules as the staff form, bad rows are reported with
row number, column and reason, and the good rows are written in one transaction. A
staff member is matched by (name, department) and updated in place; empty cells keep
what the register holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.imports.sheets import (
    ImportOutcome,
    Progress,
    RowProblem,
    Sheet,
    cell_text,
    column_name,
    guess_mapping,
    read_sheet,
    report,
    require_columns,
)
from models.registers import Staff, StaffForm, clean_text, find_department, staff_values, unknown_department
from models.store import database

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
REQUIRED = {"name": HEADERS["name"], "department": HEADERS["department"]}
YES = {"是", "在岗", "在职", "y", "yes", "1", "true", "√"}
NO = {"否", "不在岗", "离岗", "休假", "n", "no", "0", "false", "×"}


@dataclass
class StaffPlan:
    file_name: str
    mapping: dict[str, int]
    rows_read: int = 0
    good: list[tuple[int, dict]] = field(default_factory=list)  # (row, staff columns)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return len({problem.row for problem in self.problems})


def check_staff(
    source: str | Path | Sheet, *, mapping: dict[str, int] | None = None, progress: Progress | None = None
) -> StaffPlan:
    """Read and check every row, each reported to `progress` (CancelledError when it
    answers False); nothing is written."""
    sheet = source if isinstance(source, Sheet) else read_sheet(source, progress=progress)
    mapping = dict(mapping) if mapping is not None else guess_mapping(sheet.headers, ALIASES)
    require_columns(sheet, mapping, REQUIRED)
    plan = StaffPlan(sheet.file_name, mapping, rows_read=len(sheet.rows))
    first_row: dict[tuple[str, int], int] = {}
    for done, (number, cells) in enumerate(sheet.rows, start=1):
        values, problems = _check_row(sheet, mapping, number, cells)
        if values is not None:
            key = (values["name"], values["department"])
            if key in first_row:
                problems.append(
                    RowProblem(
                        number,
                        column_name(sheet, mapping, "name", HEADERS["name"]),
                        MSG_DUPLICATE_ROW,
                        {"row": first_row[key]},
                    )
                )
                values = None
            else:
                first_row[key] = number
        plan.problems.extend(problems)
        if values is not None:
            plan.good.append((number, values))
        report(progress, done, plan.rows_read)
    return plan


def _check_row(
    sheet: Sheet, mapping: dict[str, int], number: int, cells: list[object]
) -> tuple[dict | None, list[RowProblem]]:
    def text(field_name: str) -> str:
        return clean_text(cell_text(sheet.cell(cells, mapping.get(field_name))))

    def problem(field_name: str, message: str, params: dict) -> RowProblem:
        return RowProblem(number, column_name(sheet, mapping, field_name, HEADERS[field_name]), message, params)

    problems: list[RowProblem] = []
    department = find_department(text("department"))
    if department is None and text("department"):
        problems.append(problem("department", *unknown_department(text("department"))))
    on_duty = _on_duty(text("on_duty"))
    if on_duty is None:
        problems.append(problem("on_duty", MSG_BAD_DUTY, {"value": text("on_duty")}))
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
            problem(name, message, error.problem_params.get(name, {}))
            for name, message in error.problems.items()
            if name not in skip
        ]
        return None, problems
    return (None if problems else values), problems


def _on_duty(text: str) -> bool | None:
    if not text or text.lower() in YES:
        return True
    return False if text.lower() in NO else None


def apply_staff(plan: StaffPlan, *, skip_invalid: bool = False, progress: Progress | None = None) -> ImportOutcome:
    """Write the good rows in one transaction; with bad rows and no skip_invalid, nothing.
    Each row is reported to `progress`; when it answers False the transaction is rolled
    back and CancelledError raised: nothing is written."""
    if plan.problems and not skip_invalid:
        return ImportOutcome(written=False, skipped=plan.bad_rows)
    created = updated = 0
    total = len(plan.good)
    with database.atomic():
        existing = {(s.name, s.department_id): s for s in Staff.select()}
        for done, (_row, values) in enumerate(plan.good, start=1):
            current = existing.get((values["name"], values["department"]))
            values = {name: value for name, value in values.items() if value != "" or current is None}
            if current is None:
                Staff.create(**values)
                created += 1
            elif _differs(current, values):
                Staff.update(**values, archived=False).where(Staff.id == current.id).execute()
                updated += 1
            report(progress, done, total)
    return ImportOutcome(True, created, updated, len(plan.good) - created - updated, plan.bad_rows)


def _differs(current: Staff, values: dict) -> bool:
    return current.archived or any(
        getattr(current, "department_id" if name == "department" else name) != value for name, value in values.items()
    )


def import_staff(
    path: str | Path, *, dry_run: bool = False, skip_invalid: bool = False
) -> tuple[StaffPlan, ImportOutcome]:
    plan = check_staff(path)
    if dry_run:
        return plan, ImportOutcome(written=False, skipped=plan.bad_rows)
    return plan, apply_staff(plan, skip_invalid=skip_invalid)
