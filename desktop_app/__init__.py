"""The Qt desktop application of Property Office Desk: a thin shell over `models`."""

from __future__ import annotations


def create_main_window(data_dir, **options):
    """Build the real main window on a data folder, without the event loop or dialogs."""
    from desktop_app.app import create_main_window as create

    return create(data_dir, **options)
