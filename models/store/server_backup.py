"""Backups of an office on a PostgreSQL server: pg_dump's custom format (restore with
pg_restore, README), written into the data folder's backups where pg_dump is installed
(Debian: postgresql-client; Windows: the server's installer puts it in its bin folder).
Without pg_dump a backup is refused with a sentence saying what to install; the server's
own backups (the IT person's) are then the office's backups.

pg_dump must be at least as new as the server; the password is handed over in the
environment (PGPASSWORD) only for the run, never written anywhere."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.postgres import ServerAddress, server_address

MSG_NO_PG_DUMP = QT_TRANSLATE_NOOP(
    "models",
    "A backup of an office on a database server needs PostgreSQL's pg_dump on this PC, and it is not installed. Install the PostgreSQL client programs (Debian: postgresql-client) or ask the IT person, who can also back up the server itself; nothing was written.",
)
MSG_PG_DUMP_FAILED = QT_TRANSLATE_NOOP(
    "models", "pg_dump could not back up the database {path}: {reason}. Nothing was written."
)


def pg_dump_program() -> str | None:
    """pg_dump on PATH, else the newest of Debian's versioned folders."""
    found = shutil.which("pg_dump")
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=lambda p: _version(p.parts[-3]))
    return str(versions[-1]) if versions else None


def _version(text: str) -> int:
    return int(text) if text.isdigit() else 0


def dump(address: ServerAddress, target: Path) -> Path:
    """pg_dump -Fc of the office's database into `target` (written whole or not at all)."""
    program = pg_dump_program()
    if program is None:
        raise DataFileError(MSG_NO_PG_DUMP)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    environment = dict(os.environ)
    if address.password:
        environment["PGPASSWORD"] = address.password
    command = [program, "-Fc", "-h", address.host, "-p", str(address.port), "-U", address.user, "-d", address.database]
    try:
        done = subprocess.run(
            [*command, "-f", str(partial)], capture_output=True, text=True, env=environment, timeout=3600
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        partial.unlink(missing_ok=True)
        raise DataFileError(MSG_PG_DUMP_FAILED, path=address.shown, reason=str(error)) from error
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise DataFileError(MSG_PG_DUMP_FAILED, path=address.shown, reason=reason[-1] if reason else done.returncode)
    partial.replace(target)
    return target


def backup_name(prefix: str) -> str:
    return f"{prefix}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.pgdump"


def dump_before_migration(address: ServerAddress, backups: Path, version: int) -> Path | None:
    """A pg_dump before migrating an existing office, where pg_dump is installed (the
    migration itself runs in one transaction: a failed one changes nothing)."""
    if pg_dump_program() is None:
        return None
    return dump(address, backups / backup_name(f"before-migration-v{version}"))


def dump_server_office(folder, target_dir: Path) -> Path:
    """`property-desk backup` of a server office: a pg_dump into `target_dir`."""
    address = server_address(folder, folder.password)
    return dump(address, Path(target_dir) / backup_name(f"{address.database}"))
