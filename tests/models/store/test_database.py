"""The data file: integrity enforced by the schema itself, the durability pragmas,
migrations from version 1, and the refusals that leave a bad file untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import peewee
import pytest

from models.codes import Status
from models.errors import DataFileError
from models.followup import Callback, survey_score
from models.opening import open_database
from models.schema import ALL_TABLES
from models.store import DataFolder, close_database, database
from models.store.migrations import latest_version, m001_initial
from models.tickets import Ticket, TicketEvent

NOW = dt.datetime(2026, 11, 23, 10, 0)


def make_ticket(office, **overrides) -> Ticket:
    from models.registers import Category

    fields = dict(
        number="BX20261123-0001",
        kind="repair",
        category=Category.get(Category.name == "水电暖"),
        channel="phone",
        priority="normal",
        room=office.rooms["3-2-1501"],
        reporter_name="王建国",
        reporter_phone="13812345678",
        description="厨房水管漏水",
        first_responder=office.clerk,
        received_at=NOW,
        updated_at=NOW,
    )
    fields.update(overrides)
    return Ticket.create(**fields)


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_pragmas_make_saved_tickets_survive_a_power_cut(folder):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_unknown_status_is_refused_by_the_database(office):
    with pytest.raises(peewee.IntegrityError):
        make_ticket(office, status="lost")


def test_rating_outside_one_to_five_is_refused_by_the_database(office):
    ticket = make_ticket(office, status=Status.RESOLVED)
    with pytest.raises(peewee.IntegrityError):
        Callback.create(ticket=ticket, due_at=NOW, rating=6)
    Callback.create(ticket=ticket, due_at=NOW, rating=5)


def test_ticket_numbers_are_unique_in_the_schema(office):
    make_ticket(office)
    with pytest.raises(peewee.IntegrityError):
        make_ticket(office)


def test_a_ticket_must_point_at_a_real_room(office):
    with pytest.raises(peewee.IntegrityError):
        make_ticket(office, room=99999)


def test_empty_description_is_refused_by_the_database(office):
    with pytest.raises(peewee.IntegrityError):
        make_ticket(office, description="")


def test_timeline_events_can_be_neither_edited_nor_deleted(office):
    ticket = make_ticket(office)
    event = TicketEvent.create(ticket=ticket, at=NOW, actor=office.clerk, action="register")
    with pytest.raises(peewee.IntegrityError):
        TicketEvent.update(note="rewritten").where(TicketEvent.id == event.id).execute()
    with pytest.raises(peewee.IntegrityError):
        TicketEvent.delete().where(TicketEvent.id == event.id).execute()
    assert TicketEvent.get_by_id(event.id).note == ""


def test_migrated_file_has_every_column_the_models_declare(folder):
    for model in ALL_TABLES:
        columns = {column.name for column in database.get_columns(model._meta.table_name)}
        declared = {field.column_name for field in model._meta.sorted_fields}
        assert declared <= columns, f"{model.__name__} lacks {declared - columns}"


def test_indexes_serve_the_registry_and_reports(folder):
    indexed = {tuple(index.columns) for index in database.get_indexes("ticket")}
    for wanted in [
        ("status", "received_at"),
        ("received_at",),
        ("room_id", "received_at"),
        ("category_id", "received_at"),
        ("next_due",),
    ]:  # an index starting with these columns serves them
        assert any(index[: len(wanted)] == wanted for index in indexed), wanted


def _version_one_file(path) -> None:
    """A data file exactly as version 1 of the program left it, with one ticket in it."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE schema_version (major INTEGER NOT NULL, version INTEGER NOT NULL)")
    for statement in m001_initial.SQL_FILE.read_text(encoding="utf-8").split(";\n"):
        if statement.strip():
            connection.execute(statement)
    connection.execute("INSERT INTO schema_version VALUES (1, 1)")
    connection.execute("INSERT INTO community (name, address, phone, archived) VALUES ('老小区', '', '', 0)")
    connection.execute(
        "INSERT INTO user (username, display_name, role, password_hash, active) VALUES ('old', '老员工', 'clerk', '', 1)"
    )
    connection.commit()
    connection.close()


def test_version_one_file_is_upgraded_after_a_backup_and_keeps_its_data(tmp_path):
    folder = DataFolder(tmp_path / "old")
    folder.root.mkdir()
    _version_one_file(folder.database)
    open_database(folder)
    try:
        assert database.execute_sql("SELECT version FROM schema_version").fetchone()[0] == latest_version()
        assert database.execute_sql("SELECT name FROM community").fetchall() == [("老小区",)]
        assert "last_login_at" in {c.name for c in database.get_columns("user")}
        backups = list(folder.backups.glob("before-migration-v1-*.sqlite3"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as copy:
            assert copy.execute("SELECT version FROM schema_version").fetchone()[0] == 1
    finally:
        close_database()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_from_a_newer_program_is_refused_and_left_unchanged(tmp_path):
    folder = DataFolder(tmp_path / "new")
    open_database(folder)
    close_database()
    with sqlite3.connect(folder.database) as connection:
        connection.execute("UPDATE schema_version SET major = 2")
    before = _digest(folder.database)
    with pytest.raises(DataFileError) as refused:
        open_database(folder)
    assert "newer version" in str(refused.value)
    assert _digest(folder.database) == before


def test_a_corrupt_file_is_refused_with_a_plain_message_and_left_unchanged(tmp_path):
    folder = DataFolder(tmp_path / "bad")
    folder.root.mkdir()
    folder.database.write_bytes(b"this is a spreadsheet, not a database" * 200)
    before = _digest(folder.database)
    with pytest.raises(DataFileError) as refused:
        open_database(folder)
    assert "damaged" in str(refused.value)
    assert _digest(folder.database) == before
    assert sorted(p.name for p in folder.root.iterdir()) == [folder.database.name]


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path):
    folder = DataFolder(tmp_path / "foreign")
    folder.root.mkdir()
    with sqlite3.connect(folder.database) as connection:
        connection.execute("CREATE TABLE accounts (id INTEGER)")
    with pytest.raises(DataFileError):
        open_database(folder)
    with sqlite3.connect(folder.database) as connection:
        assert [r[0] for r in connection.execute("SELECT name FROM sqlite_master")] == ["accounts"]


def test_a_folder_that_cannot_be_written_is_refused(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFileError) as refused:
        open_database(DataFolder(blocker / "data"))
    assert "cannot be written" in str(refused.value)


def test_new_file_starts_with_default_departments_categories_and_policies(folder):
    from models.registers import Category, Department
    from models.service_levels import SlaPolicy

    assert {d.name for d in Department.select()} == {"工程维修", "保洁", "安保", "绿化", "财务", "客服"}
    leak = Category.get(Category.name == "房屋渗漏")
    assert leak.parent.name == "维修" and leak.default_department.name == "工程维修"
    assert SlaPolicy.select().count() == 5 * 3
    urgent = SlaPolicy.get(SlaPolicy.kind == "repair", SlaPolicy.priority == "urgent")
    assert (urgent.ack_amount, urgent.ack_unit) == (30, "minutes")


def test_survey_forms_typed_in_before_version_5_are_numbered_in_the_order_they_were_entered(tmp_path):
    folder = DataFolder(tmp_path / "old")
    folder.root.mkdir()
    _version_one_file(folder.database)
    with sqlite3.connect(folder.database) as old:
        old.execute(
            "INSERT INTO survey_campaign VALUES (1, '2026年第三季度满意度调查', '2026-08-15', '2026-09-04', 300, 1)"
        )
        old.execute(
            "INSERT INTO survey_campaign VALUES (2, '2026年第四季度满意度调查', '2026-11-15', '2026-12-05', 300, 0)"
        )
        for response_id, campaign, entered_at in [
            (1, 1, "2026-08-20 10:00:00"),
            (2, 2, "2026-11-20 09:00:00"),
            (3, 1, "2026-08-16 10:00:00"),
            (4, 2, "2026-11-20 09:00:00"),
        ]:
            old.execute(
                "INSERT INTO survey_response (id, campaign_id, comment, entered_by_id, entered_at) VALUES (?, ?, '', 1, ?)",
                (response_id, campaign, entered_at),
            )
    with sqlite3.connect(folder.database) as old:
        old.execute("INSERT INTO survey_question VALUES (1, 1, 'overall', '总体评价', 0)")
        old.executemany(
            "INSERT INTO survey_answer (response_id, question_id, score) VALUES (?, 1, ?)", [(1, 5), (3, 2)]
        )
    open_database(folder)
    try:
        # the answers typed in before version 5 are in the tally: (5 + 2) / 2 = 3.5 → 62.5
        assert survey_score(1).score == 62.5
        numbers = database.execute_sql("SELECT id, form_number FROM survey_response ORDER BY id").fetchall()
        # campaign 1: response 3 (16 Aug) before response 1 (20 Aug); campaign 2: same time, by id
        assert numbers == [(1, 2), (2, 1), (3, 1), (4, 2)]
        printed = database.execute_sql("SELECT id, forms_printed FROM survey_campaign ORDER BY id").fetchall()
        assert printed == [(1, 2), (2, 2)]
        with pytest.raises(peewee.IntegrityError):
            database.execute_sql(
                "INSERT INTO survey_response (campaign_id, form_number, comment, entered_by_id, entered_at)"
                " VALUES (1, 2, '', 1, '2026-08-21 10:00:00')"
            )
    finally:
        close_database()
