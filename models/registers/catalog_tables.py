"""Tables of what tickets are about: the editable category tree (group → category, with
default priority and department) and the knowledge base of standard replies and
emergency checklists."""

from __future__ import annotations

import peewee as pw

from models.codes import KnowledgeKind, Priority, values
from models.registers.staff_tables import Department
from models.store import BaseModel, check_in


class Category(BaseModel):
    """A group has no parent; a category's parent is its group."""

    parent = pw.ForeignKeyField("self", backref="children", null=True, on_delete="RESTRICT")
    name = pw.CharField(max_length=50)
    default_priority = pw.CharField(
        max_length=10, default=Priority.NORMAL, constraints=[check_in("default_priority", values(Priority))]
    )
    default_department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL")
    position = pw.IntegerField(default=0)
    archived = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("parent", "name"), True),)


class KnowledgeEntry(BaseModel):
    category = pw.ForeignKeyField(Category, backref="knowledge", null=True, on_delete="SET NULL")
    kind = pw.CharField(max_length=20, constraints=[check_in("kind", values(KnowledgeKind))])
    title = pw.CharField(max_length=100)
    body = pw.TextField()
    keywords = pw.CharField(max_length=200, default="")
    archived = pw.BooleanField(default=False)


TABLES = [Category, KnowledgeEntry]
