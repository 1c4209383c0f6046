"""The dispatch board (派工看板): the page and its lanes (page), the cards, lanes and crew
panel (cards), and the dispatch and result-entry dialogs (dialogs), which the ticket
detail opens too."""

from desktop_app.pages.dispatch.dialogs import DispatchDialog, ResultEntryDialog
from desktop_app.pages.dispatch.page import DispatchPage, build_page

__all__ = ["DispatchDialog", "DispatchPage", "ResultEntryDialog", "build_page"]
