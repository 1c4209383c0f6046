"""Tables of the office's people: departments and staff (crews included)."""

from __future__ import annotations

import peewee as pw

from models.store import BaseModel


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


TABLES = [Department, Staff]
