"""The closed vocabularies of SPEC §2: ticket kinds, priorities, channels, statuses and
other codes, stored as short English codes and shown through translated labels."""

from __future__ import annotations

from enum import StrEnum

from models.i18n import QT_TRANSLATE_NOOP


class Kind(StrEnum):
    REPAIR = "repair"
    COMPLAINT = "complaint"
    INQUIRY = "inquiry"
    SUGGESTION = "suggestion"
    PRAISE = "praise"


class Priority(StrEnum):
    URGENT = "urgent"
    NORMAL = "normal"
    LOW = "low"


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    ONLINE = "online"
    SUGGESTION_BOX = "suggestion_box"
    PATROL = "patrol"
    OTHER = "other"


class Location(StrEnum):
    IN_HOME = "in_home"
    PUBLIC_AREA = "public_area"


class Status(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CALLED_BACK = "called_back"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    MERGED = "merged"


OPEN_STATUSES = (Status.NEW, Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS)
FINAL_STATUSES = (Status.CLOSED, Status.CANCELLED, Status.MERGED)


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(StrEnum):
    """What a role may do; who holds each is the office's table (models/office/permissions.py)."""

    REGISTER_TICKET = "register_ticket"
    REPLY = "reply"
    RECORD_RESULT = "record_result"
    CALL_BACK = "call_back"
    ENTER_SURVEYS = "enter_surveys"
    REVEAL_PHONE = "reveal_phone"
    DISPATCH = "dispatch"
    PAUSE = "pause"
    CANCEL = "cancel"
    MERGE = "merge"
    REOPEN = "reopen"
    EDIT_TICKET = "edit_ticket"
    CLOSE = "close"
    PRINT_WORK_ORDERS = "print_work_orders"
    REVEAL_ID_NUMBER = "reveal_id_number"
    SET_SERVICE_LEVELS = "set_service_levels"
    RUN_SURVEYS = "run_surveys"
    PRINT_REPORTS = "print_reports"
    EDIT_REGISTERS = "edit_registers"
    IMPORT = "import"
    EXPORT = "export"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_USERS = "manage_users"
    BACKUP_RESTORE = "backup_restore"
    READ_AUDIT = "read_audit"


class AuditKind(StrEnum):
    """The kinds of change the audit log records (models/office/audit.py)."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    USER = "user"
    PASSWORD = "password"
    SETTING = "setting"
    SERVICE_LEVEL = "service_level"
    CALENDAR = "calendar"
    REGISTER = "register"
    SURVEY = "survey"
    IMPORT = "import"
    EXPORT = "export"
    REVEAL = "reveal"
    BACKUP = "backup"
    RESTORE = "restore"


class HouseholdRole(StrEnum):
    OWNER = "owner"
    TENANT = "tenant"
    FAMILY = "family"


class RoomKind(StrEnum):
    RESIDENCE = "residence"
    SHOP = "shop"
    PUBLIC = "public"


class CallbackStatus(StrEnum):
    """pending: still to be made (open); done: the owner was reached and gave a verdict;
    abandoned: 无法联系, not reached after the maximum of attempts; cancelled: the
    ticket was reopened, cancelled or merged before the call was made."""

    PENDING = "pending"
    DONE = "done"
    ABANDONED = "abandoned"
    CANCELLED = "cancelled"


class Solved(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class AttemptOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"
    CALL_LATER = "call_later"  # the owner asked to be called at another time


class KnowledgeKind(StrEnum):
    FAQ = "faq"
    SCRIPT = "script"
    EMERGENCY = "emergency"


class SurveyDimension(StrEnum):
    SERVICE_DESK = "service_desk"
    REPAIRS = "repairs"
    CLEANING = "cleaning"
    SECURITY = "security"
    GREENING = "greening"
    OVERALL = "overall"


class DeadlineUnit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"


class PauseReason(StrEnum):
    OWNER_UNREACHABLE = "owner_unreachable"
    AWAITING_PARTS = "awaiting_parts"
    OWNER_REQUESTED = "owner_requested"
    THIRD_PARTY = "third_party"


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


LABELS: dict[str, str] = {
    Kind.REPAIR: QT_TRANSLATE_NOOP("models", "Repair"),
    Kind.COMPLAINT: QT_TRANSLATE_NOOP("models", "Complaint"),
    Kind.INQUIRY: QT_TRANSLATE_NOOP("models", "Inquiry"),
    Kind.SUGGESTION: QT_TRANSLATE_NOOP("models", "Suggestion"),
    Kind.PRAISE: QT_TRANSLATE_NOOP("models", "Praise"),
    Priority.URGENT: QT_TRANSLATE_NOOP("models", "Urgent"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("models", "Normal"),
    Priority.LOW: QT_TRANSLATE_NOOP("models", "Low"),
    Channel.PHONE: QT_TRANSLATE_NOOP("models", "Phone / hotline"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("models", "Walk-in"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("models", "WeChat / online"),
    Channel.SUGGESTION_BOX: QT_TRANSLATE_NOOP("models", "Suggestion box"),
    Channel.PATROL: QT_TRANSLATE_NOOP("models", "Found on patrol"),
    Channel.OTHER: QT_TRANSLATE_NOOP("models", "Other"),
    Location.IN_HOME: QT_TRANSLATE_NOOP("models", "In home"),
    Location.PUBLIC_AREA: QT_TRANSLATE_NOOP("models", "Public area"),
    Status.NEW: QT_TRANSLATE_NOOP("models", "New"),
    Status.ACKNOWLEDGED: QT_TRANSLATE_NOOP("models", "Acknowledged"),
    Status.DISPATCHED: QT_TRANSLATE_NOOP("models", "Dispatched"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("models", "In progress"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("models", "Resolved"),
    Status.CALLED_BACK: QT_TRANSLATE_NOOP("models", "Called back"),
    Status.CLOSED: QT_TRANSLATE_NOOP("models", "Closed"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("models", "Cancelled"),
    Status.MERGED: QT_TRANSLATE_NOOP("models", "Merged"),
    Role.CLERK: QT_TRANSLATE_NOOP("models", "Reception clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("models", "Supervisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("models", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("models", "Administrator"),
}
