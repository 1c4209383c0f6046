"""The bundle tests build the bundle (about a minute), so they run last: a failure
elsewhere shows up before the build starts."""

from __future__ import annotations


def pytest_collection_modifyitems(session, config, items):
    items.sort(key=lambda item: item.get_closest_marker("bundle") is not None)
