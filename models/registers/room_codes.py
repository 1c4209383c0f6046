"""Room numbers as offices type them — 3-2-1501, 3栋2单元1501, 3号楼2单元1501室, 3#2-1501,
A座1501, 三栋二单元1501, with full-width digits — parsed into building, unit and room, and
one normalised code that is stored and searched: 3-2-1501, or A-1501 without a unit.

Building and unit numbers lose leading zeros (03栋 is 3栋); the room number keeps them,
because 0101 and 101 are written on different doors in some offices."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.registers.contact import to_halfwidth

_PART = r"[0-9A-Za-z]+"
_BUILDING = rf"(?P<building>{_PART})\s*(?:号楼|号|栋|幢|座|#|-)"
_UNIT = rf"(?:(?P<unit>{_PART})\s*(?:单元|-))?"
_ROOM = rf"(?P<room>{_PART})\s*(?:室|号)?"
_PATTERN = re.compile(rf"^\s*{_BUILDING}\s*{_UNIT}\s*{_ROOM}\s*$")
_PREFIX = re.compile(rf"^(?P<building>{_PART})(?:号楼|号|栋|幢|座|#)(?:(?P<unit>{_PART})单元)?$")
_DASHES = re.compile(r"[－—–‐‑_/]")
_SPACES = re.compile(r"\s+")

_CHINESE_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CHINESE_NUMBER = re.compile(r"[零〇一二两三四五六七八九十]+(?=号楼|号|栋|幢|座|单元)")


@dataclass(frozen=True)
class RoomCode:
    building: str
    unit: str | None
    room: str

    @property
    def code(self) -> str:
        return "-".join(part for part in (self.building, self.unit, self.room) if part)


PART_LIMIT = 8  # characters of a building, unit or room number (a 21-digit building is a typo)


def parse_room_code(text: str) -> RoomCode | None:
    """The parts of a typed room number, or None when the text is not one (building, unit
    or room 0, or a part longer than PART_LIMIT)."""
    match = _PATTERN.match(_clean(text))
    if not match:
        return None
    unit = _strip_zeros(match["unit"].upper()) if match["unit"] else None
    code = RoomCode(building=_strip_zeros(match["building"].upper()), unit=unit, room=match["room"].upper())
    return code if all(_possible(part) for part in (code.building, code.unit or "1", code.room)) else None


def _possible(part: str) -> bool:
    return len(part) <= PART_LIMIT and not (part.isdigit() and int(part) == 0)


def normalise_room_code(text: str) -> str | None:
    parsed = parse_room_code(text)
    return parsed.code if parsed else None


ROOM_WIDTH = 4  # 0301: the width most offices write room numbers in


def room_code_variants(code: str) -> list[str]:
    """The code as typed, then the same room written the other way: 3-1-301 ↔ 3-1-0301
    (a clerk says 301 for the door marked 0301; some offices write 301)."""
    *head, room = code.split("-")
    if not room.isdigit():
        return [code]
    other = (room.lstrip("0") or "0") if room.startswith("0") else room.zfill(ROOM_WIDTH)
    return [code] if other == room else [code, "-".join([*head, other])]


def room_code_prefix(text: str) -> str | None:
    """The start of the codes of a building or unit typed alone: 3栋 → "3-", 3栋2单元 → "3-2-"."""
    match = _PREFIX.match(_clean(text))
    if not match or len(match["building"]) > PART_LIMIT or len(match["unit"] or "") > PART_LIMIT:
        return None
    parts = [_strip_zeros(match["building"].upper())] + ([_strip_zeros(match["unit"].upper())] if match["unit"] else [])
    return "-".join(parts) + "-"


def compose_room_code(building: str, unit: str, room: str) -> str | None:
    """The code of a room given in three columns (楼栋, 单元, 房号) such as "3号楼", "2单元",
    "1501室"; None when the parts do not make a room number."""
    building_part = _clean(building)
    unit_part = _clean(unit)
    room_part = _clean(room)
    if not building_part or not room_part:
        return None
    building_part = re.sub(r"(号楼|号|栋|幢|座|#)$", "", building_part)
    unit_part = re.sub(r"单元$", "", unit_part)
    pieces = [building_part, unit_part, room_part] if unit_part else [building_part, room_part]
    return normalise_room_code("-".join(pieces))


def _clean(text: str) -> str:
    cleaned = _DASHES.sub("-", to_halfwidth(text or ""))
    cleaned = _SPACES.sub("", cleaned)
    return _CHINESE_NUMBER.sub(lambda match: str(_chinese_to_int(match.group())), cleaned)


def _chinese_to_int(numeral: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23 (building and unit numbers are small)."""
    if "十" not in numeral:
        return int("".join(str(_CHINESE_DIGITS[ch]) for ch in numeral))
    tens, _, ones = numeral.partition("十")
    return (_CHINESE_DIGITS.get(tens[-1:], 1) if tens else 1) * 10 + (_CHINESE_DIGITS[ones[-1]] if ones else 0)


def _strip_zeros(part: str) -> str:
    return (part.lstrip("0") or "0") if part.isdigit() else part
