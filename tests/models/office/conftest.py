"""Fixtures of the office tests: a clock at the small office's "now", cheap password
hashes (the real parameters are measured by bench/login.py), and one user per role."""

from __future__ import annotations

import pytest

from models.clock import FixedClock
from models.office import passwords
from tests.office import OFFICE_NOW


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(OFFICE_NOW)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """scrypt at N=2**4: the same code path in microseconds instead of ~0.1 s per hash."""
    monkeypatch.setattr(passwords, "N", 2**4)


@pytest.fixture
def users(office) -> dict:
    return {"clerk": office.clerk, "supervisor": office.supervisor, "manager": office.manager, "admin": office.admin}
