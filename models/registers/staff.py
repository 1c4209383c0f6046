"""The staff register: departments (工程维修, 保洁, …) and the staff in them with role,
skills, phone and on-duty flag; listed with a filter, edited through checked forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee as pw

from models.clock import Clock
from models.codes import Permission
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers.contact import mask_phone, normalise_phone
from models.registers.fields import TEXT_LIMIT, clean_text, text_problem
from models.registers.guard import require, save_audited
from models.registers.staff_tables import Department, Staff
from models.registers.visible import clean_search_text

MSG_BAD_PHONE = QT_TRANSLATE_NOOP("models", "\u201c{value}\u201d is not a possible phone number.")
MSG_NO_DEPARTMENT = QT_TRANSLATE_NOOP("models", "Choose a department.")
MSG_UNKNOWN_DEPARTMENT = QT_TRANSLATE_NOOP(
    "models", "There is no department \u201c{name}\u201d; the departments are {names}."
)
MSG_DEPARTMENT_EXISTS = QT_TRANSLATE_NOOP("models", "A department named \u201c{name}\u201d already exists.")
MSG_STAFF_GONE = QT_TRANSLATE_NOOP("models", "This record no longer exists; it may have been deleted at another desk.")

STAFF_NAME_LIMIT = 50
_SKILL_SEPARATORS = re.compile(r"[,，、/;；\s]+")


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str
    code: str
    phone: str
    archived: bool
    staff_count: int


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    department_id: int
    department: str
    role: str
    skills: str
    phone: str
    on_duty: bool
    archived: bool

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


@dataclass(frozen=True)
class DepartmentForm:
    name: str
    code: str = ""
    phone: str = ""
    id: int | None = None


@dataclass(frozen=True)
class StaffForm:
    name: str
    department_id: int | None
    role: str = ""
    skills: str = ""
    phone: str = ""
    on_duty: bool = True
    id: int | None = None


def list_departments(*, include_archived: bool = False) -> list[DepartmentRow]:
    count = pw.fn.COUNT(Staff.id)
    query = (
        Department.select(Department, count.alias("staff_count"))
        .join(Staff, pw.JOIN.LEFT_OUTER, on=(Staff.department == Department.id) & (Staff.archived == False))
        .group_by(Department.id)
        .order_by(Department.id)
    )
    if not include_archived:
        query = query.where(Department.archived == False)
    return [DepartmentRow(d.id, d.name, d.code, d.phone, d.archived, d.staff_count) for d in query]


def list_staff(
    filter_text: str = "", department_id: int | None = None, *, include_archived: bool = False
) -> list[StaffRow]:
    """Staff ordered by department and name; the filter matches name, role, skills or department."""
    query = Staff.select(Staff, Department).join(Department).order_by(Department.id, Staff.name, Staff.id)
    if not include_archived:
        query = query.where(Staff.archived == False)
    if department_id is not None:
        query = query.where(Staff.department == department_id)
    text = clean_text(clean_search_text(filter_text)).replace("%", "").replace("_", "")
    if text:
        pattern = f"%{text}%"
        query = query.where(
            (Staff.name**pattern) | (Staff.role**pattern) | (Staff.skills**pattern) | (Department.name**pattern)
        )
    return [_staff_row(s) for s in query]


def _staff_row(staff: Staff) -> StaffRow:
    return StaffRow(
        staff.id,
        staff.name,
        staff.department.id,
        staff.department.name,
        staff.role,
        staff.skills,
        staff.phone,
        staff.on_duty,
        staff.archived,
    )


def find_department(text: str) -> Department | None:
    """A department by its name or its code (engineering, 工程维修)."""
    typed = clean_text(text)
    if not typed:
        return None
    return Department.get_or_none((Department.name == typed) | (Department.code == typed.lower()))


def unknown_department(name: str) -> tuple[str, dict]:
    names = "、".join(d.name for d in Department.select().where(Department.archived == False).order_by(Department.id))
    return MSG_UNKNOWN_DEPARTMENT, {"name": name, "names": names}


def normalise_skills(text: str) -> str:
    return "、".join(skill for skill in _SKILL_SEPARATORS.split(clean_text(text)) if skill)


def staff_values(form: StaffForm) -> dict:
    """The columns of a staff record from its form; ValidationError names each bad field."""
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}

    def problem(name: str, found: tuple[str, dict] | None) -> None:
        if found:
            problems[name], params[name] = found

    name, role, skills = clean_text(form.name), clean_text(form.role), normalise_skills(form.skills)
    problem("name", text_problem(name, limit=STAFF_NAME_LIMIT, required=True))
    problem("role", text_problem(role, limit=STAFF_NAME_LIMIT))
    problem("skills", text_problem(skills, limit=TEXT_LIMIT))
    if form.department_id is None or not Department.select().where(Department.id == form.department_id).exists():
        problem("department", (MSG_NO_DEPARTMENT, {}))
    phone = normalise_phone(form.phone) if clean_text(form.phone) else ""
    if phone is None:
        problem("phone", (MSG_BAD_PHONE, {"value": clean_text(form.phone)}))
    if problems:
        raise ValidationError(problems, params)
    return {
        "name": name,
        "department": form.department_id,
        "role": role,
        "skills": skills,
        "phone": phone,
        "on_duty": form.on_duty,
    }


def save_staff(form: StaffForm, *, operator, clock: Clock) -> int:
    require(operator, Permission.EDIT_REGISTERS)
    values = staff_values(form)
    return save_audited(Staff, form.id, values, subject="staff", gone=MSG_STAFF_GONE, operator=operator, at=clock.now())


def save_department(form: DepartmentForm, *, operator, clock: Clock) -> int:
    require(operator, Permission.EDIT_REGISTERS)
    name, code, phone = clean_text(form.name), clean_text(form.code), clean_text(form.phone)
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}
    for field_name, value, required in (("name", name, True), ("code", code, False)):
        found = text_problem(value, limit=STAFF_NAME_LIMIT, required=required)
        if found:
            problems[field_name], params[field_name] = found
    if phone and normalise_phone(phone) is None:
        problems["phone"], params["phone"] = MSG_BAD_PHONE, {"value": phone}
    if name and Department.select().where((Department.name == name) & (Department.id != (form.id or 0))).exists():
        problems["name"], params["name"] = MSG_DEPARTMENT_EXISTS, {"name": name}
    if problems:
        raise ValidationError(problems, params)
    values = {"name": name, "code": code, "phone": normalise_phone(phone) if phone else ""}
    return save_audited(
        Department, form.id, values, subject="department", gone=MSG_STAFF_GONE, operator=operator, at=clock.now()
    )
