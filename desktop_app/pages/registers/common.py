"""Pieces the register tabs share: the translated labels of register codes, the
已归档 mark of archived records when the page shows them, and the page's title for its
questions. (The table model and form dialog they use are desktop_app.widgets.)"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.codes import HouseholdRole, RoomKind

CONTEXT = "Registers"  # the translation context of the register tabs' column headers

ROLE_LABELS = {
    HouseholdRole.OWNER: QT_TRANSLATE_NOOP("Registers", "Owner"),
    HouseholdRole.TENANT: QT_TRANSLATE_NOOP("Registers", "Tenant"),
    HouseholdRole.FAMILY: QT_TRANSLATE_NOOP("Registers", "Family member"),
}
ROOM_KIND_LABELS = {
    RoomKind.RESIDENCE: QT_TRANSLATE_NOOP("Registers", "Residence"),
    RoomKind.SHOP: QT_TRANSLATE_NOOP("Registers", "Shop"),
    RoomKind.PUBLIC: QT_TRANSLATE_NOOP("Registers", "Public area"),
}


def archived_mark(name: str, archived: bool) -> str:
    """The name as listed: archived records carry the 已归档 mark."""
    if not archived:
        return name
    return QCoreApplication.translate("Registers", "{name} (archived)").format(name=name)


def role_label(role: str) -> str:
    return QCoreApplication.translate("Registers", ROLE_LABELS.get(role, role))


def room_kind_label(kind: str) -> str:
    return QCoreApplication.translate("Registers", ROOM_KIND_LABELS.get(kind, kind))


def page_title() -> str:
    """The title of the page's questions and messages."""
    return QCoreApplication.translate("Registers", "Registers")
