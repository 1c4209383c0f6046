"""Opening an office's data file: the store opens and migrates it (refusing, with a
sentence, what cannot be used), then a new office gets what every area starts with
(departments, categories, knowledge, service levels)."""

from __future__ import annotations

import peewee as pw

import models.followup  # noqa: F401 - its callbacks follow every ticket resolved from here on
from models.files import check_data_path
from models.registers import seed_default_registers
from models.schema import table_names
from models.service_levels import seed_default_policies
from models.store import DataFolder, database, open_store
from models.tickets import sweep_attachments


def open_database(folder: DataFolder, *, start_new: bool = False, check_later: bool = False) -> pw.Database:
    """Bind the models to the folder's database, creating or migrating it as needed; a
    folder or a special file where the data file should be is refused first. A folder
    without a data file becomes a new office; an empty data file only when the user said
    so (`start_new`, the GUI asks; the command line never does). `check_later`: the
    store's bounded health check runs on a thread (models.store.refuse_if_damaged)."""
    check_data_path(folder.database)
    opened = open_store(
        folder, prepare=seed_defaults, start_new=start_new, expected_tables=table_names(), check_later=check_later
    )
    sweep_attachments(folder)
    return opened


def seed_defaults() -> None:
    """Fill an empty office with the defaults; does nothing where data already exists."""
    with database.atomic():
        seed_default_registers()
        seed_default_policies()
