"""The registry page (being built)."""

from __future__ import annotations

from desktop_app.pages.not_yet import NotYetPage


def build_page(context) -> NotYetPage:
    return NotYetPage(context, "registry")
