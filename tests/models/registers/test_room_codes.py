"""Room numbers as offices type them all land on one stored code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.registers import compose_room_code, normalise_room_code, parse_room_code, room_code_prefix, to_halfwidth


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("3-2-1501", "3-2-1501"),
        ("3栋2单元1501", "3-2-1501"),
        ("3号楼2单元1501室", "3-2-1501"),
        ("3#2-1501", "3-2-1501"),
        ("A座1501", "A-1501"),
        ("a座1501室", "A-1501"),
        ("３栋２单元１５０１", "3-2-1501"),
        ("３－２－１５０１", "3-2-1501"),
        ("三栋二单元1501", "3-2-1501"),
        ("十二号楼1单元0101", "12-1-0101"),
        ("03栋02单元0101", "3-2-0101"),
        (" 3 栋 2 单元 1501 ", "3-2-1501"),
        ("5幢1单元302室", "5-1-302"),
    ],
)
def test_typed_forms_normalise_to_one_code(typed, code):
    assert normalise_room_code(typed) == code


@pytest.mark.parametrize("typed", ["", "1501", "3栋", "3-2-1501-", "王建国", "3栋2单元", "--"])
def test_text_that_is_not_a_room_is_refused(typed):
    assert normalise_room_code(typed) is None


def test_three_columns_compose_to_the_same_code():
    assert compose_room_code("3号楼", "2单元", "1501室") == "3-2-1501"
    assert compose_room_code("A座", "", "1501") == "A-1501"
    assert compose_room_code("", "2", "1501") is None


buildings = st.integers(min_value=1, max_value=99).map(str)
units = st.integers(min_value=1, max_value=9).map(str)
rooms = st.from_regex(r"[0-9]{3,4}", fullmatch=True).filter(lambda room: int(room) != 0)  # room 000 is refused


@given(buildings, units, rooms)
def test_every_typed_form_of_a_room_gives_the_same_code(building, unit, room):
    expected = f"{building}-{unit}-{room}"
    forms = [
        f"{building}-{unit}-{room}",
        f"{building}栋{unit}单元{room}",
        f"{building}号楼{unit}单元{room}室",
        f"{building}#{unit}-{room}",
        "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in f"{building}栋{unit}单元{room}"),
    ]
    assert {normalise_room_code(form) for form in forms} == {expected}


@given(st.text(max_size=30))
def test_normalising_is_idempotent_and_never_crashes(text):
    code = normalise_room_code(text)
    if code is not None:
        assert normalise_room_code(code) == code
        assert parse_room_code(code).code == code
        assert code == to_halfwidth(code).upper()


def test_a_building_or_unit_alone_gives_a_code_prefix():
    assert room_code_prefix("3栋") == "3-"
    assert room_code_prefix("３号楼２单元") == "3-2-"
    assert room_code_prefix("3栋2单元1501") is None


@pytest.mark.parametrize(
    ("code", "variants"),
    [
        ("3-1-301", ["3-1-301", "3-1-0301"]),
        ("3-1-0301", ["3-1-0301", "3-1-301"]),
        ("3-2-1501", ["3-2-1501"]),  # four digits already: one way only
        ("A-1501", ["A-1501"]),
        ("3-1-B12", ["3-1-B12"]),  # letters: as typed
    ],
)
def test_a_room_said_without_its_zero_is_the_door_marked_with_it(code, variants):
    from models.registers import room_code_variants

    assert room_code_variants(code) == variants
