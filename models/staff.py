"""Tables of the office's people: departments, staff (crews included) and the users who
log in to the program with a role."""

from __future__ import annotations

import peewee as pw

from models.base import BaseModel, check_in
from models.codes import Role, values


class Department(BaseModel):
    """`code` names the SPEC departments (engineering, cleaning, security, greening,
    finance, service_desk); offices may add their own."""

    name = pw.CharField(max_length=50, unique=True)
    code = pw.CharField(max_length=30, default="")
    phone = pw.CharField(max_length=40, default="")
    archived = pw.BooleanField(default=False)


class Staff(BaseModel):
    name = pw.CharField(max_length=50)
    department = pw.ForeignKeyField(Department, backref="staff", on_delete="RESTRICT")
    role = pw.CharField(max_length=50, default="")
    skills = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=40, default="")
    on_duty = pw.BooleanField(default=True)
    archived = pw.BooleanField(default=False)


class User(BaseModel):
    username = pw.CharField(max_length=50, unique=True)
    display_name = pw.CharField(max_length=50)
    role = pw.CharField(max_length=20, constraints=[check_in("role", values(Role))])
    password_hash = pw.CharField(max_length=200, default="")
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    active = pw.BooleanField(default=True)
    last_login_at = pw.DateTimeField(null=True)


TABLES = [Department, Staff, User]
