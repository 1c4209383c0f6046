"""The office's guard over the registers and the areas built on them (imports). Users, the
role table and the audit log live in the office area, above this one, so the office installs
two functions here when it loads (`install_office_guard`): the permission check every
register edit, import and export makes before anything is written, and the audit entry it
writes in the same transaction (what changed, old → new). Until the office is loaded
nothing here may change anything: the check fails closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from models.codes import AuditKind, Permission
from models.errors import NotFound
from models.registers.contact import mask_id_number, mask_phone
from models.store import database

_require: Callable[[object, Permission], None] | None = None
_audit: Callable[..., None] | None = None


def install_office_guard(require: Callable[[object, Permission], None], audit: Callable[..., None]) -> None:
    """Called once by models.office: `require(operator, permission)` raises PermissionDenied,
    `audit(kind, subject, actor=, at=, old=, new=)` appends an audit entry."""
    global _require, _audit
    _require, _audit = require, audit


def require(operator, permission: Permission) -> None:
    """Refuse (PermissionDenied) unless `operator` may; a bug when the office is not loaded."""
    if _require is None:
        raise RuntimeError("models.office is not loaded: nothing in the registers may change")
    _require(operator, permission)


def audit(kind: AuditKind, subject: str, *, operator, at: dt.datetime, old: object = "", new: object = "") -> None:
    if _audit is None:
        raise RuntimeError("models.office is not loaded: nothing in the registers may change")
    _audit(kind, subject, actor=operator, at=at, old=old, new=new)


def audit_change(subject: str, before: dict | None, after: dict | None, *, operator, at: dt.datetime) -> None:
    """One REGISTER entry with only the fields that changed, old → new (a new record: old is
    empty; a deleted one: new is empty). Nothing is written when nothing changed.

    Personal numbers (the keys "phones", "phone", "id_number") are compared in full but
    written masked, like the screen shows them: the log is permanent and must not become a
    copy of the numbers that can never be erased; a changed number still shows as changed
    (its key is in both old and new, e.g. 138****5678 → 139****1234)."""
    before, after = before or {}, after or {}
    keys = [key for key in {**before, **after} if before.get(key) != after.get(key)]
    if not keys:
        return
    old = {key: _shown(key, before[key]) for key in keys if key in before}
    new = {key: _shown(key, after[key]) for key in keys if key in after}
    audit(AuditKind.REGISTER, subject, operator=operator, at=at, old=old or "", new=new or "")


def _shown(key: str, value: object) -> object:
    if key == "id_number":
        return mask_id_number(str(value or ""))
    if key == "phone":
        return mask_phone(str(value or ""))
    if key == "phones":
        return " / ".join(mask_phone(phone) for phone in value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def save_audited(model, record_id: int | None, values: dict, *, subject: str, gone: str, operator, at) -> int:
    """Create (`record_id` None) or update one row of `model` from `values` and write the
    audit entry of what changed; NotFound(`gone`) when the row has been deleted meanwhile.
    The caller has made the permission check and validated `values`."""
    with database.atomic():
        if record_id is None:
            record_id, before = model.create(**values).id, None
        else:
            found = model.get_or_none(model.id == record_id)
            if found is None:
                raise NotFound(gone)
            before = {key: found.__data__.get(key) for key in values}
            model.update(**values).where(model.id == record_id).execute()
        audit_change(f"{subject}:{record_id}", before, values, operator=operator, at=at)
        return record_id
