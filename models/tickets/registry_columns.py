"""The registry's columns, written once: each column's key, English header, the fields a
page is sorted by when the clerk clicks it, and the expressions the page's SELECT reads
for it. The query (models.tickets.registry), the Qt model, the page and the bench all
read REGISTRY_COLUMNS; adding a column is one entry here plus how the Qt model shows it.

A page's rows come back from SQLite as PageRow named tuples (one field per selected
expression, named by its alias) and are turned into display-ready RegistryRow values.

Headers are translated in the context "RegistryModel" (catalogue tickets_ui.ts), where
the registry table has always looked them up."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from dataclasses import dataclass

import peewee as pw

from models.clock import format_datetime
from models.i18n import QT_TRANSLATE_NOOP
from models.registers import Category, Department, Room, mask_phone
from models.service_levels import WATCHED, EstimateRule, next_deadline_kind
from models.tickets.tables import Ticket

HEADER_CONTEXT = "RegistryModel"


@dataclass(frozen=True)
class RegistryColumn:
    key: str
    header: str  # English; shown through QCoreApplication.translate(HEADER_CONTEXT, header)
    sort: tuple[pw.Field, ...]  # ORDER BY, every field in the clicked direction
    select: tuple[pw.Node, ...]  # aliased expressions this column is drawn from


def _by(first: pw.Field | None = None) -> tuple[pw.Field, ...]:
    """Sort by `first`, ties by receipt time then id: the order of an index on (first, received_at)."""
    return tuple(field for field in (first, Ticket.received_at, Ticket.id) if field is not None)


_DEADLINES = (
    Ticket.ack_due.alias("ack_due"),
    Ticket.stage_reply_due.alias("stage_reply_due"),
    Ticket.result_due.alias("result_due"),
    Ticket.callback_due.alias("callback_due"),
    Ticket.next_due.alias("next_due"),
    Ticket.paused_since.alias("paused_since"),
    Ticket.acknowledged_at.alias("acknowledged_at"),
)

REGISTRY_COLUMNS: tuple[RegistryColumn, ...] = (
    RegistryColumn(
        "number",
        QT_TRANSLATE_NOOP("RegistryModel", "Number"),
        (Ticket.number, Ticket.id),
        (Ticket.number.alias("number"),),
    ),
    RegistryColumn(
        "received_at",
        QT_TRANSLATE_NOOP("RegistryModel", "Received"),
        _by(),
        (Ticket.received_at.alias("received_at"),),
    ),
    RegistryColumn("kind", QT_TRANSLATE_NOOP("RegistryModel", "Kind"), _by(Ticket.kind), (Ticket.kind.alias("kind"),)),
    RegistryColumn(
        "category",
        QT_TRANSLATE_NOOP("RegistryModel", "Category"),
        _by(Ticket.category),  # the categories' list order (their ids), which an index serves
        (Category.name.alias("category"),),
    ),
    RegistryColumn("room", QT_TRANSLATE_NOOP("RegistryModel", "Room"), _by(Ticket.room), (Room.code.alias("room"),)),
    RegistryColumn(
        "reporter",
        QT_TRANSLATE_NOOP("RegistryModel", "Reporter"),
        _by(Ticket.reporter_name),
        (Ticket.reporter_name.alias("reporter"), Ticket.reporter_phone.alias("phone")),
    ),
    RegistryColumn(
        "status", QT_TRANSLATE_NOOP("RegistryModel", "Status"), _by(Ticket.status), (Ticket.status.alias("status"),)
    ),
    RegistryColumn(
        "priority",
        QT_TRANSLATE_NOOP("RegistryModel", "Priority"),
        _by(Ticket.priority),
        (Ticket.priority.alias("priority"),),
    ),
    RegistryColumn(
        "department",
        QT_TRANSLATE_NOOP("RegistryModel", "Department / crew"),
        _by(Ticket.department),  # the crew is looked up per page (crew_names)
        (Department.name.alias("department"),),
    ),
    RegistryColumn(
        "next_due", QT_TRANSLATE_NOOP("RegistryModel", "Next deadline"), (Ticket.next_due, Ticket.id), _DEADLINES
    ),
    RegistryColumn(
        "time_left", QT_TRANSLATE_NOOP("RegistryModel", "Time left"), (Ticket.next_due, Ticket.id), _DEADLINES
    ),
)

COLUMN_KEYS: tuple[str, ...] = tuple(column.key for column in REGISTRY_COLUMNS)
SORT_COLUMNS = COLUMN_KEYS  # every column sorts
_BY_KEY = {column.key: column for column in REGISTRY_COLUMNS}

# What every row carries whatever is shown: its id, and the description for the tooltip.
_ALWAYS = (Ticket.id.alias("id"), Ticket.description.alias("description"))


def _page_select() -> tuple[pw.Node, ...]:
    chosen: dict[str, pw.Node] = {}
    for expression in (*_ALWAYS, *(e for column in REGISTRY_COLUMNS for e in column.select)):
        chosen.setdefault(expression._alias, expression)
    return tuple(chosen.values())


PAGE_SELECT = _page_select()
PageRow = namedtuple("PageRow", [expression._alias for expression in PAGE_SELECT])


def column(key: str) -> RegistryColumn | None:
    return _BY_KEY.get(key)


@dataclass(slots=True)
class RegistryRow:
    id: int
    number: str
    received_at: dt.datetime
    received_text: str
    kind: str
    category: str
    room: str
    reporter: str
    phone_masked: str
    status: str
    priority: str
    department: str
    crew: str
    next_due: dt.datetime | None
    next_due_text: str
    next_kind: str | None
    overdue: bool
    time_left: dt.timedelta | None
    paused: bool
    description: str
    due_estimated: bool = False  # a working-day deadline past the official calendar data


def registry_row(row: PageRow, crew: str, now: dt.datetime, estimates: EstimateRule) -> RegistryRow:
    """A display-ready row: phones masked, deadlines with the time left, whether overdue, and
    whether a working-day deadline is an estimate past the official calendar data."""
    due = _stamp(row.next_due)
    which = _next_kind(row)
    return RegistryRow(
        id=row.id,
        number=row.number,
        received_at=_stamp(row.received_at),
        received_text=_stamp_text(row.received_at),
        kind=row.kind,
        category=row.category or "",
        room=row.room or "",
        reporter=row.reporter,
        phone_masked=mask_phone(row.phone),
        status=row.status,
        priority=row.priority,
        department=row.department or "",
        crew=crew,
        next_due=due,
        next_due_text=_stamp_text(row.next_due),
        next_kind=which,
        overdue=due is not None and due < now and row.status in WATCHED,
        time_left=None if due is None else due - now,
        paused=row.paused_since is not None,
        description=row.description,
        due_estimated=estimates.is_estimate(row.kind, row.priority, which, due),
    )


def _next_kind(row: PageRow) -> str | None:
    return next_deadline_kind(
        row.ack_due,
        row.stage_reply_due,
        row.result_due,
        row.callback_due,
        row.next_due,
        acknowledged=row.acknowledged_at is not None,
        status=row.status,
    )


def _stamp(value: str | dt.datetime | None) -> dt.datetime | None:
    """A stored timestamp read straight from the cursor (peewee's text form)."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _stamp_text(value: str | dt.datetime | None) -> str:
    """YYYY-MM-DD HH:mm, cut from the stored text without parsing it."""
    return value[:16] if isinstance(value, str) else format_datetime(value)
