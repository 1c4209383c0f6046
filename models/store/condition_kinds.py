"""The conditions of the machine a database error can stand for (models.store.conditions)."""

from __future__ import annotations

from enum import StrEnum


class Condition(StrEnum):
    BUSY = "busy"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    IO = "io"
    DAMAGED = "damaged"
    NOT_A_DATABASE = "not_a_database"
    CANNOT_OPEN = "cannot_open"
    CONNECTION_LOST = "connection_lost"
    LOST = "lost"  # the data file is no longer at its path (models.store.sharing says so)
