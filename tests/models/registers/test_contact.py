"""Phones and ID numbers: the forms offices type, one stored form, masking everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.registers import mask_id_number, mask_phone, normalise_id_number, normalise_phone, split_phones


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("0755-12345678转801", "0755-12345678-801"),
        ("400-123-4567", "400-123-4567"),
    ],
)
def test_phone_forms_are_stored_one_way(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["123", "12812345678", "abc", "", "1381234567", "138123456789"])
def test_impossible_phones_are_refused(typed):
    assert normalise_phone(typed) is None


def test_masks_shown_on_screen_and_paper():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_id_number("110101198001011234") == "110***********1234"
    assert mask_phone("") == ""


def test_several_phones_in_one_cell():
    numbers, rejected = split_phones("13812345678/010 62345678、13987654321，13812345678；abc")
    assert numbers == ["13812345678", "010-62345678", "13987654321"]
    assert rejected == ["abc"]


def test_id_number_upper_cases_the_check_character():
    assert normalise_id_number("11010119900307803x") == "11010119900307803X"
    assert normalise_id_number("1101011990030780") is None


mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


LAYOUTS = [
    lambda m: m,
    lambda m: f"{m[:3]} {m[3:7]} {m[7:]}",
    lambda m: f"+86{m}",
    lambda m: f"+86 {m[:3]}-{m[3:7]}-{m[7:]}",
    lambda m: "".join(chr(ord(ch) + 0xFEE0) for ch in m),
]


@given(mobiles, st.sampled_from(LAYOUTS))
def test_any_mobile_in_any_layout_is_stored_and_masked_the_same(mobile, layout):
    typed = layout(mobile)
    assert normalise_phone(typed) == mobile
    masked = mask_phone(normalise_phone(typed))
    assert masked == mobile[:3] + "****" + mobile[-4:]


@given(st.text(max_size=40))
def test_normalised_phones_are_fixed_points(text):
    stored = normalise_phone(text)
    if stored is not None:
        assert normalise_phone(stored) == stored
        assert len(mask_phone(stored)) == len(stored)


@given(st.from_regex(r"[0-9]{17}[0-9X]", fullmatch=True))
def test_masked_id_keeps_only_region_and_last_four(id_number):
    masked = mask_id_number(id_number)
    assert masked[:3] == id_number[:3] and masked[-4:] == id_number[-4:]
    assert set(masked[3:-4]) == {"*"}
