"""The role table, service by service: every service that writes or shows personal data,
tried by every role, is either done or refused with PermissionDenied — and when refused,
nothing is written (the whole data file reads the same before and after, and no file
appears where an export would have gone)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from models.codes import Role
from models.dispatch import PrintSettings, ResultEntry, dispatch, record_printed, record_result, save_print_settings
from models.errors import PermissionDenied
from models.followup import (
    CallbackRules,
    CallEntry,
    CampaignForm,
    NewResponse,
    QuestionDraft,
    create_campaign,
    export_results,
    mark_reviewed,
    questions_of,
    record_call,
    record_forms_printed,
    reveal_phone,
    save_callback_rules,
    save_response,
    set_closed,
    set_one_response_per_room,
    set_questions,
    set_quotas,
    set_sheet_full_phone,
    supervisor_close,
    update_campaign,
)
from models.imports import apply_households, check_households, export_households, import_households, import_staff
from models.office import (
    ROLE_TABLE,
    Permission,
    create_user,
    reveal_household_id_number,
    reveal_household_phones,
    set_lock_minutes,
)
from models.registers import (
    Category,
    CategoryForm,
    CommunityForm,
    Department,
    DepartmentForm,
    HouseholdForm,
    Record,
    RoomForm,
    StaffForm,
    delete_record,
    restore_record,
    save_category,
    save_community,
    save_department,
    save_household,
    save_room,
    save_staff,
    save_urgent_words,
    set_archived,
    urgent_words,
)
from models.reports import save_target, write_ledger
from models.service_levels import OverrideData, policy_for
from models.store import database, table_tally
from models.tickets import (
    acknowledge,
    add_call_to_ticket,
    answer_and_close,
    cancel,
    delete_override,
    edit_ticket,
    merge,
    pause,
    reopen,
    save_override,
    save_policy,
    set_reminder_interval_minutes,
)
from tests.acting import admin
from tests.models.followup.helpers import open_callback, resolved_ticket
from tests.office import OFFICE_NOW, register_ticket_for


class Desk:
    """A way to set up targets as the supervisor (or admin) before the role under test acts."""

    def __init__(self, office, folder, clock) -> None:
        self.office, self.folder, self.clock = office, folder, clock
        self.out = folder.root.parent / "out"
        self.out.mkdir(exist_ok=True)

    def ticket(self, **fields):
        return register_ticket_for(self.office, self.folder, self.clock, **fields)

    def dispatched(self):
        ref = self.ticket()
        engineering = Department.get(Department.code == "engineering").id
        dispatch(
            ref.id, department_id=engineering, reply="师傅马上到", operator=self.office.supervisor, clock=self.clock
        )
        return ref

    def callback(self):
        ticket = resolved_ticket(self.office, self.folder, self.clock, resolved_at=OFFICE_NOW)
        return open_callback(ticket)

    def campaign(self) -> int:
        form = CampaignForm("2026年第四季度满意度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5), 10)
        return create_campaign(form, **admin())

    def sheet(self, name: str, rows: list[str]):
        path = self.out / name
        path.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
        return path

    @property
    def room(self):
        return self.office.rooms["3-2-1501"]


@dataclass(frozen=True)
class Case:
    permission: Permission
    service: str
    prepare: object  # (desk, user) -> the call to try, made before the snapshot
    writes: str = ""  # the file an export would write, under desk.out

    def __str__(self) -> str:
        return self.service


def _register(desk, user):
    return lambda: register_ticket_for(desk.office, desk.folder, desk.clock, operator=user)


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


def _acting(call):
    """A service whose target needs no setting up: call(desk, user, clock)."""
    return lambda desk, user: lambda: call(desk, user, desk.clock)


def _callback(call):
    def prepare(desk, user):
        callback = desk.callback()
        return lambda: call(callback.id, user, desk.clock)

    return prepare


def _campaign(call):
    def prepare(desk, user):
        campaign = desk.campaign()
        return lambda: call(desk, campaign, user, desk.clock)

    return prepare


def _closing(desk, user):
    callback = desk.callback()
    # a rating of 3 leaves the ticket 已回访 for the supervisor to close
    record_call(callback.id, CallEntry(reached=True, solved="yes", rating=3), **admin())
    return lambda: supervisor_close(callback.id, "已回访", operator=user, clock=desk.clock)


def _deleting(desk, user):
    room = save_room(RoomForm(community_id=desk.office.community.id, code="9-1-0101"), **admin())
    return lambda: delete_record(Record.ROOM, room, operator=user, clock=desk.clock)


def _restoring(desk, user):
    set_archived(Record.ROOM, desk.room.id, **admin())
    return lambda: restore_record(Record.ROOM, desk.room.id, operator=user, clock=desk.clock)


def _household_import(desk, user):
    path = desk.sheet("households.csv", ["楼栋,单元,房号,姓名,电话", "5,1,0303,新业主,13900001111"])
    plan = check_households(path, community="阳光花园")
    return lambda: apply_households(plan, operator=user, clock=desk.clock)


def _staff_import(desk, user):
    path = desk.sheet("staff.csv", ["姓名,部门,岗位,电话", "吴师傅,工程维修,水电工,13700001234"])
    return lambda: import_staff(path, operator=user, clock=desk.clock)


def _household_import_dry_run(desk, user):
    path = desk.sheet("households.csv", ["楼栋,单元,房号,姓名,电话", "5,1,0303,新业主,13900001111"])
    return lambda: import_households(path, community="阳光花园", dry_run=True, operator=user, clock=desk.clock)


def _survey_export(desk, user):
    campaign = desk.campaign()
    return lambda: export_results(campaign, desk.out / "results.xlsx", operator=user, clock=desk.clock)


def _response(desk, campaign, user, clock):
    questions = questions_of(campaign)
    data = NewResponse(campaign, 1, desk.room.id, {questions[0].id: 5})
    save_response(data, operator=user, clock=clock)


CASES = [
    # tickets, dispatch, service levels, users (the first session's)
    Case(Permission.REGISTER_TICKET, "register_ticket", _register),
    Case(
        Permission.REPLY,
        "acknowledge",
        _ticket_action(lambda r, u, c: acknowledge(r.id, "马上安排", operator=u, clock=c)),
    ),
    Case(Permission.RECORD_RESULT, "record_result", _result),
    Case(Permission.REVEAL_PHONE, "reveal_household_phones", _household(reveal_household_phones)),
    Case(
        Permission.DISPATCH,
        "dispatch",
        lambda desk, user: (
            lambda ref: (
                lambda: dispatch(
                    ref.id, department_id=Department.get().id, reply="好的", operator=user, clock=desk.clock
                )
            )
        )(desk.ticket()),
    ),
    Case(
        Permission.PAUSE,
        "pause",
        _ticket_action(lambda r, u, c: pause(r.id, "awaiting_parts", "等配件", operator=u, clock=c)),
    ),
    Case(
        Permission.CANCEL, "cancel", _ticket_action(lambda r, u, c: cancel(r.id, "业主已自行解决", operator=u, clock=c))
    ),
    Case(Permission.MERGE, "merge", _merge),
    Case(Permission.REOPEN, "reopen", _reopen),
    Case(
        Permission.EDIT_TICKET,
        "edit_ticket",
        _ticket_action(
            lambda r, u, c: edit_ticket(r.id, {"description": "卫生间天花板大面积渗水"}, operator=u, clock=c)
        ),
    ),
    Case(
        Permission.PRINT_WORK_ORDERS,
        "record_printed",
        lambda desk, user: (lambda ref: lambda: record_printed([ref.id], operator=user, clock=desk.clock))(
            desk.dispatched()
        ),
    ),
    Case(Permission.REVEAL_ID_NUMBER, "reveal_household_id_number", _household(reveal_household_id_number)),
    Case(Permission.SET_SERVICE_LEVELS, "save_policy", _policy),
    Case(
        Permission.SET_SERVICE_LEVELS,
        "save_override",
        _acting(lambda d, u, c: save_override(OverrideData(dt.date(2027, 1, 4), False, "调休"), operator=u, clock=c)),
    ),
    Case(
        Permission.SET_SERVICE_LEVELS,
        "delete_override",
        lambda desk, user: (
            save_override(OverrideData(dt.date(2027, 1, 4), False, "调休"), **admin()),
            lambda: delete_override(dt.date(2027, 1, 4), operator=user, clock=desk.clock),
        )[1],
    ),
    Case(
        Permission.SET_SERVICE_LEVELS,
        "set_reminder_interval_minutes",
        _acting(lambda d, u, c: set_reminder_interval_minutes(60, operator=u, clock=c)),
    ),
    Case(
        Permission.SET_SERVICE_LEVELS,
        "save_target",
        _acting(lambda d, u, c: save_target("resolution_rate", 70.0, 60.0, operator=u, clock=c)),
    ),
    Case(
        Permission.MANAGE_USERS,
        "create_user",
        lambda desk, user: (
            lambda: create_user(f"new{user.id}", "新同事", Role.CLERK, "secret1", operator=user, clock=desk.clock)
        ),
    ),
    # callbacks
    Case(
        Permission.CALL_BACK,
        "record_call",
        _callback(lambda i, u, c: record_call(i, CallEntry(reached=True, solved="yes", rating=5), operator=u, clock=c)),
    ),
    Case(
        Permission.REVEAL_PHONE,
        "reveal_phone (callback)",
        _callback(lambda i, u, c: reveal_phone(i, operator=u, clock=c)),
    ),
    Case(Permission.CLOSE, "mark_reviewed", _callback(lambda i, u, c: mark_reviewed(i, "已看", operator=u, clock=c))),
    Case(Permission.CLOSE, "supervisor_close", _closing),
    Case(
        Permission.EDIT_SETTINGS,
        "save_callback_rules",
        _acting(lambda d, u, c: save_callback_rules(CallbackRules(max_attempts=4), operator=u, clock=c)),
    ),
    Case(
        Permission.EDIT_SETTINGS,
        "set_sheet_full_phone",
        _acting(lambda d, u, c: set_sheet_full_phone(True, operator=u, clock=c)),
    ),
    # surveys
    Case(Permission.ENTER_SURVEYS, "save_response", _campaign(_response)),
    Case(
        Permission.ENTER_SURVEYS,
        "record_forms_printed",
        _campaign(lambda d, i, u, c: record_forms_printed(i, range(1, 11), operator=u)),
    ),
    Case(
        Permission.RUN_SURVEYS,
        "create_campaign",
        _acting(
            lambda d, u, c: create_campaign(
                CampaignForm("2027年第一季度满意度调查", dt.date(2027, 2, 15), dt.date(2027, 3, 5), 10),
                operator=u,
                clock=c,
            )
        ),
    ),
    Case(
        Permission.RUN_SURVEYS,
        "update_campaign",
        _campaign(
            lambda d, i, u, c: update_campaign(
                i, CampaignForm("四季度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5), 12), operator=u, clock=c
            )
        ),
    ),
    Case(Permission.RUN_SURVEYS, "set_closed", _campaign(lambda d, i, u, c: set_closed(i, True, operator=u, clock=c))),
    Case(
        Permission.RUN_SURVEYS,
        "set_questions",
        _campaign(
            lambda d, i, u, c: set_questions(
                i, [QuestionDraft(q.dimension, q.text + "？") for q in questions_of(i)], operator=u, clock=c
            )
        ),
    ),
    Case(
        Permission.RUN_SURVEYS,
        "set_quotas",
        _campaign(lambda d, i, u, c: set_quotas(i, {d.room.building_id: 4}, operator=u, clock=c)),
    ),
    Case(
        Permission.RUN_SURVEYS,
        "set_one_response_per_room",
        _acting(lambda d, u, c: set_one_response_per_room(False, operator=u, clock=c)),
    ),
    Case(Permission.PRINT_REPORTS, "export_results (surveys)", _survey_export, writes="results.xlsx"),
    Case(
        Permission.PRINT_REPORTS,
        "write_ledger",
        _acting(
            lambda d, u, c: write_ledger(
                d.out / "ledger.xlsx", [("台账", ["编号"], [["BX20261123-0001"]])], operator=u, clock=c
            )
        ),
        writes="ledger.xlsx",
    ),
    # registers
    Case(
        Permission.EDIT_REGISTERS,
        "save_household",
        lambda desk, user: (
            lambda: save_household(
                HouseholdForm(
                    room_code="3-2-1501", name="王建国", phones="13900002222", id=desk.office.households["3-2-1501"].id
                ),
                operator=user,
                clock=desk.clock,
            )
        ),
    ),
    Case(
        Permission.EDIT_REGISTERS,
        "save_community",
        _acting(lambda d, u, c: save_community(CommunityForm(name="翠湖苑"), operator=u, clock=c)),
    ),
    Case(
        Permission.EDIT_REGISTERS,
        "save_room",
        _acting(
            lambda d, u, c: save_room(
                RoomForm(community_id=d.office.community.id, code="9-1-0101"), operator=u, clock=c
            )
        ),
    ),
    Case(
        Permission.EDIT_REGISTERS,
        "save_staff",
        _acting(
            lambda d, u, c: save_staff(
                StaffForm(name="吴师傅", department_id=Department.get(Department.code == "engineering").id),
                operator=u,
                clock=c,
            )
        ),
    ),
    Case(
        Permission.EDIT_REGISTERS,
        "save_department",
        _acting(lambda d, u, c: save_department(DepartmentForm(name="绿化部"), operator=u, clock=c)),
    ),
    Case(
        Permission.EDIT_REGISTERS,
        "save_category",
        _acting(
            lambda d, u, c: save_category(
                CategoryForm(name="外墙保温", parent_id=Category.get(Category.parent.is_null()).id), operator=u, clock=c
            )
        ),
    ),
    Case(
        Permission.EDIT_REGISTERS,
        "set_archived",
        _acting(lambda d, u, c: set_archived(Record.ROOM, d.room.id, operator=u, clock=c)),
    ),
    Case(Permission.EDIT_REGISTERS, "restore_record", _restoring),
    Case(Permission.EDIT_REGISTERS, "delete_record", _deleting),
    Case(
        Permission.EDIT_REGISTERS,
        "save_urgent_words",
        _acting(
            lambda d, u, c: save_urgent_words(
                [*urgent_words().urgent, "水管裂了"], list(urgent_words().calm), operator=u, clock=c
            )
        ),
    ),
    # imports and exports
    Case(Permission.IMPORT, "apply_households", _household_import),
    Case(Permission.IMPORT, "import_households (dry run)", _household_import_dry_run),
    Case(Permission.IMPORT, "import_staff", _staff_import),
    Case(
        Permission.EXPORT,
        "export_households",
        _acting(lambda d, u, c: export_households(d.out / "households.xlsx", operator=u, clock=c)),
        writes="households.xlsx",
    ),
    # settings
    Case(
        Permission.EDIT_SETTINGS, "set_lock_minutes", _acting(lambda d, u, c: set_lock_minutes(5, operator=u, clock=c))
    ),
    Case(
        Permission.EDIT_SETTINGS,
        "save_print_settings",
        _acting(
            lambda d, u, c: save_print_settings(PrintSettings(office_name="阳光花园物业服务中心"), operator=u, clock=c)
        ),
    ),
]
# checked where they are done: the automatic backups and a rescue from a damaged file run
# with nobody signed in, so the backup services take no operator; the command line and the
# settings page check before a manual backup or restore, and the audit is read there too
CHECKED_BY_THE_CALLER = {Permission.BACKUP_RESTORE, Permission.READ_AUDIT}


def test_every_permission_is_tried_or_listed():
    tried = {case.permission for case in CASES}
    assert tried | CHECKED_BY_THE_CALLER == set(Permission)
    assert not tried & CHECKED_BY_THE_CALLER


def snapshot() -> dict:
    """Every table's row count and checksum over all its rows (models.store.table_tally),
    whichever database the office is in."""
    return {name: table_tally(database, name) for name in database.get_tables() if not name.startswith("sqlite_")}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_role_is_allowed_or_refused_with_nothing_written(case, role, office, folder, clock, users):
    user = users[role]
    desk = Desk(office, folder, clock)
    attempt = case.prepare(desk, user)
    if role in ROLE_TABLE[case.permission]:
        attempt()
        if case.writes:
            assert (desk.out / case.writes).exists()
        return
    before = snapshot()
    with pytest.raises(PermissionDenied) as refused:
        attempt()
    assert refused.value.params["what"]  # names what was refused, e.g. "dispatch tickets"
    assert snapshot() == before
    if case.writes:
        assert not (desk.out / case.writes).exists()


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


def test_the_readme_shows_the_role_table_as_the_code_has_it():
    """README.md's table is generated from ROLE_TABLE (python -m scripts.role_table): a
    permission added, moved or reworded without regenerating it fails here."""
    from scripts.role_table import README, readme_table, role_table

    assert readme_table(README.read_text(encoding="utf-8")) == role_table()
    # one row per permission, the admin's column full, the clerk's as the table says
    rows = role_table().splitlines()[2:]
    assert len(rows) == len(Permission) == 25
    assert all(row.endswith("| ✓ |") for row in rows)
    assert rows[0] == "| register tickets (`REGISTER_TICKET`) | ✓ | ✓ | ✓ | ✓ |"
