"""The callbacks page (回访): the views of callbacks due, overdue, upcoming, done and for
the supervisor, and the phone entry panel (SPEC §2–§5)."""

from __future__ import annotations


def build_page(context):
    from desktop_app.pages.callbacks.page import CallbacksPage

    return CallbacksPage(context)


__all__ = ["build_page"]
