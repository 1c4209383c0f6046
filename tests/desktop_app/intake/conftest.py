"""The intake tests are the clerk's own work: the window signs in as the clerk 小林."""

from __future__ import annotations

import pytest


@pytest.fixture
def desk_user() -> str:
    return "clerk"
