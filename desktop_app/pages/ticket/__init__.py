"""The ticket detail window, opened from the registry: fields, deadlines and actions
(detail), the inline action and edit panels (actions) and the timeline (timeline)."""

from desktop_app.pages.ticket.detail import TicketDetailDialog

__all__ = ["TicketDetailDialog"]
