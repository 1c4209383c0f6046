"""The ticket registry page (工单登记): the paged ticket table and its filters
(page, model), and the two-hourly reminder of tickets falling due (reminder).
The table's columns (COLUMNS, their headers through RegistryTableModel, cell_text) are
also the columns of the reports page's ledger export."""

from desktop_app.pages.registry.model import COLUMNS, RegistryTableModel, cell_text
from desktop_app.pages.registry.page import RegistryPage, build_page

__all__ = ["COLUMNS", "RegistryPage", "RegistryTableModel", "build_page", "cell_text"]
