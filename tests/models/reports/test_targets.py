"""The office's targets (SPEC §4 defaults, editable) and how a figure is rated against
them: green at the target, amber up to the warning level, red beyond it."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.reports import AMBER, GREEN, NO_DATA, RED, month, report_figures, save_target, targets
from tests.acting import admin
from tests.models.reports.report_office import NOW, at


def test_defaults_follow_the_spec(folder):
    goals = targets()
    assert (goals["ack_in_time"].target, goals["ack_in_time"].flag) == (100.0, 95.0)  # flag < 95 %
    assert goals["handling_hours"].target == 24.0 and not goals["handling_hours"].higher_is_better
    assert goals["complaint_rate"].rate(5.0) == GREEN and goals["complaint_rate"].rate(6.0) == AMBER
    assert goals["complaint_rate"].rate(8.0) == RED and goals["complaint_rate"].rate(None) == NO_DATA
    assert goals["resolution_rate"].rate(95.0) == GREEN and goals["resolution_rate"].rate(92.0) == AMBER


def test_a_changed_target_rates_the_report(report_office):
    # March's resolution rate is 70 %: red against 95 %, green against a target of 70 %
    save_target("resolution_rate", 70.0, 60.0, **admin())
    figures = report_figures(month(at("03-01 00:00").date()), now=NOW)
    assert figures.kpi("resolution_rate").rating == GREEN
    assert figures.kpi("resolution_rate").target == 70.0


def test_a_warning_level_on_the_wrong_side_is_refused(folder):
    with pytest.raises(ValidationError) as refused:
        save_target("resolution_rate", 90.0, 95.0, **admin())
    assert "flag" in refused.value.problems
    with pytest.raises(ValidationError):
        save_target("handling_hours", -1.0, 48.0, **admin())
    assert targets()["resolution_rate"].target == 95.0
