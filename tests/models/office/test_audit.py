"""The audit log: each kind of change leaves its entry (who, when, what, old → new); the
schema refuses UPDATE, DELETE and REPLACE of an entry; and with the triggers dropped
behind the program's back, the hash chain still tells an edited or removed entry."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from models.codes import Role
from models.errors import PermissionDenied
from models.office import (
    audit_lines,
    change_own_password,
    create_first_admin,
    create_user,
    needs_first_admin,
    reset_password,
    reveal_household_phones,
    set_active,
    set_role,
    sign_in,
    verify_chain,
)
from models.service_levels import OverrideData, policy_for
from models.store import database
from models.tickets import delete_override, save_override, save_policy


def kinds() -> list[tuple[str, str, str]]:
    return [(line.actor, line.kind, line.subject) for line in audit_lines()]


@pytest.fixture
def admin(office, clock):
    create_first_admin("admin", "demo", clock=clock)
    return sign_in("admin", "demo", clock=clock)


def test_users_log_ins_and_failures_leave_entries(office, clock, admin):
    create_user("xiaowang", "小王", Role.CLERK, "abcd1234", operator=admin, clock=clock)
    with pytest.raises(PermissionDenied):
        sign_in("xiaowang", "wrong", clock=clock)
    clerk = sign_in("xiaowang", "abcd1234", clock=clock)
    change_own_password(clerk, "abcd1234", "new-secret", clock=clock)
    reset_password(clerk.id, "reset-by-admin", operator=admin, clock=clock)
    set_role(clerk.id, Role.SUPERVISOR, operator=admin, clock=clock)
    set_active(clerk.id, False, operator=admin, clock=clock)
    assert kinds() == [
        ("admin", "user", "user:admin"),  # the first start's admin
        ("admin", "login", "user:admin"),
        ("admin", "user", "user:xiaowang"),
        ("", "login_failed", "user:xiaowang"),
        ("xiaowang", "login", "user:xiaowang"),
        ("xiaowang", "password", "user:xiaowang"),
        ("admin", "password", "user:xiaowang"),
        ("admin", "user", "user:xiaowang"),
        ("admin", "user", "user:xiaowang"),
    ]
    role_change, disabling = audit_lines()[-2:]
    assert (json.loads(role_change.old), json.loads(role_change.new)) == ({"role": "clerk"}, {"role": "supervisor"})
    assert (json.loads(disabling.old), json.loads(disabling.new)) == ({"active": True}, {"active": False})
    assert audit_lines()[0].at == "2026-11-23 10:00:00"  # the clock's time, to the second
    assert verify_chain() == []


def test_service_levels_and_reveals_leave_entries(office, clock, admin):
    policy = policy_for("repair", "normal")
    save_policy(policy.__class__(**{**policy.__dict__, "result_amount": 5}), operator=admin, clock=clock)
    save_override(OverrideData(dt.date(2027, 1, 1), False, "元旦"), operator=admin, clock=clock)
    delete_override(dt.date(2027, 1, 1), operator=admin, clock=clock)
    phones = reveal_household_phones(office.households["3-2-1502"].id, operator=office.clerk, clock=clock)
    assert phones == "13987654321 / 010-62345678"
    lines = audit_lines()[2:]
    assert [(line.kind, line.subject) for line in lines] == [
        ("service_level", "policy:repair/normal"),
        ("calendar", "calendar:2027-01-01"),
        ("calendar", "calendar:2027-01-01"),
        ("reveal", f"household:{office.households['3-2-1502'].id}"),
    ]
    # the day's ruling, old → new: none → a holiday, then the holiday → none
    assert (lines[1].old, json.loads(lines[1].new)) == ("", {"is_workday": False, "note": "元旦"})
    assert (json.loads(lines[2].old), lines[2].new) == ({"is_workday": False, "note": "元旦"}, "")
    assert (json.loads(lines[0].old)["result_amount"], json.loads(lines[0].new)["result_amount"]) == (
        policy.result_amount,
        5,
    )
    assert lines[3].actor == "clerk"


def test_refused_actions_write_no_audit(office, clock, admin):
    before = len(audit_lines())
    with pytest.raises(PermissionDenied):
        create_user("sneaky", "x", Role.ADMIN, "abcd1234", operator=office.clerk, clock=clock)
    assert len(audit_lines()) == before


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET new = 'nothing happened' WHERE id = 1",
        "DELETE FROM audit_entry WHERE id = 1",
        "REPLACE INTO audit_entry (id, at, actor, kind, subject, old, new, previous_hash, hash)"
        " VALUES (1, '2026-01-01 00:00:00', 'x', 'login', 'user:x', '', '', '', '')",
        "INSERT OR REPLACE INTO audit_entry (id, at, actor, kind, subject, old, new, previous_hash, hash)"
        " VALUES (1, '2026-01-01 00:00:00', 'x', 'login', 'user:x', '', '', '', '')",
    ],
)
@pytest.mark.sqlite_only("another program writes the file with sqlite3; the server's refusal: test_server_office")
def test_the_schema_refuses_to_change_an_entry(office, clock, admin, folder, statement):
    connection = sqlite3.connect(folder.database)  # another program writing the file
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute(statement)
    connection.close()
    assert verify_chain() == []


def _behind_the_back(folder, *statements):
    connection = sqlite3.connect(folder.database)
    for name in ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_replace"):
        connection.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


@pytest.mark.sqlite_only("the triggers are dropped behind the program's back with sqlite3")
def test_check_tells_an_entry_edited_with_the_triggers_dropped(office, clock, admin, folder):
    create_user("xiaowang", "小王", Role.CLERK, "abcd1234", operator=admin, clock=clock)
    _behind_the_back(folder, "UPDATE audit_entry SET actor = 'someone' WHERE id = 3")
    assert verify_chain() == [("Audit entry {id} was changed after it was written.", {"id": 3})]


@pytest.mark.sqlite_only("the triggers are dropped behind the program's back with sqlite3")
def test_check_tells_an_entry_removed_with_the_triggers_dropped(office, clock, admin, folder):
    create_user("xiaowang", "小王", Role.CLERK, "abcd1234", operator=admin, clock=clock)
    _behind_the_back(folder, "DELETE FROM audit_entry WHERE id = 2")
    problems = verify_chain()
    assert problems == [("The audit log is broken before entry {id}: an entry was removed or changed.", {"id": 3})]


def test_first_admin_only_once_then_sign_in(office, clock):
    assert needs_first_admin()
    create_first_admin("admin", "demo", clock=clock)
    assert not needs_first_admin()
    with pytest.raises(PermissionDenied):
        create_first_admin("other", "password", clock=clock)
    assert sign_in("admin", "demo", clock=clock).role == "admin"


def test_wrong_passwords_make_the_next_attempt_wait_longer(office, clock, admin):
    for _ in range(3):  # three free failures
        with pytest.raises(PermissionDenied) as refused:
            sign_in("admin", "guess", clock=clock)
        assert refused.value.message == "Wrong user name or password."
    with pytest.raises(PermissionDenied) as waiting:
        sign_in("admin", "demo", clock=clock)  # even the right password waits: 2 s after the third
    assert waiting.value.params == {"username": "admin", "seconds": 2}
    clock.advance(seconds=2)
    with pytest.raises(PermissionDenied):
        sign_in("admin", "guess", clock=clock)  # the fourth failure: 2**2 = 4 s now
    clock.advance(seconds=3)
    with pytest.raises(PermissionDenied) as waiting:
        sign_in("admin", "demo", clock=clock)
    assert waiting.value.params["seconds"] == 1
    clock.advance(seconds=1)
    assert sign_in("admin", "demo", clock=clock).failed_logins == 0


def test_the_last_admin_cannot_be_disabled(office, clock, admin):
    from models.errors import ValidationError

    with pytest.raises(ValidationError):
        set_active(admin.id, False, operator=admin, clock=clock)
    assert database.execute_sql('SELECT active FROM "user" WHERE id = ?', (admin.id,)).fetchone() == (1,)
