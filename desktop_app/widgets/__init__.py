"""Reusable widgets shared by the pages, so no page reaches into another for a helper:
page (the base of every page), not_yet_page (the placeholder of a page still to come),
rows_model (a read-only table over plain rows), dialogs (the form dialog, confirm,
bring_to_front), room_completer, import_dialog and import_progress. How times and
overdue look is desktop_app.formatting; the names of codes are desktop_app.translations."""
