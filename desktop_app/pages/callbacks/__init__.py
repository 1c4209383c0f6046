"""The callbacks page (回访): the views of callbacks due, overdue, upcoming, done and for
the supervisor, and the phone entry panel (SPEC §2–§5)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def build_page(context):
    from desktop_app.pages.callbacks.page import CallbacksPage

    return CallbacksPage(context)


def supervisor_notice(count: int) -> str:
    """The status bar's notice of callbacks waiting for the supervisor (empty when none)."""
    if not count:
        return ""
    return QCoreApplication.translate("CallbacksPage", "Callbacks for the supervisor: {count}").format(count=count)


__all__ = ["build_page", "supervisor_notice"]
