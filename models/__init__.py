"""The domain of Property Office Desk: peewee models and the rules of the desk.

Nothing in this package imports Qt. Services take and return plain data so the
desktop app, the command line, printed documents and tests share one source of truth.
"""
