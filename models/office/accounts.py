"""Signing in and looking after accounts: the first start's admin, log-in with a growing
wait after wrong passwords, changing one's own password, an admin's resets, roles and
disabling (a user with history is disabled, never deleted). Each leaves an audit entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.codes import Role, values
from models.errors import PermissionDenied, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office.audit import AuditKind, record
from models.office.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from models.office.permissions import Permission, require
from models.office.users import User
from models.store import database, get_setting, set_setting

MIN_PASSWORD = 4
FREE_FAILURES = 3
MAX_WAIT_SECONDS = 300

MSG_WRONG = QT_TRANSLATE_NOOP("models", "Wrong user name or password.")
MSG_WAIT = QT_TRANSLATE_NOOP("models", "Too many wrong passwords for {username}: try again in {seconds} seconds.")
MSG_SHORT = QT_TRANSLATE_NOOP("models", "A password needs at least {count} characters.")
MSG_NAME = QT_TRANSLATE_NOOP("models", "Enter a user name (letters and digits, up to 50).")
MSG_TAKEN = QT_TRANSLATE_NOOP("models", "The user name {username} is already taken.")
MSG_ROLE = QT_TRANSLATE_NOOP("models", "Choose a role.")
MSG_HAS_ADMIN = QT_TRANSLATE_NOOP("models", "This office already has a user with a password: sign in instead.")
LOCK_SETTING = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 10
MAX_LOCK_MINUTES = 240
MSG_LOCK = QT_TRANSLATE_NOOP("models", "Lock after 0 to {most} idle minutes (0: never).")
MSG_LAST_ADMIN = QT_TRANSLATE_NOOP("models", "The office needs at least one active admin.")


def needs_first_admin() -> bool:
    """A new office: nobody can sign in yet (no active user has a password)."""
    return not User.select().where(User.active == True, User.password_hash != "").exists()  # noqa: E712


def create_first_admin(username: str, password: str, *, clock, display_name: str = "") -> User:
    """The first start's admin with the password the user chose (refused once anyone can sign in)."""
    if not needs_first_admin():
        raise PermissionDenied(MSG_HAS_ADMIN)
    username = _check_username(username)
    _check_password(password)
    with database.atomic():
        user = User.get_or_none(User.username == username)
        if user is None:
            user = User.create(username=username, display_name=display_name or username, role=Role.ADMIN)
        user.role, user.active, user.password_hash = Role.ADMIN, True, hash_password(password)
        user.save()
        record(AuditKind.USER, f"user:{username}", actor=username, at=clock.now(), new={"role": "admin", "first": True})
    return user


def wait_seconds(user: User, now: dt.datetime) -> int:
    """Seconds before `user` may try again: none for the first three wrong passwords, then
    2, 4, 8 … seconds after the last failure, at most five minutes."""
    if user.failed_logins < FREE_FAILURES or user.last_failed_at is None:
        return 0
    wait = min(2 ** (user.failed_logins - FREE_FAILURES + 1), MAX_WAIT_SECONDS)
    left = (user.last_failed_at + dt.timedelta(seconds=wait) - now).total_seconds()
    return max(0, int(left + 0.999))


def sign_in(username: str, password: str, *, clock) -> User:
    """The active user whose password this is; otherwise PermissionDenied (and an audit entry)."""
    now = clock.now()
    user = User.get_or_none(User.username == username.strip())
    if user is not None and (left := wait_seconds(user, now)):
        raise PermissionDenied(MSG_WAIT, username=user.username, seconds=left)
    good = verify_password(password, user.password_hash if user else dummy_hash())
    if user is None or not good or not user.active:
        _failed(user, username, now)
        raise PermissionDenied(MSG_WRONG)
    with database.atomic():
        User.update(failed_logins=0, last_failed_at=None, last_login_at=now).where(User.id == user.id).execute()
        if needs_rehash(user.password_hash):  # made at an earlier, lower cost: re-made at the stated one
            User.update(password_hash=hash_password(password)).where(User.id == user.id).execute()
        record(AuditKind.LOGIN, f"user:{user.username}", actor=user, at=now)
    return User.get_by_id(user.id)


def _failed(user: User | None, typed: str, now: dt.datetime) -> None:
    with database.atomic():
        if user is not None:
            User.update(failed_logins=User.failed_logins + 1, last_failed_at=now).where(User.id == user.id).execute()
        record(AuditKind.LOGIN_FAILED, f"user:{typed.strip()[:50]}", actor="", at=now)


def change_own_password(user: User, old: str, new: str, *, clock) -> None:
    if not verify_password(old, user.password_hash):
        raise ValidationError({"old_password": MSG_WRONG})
    _check_password(new, "new_password")
    _store_password(user, new, actor=user, now=clock.now())


def reset_password(user_id: int, new: str, *, operator: User, clock) -> None:
    require(operator, Permission.MANAGE_USERS)
    _check_password(new, "new_password")
    _store_password(User.get_by_id(user_id), new, actor=operator, now=clock.now())


def _store_password(user: User, password: str, *, actor, now: dt.datetime) -> None:
    with database.atomic():
        User.update(password_hash=hash_password(password), failed_logins=0, last_failed_at=None).where(
            User.id == user.id
        ).execute()
        record(AuditKind.PASSWORD, f"user:{user.username}", actor=actor, at=now, new="changed")


def create_user(username: str, display_name: str, role: str, password: str, *, operator: User, clock) -> User:
    require(operator, Permission.MANAGE_USERS)
    username = _check_username(username)
    if role not in values(Role):
        raise ValidationError({"role": MSG_ROLE})
    if User.select().where(User.username == username).exists():
        raise ValidationError({"username": MSG_TAKEN}, {"username": {"username": username}})
    _check_password(password)
    with database.atomic():
        user = User.create(
            username=username,
            display_name=display_name.strip() or username,
            role=role,
            password_hash=hash_password(password),
        )
        record(AuditKind.USER, f"user:{username}", actor=operator, at=clock.now(), new={"role": role, "active": True})
    return user


def set_role(user_id: int, role: str, *, operator: User, clock) -> None:
    require(operator, Permission.MANAGE_USERS)
    if role not in values(Role):
        raise ValidationError({"role": MSG_ROLE})
    user = User.get_by_id(user_id)
    if user.role == Role.ADMIN and role != Role.ADMIN:
        _keep_an_admin(user)
    with database.atomic():
        User.update(role=role).where(User.id == user_id).execute()
        record(
            AuditKind.USER,
            f"user:{user.username}",
            actor=operator,
            at=clock.now(),
            old={"role": user.role},
            new={"role": role},
        )


def set_active(user_id: int, active: bool, *, operator: User, clock) -> None:
    """Disable (or enable again) a user: their name stays on everything they did."""
    require(operator, Permission.MANAGE_USERS)
    user = User.get_by_id(user_id)
    if not active and user.role == Role.ADMIN:
        _keep_an_admin(user)
    with database.atomic():
        User.update(active=active).where(User.id == user_id).execute()
        record(
            AuditKind.USER,
            f"user:{user.username}",
            actor=operator,
            at=clock.now(),
            old={"active": bool(user.active)},
            new={"active": active},
        )


def _keep_an_admin(leaving: User) -> None:
    others = User.select().where(User.role == Role.ADMIN, User.active == True, User.id != leaving.id)  # noqa: E712
    if not others.exists():
        raise ValidationError({"role": MSG_LAST_ADMIN})


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 50 or any(ch.isspace() for ch in name):
        raise ValidationError({"username": MSG_NAME})
    return name


def _check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError({field: MSG_SHORT}, {field: {"count": MIN_PASSWORD}})


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


def list_users() -> list[UserRow]:
    query = User.select().order_by(User.active.desc(), User.username)
    return [UserRow(u.id, u.username, u.display_name, u.role, bool(u.active)) for u in query]


def lock_minutes() -> int:
    """Idle minutes before the desk locks (0: never)."""
    return int(get_setting(LOCK_SETTING, DEFAULT_LOCK_MINUTES) or 0)


def set_lock_minutes(minutes: int, *, operator: User, clock) -> None:
    require(operator, Permission.EDIT_SETTINGS)
    if not 0 <= minutes <= MAX_LOCK_MINUTES:
        raise ValidationError({"lock_minutes": MSG_LOCK}, {"lock_minutes": {"most": MAX_LOCK_MINUTES}})
    before = lock_minutes()
    with database.atomic():
        set_setting(LOCK_SETTING, minutes)
        record(AuditKind.SETTING, LOCK_SETTING, actor=operator, at=clock.now(), old=str(before), new=str(minutes))
