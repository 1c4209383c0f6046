"""Opening an office's data file: the store opens and migrates it, then a new office
gets what every area starts with (departments, categories, knowledge, service levels)."""

from __future__ import annotations

import peewee as pw

from models.base import database
from models.data_folder import DataFolder
from models.db import open_store
from models.defaults import seed_default_registers
from models.sla import seed_default_policies


def open_database(folder: DataFolder) -> pw.Database:
    """Bind the models to the folder's database, creating or migrating it as needed."""
    return open_store(folder, prepare=seed_defaults)


def seed_defaults() -> None:
    """Fill an empty office with the defaults; does nothing where data already exists."""
    with database.atomic():
        seed_default_registers()
        seed_default_policies()
