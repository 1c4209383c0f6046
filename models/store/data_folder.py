"""Where the office's data lives: the folder holding the SQLite file, attachments,
backups and logs, chosen by --data-dir, then PROPERTY_DESK_DATA, then the platform's
user data folder. An office on a PostgreSQL server keeps its records there instead
(`url`: --database, then PROPERTY_DESK_DATABASE); its folder still holds attachments,
backups, logs and this PC's settings files."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

ENV_VARIABLE = "PROPERTY_DESK_DATA"
DATABASE_ENV_VARIABLE = "PROPERTY_DESK_DATABASE"
APP_NAME = "PropertyDesk"
DATABASE_NAME = "property-desk.sqlite3"


@dataclass(frozen=True)
class DataFolder:
    root: Path
    url: str | None = None  # postgresql://user@host/dbname: the records live on that server
    password: str | None = field(default=None, repr=False, compare=False)  # typed at a prompt; never stored

    @property
    def on_server(self) -> bool:
        return bool(self.url)

    @property
    def where(self) -> str:
        """Where the records are, as sentences name it (a server's address without its password)."""
        if not self.url:
            return str(self.database)
        shown = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", self.url)
        return re.sub(r"^postgres://", "postgresql://", shown)

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def resolve_data_folder(explicit: str | os.PathLike | None = None, database: str | None = None) -> DataFolder:
    """The folder named on the command line, else the environment, else the platform default;
    the database server named by `database` (--database), else PROPERTY_DESK_DATABASE, else
    the one chosen in Settings (models.store.database_choice), else the folder's data file."""
    chosen = explicit or os.environ.get(ENV_VARIABLE) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    root = Path(chosen).expanduser().resolve()
    url = database if database is not None else os.environ.get(DATABASE_ENV_VARIABLE)
    if url is None:
        from models.store.database_choice import saved_database

        url = saved_database(root)  # the server chosen in Settings on this PC
    return DataFolder(root, url.strip() or None if url else None)
