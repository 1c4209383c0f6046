"""Reusable widgets shared by several pages (room completer, import dialog, ...)."""
