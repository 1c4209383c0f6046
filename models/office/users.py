"""The people who log in to the program, each with a role, and who is at the desk: until
log-in exists the operator is the first active user, created as the desk's default account
on a new data file."""

from __future__ import annotations

import peewee as pw

from models.codes import Role, values
from models.registers import MSG_USERS, Record, Staff, add_reference_check
from models.store import BaseModel, check_in


class User(BaseModel):
    username = pw.CharField(max_length=50, unique=True)
    display_name = pw.CharField(max_length=50)
    role = pw.CharField(max_length=20, constraints=[check_in("role", values(Role))])
    password_hash = pw.CharField(max_length=200, default="")
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    active = pw.BooleanField(default=True)
    last_login_at = pw.DateTimeField(null=True)
    failed_logins = pw.IntegerField(default=0)
    last_failed_at = pw.DateTimeField(null=True)


TABLES = [User]

DEFAULT_USERNAME = "desk"
DEFAULT_DISPLAY_NAME = "前台客服"


def default_operator() -> User:
    user = User.select().where(User.active == True).order_by(User.id).first()
    if user is None:
        user = User.create(username=DEFAULT_USERNAME, display_name=DEFAULT_DISPLAY_NAME, role=Role.ADMIN)
    return user


add_reference_check(Record.STAFF, MSG_USERS, lambda i: User.select().where(User.staff == i))
