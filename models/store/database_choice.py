"""Which database this PC opens when neither --database nor PROPERTY_DESK_DATABASE says:
the address chosen in Settings, kept in the data folder's CHOICE_FILE (this PC's own
setting, read by the window and the command line alike). Only the address is kept, never
a password: one typed into the address is taken out before it is written.

`try_server(url)` connects once, as a desk would, and says in a sentence why it cannot
(a bad address, an unreachable server, a refused user, a missing database); a server that
only wants a password is fine (the next start asks for it)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from models.errors import DataFileError
from models.i18n import QT_TRANSLATE_NOOP
from models.store.postgres import PasswordNeeded, connect, parse_database_url

CHOICE_FILE = "database-address.txt"

MSG_NOT_SAVED = QT_TRANSLATE_NOOP(
    "models",
    "The choice of database could not be written to {path}. Nothing was changed; check that the data folder can be written.",
)


def saved_database(root: Path) -> str | None:
    """The server address saved for this data folder, None for its data file."""
    try:
        text = (Path(root) / CHOICE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def try_server(url: str) -> bool:
    """Connect to the office at `url` once; True when it asked for a password, False when it
    let us in; DataFileError with the sentence when it cannot be used."""
    address = parse_database_url(url)
    try:
        server = connect(address)
    except PasswordNeeded:
        return True
    server.close()
    return False


def save_database(root: Path, url: str | None) -> str | None:
    """Keep `url` (without any password) as this data folder's database from the next start
    on; None: the data file again. Returns what was saved. DataFileError for a bad address."""
    path = Path(root) / CHOICE_FILE
    if url is None:
        path.unlink(missing_ok=True)
        return None
    address = replace(parse_database_url(url), password=None)
    shown = address.shown
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(shown + "\n", encoding="utf-8")
    except OSError as error:
        raise DataFileError(MSG_NOT_SAVED, path=str(path)) from error
    return shown
