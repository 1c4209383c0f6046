"""The demo office's own people: staff with roles and skills in every department
(crews the supervisor dispatches to) and the users who sit at the desk — clerks, a
supervisor and the manager, all with Chinese display names."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from models.codes import Role
from models.demo import names
from models.demo.bulk import IdSequence, insert_rows
from models.office import STATED_N, User, hash_password
from models.registers import Department

# department code -> [(role, skills, how many)]
STAFF = {
    "engineering": [
        ("工程主管", "水电,暖通,综合维修", 1),
        ("水电工", "水电,暖通", 3),
        ("管道工", "管道,防水,水电", 2),
        ("木工", "门窗,综合维修", 1),
        ("电梯协调员", "电梯", 1),
        ("综合维修工", "综合维修,门窗,防水", 2),
    ],
    "cleaning": [
        ("保洁主管", "保洁,垃圾清运", 1),
        ("保洁员", "保洁", 4),
        ("垃圾清运工", "垃圾清运", 1),
        ("消杀员", "消杀,保洁", 1),
    ],
    "security": [
        ("安保队长", "秩序维护,消防", 1),
        ("安保员", "秩序维护,巡逻", 5),
        ("监控员", "监控,门禁", 2),
        ("消防专员", "消防", 1),
    ],
    "greening": [("绿化组长", "绿化养护", 1), ("绿化工", "绿化养护,修剪", 2)],
    "finance": [("收费员", "收费,票据", 2), ("会计", "账务", 1)],
    "service_desk": [("客服主管", "投诉处理", 1), ("客服专员", "接待,回访", 4)],
}

# username, display name, role; the first active user is the desk's operator until log-in exists
# The demo office's admin signs in as admin / demo (the demo command and the README say so);
# the other demo users get a password when the admin resets theirs.
DEMO_ADMIN, DEMO_ADMIN_NAME, DEMO_PASSWORD = "admin", "系统管理员", "demo"
DEMO_SALT = b"demo-office-salt"  # the same seed gives the same file, byte for byte

USERS = [
    ("zhouwb", "周文斌", Role.ADMIN),
    ("majh", "马建华", Role.SUPERVISOR),
    ("linxy", "林晓燕", Role.CLERK),
    ("wangli", "王丽", Role.CLERK),
    ("zhangmin", "张敏", Role.CLERK),
    ("chenjia", "陈佳", Role.CLERK),
    ("hezq", "何志强", Role.MANAGER),
]

# The service desk's staff are the desk's users themselves.
DESK_STAFF_NAMES = {"客服主管": ["马建华"], "客服专员": ["林晓燕", "王丽", "张敏", "陈佳"]}


@dataclass
class Crew:
    id: int
    name: str
    skills: str
    phone: str
    on_duty: bool


@dataclass
class People:
    """Who the ticket generator lets act: users by role and crews by department."""

    clerks: list[int] = field(default_factory=list)
    supervisors: list[int] = field(default_factory=list)
    managers: list[int] = field(default_factory=list)
    crews: dict[int, list[Crew]] = field(default_factory=dict)
    department_ids: dict[str, int] = field(default_factory=dict)
    staff_count: int = 0
    user_count: int = 0


def build_people(rng: random.Random, phones: set[str]) -> People:
    """Write staff in every department and the desk's users; reuse users that already exist."""
    people = People(department_ids={d.code: d.id for d in Department.select() if d.code})
    staff_rows, staff_by_name = _staff_rows(rng, people, phones)
    insert_rows("staff", ("id", "name", "department_id", "role", "skills", "phone", "on_duty", "archived"), staff_rows)
    people.staff_count = len(staff_rows)
    _users(people, staff_by_name)
    return people


def _staff_rows(rng: random.Random, people: People, phones: set[str]) -> tuple[list[tuple], dict[str, int]]:
    ids, rows, by_name = IdSequence("staff"), [], {}
    for code, positions in STAFF.items():
        department_id = people.department_ids.get(code)
        if department_id is None:
            continue
        people.crews[department_id] = []
        for role, skills, count in positions:
            for index in range(count):
                staff_id = ids.take()
                name = _staff_name(rng, code, role, index)
                crew = Crew(staff_id, name, skills, names.mobile(rng, phones), rng.random() > 0.1)
                rows.append((staff_id, name, department_id, role, skills, crew.phone, int(crew.on_duty), 0))
                people.crews[department_id].append(crew)
                by_name[name] = staff_id
    return rows, by_name


def _staff_name(rng: random.Random, department: str, role: str, index: int) -> str:
    if role in DESK_STAFF_NAMES:
        return DESK_STAFF_NAMES[role][index]
    return names.full_name(rng, male=department in ("engineering", "security") or rng.random() < 0.5)[0]


def _users(people: People, staff_by_name: dict[str, int]) -> None:
    ids = IdSequence("user")
    existing = {user.username: user for user in User.select()}
    rows = []
    for username, display_name, role in USERS:
        user = existing.get(username)
        if user is None:
            user_id = ids.take()
            rows.append((user_id, username, display_name, str(role), "", staff_by_name.get(display_name), 1))
        else:
            user_id, role = user.id, Role(user.role)
        _file_user(people, user_id, role)
    if DEMO_ADMIN not in existing:
        rows.append(
            (
                ids.take(),
                DEMO_ADMIN,
                DEMO_ADMIN_NAME,
                str(Role.ADMIN),
                hash_password(DEMO_PASSWORD, n=STATED_N, salt=DEMO_SALT),
                None,
                1,
            )
        )
    insert_rows("user", ("id", "username", "display_name", "role", "password_hash", "staff_id", "active"), rows)
    people.user_count = len(rows)


def _file_user(people: People, user_id: int, role: Role) -> None:
    if role == Role.CLERK:
        people.clerks.append(user_id)
    elif role == Role.SUPERVISOR:
        people.supervisors.append(user_id)
    else:
        people.managers.append(user_id)
