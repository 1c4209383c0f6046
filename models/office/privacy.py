"""Revealing a full phone or ID number: one deliberate action by a role that may, logged
(who, when, which record) in the audit."""

from __future__ import annotations

from models.office.audit import AuditKind, record
from models.office.permissions import Permission, require
from models.registers import household


def reveal_household_phones(household_id: int, *, operator, clock) -> str:
    """The household's full phone numbers, " / " between them."""
    require(operator, Permission.REVEAL_PHONE)
    row = household(household_id)
    record(AuditKind.REVEAL, f"household:{household_id}", actor=operator, at=clock.now(), new="phone")
    return " / ".join(row.phones)


def reveal_household_id_number(household_id: int, *, operator, clock) -> str:
    require(operator, Permission.REVEAL_ID_NUMBER)
    row = household(household_id)
    record(AuditKind.REVEAL, f"household:{household_id}", actor=operator, at=clock.now(), new="id_number")
    return row.id_number
