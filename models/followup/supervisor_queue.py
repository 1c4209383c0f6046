"""The supervisor's queue: callbacks flagged for review (unhappy, partly solved,
unreachable) that no supervisor has seen yet. Its own module so that the status bar,
which counts it just after the window's first paint, does not load the callback views."""

from __future__ import annotations

import peewee as pw

from models.followup.tables import Callback


def supervisor_condition() -> pw.Expression:
    # `flagged = 1` as a literal, so the planner may use the partial index of those to review
    return pw.Expression(Callback.flagged, "=", pw.SQL("1")) & Callback.reviewed_at.is_null()


def supervisor_count() -> int:
    """Callbacks flagged for the supervisor (unhappy, partly solved, unreachable) not yet seen."""
    return Callback.select().where(supervisor_condition()).count()
