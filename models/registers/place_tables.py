"""Tables of the register of places and people living there: communities, buildings,
units, rooms (shops and public areas are rooms too), households and their phones."""

from __future__ import annotations

import peewee as pw

from models.codes import HouseholdRole, RoomKind, values
from models.store import BaseModel, check_in


class Community(BaseModel):
    name = pw.CharField(max_length=100, unique=True)
    address = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=40, default="")
    archived = pw.BooleanField(default=False)


class Building(BaseModel):
    community = pw.ForeignKeyField(Community, backref="buildings", on_delete="RESTRICT")
    name = pw.CharField(max_length=50)
    position = pw.IntegerField(default=0)
    archived = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("community", "name"), True),)


class Unit(BaseModel):
    building = pw.ForeignKeyField(Building, backref="units", on_delete="RESTRICT")
    name = pw.CharField(max_length=50)

    class Meta:
        indexes = ((("building", "name"), True),)


class Room(BaseModel):
    """A room's `code` is the normalised form, e.g. 3-2-1501 or A-1501, unique per community."""

    community = pw.ForeignKeyField(Community, backref="rooms", on_delete="RESTRICT")
    building = pw.ForeignKeyField(Building, backref="rooms", on_delete="RESTRICT")
    unit = pw.ForeignKeyField(Unit, backref="rooms", null=True, on_delete="RESTRICT")
    number = pw.CharField(max_length=50)
    code = pw.CharField(max_length=120)
    kind = pw.CharField(max_length=20, default=RoomKind.RESIDENCE, constraints=[check_in("kind", values(RoomKind))])
    area_m2 = pw.DecimalField(max_digits=8, decimal_places=2, null=True)
    archived = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("community", "code"), True),)


class Household(BaseModel):
    room = pw.ForeignKeyField(Room, backref="households", on_delete="RESTRICT")
    name = pw.CharField(max_length=100)
    role = pw.CharField(
        max_length=20, default=HouseholdRole.OWNER, constraints=[check_in("role", values(HouseholdRole))]
    )
    id_number = pw.CharField(max_length=30, default="")
    move_in = pw.DateField(null=True)
    tags = pw.CharField(max_length=200, default="")
    notes = pw.TextField(default="")
    archived = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("name",), False),)


class HouseholdPhone(BaseModel):
    household = pw.ForeignKeyField(Household, backref="phones", on_delete="CASCADE")
    number = pw.CharField(max_length=40, index=True)
    label = pw.CharField(max_length=40, default="")
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("household", "number"), True),)


TABLES = [Community, Building, Unit, Room, Household, HouseholdPhone]
