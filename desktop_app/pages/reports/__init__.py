"""The reports page (报表): figures of a period and scope with charts, each opening the
registry on its tickets; the monthly summary on paper (paper) and the ledger export."""

from desktop_app.pages.reports.page import ReportsPage, build_page

__all__ = ["ReportsPage", "build_page"]
