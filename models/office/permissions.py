"""What each role may do: the one table (`ROLE_TABLE`, shown in the README) and the check
every data-changing service makes first, `require(operator, Permission.X)`, which raises
`PermissionDenied` before anything is written."""

from __future__ import annotations

from models.codes import Permission, Role
from models.errors import PermissionDenied
from models.i18n import QT_TRANSLATE_NOOP

CLERK = frozenset(Role)
SUPERVISOR = frozenset({Role.SUPERVISOR, Role.MANAGER, Role.ADMIN})
MANAGER = frozenset({Role.MANAGER, Role.ADMIN})
ADMIN = frozenset({Role.ADMIN})

# permission -> the roles that hold it (each role holds everything of the roles before it)
ROLE_TABLE: dict[Permission, frozenset[Role]] = {
    Permission.REGISTER_TICKET: CLERK,
    Permission.REPLY: CLERK,
    Permission.RECORD_RESULT: CLERK,
    Permission.CALL_BACK: CLERK,
    Permission.ENTER_SURVEYS: CLERK,
    Permission.REVEAL_PHONE: CLERK,
    Permission.DISPATCH: SUPERVISOR,
    Permission.PAUSE: SUPERVISOR,
    Permission.CANCEL: SUPERVISOR,
    Permission.MERGE: SUPERVISOR,
    Permission.REOPEN: CLERK,  # the owner rings back: still leaking
    Permission.EDIT_TICKET: SUPERVISOR,
    Permission.CLOSE: SUPERVISOR,
    Permission.PRINT_WORK_ORDERS: SUPERVISOR,
    Permission.REVEAL_ID_NUMBER: MANAGER,
    Permission.SET_SERVICE_LEVELS: MANAGER,
    Permission.RUN_SURVEYS: MANAGER,
    Permission.PRINT_REPORTS: MANAGER,
    Permission.EDIT_REGISTERS: ADMIN,
    Permission.IMPORT: ADMIN,
    Permission.EXPORT: ADMIN,
    Permission.EDIT_SETTINGS: ADMIN,
    Permission.MANAGE_USERS: ADMIN,
    Permission.BACKUP_RESTORE: ADMIN,
    Permission.READ_AUDIT: ADMIN,
}

MSG_REFUSED = QT_TRANSLATE_NOOP("models", "Your role ({role}) may not do this: {what}. Ask a colleague whose role may.")
MSG_NO_OPERATOR = QT_TRANSLATE_NOOP("models", "Sign in first: this needs a user.")
MSG_DISABLED = QT_TRANSLATE_NOOP("models", "The user {username} is disabled.")

WHAT: dict[Permission, str] = {
    Permission.REGISTER_TICKET: QT_TRANSLATE_NOOP("models", "register tickets"),
    Permission.REPLY: QT_TRANSLATE_NOOP("models", "reply to owners"),
    Permission.RECORD_RESULT: QT_TRANSLATE_NOOP("models", "type in work results"),
    Permission.CALL_BACK: QT_TRANSLATE_NOOP("models", "make callbacks"),
    Permission.ENTER_SURVEYS: QT_TRANSLATE_NOOP("models", "type in survey forms"),
    Permission.REVEAL_PHONE: QT_TRANSLATE_NOOP("models", "see full phone numbers"),
    Permission.DISPATCH: QT_TRANSLATE_NOOP("models", "dispatch tickets"),
    Permission.PAUSE: QT_TRANSLATE_NOOP("models", "pause and resume tickets"),
    Permission.CANCEL: QT_TRANSLATE_NOOP("models", "cancel tickets"),
    Permission.MERGE: QT_TRANSLATE_NOOP("models", "merge tickets"),
    Permission.REOPEN: QT_TRANSLATE_NOOP("models", "reopen tickets"),
    Permission.EDIT_TICKET: QT_TRANSLATE_NOOP("models", "edit tickets"),
    Permission.CLOSE: QT_TRANSLATE_NOOP("models", "close tickets after their callback"),
    Permission.PRINT_WORK_ORDERS: QT_TRANSLATE_NOOP("models", "print work orders"),
    Permission.REVEAL_ID_NUMBER: QT_TRANSLATE_NOOP("models", "see full ID numbers"),
    Permission.SET_SERVICE_LEVELS: QT_TRANSLATE_NOOP("models", "set service levels"),
    Permission.RUN_SURVEYS: QT_TRANSLATE_NOOP("models", "set up survey campaigns"),
    Permission.PRINT_REPORTS: QT_TRANSLATE_NOOP("models", "print reports"),
    Permission.EDIT_REGISTERS: QT_TRANSLATE_NOOP("models", "edit the registers"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("models", "import spreadsheets"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("models", "export personal data"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("models", "change settings"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("models", "manage users"),
    Permission.BACKUP_RESTORE: QT_TRANSLATE_NOOP("models", "back up and restore"),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP("models", "read the audit log"),
}

ROLE_NAMES: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("models", "clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("models", "supervisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("models", "manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("models", "admin"),
}


def may(operator, permission: Permission) -> bool:
    """Whether `operator` (a User, or None) holds `permission`: an active user whose role has it."""
    return operator is not None and bool(operator.active) and operator.role in ROLE_TABLE[permission]


def require(operator, permission: Permission) -> None:
    """Refuse with PermissionDenied unless `operator` may; called before anything is written."""
    if may(operator, permission):
        return
    if operator is None:
        raise PermissionDenied(MSG_NO_OPERATOR)
    if not operator.active:
        raise PermissionDenied(MSG_DISABLED, username=operator.username)
    raise PermissionDenied(MSG_REFUSED, role=ROLE_NAMES[Role(operator.role)], what=WHAT[permission])


def permissions_of(role: str) -> list[Permission]:
    return [permission for permission, roles in ROLE_TABLE.items() if role in roles]
