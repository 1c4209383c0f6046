"""The registers page (Ctrl+6): the page with its import, export and archive actions
(page) over four tabs — households, places, staff, categories — and what the tabs
share (common)."""

from desktop_app.pages.registers.page import RegistersPage, build_page

__all__ = ["RegistersPage", "build_page"]
