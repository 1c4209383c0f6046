"""The quick search's index over tickets: an FTS5 trigram table fed by triggers (SQLite's
own dialect, so it lives in the store). Its schema came with migration 3; the demo's bulk
load drops the triggers, loads, then rebuilds the index in one pass."""

from __future__ import annotations

from models.store.migrations.m003_ticket_search import SEPARATOR, create_triggers, drop_triggers, rebuild

__all__ = ["SEPARATOR", "create_triggers", "drop_triggers", "rebuild"]
