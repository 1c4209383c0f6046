"""How a PostgreSQL server's failures are sorted and said (models.store.conditions sorts
SQLite's and these alike): conditions by SQLSTATE, whole or by class, and the sentences
that name the server instead of a data file."""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP
from models.store.condition_kinds import Condition

# PostgreSQL's SQLSTATEs (whole codes, then classes by their first two characters).
SQLSTATES = {
    "25006": Condition.READ_ONLY,  # read_only_sql_transaction (a standby, or a read-only database)
    "42501": Condition.READ_ONLY,  # insufficient_privilege: the desk's user may not write here
    "40001": Condition.BUSY,  # serialization_failure
    "40P01": Condition.BUSY,  # deadlock_detected
    "55P03": Condition.BUSY,  # lock_not_available
    "57014": Condition.BUSY,  # query_canceled (statement_timeout)
    "53100": Condition.DISK_FULL,  # disk_full
    "58030": Condition.IO,  # io_error
    "XX001": Condition.DAMAGED,  # data_corrupted
    "XX002": Condition.DAMAGED,  # index_corrupted
    "57P01": Condition.CONNECTION_LOST,  # admin_shutdown (the server was stopped or restarted)
    "57P02": Condition.CONNECTION_LOST,  # crash_shutdown
    "57P03": Condition.CONNECTION_LOST,  # cannot_connect_now (starting up)
}
SQLSTATE_CLASSES = {
    "08": Condition.CONNECTION_LOST,  # connection_exception
    "53": Condition.DISK_FULL,  # insufficient_resources
}

SERVER_MESSAGES = {
    Condition.BUSY: QT_TRANSLATE_NOOP(
        "models",
        "Another desk was changing the same records on the database server {path} at the same moment. Nothing was saved; what you typed is still here — try again.",
    ),
    Condition.READ_ONLY: QT_TRANSLATE_NOOP(
        "models",
        "The database server {path} does not let this desk write (a read-only server, or the database user lacks the right). Nothing was saved; ask the IT person.",
    ),
    Condition.DISK_FULL: QT_TRANSLATE_NOOP(
        "models",
        "The database server {path} has run out of disk space or memory. Nothing was saved; ask the IT person to free space, then try again.",
    ),
    Condition.IO: QT_TRANSLATE_NOOP(
        "models",
        "The database server {path} could not read or write its disk. Nothing was saved; ask the IT person to check the server.",
    ),
    Condition.DAMAGED: QT_TRANSLATE_NOOP(
        "models",
        "The database server {path} reports damaged data. Nothing more is written; ask the IT person to restore the latest backup, then run “property-desk check”.",
    ),
    Condition.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "models",
        "The database {path} holds tables that are not a Property Office Desk office. Nothing was changed; check the address or use an empty database.",
    ),
    Condition.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "models",
        "The database server {path} cannot be reached. Nothing was changed; check the address and the network.",
    ),
    Condition.CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "models",
        "The connection to the database server {path} was lost (the server restarted or the network is down). Nothing was saved; what you typed is still here — try again once the server is back.",
    ),
}
