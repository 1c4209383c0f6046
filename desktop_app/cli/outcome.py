"""How a command ends, as the exit code tells scripts (the README lists them): 0 done;
1 done with problems the output lists (bad rows, nothing to print; `check` has its own
10–13); 2 refused with a sentence (a usage error, a domain error, a data file that cannot
be used); 3 an unexpected error — a bug: its traceback goes to the data folder's log and
the user gets a sentence saying where. A database error is sorted by the store into a
condition of the machine (a sentence, 2) before it could count as a bug."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop_app.cli.texts import say, translate
from models.errors import DeskError
from models.store import DataFolder, bug_report, sort_database_error

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_REFUSED = 2
EXIT_BUG = 3
LOG_NAME = "property-desk.log"


def run_sorted(command: Callable[[], int], folder: DataFolder) -> int:
    """Run the command; a database error becomes the store's sentence (raised as
    DeskError for the caller to print), anything unexpected is logged and EXIT_BUG."""
    try:
        return command()
    except (DeskError, OSError, KeyboardInterrupt):
        raise
    except Exception as error:  # a bug (unless the store knows it): a sentence; the log the traceback
        known = sort_database_error(error, folder.where)
        if known is not None:
            raise known from error
        log = log_unexpected(error, folder)
        say(
            translate(
                "CliOutcome",
                "Something went wrong and the command was stopped; nothing saved before was lost. Details are in {log}.",
            ),
            err=True,
            log=log,
        )
        return EXIT_BUG


def log_unexpected(error: BaseException, folder: DataFolder) -> Path | str:
    """Append the traceback to the data folder's log; where it went (or "-")."""
    text = bug_report(error)
    try:
        folder.logs.mkdir(parents=True, exist_ok=True)
        path = folder.logs / LOG_NAME
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} ERROR command line\n{text}\n")
        return path
    except OSError:
        return "-"


def empty_data_dir_sentence() -> str:
    return translate("CliOutcome", "--data-dir needs a folder name; it was given empty.")
