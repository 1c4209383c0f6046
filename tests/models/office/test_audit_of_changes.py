"""Every change outside the ticket timelines leaves one audit entry — who, when, what,
old → new — one test per kind: register edits (personal numbers masked in the permanent
log), archiving and deleting, the urgent words, imports, exports, the office's settings,
calendar days, survey campaigns and a reveal from the callback list. The chain stays whole."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from models.dispatch import PrintSettings, save_print_settings
from models.followup import (
    CallbackRules,
    CampaignForm,
    create_campaign,
    export_results,
    reveal_phone,
    save_callback_rules,
    set_closed,
    set_one_response_per_room,
    set_sheet_full_phone,
    update_campaign,
)
from models.imports import apply_households, check_households, export_households
from models.office import audit_lines, verify_chain
from models.registers import (
    CommunityForm,
    Department,
    DepartmentForm,
    HouseholdForm,
    Record,
    RoomForm,
    StaffForm,
    delete_record,
    household,
    restore_record,
    save_community,
    save_department,
    save_household,
    save_room,
    save_staff,
    save_urgent_words,
    set_archived,
    urgent_words,
)
from models.reports import save_target
from models.tickets import set_reminder_interval_minutes
from tests.models.followup.helpers import open_callback, resolved_ticket
from tests.office import OFFICE_NOW


@pytest.fixture
def acting(office, clock):
    return {"operator": office.admin, "clock": clock}


def last(count: int = 1):
    lines = audit_lines()
    return lines[-count:] if count > 1 else lines[-1]


def parsed(text: str):
    return json.loads(text) if text else ""


def test_a_household_edit_records_the_fields_that_changed_with_numbers_masked(office, acting):
    wang = office.households["3-2-1501"]
    form = HouseholdForm(
        room_code="3-2-1501", name="王建国", phones="13900002222", id_number="110101198001011234", id=wang.id
    )
    save_household(form, **acting)
    entry = last()
    assert (entry.actor, entry.kind, entry.subject, entry.at) == (
        "admin",
        "register",
        f"household:{wang.id}",
        "2026-11-23 10:00:00",
    )
    # only the phone changed (13812345678 → 13900002222); both shown as the screen shows them
    assert parsed(entry.old) == {"phones": "138****5678"}
    assert parsed(entry.new) == {"phones": "139****2222"}
    assert household(wang.id).phones == ("13900002222",)
    assert verify_chain() == []


def test_saving_a_household_unchanged_writes_no_entry(office, acting):
    wang = office.households["3-2-1501"]
    before = len(audit_lines())
    form = HouseholdForm(
        room_code="3-2-1501", name="王建国", phones="13812345678", id_number="110101198001011234", id=wang.id
    )
    save_household(form, **acting)
    assert len(audit_lines()) == before


def test_a_new_household_has_no_old_side_and_its_id_number_masked(office, acting):
    new_id = save_household(
        HouseholdForm(room_code="5-1-0303", name="陈小静", phones="17722224444", id_number="110101199002021235"),
        **acting,
    )
    entry = last()
    assert (entry.subject, entry.old) == (f"household:{new_id}", "")
    new = parsed(entry.new)
    assert (new["name"], new["phones"], new["id_number"]) == ("陈小静", "177****4444", "110***********1235")


def test_places_staff_and_departments_record_old_and_new(office, acting):
    community = save_community(CommunityForm(name="翠湖苑"), **acting)
    save_community(CommunityForm(name="翠湖苑", address="文一路8号", id=community), **acting)
    room = save_room(RoomForm(community_id=community, code="1-1-0101"), **acting)
    save_room(RoomForm(community_id=community, code="1-1-0101", area_m2="89.5", id=room), **acting)
    department = save_department(DepartmentForm(name="绿化部"), **acting)
    staff = save_staff(StaffForm(name="吴师傅", department_id=department, phone="13700001234"), **acting)
    save_staff(StaffForm(name="吴师傅", department_id=department, phone="13700005678", id=staff), **acting)
    entries = [(e.subject, parsed(e.old), parsed(e.new)) for e in last(7)]
    assert entries[1] == (f"community:{community}", {"address": ""}, {"address": "文一路8号"})
    assert entries[3] == (f"room:{room}", {"area_m2": ""}, {"area_m2": "89.5"})
    assert entries[4][0] == f"department:{department}"
    assert entries[6] == (f"staff:{staff}", {"phone": "137****1234"}, {"phone": "137****5678"})


def test_archiving_restoring_and_deleting_are_recorded(office, acting):
    room = office.rooms["5-1-0303"]
    set_archived(Record.ROOM, room.id, **acting)
    restore_record(Record.ROOM, room.id, **acting)
    spare = save_department(DepartmentForm(name="临时部门"), **acting)
    delete_record(Record.DEPARTMENT, spare, **acting)
    entries = [(e.subject, parsed(e.old), parsed(e.new)) for e in last(4)]
    assert entries[0] == (f"room:{room.id}", {"archived": False}, {"archived": True})
    assert entries[1] == (f"room:{room.id}", {"archived": True}, {"archived": False})
    assert entries[3] == (f"department:{spare}", {"name": "临时部门"}, "")
    assert not Department.select().where(Department.id == spare).exists()


def test_the_urgent_words_record_what_was_added_and_taken_out(office, acting):
    words = urgent_words()
    save_urgent_words([*words.urgent[1:], "水管裂了"], list(words.calm), **acting)
    entry = last()
    assert (entry.kind, entry.subject) == ("setting", "registers/urgent_words")
    assert (parsed(entry.old), parsed(entry.new)) == ({"urgent": [words.urgent[0]]}, {"urgent": ["水管裂了"]})


def test_an_import_records_its_file_and_figures(office, acting, tmp_path):
    sheet = tmp_path / "业主名单.csv"
    sheet.write_text(
        "楼栋,单元,房号,姓名,电话\n5,1,0303,新业主,13900001111\n3,2,1501,王建国,13812345678\n", "utf-8-sig"
    )
    apply_households(check_households(sheet, community="阳光花园"), **acting)
    entry = last()
    assert (entry.kind, entry.subject) == ("import", "households:业主名单.csv")
    # one new household in 5-1-0303; 王建国 in 3-2-1501 already has that phone
    assert parsed(entry.new) == {"created": 1, "updated": 0, "unchanged": 1, "skipped": 0}


def test_exports_are_recorded_with_their_file_and_count(office, acting, tmp_path):
    count = export_households(tmp_path / "households.xlsx", **acting)
    entry = last()
    assert (entry.kind, entry.subject) == ("export", "households:households.xlsx")
    assert parsed(entry.new) == {"community": "阳光花园", "households": count} and count == 5
    campaign = create_campaign(CampaignForm("四季度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5), 10), **acting)
    export_results(campaign, tmp_path / "results.xlsx", **acting)
    assert (last().kind, last().subject, parsed(last().new)) == (
        "export",
        "survey_results:results.xlsx",
        {"campaign": campaign, "forms": 0},
    )
    assert openpyxl.load_workbook(tmp_path / "results.xlsx").sheetnames[0] == "汇总"


def test_settings_record_only_what_changed(office, acting):
    save_callback_rules(CallbackRules(max_attempts=4), **acting)
    set_sheet_full_phone(True, **acting)
    save_print_settings(PrintSettings(office_name="阳光花园物业服务中心", copies=3), **acting)
    set_reminder_interval_minutes(60, **acting)
    save_target("resolution_rate", 70.0, 60.0, **acting)
    set_one_response_per_room(False, **acting)
    entries = [(e.kind, e.subject, parsed(e.old), parsed(e.new)) for e in last(6)]
    assert entries[0] == ("setting", "callbacks", {"max_attempts": 3}, {"max_attempts": 4})
    assert entries[1] == ("setting", "callbacks.sheet_full_phone", {"value": False}, {"value": True})
    assert entries[2][1] == "print" and entries[2][3]["office_name"] == "阳光花园物业服务中心"
    assert entries[2][3]["copies"] == 3
    assert entries[3][1:] == ("reminders.interval_minutes", {"minutes": 120}, {"minutes": 60})
    assert entries[4][1] == "reports.targets/resolution_rate" and entries[4][3] == {"target": 70.0, "flag": 60.0}
    assert entries[5][1:] == ("surveys/one_response_per_room", True, False)


def test_survey_campaigns_record_their_changes(office, acting):
    form = CampaignForm("四季度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5), 10)
    campaign = create_campaign(form, **acting)
    update_campaign(campaign, CampaignForm("四季度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5), 12), **acting)
    set_closed(campaign, True, **acting)
    entries = [(e.kind, e.subject, parsed(e.old), parsed(e.new)) for e in last(3)]
    assert entries[0][:3] == ("survey", f"campaign:{campaign}", "")
    assert entries[1][2:] == ({"target": 10}, {"target": 12})
    assert entries[2][2:] == ({"closed": False}, {"closed": True})


def test_a_reveal_from_the_callback_list_is_in_the_audit(office, folder, clock):
    ticket = resolved_ticket(office, folder, clock, resolved_at=OFFICE_NOW)
    callback = open_callback(ticket)
    assert reveal_phone(callback.id, operator=office.clerk, clock=clock) == "13812345678"
    entry = last()
    assert (entry.actor, entry.kind, entry.subject, entry.new) == (
        "clerk",
        "reveal",
        f"ticket:{ticket.number}",
        "reporter_phone",
    )
