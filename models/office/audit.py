"""The audit log: every change outside the ticket timelines (users, log-ins and failures,
settings, service levels, registers, imports, exports, reveals, backups and restores),
append-only in the schema (no UPDATE, DELETE or REPLACE — see migration 7) and
tamper-evident: each entry carries sha256(previous entry's hash + its own content), so an
entry changed or removed behind the program's back breaks the chain `verify_chain` walks."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

import peewee as pw

from models.codes import AuditKind
from models.i18n import QT_TRANSLATE_NOOP
from models.store import BaseModel, database, one_at_a_time

GENESIS = "0" * 64
STAMP = "%Y-%m-%d %H:%M:%S"


class AuditEntry(BaseModel):
    at = pw.CharField(max_length=19)
    actor = pw.CharField(max_length=50)
    kind = pw.CharField(max_length=20)
    subject = pw.CharField(max_length=200)
    old = pw.TextField(default="")
    new = pw.TextField(default="")
    previous_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)

    class Meta:
        table_name = "audit_entry"


TABLES = [AuditEntry]

MSG_EDITED = QT_TRANSLATE_NOOP("models", "Audit entry {id} was changed after it was written.")
MSG_BROKEN = QT_TRANSLATE_NOOP("models", "The audit log is broken before entry {id}: an entry was removed or changed.")


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: str
    actor: str
    kind: str
    subject: str
    old: str
    new: str


def entry_hash(previous_hash: str, at: str, actor: str, kind: str, subject: str, old: str, new: str) -> str:
    content = json.dumps([at, actor, kind, subject, old, new], ensure_ascii=False)
    return hashlib.sha256((previous_hash + content).encode("utf-8")).hexdigest()


def record(kind: AuditKind, subject: str, *, actor, at: dt.datetime, old: object = "", new: object = "") -> None:
    """Append one entry; `actor` is the User (or a username, or None for the program itself)."""
    name = actor if isinstance(actor, str) else (actor.username if actor is not None else "")
    old_text, new_text = _text(old), _text(new)
    stamp = at.strftime(STAMP)
    with database.atomic():
        one_at_a_time("audit chain")  # two desks must not both link to the same last entry
        last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
        previous = last.hash if last else GENESIS
        digest = entry_hash(previous, stamp, name, str(kind), subject, old_text, new_text)
        AuditEntry.create(
            at=stamp,
            actor=name,
            kind=str(kind),
            subject=subject,
            old=old_text,
            new=new_text,
            previous_hash=previous,
            hash=digest,
        )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


CHAIN_COLUMNS = ("id", "at", "actor", "kind", "subject", "old", "new", "previous_hash", "hash")


def verify_chain() -> list[tuple[str, dict]]:
    """Problems found walking the chain (message, params); empty when it is whole."""
    fields = [getattr(AuditEntry, name) for name in CHAIN_COLUMNS]
    return chain_problems(AuditEntry.select(*fields).order_by(AuditEntry.id).tuples().iterator())


def chain_problems(rows) -> list[tuple[str, dict]]:
    """Walk (id, at, actor, kind, subject, old, new, previous_hash, hash) rows in id order."""
    problems: list[tuple[str, dict]] = []
    previous = GENESIS
    for entry_id, at, actor, kind, subject, old, new, previous_hash, digest in rows:
        if previous_hash != previous:
            problems.append((MSG_BROKEN, {"id": entry_id}))
        if entry_hash(previous_hash, at, actor, kind, subject, old, new) != digest:
            problems.append((MSG_EDITED, {"id": entry_id}))
        previous = digest
    return problems


def audit_lines(
    since: dt.date | None = None, *, kind: str | None = None, actor: str | None = None, limit: int | None = None
) -> list[AuditLine]:
    """Entries, oldest first, from `since` on; filtered by kind and actor when given."""
    query = AuditEntry.select().order_by(AuditEntry.id)
    if since is not None:
        query = query.where(AuditEntry.at >= since.strftime("%Y-%m-%d"))
    if kind:
        query = query.where(AuditEntry.kind == kind)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if limit:
        query = query.limit(limit)
    return [AuditLine(e.id, e.at, e.actor, e.kind, e.subject, e.old, e.new) for e in query]


def record_settings(subject: str, before: dict, after: dict, *, actor, at: dt.datetime) -> None:
    """One SETTING entry with only the values that changed, old → new; none when nothing did."""
    changed = [key for key in {**before, **after} if before.get(key) != after.get(key)]
    if changed:
        old = {key: before.get(key) for key in changed}
        new = {key: after.get(key) for key in changed}
        record(AuditKind.SETTING, subject, actor=actor, at=at, old=old, new=new)
