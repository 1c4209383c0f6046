"""The surveys page: announced in the navigation, built by a later issue (SPEC §1–§5)."""

from __future__ import annotations

from desktop_app.widgets.not_yet_page import NotYetPage


def build_page(context) -> NotYetPage:
    return NotYetPage(context, "surveys")
