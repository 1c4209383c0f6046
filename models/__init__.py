"""The domain of Property Office Desk: peewee models and the rules of the desk.

Nothing in this package imports Qt. Services take and return plain data so the
desktop app, the command line, printed documents and tests share one source of truth.
"""

import sys as _sys


def _import_peewee_without_server_drivers() -> None:
    """peewee (and playhouse.migrate, through its CockroachDB and PostgreSQL extensions)
    imports the PostgreSQL drivers it finds when first imported (psycopg: a third of a
    second of start-up); an office in a data file never needs them. Both are imported
    here with the drivers hidden, and models.store.postgres hands psycopg to peewee when
    an office on a server is opened (`load_server_driver`). playhouse.postgres_ext is
    left loaded without its driver: the program does not use it."""
    if "peewee" in _sys.modules:
        return
    hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # `import name` raises ImportError while peewee loads
    try:
        import peewee  # noqa: F401
        import playhouse.migrate  # noqa: F401 - the store's migrations use it
    finally:
        for name in hidden:
            del _sys.modules[name]


_import_peewee_without_server_drivers()
