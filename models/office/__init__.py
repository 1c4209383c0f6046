"""The office itself: the users who log in, with their roles (and, to come, audit and backups).

This module is the area's door: other areas and the GUI import only what it names."""

from models.office import users
from models.office.users import DEFAULT_DISPLAY_NAME, DEFAULT_USERNAME, User, default_operator

TABLES = [*users.TABLES]

__all__ = [
    "DEFAULT_DISPLAY_NAME",
    "DEFAULT_USERNAME",
    "TABLES",
    "User",
    "default_operator",
]
