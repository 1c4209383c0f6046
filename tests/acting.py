"""Who acts in tests of services that need a role: `**admin()` gives `operator=` an active
admin of the open data file (the small office's, or one made for the test) and `clock=` at
the small office's "now"."""

from __future__ import annotations

from models.clock import FixedClock
from models.codes import Role
from models.office import User
from tests.office import OFFICE_NOW


def admin() -> dict:
    user = User.select().where(User.role == Role.ADMIN, User.active == True).order_by(User.id).first()  # noqa: E712
    if user is None:
        user = User.create(username="test-admin", display_name="测试管理员", role=Role.ADMIN)
    return {"operator": user, "clock": FixedClock(OFFICE_NOW)}
