"""Taking a call (SPEC §2): the new-ticket form's data and its validation, registering a
ticket with its number, first event, attachments and deadlines, the priority
suggested from category and words, and what the clerk sees beside the form — the
room found from what was typed, its recent tickets, a repeat complaint, a ticket
already open on the same problem, and the knowledge base's replies and checklists."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peewee import JOIN

from models.clock import Clock, format_datetime
from models.codes import OPEN_STATUSES, Channel, Kind, KnowledgeKind, Location, Priority, Status
from models.errors import DataFileError, NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import Permission, User, require
from models.registers import (
    MSG_CONTROL,
    MSG_INVISIBLE,
    MSG_PHONE_INVALID,
    Category,
    Household,
    KnowledgeEntry,
    Room,
    clean_text,
    has_control,
    normalise_phone,
    shows_something,
    sounds_urgent,
)
from models.store import (
    AttachmentsUnreachable,
    DataFolder,
    database,
    retrying,
    unreachable,
    writable_attachments,
)
from models.tickets.attachment_files import (
    copy_pending,
    discard,
    put_in_place,
)
from models.tickets.deadlines import apply_deadlines
from models.tickets.numbering import next_ticket_number
from models.tickets.tables import Attachment, Ticket
from models.tickets.workflow import Action, record_event

REPORTER_LIMIT = 50
DESCRIPTION_LIMIT = 2000
NOTE_LIMIT = 2000
ATTACHMENT_LIMIT = 10
ATTACHMENT_MEGABYTES = 20
REPEAT_WINDOW = dt.timedelta(days=30)
RECENT_LIMIT = 10
PHONE_OPTIONAL_CHANNELS = (Channel.SUGGESTION_BOX, Channel.PATROL)

MSG_ROOM_REQUIRED = QT_TRANSLATE_NOOP(
    "models", "Choose the room: type its number, the owner's name or part of a phone number."
)
MSG_ROOM_UNKNOWN = QT_TRANSLATE_NOOP("models", "This room is not in the register.")
MSG_HOUSEHOLD_ELSEWHERE = QT_TRANSLATE_NOOP("models", "This household does not live in the chosen room.")
MSG_KIND = QT_TRANSLATE_NOOP("models", "Choose the kind of ticket.")
MSG_CATEGORY = QT_TRANSLATE_NOOP("models", "Choose a category.")
MSG_CATEGORY_GROUP = QT_TRANSLATE_NOOP("models", "Choose a category inside the group, not the group itself.")
MSG_CHANNEL = QT_TRANSLATE_NOOP("models", "Choose how the ticket came in.")
MSG_PRIORITY = QT_TRANSLATE_NOOP("models", "Choose the priority.")
MSG_LOCATION = QT_TRANSLATE_NOOP("models", "Choose in home or public area.")
MSG_REPORTER_REQUIRED = QT_TRANSLATE_NOOP("models", "Enter the name of the person reporting.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("models", "Keep this under {limit} characters.")
MSG_PHONE_REQUIRED = QT_TRANSLATE_NOOP("models", "Enter a phone number to reach the person reporting.")
MSG_DESCRIPTION_REQUIRED = QT_TRANSLATE_NOOP("models", "Describe the problem.")
MSG_TOO_MANY_FILES = QT_TRANSLATE_NOOP("models", "Attach at most {limit} files.")
MSG_FILE_UNREADABLE = QT_TRANSLATE_NOOP("models", "The file {name} cannot be found or read.")
MSG_FILE_TOO_BIG = QT_TRANSLATE_NOOP("models", "The file {name} is larger than {limit} MB.")
MSG_NOTE_REQUIRED = QT_TRANSLATE_NOOP("models", "Write down what the caller said.")
MSG_NO_TICKET = QT_TRANSLATE_NOOP("models", "This ticket no longer exists.")


@dataclass
class NewTicket:
    kind: str = Kind.REPAIR
    category_id: int | None = None
    channel: str = Channel.PHONE
    priority: str = Priority.NORMAL
    room_id: int | None = None
    household_id: int | None = None
    reporter_name: str = ""
    reporter_phone: str = ""
    location: str = Location.IN_HOME
    description: str = ""
    attachments: Sequence[str] = ()


@dataclass(frozen=True)
class TicketRef:
    id: int
    number: str
    # files the ticket was saved without, the attachments folder not answering: add them
    # again with attach_files once it does (`attachments_problem` says why, as a DeskError)
    unattached: tuple[str, ...] = ()
    attachments_problem: DataFileError | None = None


@dataclass(frozen=True)
class TicketBrief:
    id: int
    number: str
    received_at: dt.datetime
    received_text: str
    kind: str
    category: str
    status: str
    description: str


@dataclass(frozen=True)
class RoomContext:
    recent: list[TicketBrief] = field(default_factory=list)
    repeat_complaint: TicketBrief | None = None
    open_same_problem: list[TicketBrief] = field(default_factory=list)
    calls_in_30_days: int = 0


@dataclass(frozen=True)
class KnowledgeItem:
    id: int
    kind: str  # KnowledgeKind: faq, script, emergency
    title: str
    body: str
    category: str
    keywords: str = ""


class _Problems:
    """Collects field → message (and its format params) while validating."""

    def __init__(self) -> None:
        self.messages: dict[str, str] = {}
        self.params: dict[str, dict] = {}

    def add(self, field_name: str, message: str, **params: object) -> None:
        if field_name not in self.messages:
            self.messages[field_name] = message
            if params:
                self.params[field_name] = params

    def raise_if_any(self) -> None:
        if self.messages:
            raise ValidationError(self.messages, self.params)


def validate_new_ticket(data: NewTicket) -> dict[str, str]:
    """Field → English message for everything wrong with the form (empty when it may be saved).
    Fields: room, kind, category, channel, priority, location, reporter, phone, description, attachments."""
    return collect_problems(data).messages


def collect_problems(data: NewTicket) -> _Problems:
    problems = _Problems()
    _check_codes(data, problems)
    _check_room(data.room_id, data.household_id, data.location, problems)
    _check_category(data.category_id, problems)
    check_reporter(data.reporter_name, problems)
    check_phone(data.reporter_phone, data.channel, problems)
    check_description(data.description, problems)
    _check_attachments(data.attachments, problems)
    return problems


def _check_codes(data: NewTicket, problems: _Problems) -> None:
    for name, value, enum, message in (
        ("kind", data.kind, Kind, MSG_KIND),
        ("channel", data.channel, Channel, MSG_CHANNEL),
        ("priority", data.priority, Priority, MSG_PRIORITY),
        ("location", data.location, Location, MSG_LOCATION),
    ):
        if value not in {member.value for member in enum}:
            problems.add(name, message)


def _check_room(room_id, household_id, location, problems: _Problems) -> None:
    if room_id is None:
        if location != Location.PUBLIC_AREA:
            problems.add("room", MSG_ROOM_REQUIRED)
        return
    if not Room.select().where(Room.id == room_id).exists():
        problems.add("room", MSG_ROOM_UNKNOWN)
    elif (
        household_id is not None
        and not Household.select().where(Household.id == household_id, Household.room == room_id).exists()
    ):
        problems.add("room", MSG_HOUSEHOLD_ELSEWHERE)


def _check_category(category_id, problems: _Problems) -> None:
    category = Category.get_or_none(Category.id == category_id) if category_id is not None else None
    if category is None:
        problems.add("category", MSG_CATEGORY)
    elif category.parent_id is None:
        problems.add("category", MSG_CATEGORY_GROUP)


def check_reporter(name: str, problems: _Problems) -> None:
    name = clean_text(name)
    if not name:
        problems.add("reporter", MSG_REPORTER_REQUIRED)
    elif len(name) > REPORTER_LIMIT:
        problems.add("reporter", MSG_TOO_LONG, limit=REPORTER_LIMIT)
    elif has_control(name) or not shows_something(name):
        problems.add("reporter", MSG_CONTROL if has_control(name) else MSG_INVISIBLE)


def check_phone(phone: str, channel: str, problems: _Problems) -> None:
    if not (phone or "").strip():
        if channel not in PHONE_OPTIONAL_CHANNELS:
            problems.add("phone", MSG_PHONE_REQUIRED)
    elif normalise_phone(phone) is None:
        problems.add("phone", MSG_PHONE_INVALID)


def check_description(text: str, problems: _Problems) -> None:
    text = clean_text(text)
    if not text:
        problems.add("description", MSG_DESCRIPTION_REQUIRED)
    elif len(text) > DESCRIPTION_LIMIT:
        problems.add("description", MSG_TOO_LONG, limit=DESCRIPTION_LIMIT)
    elif has_control(text, multiline=True) or not shows_something(text):
        problems.add("description", MSG_CONTROL if has_control(text, multiline=True) else MSG_INVISIBLE)


def _check_attachments(paths: Sequence[str], problems: _Problems) -> None:
    if len(paths) > ATTACHMENT_LIMIT:
        problems.add("attachments", MSG_TOO_MANY_FILES, limit=ATTACHMENT_LIMIT)
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            problems.add("attachments", MSG_FILE_UNREADABLE, name=path.name)
        elif path.stat().st_size > ATTACHMENT_MEGABYTES * 1024 * 1024:
            problems.add("attachments", MSG_FILE_TOO_BIG, name=path.name, limit=ATTACHMENT_MEGABYTES)


def register_ticket(data: NewTicket, *, operator: User, clock: Clock, folder: DataFolder) -> TicketRef:
    """Validate, number and store the ticket with its first event, its attachments (copied
    into the attachments folder) and its deadlines; the operator is its first responder.
    When the attachments folder does not answer, the ticket is saved without its files:
    the returned ref names them and says why (add them again with attach_files)."""
    require(operator, Permission.REGISTER_TICKET)
    collect_problems(data).raise_if_any()
    now = clock.now()
    pending: list[Path] = []
    problem: AttachmentsUnreachable | None = None

    def save() -> Ticket:
        nonlocal pending, problem
        discard(pending)  # the copies of a try that another desk's write turned back
        pending, problem = [], None
        ticket = _create_ticket(data, operator, now)
        record_event(ticket, Action.REGISTER, operator=operator, at=now, field="status", new=Status.NEW)
        if data.attachments:
            try:
                with database.atomic():  # a savepoint: the files' rows go back with the files
                    store_attachments(ticket, data.attachments, operator=operator, at=now, folder=folder, into=pending)
            except AttachmentsUnreachable as error:
                discard(pending)
                pending, problem = [], error
        apply_deadlines(ticket)
        return ticket

    try:
        ticket = retrying(save)
    except BaseException:
        discard(pending)
        raise
    put_in_place(pending)
    if problem is not None:
        return TicketRef(ticket.id, ticket.number, tuple(str(path) for path in data.attachments), problem)
    return TicketRef(ticket.id, ticket.number)


def _create_ticket(data: NewTicket, operator: User, now: dt.datetime) -> Ticket:
    return Ticket.create(
        number=next_ticket_number(data.kind, now),
        kind=data.kind,
        category=data.category_id,
        channel=data.channel,
        priority=data.priority,
        room=data.room_id,
        household=data.household_id,
        reporter_name=clean_text(data.reporter_name),
        reporter_phone=normalise_phone(data.reporter_phone) or "",
        location=data.location,
        description=clean_text(data.description),
        first_responder=operator,
        received_at=now,
        updated_at=now,
    )


def store_attachments(
    ticket: Ticket,
    paths: Sequence[str],
    *,
    operator: User,
    at: dt.datetime,
    folder: DataFolder,
    into: list[Path] | None = None,
) -> list[Path]:
    """Copy files into the attachments folder's <YYYYMM>/ under a temporary name beside the
    one made from the ticket number, flushed to disk, and record them; returns the temporary
    copies (also appended to `into` as they are made), which the caller renames after the
    commit (put_in_place) or removes (discard). AttachmentsUnreachable when the folder
    does not answer or a copy cannot be written there."""
    copied: list[Path] = [] if into is None else into
    root = writable_attachments(folder)
    first = Attachment.select().where(Attachment.ticket == ticket).count() + 1
    for offset, raw in enumerate(paths):
        source = Path(raw)
        stored_name = f"{at:%Y%m}/{ticket.number}-{first + offset}{source.suffix.lower()}"
        try:
            pending = copy_pending(source, root / stored_name)
        except OSError as error:
            if not source.is_file() or not os.access(source, os.R_OK):  # the clerk's own file went away or is locked
                raise ValidationError(
                    {"attachments": MSG_FILE_UNREADABLE}, {"attachments": {"name": source.name}}
                ) from error
            raise unreachable(root, error) from error
        copied.append(pending)
        Attachment.create(
            ticket=ticket,
            original_name=source.name[:255],
            stored_name=stored_name,
            size_bytes=pending.stat().st_size,
            added_at=at,
            added_by=operator,
        )
    return copied


def attach_files(ticket_id: int, paths: Sequence[str], *, operator: User, clock: Clock, folder: DataFolder) -> None:
    """Add photos or files to an existing ticket; each file is an event on its timeline."""
    require(operator, Permission.REGISTER_TICKET)
    problems = _Problems()
    _check_attachments(paths, problems)
    problems.raise_if_any()
    now = clock.now()
    pending: list[Path] = []
    try:
        with database.atomic():
            ticket = _get_ticket(ticket_id)
            store_attachments(ticket, paths, operator=operator, at=now, folder=folder, into=pending)
            for path in paths:
                record_event(ticket, Action.EDIT, operator=operator, at=now, field="attachments", new=Path(path).name)
            Ticket.update(updated_at=now).where(Ticket.id == ticket.id).execute()
    except BaseException:
        discard(pending)
        raise
    put_in_place(pending)


def suggest_priority(category_id: int | None, description: str) -> str:
    """Urgent when the owner's words say so (the urgent words of the categories register:
    爆了, 冒水, 困在电梯里, 闻到煤气味 …), else the category's default priority, else normal."""
    if sounds_urgent(description or ""):
        return Priority.URGENT
    category = Category.get_or_none(Category.id == category_id) if category_id is not None else None
    return category.default_priority if category else Priority.NORMAL


def room_context(room_id: int | None, category_id: int | None, now: dt.datetime) -> RoomContext:
    """What the clerk should see beside the form for this room and category."""
    if room_id is None:
        return RoomContext()
    recent_rows = list(_briefs().where(Ticket.room == room_id).order_by(Ticket.received_at.desc()).limit(RECENT_LIMIT))
    since = now - REPEAT_WINDOW
    calls = Ticket.select().where(Ticket.room == room_id, Ticket.received_at >= since).count()
    if category_id is None:
        return RoomContext(recent=[_brief(row) for row in recent_rows], calls_in_30_days=calls)
    same = _briefs().where(Ticket.room == room_id, Ticket.category == category_id)
    repeat = (
        same.where(
            Ticket.received_at >= since,
            Ticket.received_at <= now,
            Ticket.status.not_in((Status.CANCELLED, Status.MERGED)),
        )
        .order_by(Ticket.received_at.desc())
        .first()
    )
    open_rows = same.where(Ticket.status.in_(OPEN_STATUSES)).order_by(Ticket.received_at.desc())
    return RoomContext(
        recent=[_brief(row) for row in recent_rows],
        repeat_complaint=_brief(repeat) if repeat else None,
        open_same_problem=[_brief(row) for row in open_rows],
        calls_in_30_days=calls,
    )


def _briefs():
    return (
        Ticket.select(
            Ticket.id,
            Ticket.number,
            Ticket.received_at,
            Ticket.kind,
            Ticket.status,
            Ticket.description,
            Category.name.alias("category_name"),
        )
        .join(Category)
        .objects()
    )


def _brief(row) -> TicketBrief:
    return TicketBrief(
        id=row.id,
        number=row.number,
        received_at=row.received_at,
        received_text=format_datetime(row.received_at),
        kind=row.kind,
        category=row.category_name,
        status=row.status,
        description=row.description,
    )


def add_call_to_ticket(ticket_id: int, note: str, *, operator: User, clock: Clock) -> None:
    """Record another call about a ticket already open instead of registering a duplicate."""
    require(operator, Permission.REGISTER_TICKET)
    note = clean_text(note)
    if not note:
        raise ValidationError({"note": MSG_NOTE_REQUIRED})
    if len(note) > NOTE_LIMIT:
        raise ValidationError({"note": MSG_TOO_LONG}, {"note": {"limit": NOTE_LIMIT}})
    if has_control(note, multiline=True) or not shows_something(note):
        raise ValidationError({"note": MSG_CONTROL if has_control(note, multiline=True) else MSG_INVISIBLE})
    now = clock.now()
    with database.atomic():
        ticket = _get_ticket(ticket_id)
        record_event(ticket, Action.NOTE, operator=operator, at=now, field="call", note=note)
        Ticket.update(updated_at=now).where(Ticket.id == ticket.id).execute()


def _get_ticket(ticket_id: int) -> Ticket:
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None:
        raise NotFound(MSG_NO_TICKET)
    return ticket


def knowledge_for(category_id: int | None, description: str = "") -> list[KnowledgeItem]:
    """Standard replies and FAQ for the category; emergency checklists first when the
    category is urgent or the description names the emergency (from any category)."""
    category = Category.get_or_none(Category.id == category_id) if category_id is not None else None
    query = (
        KnowledgeEntry.select(KnowledgeEntry, Category)
        .join(Category, JOIN.LEFT_OUTER)
        .where(KnowledgeEntry.archived == False)
    )
    items = [_knowledge_item(entry) for entry in query if _relevant(entry, category_id, description)]
    urgent = category is not None and category.default_priority == Priority.URGENT or sounds_urgent(description)
    return sorted(items, key=lambda item: (_knowledge_rank(item, urgent), not _names_it(item, description), item.id))


def _relevant(entry: KnowledgeEntry, category_id: int | None, description: str) -> bool:
    if category_id is not None and entry.category_id == category_id:
        return True
    return entry.kind == KnowledgeKind.EMERGENCY and _keywords_in(entry.keywords, description)


def _keywords_in(keywords: str, text: str) -> bool:
    return any(word.strip() and word.strip() in text for word in (keywords or "").split(","))


def _names_it(item: KnowledgeItem, description: str) -> bool:
    return _keywords_in(item.keywords, description)


def _knowledge_rank(item: KnowledgeItem, urgent: bool) -> int:
    order = (
        [KnowledgeKind.EMERGENCY, KnowledgeKind.SCRIPT, KnowledgeKind.FAQ]
        if urgent
        else [KnowledgeKind.SCRIPT, KnowledgeKind.FAQ, KnowledgeKind.EMERGENCY]
    )
    return order.index(item.kind) if item.kind in order else len(order)


def _knowledge_item(entry: KnowledgeEntry) -> KnowledgeItem:
    return KnowledgeItem(
        id=entry.id,
        kind=entry.kind,
        title=entry.title,
        body=entry.body,
        category=entry.category.name if entry.category_id else "",
        keywords=entry.keywords,
    )
