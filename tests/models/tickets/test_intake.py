"""Intake as the clerk meets it: the form's validation with a message per field, the
saved ticket (number, first responder, first event, deadlines, attachments copied into
the data folder), the priority suggestion, finding the room from whatever was typed,
and the warnings beside the form."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import ValidationError
from models.tickets import (
    Attachment,
    NewTicket,
    Ticket,
    TicketEvent,
    add_call_to_ticket,
    find_rooms,
    knowledge_for,
    register_ticket,
    room_context,
    suggest_priority,
    validate_new_ticket,
)
from tests.models.tickets.conftest import category_id
from tests.office import OFFICE_NOW


def test_an_empty_form_names_every_missing_field(office):
    problems = validate_new_ticket(NewTicket())
    assert set(problems) == {"room", "category", "reporter", "phone", "description"}
    assert problems["phone"] == "Enter a phone number to reach the person reporting."


@pytest.mark.parametrize(
    "phone, ok",
    [
        ("13812345678", True),
        ("138 1234 5678", True),
        ("+86 13812345678", True),
        ("010-62345678", True),
        ("0755-12345678转801", True),
        ("1381234567", False),
        ("12345", False),
        ("62345678", False),
    ],
)
def test_phone_formats(office, phone, ok):
    data = NewTicket(reporter_phone=phone)
    assert ("phone" not in validate_new_ticket(data)) is ok


def test_length_limits_carry_the_limit(office, register):
    with pytest.raises(ValidationError) as refused:
        register(description="漏" * 2001, reporter_name="王" * 51)
    assert refused.value.problems == {
        "reporter": "Keep this under {limit} characters.",
        "description": "Keep this under {limit} characters.",
    }
    assert refused.value.problem_params == {"reporter": {"limit": 50}, "description": {"limit": 2000}}
    assert Ticket.select().count() == 0


def test_a_group_is_not_a_category_and_a_household_must_live_in_the_room(office):
    from models.registers import Category

    group = Category.get(Category.name == "维修", Category.parent.is_null())
    data = NewTicket(
        category_id=group.id, room_id=office.rooms["3-2-1501"].id, household_id=office.households["5-1-0302"].id
    )
    problems = validate_new_ticket(data)
    assert problems["category"] == "Choose a category inside the group, not the group itself."
    assert problems["room"] == "This household does not live in the chosen room."


def test_public_area_needs_no_room_and_suggestion_box_needs_no_phone(office, register):
    ticket = register(
        room=None,
        category="楼道卫生",
        channel="suggestion_box",
        reporter_phone="",
        reporter_name="匿名",
        description="楼道里堆放杂物",
    )
    saved = Ticket.get_by_id(ticket.id)
    assert saved.room_id is None and saved.reporter_phone == "" and saved.location == "public_area"


def test_saved_ticket_has_number_first_responder_event_and_deadlines(office, register):
    ticket = register(reporter_phone="138 1234 5678")
    saved = Ticket.get_by_id(ticket.id)
    assert ticket.number == "BX20261123-0001"
    assert saved.first_responder_id == office.clerk.id and saved.status == "new"
    assert saved.reporter_phone == "13812345678"
    assert saved.received_at == OFFICE_NOW
    # Monday 23 Nov 10:00: acknowledge within 24 h; result by the end of Thu 26 Nov (Tue, Wed, Thu).
    assert saved.ack_due == dt.datetime(2026, 11, 24, 10, 0)
    assert saved.result_due == dt.datetime(2026, 11, 26, 23, 59, 59)
    assert saved.next_due == saved.ack_due
    events = list(TicketEvent.select().where(TicketEvent.ticket == ticket.id))
    assert [(e.action, e.new_value, e.actor_id) for e in events] == [("register", "new", office.clerk.id)]
    assert register(kind="complaint", category="噪音").number == "TS20261123-0001"
    assert register().number == "BX20261123-0002"


def test_urgent_ticket_gets_thirty_minute_deadlines(office, register):
    saved = Ticket.get_by_id(register(priority="urgent", description="水管爆裂").id)
    assert saved.ack_due == saved.stage_reply_due == dt.datetime(2026, 11, 23, 10, 30)


def test_attachments_are_copied_into_the_data_folder(office, register, folder, tmp_path):
    photo = tmp_path / "渗水照片.JPG"
    photo.write_bytes(b"\xff\xd8 photo")
    ticket = register(attachments=[str(photo)])
    stored = Attachment.get(Attachment.ticket == ticket.id)
    assert stored.original_name == "渗水照片.JPG" and stored.size_bytes == 8
    assert stored.stored_name == "202611/BX20261123-0001-1.jpg"
    assert (folder.attachments / stored.stored_name).read_bytes() == b"\xff\xd8 photo"


def test_a_missing_attachment_is_refused_and_nothing_is_saved(office, register, folder, tmp_path):
    with pytest.raises(ValidationError) as refused:
        register(attachments=[str(tmp_path / "gone.jpg")])
    assert refused.value.problems == {"attachments": "The file {name} cannot be found or read."}
    assert refused.value.problem_params["attachments"] == {"name": "gone.jpg"}
    assert Ticket.select().count() == 0 and not folder.attachments.exists()


def test_a_failed_save_removes_the_copied_files(office, folder, clock, tmp_path, monkeypatch):
    photo = tmp_path / "a.png"
    photo.write_bytes(b"png")
    import models.tickets.intake as intake

    def broken(ticket, calendar=None):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(intake, "apply_deadlines", broken)
    data = NewTicket(
        category_id=category_id("门窗"),
        room_id=office.rooms["3-1-0101"].id,
        reporter_name="张伟",
        reporter_phone="15011112222",
        description="窗户关不严",
        attachments=[str(photo)],
    )
    with pytest.raises(RuntimeError):
        register_ticket(data, operator=office.clerk, clock=clock, folder=folder)
    assert Ticket.select().count() == 0 and Attachment.select().count() == 0
    assert not list(folder.attachments.rglob("*.png"))


def test_emergency_words_suggest_urgent(office):
    for words in ["厨房水管爆裂了", "电梯困人", "楼上漏水", "闻到燃气味", "楼道着火", "整栋停电"]:
        assert suggest_priority(category_id("门窗"), words) == "urgent", words


def test_otherwise_the_category_decides_the_priority(office):
    assert suggest_priority(category_id("门窗"), "窗户关不严") == "normal"
    assert suggest_priority(category_id("绿化养护"), "树枝太长") == "low"
    assert suggest_priority(category_id("电梯"), "按钮不亮") == "urgent"
    assert suggest_priority(category_id("服务态度"), "保安发火骂人") == "normal"


def test_the_room_is_found_from_what_the_clerk_types(office):
    for typed in [
        "3-2-1501",
        "3栋2单元1501",
        "3号楼2单元1501室",
        "３－２－１５０１",
        "王建国",
        "王建",
        "12345678",
        "1234",
    ]:
        first = find_rooms(typed)[0]
        assert (first.code, first.owner_name) == ("3-2-1501", "王建国"), typed
        assert first.household_id == office.households["3-2-1501"].id
        assert [(p.masked, p.full) for p in first.phones] == [("138****5678", "13812345678")]
        assert first.label == "3-2-1501  王建国  138****5678"


def test_the_beginning_of_a_room_number_lists_the_rooms(office):
    assert [m.code for m in find_rooms("3-2")] == ["3-2-1501", "3-2-1502"]
    assert [m.code for m in find_rooms("5栋1单元03")] == ["5-1-0302", "5-1-0303"]
    assert find_rooms("赵钱孙") == [] and find_rooms("  ") == []


def test_a_landline_finds_its_household(office):
    match = find_rooms("62345678")[0]
    assert match.code == "3-2-1502" and [p.masked for p in match.phones] == ["139****4321", "010-62****78"]


def test_room_context_warns_of_repeat_and_open_duplicate(office, register, clock):
    leak = category_id("房屋渗漏")
    room = office.rooms["3-2-1501"].id
    clock.advance(days=-40)
    old = register(description="四十天前渗水")
    clock.advance(days=30)
    recent = register(description="十天前渗水")
    clock.advance(days=10)
    register(category="门窗", description="窗户坏了")
    context = room_context(room, leak, clock.now())
    assert [t.description for t in context.recent] == ["窗户坏了", "十天前渗水", "四十天前渗水"]
    assert context.repeat_complaint.number == recent.number
    assert [t.id for t in context.open_same_problem] == [recent.id, old.id]
    assert context.calls_in_30_days == 2
    assert room_context(office.rooms["5-1-0303"].id, leak, clock.now()).repeat_complaint is None


def test_another_call_is_added_to_the_open_ticket(office, register, clock):
    ticket = register()
    clock.advance(minutes=45)
    add_call_to_ticket(ticket.id, "业主再次来电催促", operator=office.clerk, clock=clock)
    event = TicketEvent.select().where(TicketEvent.ticket == ticket.id).order_by(TicketEvent.id.desc()).first()
    assert (event.action, event.field, event.note, event.at) == (
        "note",
        "call",
        "业主再次来电催促",
        dt.datetime(2026, 11, 23, 10, 45),
    )
    with pytest.raises(ValidationError):
        add_call_to_ticket(ticket.id, " ", operator=office.clerk, clock=clock)


def test_knowledge_shows_replies_and_puts_checklists_first_when_urgent(office):
    assert [k.title for k in knowledge_for(category_id("房屋渗漏"))] == ["渗漏报修答复"]
    assert [k.title for k in knowledge_for(category_id("电梯"))] == ["电梯困人应急预案"]
    titles = [k.title for k in knowledge_for(category_id("水电暖"), "厨房闻到燃气味")]
    assert titles[0] == "燃气泄漏应急预案"
    assert titles[-2:] == ["户内跳闸答复", "计划停水通知答复"] or set(titles[-2:]) == {
        "户内跳闸答复",
        "计划停水通知答复",
    }
    calm = [k.kind for k in knowledge_for(category_id("水电暖"), "水龙头滴水")]
    assert calm[:2] == ["script", "script"] and calm[2:] == ["emergency"] * 3
    # An emergency named in the description brings its checklist whatever the category.
    assert [k.title for k in knowledge_for(category_id("其他"), "地下室着火了")] == ["火情应急预案"]


def test_room_list_names_the_community_once_the_office_runs_two(office):
    from models.registers import Building, Community, Room, Unit
    from models.tickets import find_rooms

    assert find_rooms("3-2-1501")[0].label.startswith("3-2-1501  王建国")
    other = Community.create(name="翠湖苑")
    building = Building.create(community=other, name="3")
    Room.create(
        community=other,
        building=building,
        unit=Unit.create(building=building, name="2"),
        number="1501",
        code="3-2-1501",
    )
    labels = sorted(match.label for match in find_rooms("3-2-1501"))
    assert labels[0].startswith("翠湖苑 3-2-1501") and labels[1].startswith("阳光花园 3-2-1501  王建国")
