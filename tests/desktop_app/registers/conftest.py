"""The registers page's tests act as the admin, whose role may use all of it."""

from __future__ import annotations

import pytest


@pytest.fixture
def desk_user() -> str:
    return "admin"
