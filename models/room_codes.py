"""Room numbers as offices type them — 3-2-1501, 3栋2单元1501, 3号楼2单元1501室, 3#2-1501,
A座1501, with full-width digits — parsed into building, unit and room, and one
normalised code that is stored and searched: 3-2-1501, or A-1501 without a unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.contact import to_halfwidth

_BUILDING = r"(?P<building>[0-9A-Za-z]+)\s*(?:号楼|号|栋|幢|座|#|-)"
_UNIT = r"(?:(?P<unit>[0-9A-Za-z]+)\s*(?:单元|-))?"
_ROOM = r"(?P<room>[0-9A-Za-z]+)\s*(?:室|号)?"
_PATTERN = re.compile(rf"^\s*{_BUILDING}\s*{_UNIT}\s*{_ROOM}\s*$")


@dataclass(frozen=True)
class RoomCode:
    building: str
    unit: str | None
    room: str

    @property
    def code(self) -> str:
        return "-".join(part for part in (self.building, self.unit, self.room) if part)


def parse_room_code(text: str) -> RoomCode | None:
    """The parts of a typed room number, or None when the text is not one."""
    cleaned = to_halfwidth(text or "").replace("－", "-").replace("—", "-").replace(" ", "")
    match = _PATTERN.match(cleaned)
    if not match:
        return None
    building = match["building"].upper()
    unit = match["unit"].upper() if match["unit"] else None
    return RoomCode(building=building, unit=unit, room=match["room"].upper())


def normalise_room_code(text: str) -> str | None:
    parsed = parse_room_code(text)
    return parsed.code if parsed else None
