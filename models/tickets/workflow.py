"""The ticket state machine of SPEC §2: which action is allowed from which status, the
status it leads to, and the timeline event every change writes.

Services call `transition()` inside their transaction; a refused action raises
TransitionRefused with a sentence the clerk can read, and nothing is written.

Areas above tickets (the callbacks of models.followup) follow status changes through
`add_transition_listener()`: a listener runs inside the same transaction, after the
event is written, so what it writes commits or rolls back with the change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from models.codes import LABELS, OPEN_STATUSES, Kind, Status
from models.errors import TransitionRefused
from models.i18n import QT_TRANSLATE_NOOP
from models.office import Permission, User, may
from models.tickets.tables import Ticket, TicketEvent


class Action(StrEnum):
    REGISTER = "register"
    ACKNOWLEDGE = "acknowledge"
    STAGE_REPLY = "stage_reply"
    DISPATCH = "dispatch"
    START = "start"
    RESOLVE = "resolve"
    CALL_BACK = "call_back"
    CLOSE = "close"
    REOPEN = "reopen"
    CANCEL = "cancel"
    MERGE = "merge"
    PAUSE = "pause"
    RESUME = "resume"
    EDIT = "edit"
    PRINT = "print"
    NOTE = "note"
    # steps of the ticket's callback (models.followup); events only, except CLOSE_UNREACHED
    CALLBACK_SCHEDULE = "callback_schedule"
    CALLBACK_ATTEMPT = "callback_attempt"
    CALLBACK_RESULT = "callback_result"
    CALLBACK_UNHAPPY = "callback_unhappy"
    CALLBACK_UNREACHABLE = "callback_unreachable"
    CALLBACK_CANCEL = "callback_cancel"
    CALLBACK_REVIEW = "callback_review"
    CLOSE_UNREACHED = "close_unreached"


OPEN = set(OPEN_STATUSES)
ANSWER_AT_ONCE_KINDS = {Kind.INQUIRY, Kind.PRAISE}

ALLOWED_FROM: dict[Action, set[Status]] = {
    Action.ACKNOWLEDGE: {Status.NEW},
    Action.STAGE_REPLY: OPEN,
    Action.DISPATCH: {Status.NEW, Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS},
    Action.START: {Status.DISPATCHED},
    Action.RESOLVE: {Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS},
    Action.CALL_BACK: {Status.RESOLVED},
    Action.CLOSE: {Status.CALLED_BACK},
    Action.REOPEN: {Status.RESOLVED, Status.CALLED_BACK, Status.CLOSED},
    Action.CANCEL: OPEN,
    Action.MERGE: OPEN,
    Action.PAUSE: OPEN,
    Action.RESUME: OPEN,
    Action.EDIT: OPEN | {Status.RESOLVED},
    Action.PRINT: OPEN | {Status.RESOLVED, Status.CALLED_BACK, Status.CLOSED},
    Action.NOTE: set(Status),
    Action.CLOSE_UNREACHED: {Status.RESOLVED},
}
# Offered by the callbacks page only, which checks the callback first (无法联系).
CALLBACK_ONLY = {Action.CLOSE_UNREACHED}

TARGET: dict[Action, Status] = {
    Action.ACKNOWLEDGE: Status.ACKNOWLEDGED,
    Action.DISPATCH: Status.DISPATCHED,
    Action.START: Status.IN_PROGRESS,
    Action.RESOLVE: Status.RESOLVED,
    Action.CALL_BACK: Status.CALLED_BACK,
    Action.CLOSE: Status.CLOSED,
    Action.CLOSE_UNREACHED: Status.CLOSED,
    Action.REOPEN: Status.ACKNOWLEDGED,
    Action.CANCEL: Status.CANCELLED,
    Action.MERGE: Status.MERGED,
}

TIMESTAMP_FIELD: dict[Status, str] = {
    Status.ACKNOWLEDGED: "acknowledged_at",
    Status.DISPATCHED: "dispatched_at",
    Status.RESOLVED: "resolved_at",
    Status.CALLED_BACK: "called_back_at",
    Status.CLOSED: "closed_at",
    Status.CANCELLED: "closed_at",
    Status.MERGED: "closed_at",
}

REASON_REQUIRED = {Action.CANCEL, Action.MERGE, Action.REOPEN, Action.PAUSE, Action.ACKNOWLEDGE, Action.STAGE_REPLY}

MSG_NOT_ALLOWED = QT_TRANSLATE_NOOP("models", "A ticket that is \u201c{status}\u201d cannot be {action}.")
MSG_REASON_REQUIRED = QT_TRANSLATE_NOOP("models", "Please give a reason or the reply given to the owner.")

ACTION_LABELS = {
    Action.REGISTER: QT_TRANSLATE_NOOP("models", "registered"),
    Action.ACKNOWLEDGE: QT_TRANSLATE_NOOP("models", "acknowledged"),
    Action.STAGE_REPLY: QT_TRANSLATE_NOOP("models", "given a stage reply"),
    Action.DISPATCH: QT_TRANSLATE_NOOP("models", "dispatched"),
    Action.START: QT_TRANSLATE_NOOP("models", "started"),
    Action.RESOLVE: QT_TRANSLATE_NOOP("models", "resolved"),
    Action.CALL_BACK: QT_TRANSLATE_NOOP("models", "called back"),
    Action.CLOSE: QT_TRANSLATE_NOOP("models", "closed"),
    Action.REOPEN: QT_TRANSLATE_NOOP("models", "reopened"),
    Action.CANCEL: QT_TRANSLATE_NOOP("models", "cancelled"),
    Action.MERGE: QT_TRANSLATE_NOOP("models", "merged"),
    Action.PAUSE: QT_TRANSLATE_NOOP("models", "paused"),
    Action.RESUME: QT_TRANSLATE_NOOP("models", "resumed"),
    Action.EDIT: QT_TRANSLATE_NOOP("models", "edited"),
    Action.PRINT: QT_TRANSLATE_NOOP("models", "printed"),
    Action.NOTE: QT_TRANSLATE_NOOP("models", "annotated"),
}

# the callbacks' steps read as the callback or the closing they belong to
ACTION_LABELS[Action.CLOSE_UNREACHED] = ACTION_LABELS[Action.CLOSE]
for _step in Action:
    ACTION_LABELS.setdefault(_step, ACTION_LABELS[Action.CALL_BACK])

TransitionListener = Callable[["Ticket", "Action", "User | None", dt.datetime], None]
_listeners: list[TransitionListener] = []


def add_transition_listener(listener: TransitionListener) -> None:
    """Call `listener(ticket, action, operator, at)` after every status change."""
    if listener not in _listeners:
        _listeners.append(listener)


def allowed_actions(ticket: Ticket) -> list[Action]:
    """Actions the machine allows now, in the order a detail view offers them."""
    return [
        action
        for action in Action
        if action is not Action.REGISTER and action not in CALLBACK_ONLY and is_allowed(ticket, action)
    ]


class DeskAction(StrEnum):
    """What the ticket detail offers the desk: the machine's actions, with resolving split
    into answering an inquiry or praise at once and entering the result of dispatched work."""

    ACKNOWLEDGE = "acknowledge"
    STAGE_REPLY = "stage_reply"
    DISPATCH = "dispatch"
    START = "start"
    ENTER_RESULT = "resolve"
    ANSWER = "answer"
    CANCEL = "cancel"
    MERGE = "merge"
    REOPEN = "reopen"
    PAUSE = "pause"
    RESUME = "resume"
    EDIT = "edit"


RESULT_ENTRY_FROM = {Status.DISPATCHED, Status.IN_PROGRESS}


def action_allowed_from(action: Action) -> set[Status]:
    """The statuses from which the machine allows `action` (kind and pause aside)."""
    return set(ALLOWED_FROM.get(action, set()))


# what the operator's role needs for each of the detail view's buttons (the services check it too)
ACTION_PERMISSIONS: dict[DeskAction, Permission] = {
    DeskAction.ACKNOWLEDGE: Permission.REPLY,
    DeskAction.STAGE_REPLY: Permission.REPLY,
    DeskAction.ANSWER: Permission.REPLY,
    DeskAction.ENTER_RESULT: Permission.RECORD_RESULT,
    DeskAction.DISPATCH: Permission.DISPATCH,
    DeskAction.START: Permission.DISPATCH,
    DeskAction.CANCEL: Permission.CANCEL,
    DeskAction.MERGE: Permission.MERGE,
    DeskAction.REOPEN: Permission.REOPEN,
    DeskAction.PAUSE: Permission.PAUSE,
    DeskAction.RESUME: Permission.PAUSE,
    DeskAction.EDIT: Permission.EDIT_TICKET,
}


def desk_actions_for(ticket: Ticket, operator) -> list[DeskAction]:
    """desk_actions() less those the operator's role may not do."""
    return [action for action in desk_actions(ticket) if may(operator, ACTION_PERMISSIONS[action])]


def desk_actions(ticket: Ticket) -> list[DeskAction]:
    """The detail view's buttons for this ticket now, in its order. An inquiry or praise is
    answered and closed in one step; other kinds are resolved by the result of dispatched
    work, typed in from the returned paper."""
    allowed = set(allowed_actions(ticket))
    answered_at_once = Kind(ticket.kind) in ANSWER_AT_ONCE_KINDS
    offered = []
    for action in DeskAction:
        if action is DeskAction.ANSWER:
            ok = answered_at_once and Action.RESOLVE in allowed
        elif action is DeskAction.ENTER_RESULT:
            ok = not answered_at_once and Action.RESOLVE in allowed and Status(ticket.status) in RESULT_ENTRY_FROM
        else:
            ok = Action(action.value) in allowed
        if ok:
            offered.append(action)
    return offered


def is_allowed(ticket: Ticket, action: Action) -> bool:
    status = Status(ticket.status)
    if action is Action.RESOLVE and status is Status.NEW:
        return Kind(ticket.kind) in ANSWER_AT_ONCE_KINDS
    if action is Action.CLOSE and status is Status.RESOLVED:
        return Kind(ticket.kind) in ANSWER_AT_ONCE_KINDS
    if action is Action.PAUSE and ticket.paused_since is not None:
        return False
    if action is Action.RESUME and ticket.paused_since is None:
        return False
    return status in ALLOWED_FROM.get(action, set())


def check_allowed(ticket: Ticket, action: Action, note: str = "") -> None:
    if not is_allowed(ticket, action):
        raise TransitionRefused(MSG_NOT_ALLOWED, status=LABELS[Status(ticket.status)], action=ACTION_LABELS[action])
    if action in REASON_REQUIRED and not note.strip():
        raise TransitionRefused(MSG_REASON_REQUIRED)


def transition(
    ticket: Ticket, action: Action, *, operator: User, at: dt.datetime, note: str = "", notify: bool = True
) -> TicketEvent:
    """Check the action, move the status, stamp its time and write the event, then tell
    the listeners (unless `notify` is False). The caller holds the transaction and saves
    any further fields it changes."""
    check_allowed(ticket, action, note)
    old_status = ticket.status
    target = TARGET.get(action)
    if target is not None and target not in OPEN:
        end_pause(ticket, at, operator)  # resolving, closing or cancelling ends the pause first
    if target is not None:
        ticket.status = target
        stamp = TIMESTAMP_FIELD.get(target)
        if stamp and (getattr(ticket, stamp) is None or action is not Action.REOPEN):
            setattr(ticket, stamp, at)
        if action is Action.RESOLVE and ticket.acknowledged_at is None:
            ticket.acknowledged_at = at
        if action is Action.REOPEN:
            ticket.reopen_count += 1
            ticket.resolved_at = None
            ticket.called_back_at = None
            ticket.closed_at = None
    ticket.updated_at = at
    ticket.save()
    event = record_event(
        ticket,
        action,
        operator=operator,
        at=at,
        field="status" if target else "",
        old=old_status if target else "",
        new=ticket.status if target else "",
        note=note,
    )
    if target is not None and notify:
        for listener in _listeners:
            listener(ticket, action, operator, at)
    return event


def record_event(
    ticket: Ticket,
    action: Action,
    *,
    operator: User | None,
    at: dt.datetime,
    field: str = "",
    old: str = "",
    new: str = "",
    note: str = "",
) -> TicketEvent:
    return TicketEvent.create(
        ticket=ticket,
        at=at,
        actor=operator,
        action=action,
        field=field,
        old_value=old or "",
        new_value=new or "",
        note=note or "",
    )


def end_pause(ticket: Ticket, at: dt.datetime, operator: User | None, note: str = "") -> None:
    """Start the result clock again: the pause's length joins the ticket's paused total and
    the resume event closes it on the timeline (the deadlines count it from there)."""
    if ticket.paused_since is None:
        return
    old = ticket.paused_seconds or 0
    ticket.paused_seconds = old + max(0, int((at - ticket.paused_since).total_seconds()))
    ticket.paused_since, ticket.pause_reason, ticket.updated_at = None, None, at
    ticket.save()
    record_event(
        ticket,
        Action.RESUME,
        operator=operator,
        at=at,
        field="paused_seconds",
        old=str(old),
        new=str(ticket.paused_seconds),
        note=note,
    )
