"""Where the office's data lives: the folder holding the SQLite file, attachments,
backups and logs, chosen by --data-dir, then PROPERTY_DESK_DATA, then the platform's
user data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_VARIABLE = "PROPERTY_DESK_DATA"
APP_NAME = "PropertyDesk"
DATABASE_NAME = "property-desk.sqlite3"


@dataclass(frozen=True)
class DataFolder:
    root: Path

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


def resolve_data_folder(explicit: str | os.PathLike | None = None) -> DataFolder:
    """The folder named on the command line, else the environment, else the platform default."""
    chosen = explicit or os.environ.get(ENV_VARIABLE) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return DataFolder(Path(chosen).expanduser().resolve())
