"""What the desk does to a registered ticket (SPEC §2): acknowledge with the reply given to
the owner, stage replies, answer-and-close for inquiries and praise, cancel or merge
with a reason, reopen, pause and resume the result clock with a coded reason, and edit
fields with old → new on the timeline. Each action is one transaction that writes its
events and recomputes the stored deadlines; the state machine refuses what it does not
allow. Dispatching and entering results live in models.dispatch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from models.clock import Clock
from models.codes import Kind, PauseReason, Status
from models.errors import TransitionRefused, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import Permission, User, require
from models.registers import Category, Household, Room, mask_phone, normalise_phone
from models.store import retrying
from models.tickets import intake as intake
from models.tickets.deadlines import apply_deadlines
from models.tickets.tables import Ticket
from models.tickets.versions import claim_ticket
from models.tickets.workflow import Action, check_allowed, end_pause, record_event, transition

NOTE_LIMIT = 2000

MSG_NOTE_TOO_LONG = QT_TRANSLATE_NOOP("models", "Keep this under {limit} characters.")
MSG_PAUSE_REASON = QT_TRANSLATE_NOOP("models", "Choose why the ticket is paused.")
MSG_MERGE_TARGET_MISSING = QT_TRANSLATE_NOOP("models", "There is no ticket with the number {number}.")
MSG_MERGE_SELF = QT_TRANSLATE_NOOP("models", "A ticket cannot be merged into itself.")
MSG_MERGE_TARGET_GONE = QT_TRANSLATE_NOOP(
    "models", "Ticket {number} was itself cancelled or merged; choose the ticket it became."
)
MSG_MERGED_FROM = QT_TRANSLATE_NOOP("models", "Ticket {number} was merged into this one.")
MSG_NOT_ANSWERABLE = QT_TRANSLATE_NOOP("models", "Only inquiries and praise can be answered and closed at once.")

# edit_ticket's keys → (ticket column, the form's field name for error messages)
EDITABLE = {
    "kind": ("kind", "kind"),
    "category_id": ("category", "category"),
    "channel": ("channel", "channel"),
    "priority": ("priority", "priority"),
    "room_id": ("room", "room"),
    "household_id": ("household", "room"),
    "reporter_name": ("reporter_name", "reporter"),
    "reporter_phone": ("reporter_phone", "phone"),
    "location": ("location", "location"),
    "description": ("description", "description"),
}


def _act(
    ticket_id: int, clock: Clock, change: Callable[[Ticket, dt.datetime], Any], expected_version: int | None = None
) -> Any:
    """Run one action in one transaction and recompute the deadlines afterwards. With
    `expected_version` (the version the clerk's form was filled from) a ticket another
    desk changed since is refused with EditConflict, nothing written."""
    now = clock.now()

    def work() -> Any:
        claim_ticket(ticket_id, expected_version)
        ticket = Ticket.get(Ticket.id == ticket_id)
        result = change(ticket, now)
        apply_deadlines(ticket)
        return result

    return retrying(work)


def clean_note(text: str | None) -> str:
    """A reply, reason or note as stored: trimmed, refused beyond NOTE_LIMIT characters."""
    text = (text or "").strip()
    if len(text) > NOTE_LIMIT:
        raise ValidationError({"note": MSG_NOTE_TOO_LONG}, {"note": {"limit": NOTE_LIMIT}})
    return text


def acknowledge(
    ticket_id: int, reply: str, *, operator: User, clock: Clock, expected_version: int | None = None
) -> None:
    """Initial assessment done and the owner told `reply` (SPEC §3: within 24 h / 30 min)."""
    require(operator, Permission.REPLY)
    reply = clean_note(reply)
    _act(
        ticket_id,
        clock,
        lambda ticket, now: transition(ticket, Action.ACKNOWLEDGE, operator=operator, at=now, note=reply),
        expected_version,
    )


def stage_reply(
    ticket_id: int, reply: str, *, operator: User, clock: Clock, expected_version: int | None = None
) -> None:
    """A progress reply to the owner (阶段性回复); it settles the stage-reply deadline."""
    require(operator, Permission.REPLY)
    reply = clean_note(reply)
    _act(
        ticket_id,
        clock,
        lambda ticket, now: transition(ticket, Action.STAGE_REPLY, operator=operator, at=now, note=reply),
        expected_version,
    )


def answer_and_close(
    ticket_id: int, reply: str, *, operator: User, clock: Clock, expected_version: int | None = None
) -> None:
    """Inquiries and praise may be answered and closed at once (SPEC §2)."""
    require(operator, Permission.REPLY)
    reply = clean_note(reply)

    def change(ticket: Ticket, now: dt.datetime) -> None:
        if ticket.kind not in (Kind.INQUIRY, Kind.PRAISE):
            raise TransitionRefused(MSG_NOT_ANSWERABLE)
        check_allowed(ticket, Action.RESOLVE, reply)
        # answered and closed at once: no callback follows
        transition(ticket, Action.RESOLVE, operator=operator, at=now, note=reply, notify=False)
        transition(ticket, Action.CLOSE, operator=operator, at=now)

    _act(ticket_id, clock, change, expected_version)


def cancel(ticket_id: int, reason: str, *, operator: User, clock: Clock, expected_version: int | None = None) -> None:
    require(operator, Permission.CANCEL)
    reason = clean_note(reason)

    def change(ticket: Ticket, now: dt.datetime) -> None:
        check_allowed(ticket, Action.CANCEL, reason)
        transition(ticket, Action.CANCEL, operator=operator, at=now, note=reason)

    _act(ticket_id, clock, change, expected_version)


def merge(
    ticket_id: int, into_number: str, reason: str, *, operator: User, clock: Clock, expected_version: int | None = None
) -> None:
    """Close this ticket as a duplicate of ticket `into_number`; both timelines say so."""
    require(operator, Permission.MERGE)
    reason = clean_note(reason)

    def change(ticket: Ticket, now: dt.datetime) -> None:
        check_allowed(ticket, Action.MERGE, reason)
        target = _merge_target(ticket, into_number)
        ticket.merged_into = target
        transition(ticket, Action.MERGE, operator=operator, at=now, note=reason)
        record_event(ticket, Action.EDIT, operator=operator, at=now, field="merged_into", new=target.number)
        record_event(
            target, Action.NOTE, operator=operator, at=now, field="merged_from", new=ticket.number, note=reason
        )

    _act(ticket_id, clock, change, expected_version)


def _merge_target(ticket: Ticket, into_number: str) -> Ticket:
    number = (into_number or "").strip().upper()
    target = Ticket.get_or_none(Ticket.number == number)
    if target is None:
        raise ValidationError({"into": MSG_MERGE_TARGET_MISSING}, {"into": {"number": number}})
    if target.id == ticket.id:
        raise ValidationError({"into": MSG_MERGE_SELF})
    if target.status in (Status.CANCELLED, Status.MERGED):
        raise ValidationError({"into": MSG_MERGE_TARGET_GONE}, {"into": {"number": number}})
    return target


def reopen(ticket_id: int, reason: str, *, operator: User, clock: Clock, expected_version: int | None = None) -> None:
    """Back to work (重新处理); the result clock starts again from now."""
    require(operator, Permission.REOPEN)
    reason = clean_note(reason)

    def change(ticket: Ticket, now: dt.datetime) -> None:
        transition(ticket, Action.REOPEN, operator=operator, at=now, note=reason)
        if ticket.paused_seconds or ticket.paused_since:
            record_event(
                ticket,
                Action.EDIT,
                operator=operator,
                at=now,
                field="paused_seconds",
                old=str(ticket.paused_seconds),
                new="0",
            )
            ticket.paused_seconds, ticket.paused_since, ticket.pause_reason = 0, None, None
            ticket.save()

    _act(ticket_id, clock, change, expected_version)


def pause(
    ticket_id: int,
    reason_code: str,
    note: str = "",
    *,
    operator: User,
    clock: Clock,
    expected_version: int | None = None,
) -> None:
    """Stop the result clock (owner unreachable, awaiting parts, …) until resume()."""
    require(operator, Permission.PAUSE)
    note = clean_note(note)
    if reason_code not in {reason.value for reason in PauseReason}:
        raise ValidationError({"reason": MSG_PAUSE_REASON})

    def change(ticket: Ticket, now: dt.datetime) -> None:
        check_allowed(ticket, Action.PAUSE, note or reason_code)
        ticket.paused_since, ticket.pause_reason, ticket.updated_at = now, reason_code, now
        ticket.save()
        record_event(ticket, Action.PAUSE, operator=operator, at=now, field="pause_reason", new=reason_code, note=note)

    _act(ticket_id, clock, change, expected_version)


def resume(
    ticket_id: int, note: str = "", *, operator: User, clock: Clock, expected_version: int | None = None
) -> None:
    """Start the result clock again; the paused time is added to the ticket's total."""
    require(operator, Permission.PAUSE)
    note = clean_note(note)

    def change(ticket: Ticket, now: dt.datetime) -> None:
        check_allowed(ticket, Action.RESUME, note or "-")
        end_pause(ticket, now, operator, note)

    _act(ticket_id, clock, change, expected_version)


def edit_ticket(
    ticket_id: int, changes: dict[str, Any], *, operator: User, clock: Clock, expected_version: int | None = None
) -> list[str]:
    """Change fields of an open (or resolved) ticket; each change is an event old → new.
    Keys as in NewTicket (category_id, room_id, reporter_phone, …). Returns the changed keys."""
    require(operator, Permission.EDIT_TICKET)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")

    def change(ticket: Ticket, now: dt.datetime) -> list[str]:
        check_allowed(ticket, Action.EDIT)
        _validate_edit(ticket, changes)
        changed = [key for key in changes if _stored(key, changes[key]) != _current(ticket, key)]
        for key in changed:
            old, new = _display(key, _current(ticket, key)), _display(key, _stored(key, changes[key]))
            setattr(ticket, EDITABLE[key][0], _stored(key, changes[key]))
            record_event(ticket, Action.EDIT, operator=operator, at=now, field=EDITABLE[key][0], old=old, new=new)
        if changed:
            ticket.updated_at = now
            ticket.save()
        return changed

    return _act(ticket_id, clock, change, expected_version)


def _validate_edit(ticket: Ticket, changes: dict[str, Any]) -> None:
    merged = {key: _current(ticket, key) for key in EDITABLE} | changes
    data = intake.NewTicket(**merged)
    problems = intake.validate_new_ticket(data)
    relevant = {EDITABLE[key][1] for key in changes}
    found = {name: message for name, message in problems.items() if name in relevant}
    if found:
        raise ValidationError(found, intake.collect_problems(data).params)


def _current(ticket: Ticket, key: str) -> Any:
    column = EDITABLE[key][0]
    return getattr(ticket, f"{column}_id") if key.endswith("_id") else getattr(ticket, column)


def _stored(key: str, value: Any) -> Any:
    if key == "reporter_phone":
        return normalise_phone(value) or ""
    if isinstance(value, str):
        return value.strip()
    return value


def _display(key: str, value: Any) -> str:
    """What the timeline shows for a value: names instead of ids, phones masked."""
    if value is None:
        return ""
    if key == "category_id":
        category = Category.get_or_none(Category.id == value)
        return category.name if category else ""
    if key == "room_id":
        room = Room.get_or_none(Room.id == value)
        return room.code if room else ""
    if key == "household_id":
        household = Household.get_or_none(Household.id == value)
        return household.name if household else ""
    if key == "reporter_phone":
        return mask_phone(value)
    return str(value)
