"""Schema versions of the data file. Version N is reached by applying every step up to N,
fresh files included, so a new file and an upgraded one end up the same.

MAJOR changes only when an old program could no longer read a new file; a file from a
newer MAJOR or a higher version is refused by models.store.data_file."""

from __future__ import annotations

import sys

from models.store.migrations import (
    m001_initial,
    m002_append_only_events,
    m003_ticket_search,
    m004_callbacks,
    m005_survey_forms,
    m006_no_replaced_events,
    m007_users_audit,
    m008_lean_indexes,
    m009_edit_versions,
    m010_finishing_events,
    m011_search_fold,
    m012_lean_search,
    m013_nulls_first,
    m014_server_indexes,
    m015_server_statistics,
)

MAJOR = 1

MIGRATIONS = [
    (1, m001_initial.apply),
    (2, m002_append_only_events.apply),
    (3, m003_ticket_search.apply),
    (4, m004_callbacks.apply),
    (5, m005_survey_forms.apply),
    (6, m006_no_replaced_events.apply),
    (7, m007_users_audit.apply),
    (8, m008_lean_indexes.apply),
    (9, m009_edit_versions.apply),
    (10, m010_finishing_events.apply),
    (11, m011_search_fold.apply),
    (12, m012_lean_search.apply),
    (13, m013_nulls_first.apply),
    (14, m014_server_indexes.apply),
    (15, m015_server_statistics.apply),
]


def latest_version() -> int:
    return MIGRATIONS[-1][0]


def changes_data_file(current: int) -> bool:
    """Whether a data file at version `current` is changed on its way to the latest: a
    step that only concerns the PostgreSQL server (its module says CHANGES_DATA_FILE =
    False) writes nothing but the version number, and needs no backup copy first."""
    return any(
        getattr(sys.modules[step.__module__], "CHANGES_DATA_FILE", True)
        for version, step in MIGRATIONS
        if version > current
    )
