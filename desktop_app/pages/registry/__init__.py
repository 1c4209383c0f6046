"""The ticket registry page (工单登记): the paged ticket table and its filters
(page, model), and the two-hourly reminder of tickets falling due (reminder)."""

from desktop_app.pages.registry.page import RegistryPage, build_page

__all__ = ["RegistryPage", "build_page"]
