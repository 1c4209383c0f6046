"""The intake form (工单受理), opened from the registry with Ctrl+N: the form (dialog),
its side panels of the room's history and the category's knowledge (panels), and the
draft kept in the data folder while typing (draft)."""

from desktop_app.pages.intake.dialog import IntakeDialog

__all__ = ["IntakeDialog"]
