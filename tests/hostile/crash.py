"""The crash harness: a writer process registers tickets (each with an attachment) and
says the number of each one the moment register_ticket returns — a confirmed save; it is
SIGKILLed at a random moment, again and again, while a second process imports households
and prints work orders alongside. Afterwards every confirmed save must be in the data
file with its first event and its attachment, the file must pass integrity_check, and no
attachment may stand under a name the data file does not know. Used by
tests/hostile/test_crash.py (a few kills) and bench/crash.py (a large run).

    python -m tests.hostile.crash writer DATA_DIR      # what the harness starts
    python -m tests.hostile.crash side DATA_DIR        # the importing-and-printing process"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashFigures:
    kills: int = 0
    confirmed: int = 0
    lost: list[str] = field(default_factory=list)
    integrity_failures: int = 0
    stray_attachments: int = 0
    side_runs: int = 0
    lock_failures: int = 0
    side_errors: int = 0

    def lines(self) -> list[str]:
        return [
            f"kills: {self.kills}",
            f"confirmed saves checked: {self.confirmed}",
            f"lost: {len(self.lost)}",
            f"integrity failures: {self.integrity_failures}",
            f"attachments under unknown names: {self.stray_attachments}",
            f"side imports and prints: {self.side_runs}",
            f"lock failures (said in a sentence): {self.lock_failures}",
            f"side errors (tracebacks): {self.side_errors}",
        ]


def prepare_office(root: Path) -> None:
    """A small office in `root`, made in a child process so the caller's database stays unbound."""
    code = "from models.opening import open_database; from models.store import DataFolder; "
    code += "from tests.office import build_small_office; import sys; "
    code += "open_database(DataFolder(__import__('pathlib').Path(sys.argv[1]))); build_small_office()"
    subprocess.run([sys.executable, "-c", code, str(root)], cwd=ROOT, check=True)


def prepare_office_reopen(root: Path) -> None:
    code = "from models.opening import open_database; from models.store import DataFolder; import sys, pathlib; "
    code += "open_database(DataFolder(pathlib.Path(sys.argv[1])))"
    subprocess.run([sys.executable, "-c", code, str(root)], cwd=ROOT, check=True)


def run(root: Path, *, kills: int, seed: int = 1, least: float = 0.0, most: float = 1.0) -> CrashFigures:
    """Kill the writer `kills` times at random moments with the side process running; the figures."""
    prepare_office(root)
    chooser = random.Random(seed)
    figures = CrashFigures()
    confirmed: list[str] = []
    side = _start("side", root)
    try:
        for _ in range(kills):
            writer = _start("writer", root)
            lines = [writer.stdout.readline()]  # the first confirmed save: the writer is at work
            time.sleep(chooser.uniform(least, most))
            writer.send_signal(signal.SIGKILL)
            output, _ = writer.communicate()
            lines += output.splitlines()
            confirmed += [line.split()[1] for line in lines if line.startswith("saved ")]
            figures.kills += 1
    finally:
        side.send_signal(signal.SIGTERM)
        side_output, _ = side.communicate(timeout=60)
    _count_side(side_output, figures)
    _check(root, confirmed, figures)
    return figures


def _start(role: str, root: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.hostile.crash", role, str(root)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _count_side(output: str, figures: CrashFigures) -> None:
    for line in output.splitlines():
        if line.startswith("side "):
            figures.side_runs += 1
            figures.lock_failures += line.startswith("side locked")
        elif line.startswith("Traceback"):
            figures.side_errors += 1


def _check(root: Path, confirmed: list[str], figures: CrashFigures) -> None:
    prepare_office_reopen(root)  # the next start: finishes what a kill left between commit and rename
    database = root / "property-desk.sqlite3"
    with sqlite3.connect(database) as connection:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            figures.integrity_failures += 1
        stored = {
            number: (events, files)
            for number, events, files in connection.execute(
                "SELECT t.number, (SELECT count(*) FROM ticket_event e WHERE e.ticket_id = t.id),"
                " (SELECT group_concat(a.stored_name, '|') FROM attachment a WHERE a.ticket_id = t.id) FROM ticket t"
            )
        }
        known = {name for (name,) in connection.execute("SELECT stored_name FROM attachment")}
    figures.confirmed = len(confirmed)
    for number in confirmed:
        events, names = stored.get(number, (0, None))
        on_disk = names and all((root / "attachments" / name).is_file() for name in names.split("|"))
        if not events or not on_disk:
            figures.lost.append(number)
    attachments = root / "attachments"
    for path in attachments.rglob("*") if attachments.exists() else []:
        if path.suffix == ".part":
            continue  # a temporary copy of a save that never committed: removed at a later start
        if path.is_file() and path.relative_to(attachments).as_posix() not in known:
            figures.stray_attachments += 1


# --- the two processes --------------------------------------------------------------------------
def writer(root: Path) -> None:
    """Register tickets with a photo until killed; "saved NUMBER" after each one returns."""
    from models.clock import SystemClock
    from models.office import User
    from models.opening import open_database
    from models.registers import Category, Household, Room
    from models.store import DataFolder
    from models.tickets import NewTicket, register_ticket

    folder = DataFolder(root)
    open_database(folder)
    photo = root / f"photo-{os.getpid()}.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(20_000))
    clerk = User.get(User.username == "clerk")
    room = Room.get(Room.code == "3-2-1501")
    household = Household.get(Household.room == room)
    category = Category.get(Category.name == "房屋渗漏", Category.parent.is_null(False))
    clock = SystemClock()
    while True:
        data = NewTicket(
            category_id=category.id,
            room_id=room.id,
            household_id=household.id,
            reporter_name="王建国",
            reporter_phone="13812345678",
            description="卫生间天花板渗水",
            attachments=[str(photo)],
        )
        ref = register_ticket(data, operator=clerk, clock=clock, folder=folder)
        print(f"saved {ref.number}", flush=True)


def side(root: Path) -> None:
    """Import a small register and print the day's work orders, over and over, through the
    command line; one line per run: "side ok", "side locked" (refused: another program
    holds the file) or "side refused" (any other sentence)."""
    import datetime as dt

    from desktop_app.cli import main
    from tests.hostile.files import HOUSEHOLD_HEADER, write_text

    sheet = write_text(
        root / "side.csv",
        [HOUSEHOLD_HEADER] + [["8", "1", f"{n:04d}", f"住户{n}"] for n in range(1, 30)],
        encoding="utf-8",
    )
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    os.environ["PROPERTY_DESK_LANG"] = "en"
    while not stop:
        for argv in (
            ["import", "households", str(sheet), "--community", "阳光花园"],
            ["print", "work-orders", "--dispatched-on", dt.date.today().isoformat(), "--out", str(root / "side.pdf")],
        ):
            code = _run_quietly(main, ["--data-dir", str(root), *argv])
            print(f"side {_word(code)}", flush=True)


def _run_quietly(main, argv: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    said = io.StringIO()
    with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    return code, said.getvalue()


def _word(outcome: tuple[int, str]) -> str:
    code, said = outcome
    if code in (0, 1):
        return "ok"
    if "in use by another program" in said or "locked" in said or "busy" in said:
        return "locked"
    return "bug" if code == 3 else "refused"


if __name__ == "__main__":
    {"writer": writer, "side": side}[sys.argv[1]](Path(sys.argv[2]))
