"""Where the data file is, and the rhythm of taking turns with another writer: what the
database object (models.store.base) checks before each transaction. The rest of the
several-desks pieces, which use the database object, are in models.store.sharing.

SQLite in WAL mode goes on writing into a file whose folder was deleted or whose network
share went away (the open file outlives its name), and those saves would be lost at the
next start: before each transaction the store compares the file at its path (device and
inode) with the one it opened, refuses the save with LOST while nothing is there, and
opens the connection anew once a file is back."""

from __future__ import annotations

import os
import random
import time

from models.i18n import QT_TRANSLATE_NOOP
from models.store.conditions import MESSAGES, Condition

MSG_LOST = QT_TRANSLATE_NOOP(
    "models",
    "The data file {path} cannot be reached: its folder, drive or network share is gone. Nothing was saved and what you typed is still here; the desk reconnects by itself once the file is back — then save again.",
)
MESSAGES[Condition.LOST] = MSG_LOST

# How long a busy save is tried again before the sentence is shown (SQLite also waits its
# busy timeout inside each try).
RETRY_SECONDS = 30.0
FIRST_PAUSE = 0.02
LONGEST_PAUSE = 0.5


def place_of(path: str) -> tuple[int, int] | None:
    """The file's identity on its drive (device, inode), or None when nothing is there."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def waits_for_busy(seconds: float | None = None):
    """Each next() sleeps a growing, jittered pause and yields True, then False once
    `seconds` (RETRY_SECONDS) have passed: the rhythm in which a busy transaction is tried again."""
    deadline = time.monotonic() + (RETRY_SECONDS if seconds is None else seconds)
    pause = FIRST_PAUSE
    while time.monotonic() + pause <= deadline:
        time.sleep(pause * random.uniform(0.5, 1.5))
        pause = min(pause * 2, LONGEST_PAUSE)
        yield True
    while True:
        yield False
