"""The audit log in words: each kind of entry and the kind of record it names, in the
user's language (Settings › Users and audit). Kinds added later and not listed here show
as stored."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS = {
    "login": QT_TRANSLATE_NOOP("AuditWords", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditWords", "Failed sign-in"),
    "user": QT_TRANSLATE_NOOP("AuditWords", "User"),
    "password": QT_TRANSLATE_NOOP("AuditWords", "Password"),
    "setting": QT_TRANSLATE_NOOP("AuditWords", "Setting"),
    "service_level": QT_TRANSLATE_NOOP("AuditWords", "Service level"),
    "calendar": QT_TRANSLATE_NOOP("AuditWords", "Calendar day"),
    "survey": QT_TRANSLATE_NOOP("AuditWords", "Survey"),
    "register": QT_TRANSLATE_NOOP("AuditWords", "Register"),
    "import": QT_TRANSLATE_NOOP("AuditWords", "Import"),
    "export": QT_TRANSLATE_NOOP("AuditWords", "Export"),
    "reveal": QT_TRANSLATE_NOOP("AuditWords", "Full number shown"),
    "backup": QT_TRANSLATE_NOOP("AuditWords", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditWords", "Restore"),
}

RECORDS = {
    "user": QT_TRANSLATE_NOOP("AuditWords", "user"),
    "household": QT_TRANSLATE_NOOP("AuditWords", "household"),
    "households": QT_TRANSLATE_NOOP("AuditWords", "households"),
    "staff": QT_TRANSLATE_NOOP("AuditWords", "staff"),
    "ticket": QT_TRANSLATE_NOOP("AuditWords", "ticket"),
    "calendar": QT_TRANSLATE_NOOP("AuditWords", "calendar"),
    "callback": QT_TRANSLATE_NOOP("AuditWords", "callback"),
    "setting": QT_TRANSLATE_NOOP("AuditWords", "setting"),
    "community": QT_TRANSLATE_NOOP("AuditWords", "community"),
    "building": QT_TRANSLATE_NOOP("AuditWords", "building"),
    "unit": QT_TRANSLATE_NOOP("AuditWords", "unit"),
    "room": QT_TRANSLATE_NOOP("AuditWords", "room"),
    "department": QT_TRANSLATE_NOOP("AuditWords", "department"),
    "category": QT_TRANSLATE_NOOP("AuditWords", "category"),
    "campaign": QT_TRANSLATE_NOOP("AuditWords", "survey campaign"),
    "callback_sheet": QT_TRANSLATE_NOOP("AuditWords", "callback sheet"),
    "survey_results": QT_TRANSLATE_NOOP("AuditWords", "survey results"),
    "backup": QT_TRANSLATE_NOOP("AuditWords", "backup"),
}


def kind_label(kind: str) -> str:
    """登录, 导出 … for a stored kind; the stored word when it has no label yet."""
    source = KINDS.get(kind)
    return QCoreApplication.translate("AuditWords", source) if source else kind


def record_label(subject: str) -> str:
    """user:admin → 用户 admin, ticket:BX20261201-0001 → 工单 BX20261201-0001; as stored otherwise."""
    prefix, colon, rest = subject.partition(":")
    source = RECORDS.get(prefix) if colon else None
    return f"{QCoreApplication.translate('AuditWords', source)} {rest}" if source else subject
