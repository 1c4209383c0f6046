"""Fixtures of the report tests: the hand-built office of report_office.py and the
figures of March 2026 made from it."""

from __future__ import annotations

import pytest

from models.reports import month, report_figures
from tests.models.reports.report_office import NOW, at, build_report_office


@pytest.fixture
def report_office(folder):
    return build_report_office()


@pytest.fixture
def march(report_office):
    return report_figures(month(at("03-01 00:00").date()), now=NOW)
