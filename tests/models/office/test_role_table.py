"""The role table, service by service: every data-changing service tried by every role is
either done or refused with PermissionDenied — and when refused, nothing is written
(the whole data file reads the same before and after)."""

from __future__ import annotations

import pytest

from models.codes import Role
from models.dispatch import ResultEntry, dispatch, record_printed, record_result
from models.errors import PermissionDenied
from models.office import (
    ROLE_TABLE,
    Permission,
    create_user,
    reveal_household_id_number,
    reveal_household_phones,
)
from models.registers import Department
from models.service_levels import policy_for
from models.store import database
from models.tickets import (
    acknowledge,
    add_call_to_ticket,
    answer_and_close,
    cancel,
    edit_ticket,
    merge,
    pause,
    reopen,
    save_policy,
)
from tests.office import register_ticket_for


class Desk:
    """A way to set up targets as the supervisor before the role under test acts."""

    def __init__(self, office, folder, clock) -> None:
        self.office, self.folder, self.clock = office, folder, clock

    def ticket(self, **fields):
        return register_ticket_for(self.office, self.folder, self.clock, **fields)

    def dispatched(self):
        ref = self.ticket()
        engineering = Department.get(Department.code == "engineering").id
        dispatch(
            ref.id, department_id=engineering, reply="师傅马上到", operator=self.office.supervisor, clock=self.clock
        )
        return ref


def _register(desk, user):
    register_ticket_for(desk.office, desk.folder, desk.clock, operator=user)


def _result(desk, user):
    ref = desk.dispatched()
    return lambda: record_result(
        ref.id, ResultEntry(finished=desk.clock.now(), work_done="修好了"), operator=user, clock=desk.clock
    )


def _merge(desk, user):
    first, second = desk.ticket(), desk.ticket(description="同一处渗水")
    return lambda: merge(second.id, first.number, "重复报修", operator=user, clock=desk.clock)


def _reopen(desk, user):
    ref = desk.ticket(kind="inquiry", category="物业费")
    answer_and_close(ref.id, "已答复", operator=desk.office.clerk, clock=desk.clock)
    return lambda: reopen(ref.id, "业主仍有疑问", operator=user, clock=desk.clock)


def _policy(desk, user):
    policy = policy_for("repair", "normal")
    changed = policy.__class__(**{**policy.__dict__, "result_amount": 5})
    return lambda: save_policy(changed, operator=user, clock=desk.clock)


def _ticket_action(action):
    def prepare(desk, user):
        ref = desk.ticket()
        return lambda: action(ref, user, desk.clock)

    return prepare


def _household(reveal):
    def prepare(desk, user):
        household = desk.office.households["3-2-1501"]
        return lambda: reveal(household.id, operator=user, clock=desk.clock)

    return prepare


# permission -> prepare(desk, user) returning the call to try (made before the snapshot)
SERVICES = {
    Permission.REGISTER_TICKET: lambda desk, user: lambda: _register(desk, user),
    Permission.REPLY: _ticket_action(lambda ref, u, c: acknowledge(ref.id, "马上安排", operator=u, clock=c)),
    Permission.RECORD_RESULT: _result,
    Permission.REVEAL_PHONE: _household(reveal_household_phones),
    Permission.DISPATCH: lambda desk, user: (
        lambda ref: (
            lambda: dispatch(ref.id, department_id=Department.get().id, reply="好的", operator=user, clock=desk.clock)
        )
    )(desk.ticket()),
    Permission.PAUSE: _ticket_action(lambda ref, u, c: pause(ref.id, "awaiting_parts", "等配件", operator=u, clock=c)),
    Permission.CANCEL: _ticket_action(lambda ref, u, c: cancel(ref.id, "业主已自行解决", operator=u, clock=c)),
    Permission.MERGE: _merge,
    Permission.REOPEN: _reopen,
    Permission.EDIT_TICKET: _ticket_action(
        lambda ref, u, c: edit_ticket(ref.id, {"description": "卫生间天花板大面积渗水"}, operator=u, clock=c)
    ),
    Permission.PRINT_WORK_ORDERS: lambda desk, user: (
        lambda ref: lambda: record_printed([ref.id], operator=user, clock=desk.clock)
    )(desk.dispatched()),
    Permission.REVEAL_ID_NUMBER: _household(reveal_household_id_number),
    Permission.SET_SERVICE_LEVELS: _policy,
    Permission.MANAGE_USERS: lambda desk, user: (
        lambda: create_user(f"new{user.id}", "新同事", Role.CLERK, "secret1", operator=user, clock=desk.clock)
    ),
}
# enforced where they are done today (the command line and the pages), not yet by a domain service
NOT_IN_THE_DOMAIN_YET = {
    Permission.CALL_BACK,
    Permission.ENTER_SURVEYS,
    Permission.PRINT_REPORTS,
    Permission.EDIT_REGISTERS,
    Permission.IMPORT,
    Permission.EXPORT,
    Permission.EDIT_SETTINGS,
    Permission.BACKUP_RESTORE,
    Permission.READ_AUDIT,
}


def test_every_permission_is_tried_or_listed():
    assert set(SERVICES) | NOT_IN_THE_DOMAIN_YET == set(Permission)
    assert not set(SERVICES) & NOT_IN_THE_DOMAIN_YET


def snapshot() -> list[str]:
    """Every row of every table (the whole file as SQL)."""
    return list(database.connection().iterdump())


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(SERVICES))
def test_each_role_is_allowed_or_refused_with_nothing_written(permission, role, office, folder, clock, users):
    user = users[role]
    attempt = SERVICES[permission](Desk(office, folder, clock), user)
    if role in ROLE_TABLE[permission]:
        attempt()
        return
    before = snapshot()
    with pytest.raises(PermissionDenied) as refused:
        attempt()
    assert refused.value.params["what"]  # names what was refused, e.g. "dispatch tickets"
    assert snapshot() == before


def test_the_table_climbs_clerk_supervisor_manager_admin():
    # each role holds everything the role below it holds
    order = [Role.CLERK, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN]
    for roles in ROLE_TABLE.values():
        held = [role in roles for role in order]
        assert held == sorted(held), roles


def test_a_clerk_calling_a_supervisor_service_reads_a_sentence(office, folder, clock):
    ref = register_ticket_for(office, folder, clock)
    with pytest.raises(PermissionDenied) as refused:
        cancel(ref.id, "不修了", operator=office.clerk, clock=clock)
    assert refused.value.message == "Your role ({role}) may not do this: {what}. Ask a colleague whose role may."
    assert refused.value.params == {"role": "clerk", "what": "cancel tickets"}


def test_a_disabled_user_may_do_nothing(office, folder, clock):
    office.clerk.active = False
    with pytest.raises(PermissionDenied):
        add_call_to_ticket(1, "再次来电", operator=office.clerk, clock=clock)
