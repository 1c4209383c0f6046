"""Who is at the desk: until the users issue adds log-in, the operator is the first
active user, created as the desk's default account on a new data file."""

from __future__ import annotations

from models.codes import Role
from models.staff import User

DEFAULT_USERNAME = "desk"
DEFAULT_DISPLAY_NAME = "前台客服"


def default_operator() -> User:
    user = User.select().where(User.active == True).order_by(User.id).first()  # noqa: E712
    if user is None:
        user = User.create(username=DEFAULT_USERNAME, display_name=DEFAULT_DISPLAY_NAME, role=Role.ADMIN)
    return user
