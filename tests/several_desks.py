"""Several desks writing one office at once, each a real process: the harness behind
tests/models/test_several_desks.py and bench/desks.py.

`prepare(root, day)` builds the small office of tests/office.py in a data folder, gives
the admin a password for the command line and dispatches PRINTABLE tickets on `day` for
the batch print. `run(root, day, desks, saves)` then starts at once:
- `desks` processes (`python -m tests.several_desks desk ROOT DAY INDEX SAVES`), each
  registering `saves` repair tickets on `day` as the clerk would, dispatching every tenth
  one it registered, and printing each number it was given as soon as the save returned;
- `property-desk import households` of IMPORTED new rooms (a real sheet, a real process);
- `property-desk print work-orders --dispatched-on DAY` (the batch print, a real PDF).
It returns what each process said and how long it took; `check(root, run)` says what is
wrong with the office afterwards. With PROPERTY_DESK_DATABASE naming a server office,
every process works on that server instead of the file."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Desk-2026-pass"
PRINTABLE = 30
IMPORTED = 300
COMMUNITY = "阳光花园"
OTHER_DESK_AT = dt.datetime(2026, 11, 23, 10, 5)  # five minutes after the office clock of the GUI tests
CLI = "import sys; from desktop_app.cli import main; sys.exit(main())"  # what property-desk runs


@dataclass
class DeskRun:
    name: str
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    numbers: list[str] = field(default_factory=list)


@dataclass
class Run:
    desks: list[DeskRun]
    importer: DeskRun
    printer: DeskRun
    seconds: float
    pdf: Path

    @property
    def processes(self) -> list[DeskRun]:
        return [*self.desks, self.importer, self.printer]


def prepare(root: Path, day: dt.date, url: str | None = None) -> None:
    """The small office in `root` (or on the server at `url`: then PROPERTY_DESK_DATABASE
    must name it too, so the processes of `run` open it) with PRINTABLE tickets dispatched on `day`."""
    from models.clock import FixedClock
    from models.dispatch import dispatch
    from models.office import reset_password
    from models.opening import open_database
    from models.store import DataFolder, close_database
    from tests.office import build_small_office, register_ticket_for

    folder = DataFolder(root, url=url)
    open_database(folder)
    office = build_small_office()
    clock = FixedClock(dt.datetime.combine(day, dt.time(8, 0)))
    reset_password(office.admin.id, PASSWORD, operator=office.admin, clock=clock)
    for _ in range(PRINTABLE):
        ref = register_ticket_for(office, folder, clock, kind="complaint", category="噪音")
        dispatch(ref.id, staff_ids=[office.staff["赵师傅"].id], reply="已安排", operator=office.supervisor, clock=clock)
    close_database()


def household_sheet(path: Path, count: int = IMPORTED) -> Path:
    """A register sheet of `count` new rooms in building 9 (the small office has 3 and 5)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["楼栋", "单元", "房号", "姓名", "电话", "身份证号", "入住日期", "备注"])
        for index in range(count):
            floor, door = divmod(index, 10)
            writer.writerow(["9", "1", f"{floor + 1:02d}{door + 1:02d}", f"住户{index}", f"139{index:08d}", "", "", ""])
    return path


def run(root: Path, day: dt.date, *, desks: int = 4, saves: int = 200, timeout: float = 300) -> Run:
    sheet = household_sheet(root.parent / "register.csv")
    pdf = root.parent / "work-orders.pdf"
    env = {**os.environ, "PROPERTY_DESK_USER": "admin", "PROPERTY_DESK_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    cli = [sys.executable, "-c", CLI, "--data-dir", str(root)]
    commands = {
        **{
            f"desk {index}": [
                sys.executable,
                "-m",
                "tests.several_desks",
                "desk",
                str(root),
                day.isoformat(),
                str(index),
                str(saves),
            ]
            for index in range(desks)
        },
        "import": [*cli, "import", "households", str(sheet), "--community", COMMUNITY],
        "print": [*cli, "print", "work-orders", "--dispatched-on", day.isoformat(), "--out", str(pdf)],
    }
    started = time.monotonic()
    running = {
        name: (
            subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
            time.monotonic(),
        )
        for name, command in commands.items()
    }
    finished: dict[str, DeskRun] = {}

    def wait(name: str) -> None:  # each process's own end time, read as it ends
        process, began = running[name]
        stdout, stderr = process.communicate(timeout=timeout)
        finished[name] = DeskRun(name, process.returncode, stdout, stderr, time.monotonic() - began)

    waiting = [threading.Thread(target=wait, args=(name,)) for name in running]
    for thread in waiting:
        thread.start()
    for thread in waiting:
        thread.join()
    for name in finished:
        if name.startswith("desk"):
            finished[name].numbers = [line for line in finished[name].stdout.split() if line[:2] == "BX"]
    return Run(
        desks=[finished[name] for name in commands if name.startswith("desk")],
        importer=finished["import"],
        printer=finished["print"],
        seconds=time.monotonic() - started,
        pdf=pdf,
    )


def desk(root: Path, day: dt.date, index: int, saves: int) -> None:
    """One desk: `saves` repair tickets registered by the clerk, every tenth dispatched."""
    from models.clock import FixedClock
    from models.dispatch import dispatch
    from models.opening import open_database
    from models.store import resolve_data_folder
    from tests.office import register_ticket_for, small_office_in_file

    folder = resolve_data_folder(root)  # the office on a server when PROPERTY_DESK_DATABASE names one
    open_database(folder)
    office = small_office_in_file()
    rooms = list(office.rooms)
    clock = FixedClock(dt.datetime.combine(day, dt.time(9, 0)))
    for save in range(saves):
        room = rooms[(index + save) % len(rooms)]
        ref = register_ticket_for(office, folder, clock, room=room, description=f"第{index}号坐席第{save}次登记")
        print(ref.number, flush=True)
        if save % 10 == 9:
            dispatch(
                ref.id, staff_ids=[office.staff["钱师傅"].id], reply="已安排", operator=office.supervisor, clock=clock
            )


def other_desk(root: Path, what: str, *args: str) -> None:
    """One thing another desk does to the small office, as the supervisor 马主管:
    `register DAY DESCRIPTION` (a repair received at 09:00 on DAY), `dispatch NUMBER`,
    `edit NUMBER DESCRIPTION`, `no-answer NUMBER` (an unanswered callback call), these
    three at OTHER_DESK_AT."""
    from models.clock import FixedClock
    from models.dispatch import dispatch
    from models.followup import CallEntry, open_callback_for_number, record_call
    from models.opening import open_database
    from models.store import resolve_data_folder
    from models.tickets import Ticket, edit_ticket
    from tests.office import register_ticket_for, small_office_in_file

    folder = resolve_data_folder(root)  # the office on a server when PROPERTY_DESK_DATABASE names one
    open_database(folder)
    office = small_office_in_file()
    boss = office.supervisor
    if what == "register":
        clock = FixedClock(dt.datetime.combine(dt.date.fromisoformat(args[0]), dt.time(9, 0)))
        ref = register_ticket_for(office, folder, clock, description=args[1], operator=boss)
        print(ref.number, flush=True)
        return
    ticket = Ticket.get(Ticket.number == args[0])
    clock = FixedClock(OTHER_DESK_AT)
    if what == "dispatch":
        dispatch(ticket.id, staff_ids=[office.staff["钱师傅"].id], reply="已安排", operator=boss, clock=clock)
    elif what == "edit":
        edit_ticket(ticket.id, {"description": args[1]}, operator=boss, clock=clock)
    elif what == "no-answer":
        callback_id = open_callback_for_number(ticket.number)
        record_call(callback_id, CallEntry(reached=False, outcome="no_answer"), operator=boss, clock=clock)


def other_desk_process(root: Path, what: str, *args: str) -> subprocess.Popen:
    """`other_desk` in a process of its own, started now; `.communicate()` waits for it."""
    command = [sys.executable, "-m", "tests.several_desks", "other", str(root), what, *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def check(root: Path, done: Run, day: dt.date, desks: int, saves: int) -> list[str]:
    """What is wrong with the office after `run` (empty: nothing), read through the store so
    the same checks hold on the file and on a server; the expected figures are worked out
    from the harness's own numbers (see each line)."""
    from models.office import verify_chain
    from models.opening import open_database
    from models.store import close_database, database, on_server, resolve_data_folder

    wrong = []
    for process in done.processes:
        if process.returncode != 0 or "Traceback" in process.stderr:
            wrong.append(f"{process.name} ended {process.returncode}: {process.stderr[-2000:]}")
    if [len(desk.numbers) for desk in done.desks] != [saves] * desks:
        wrong.append(f"numbers reported per desk: {[len(desk.numbers) for desk in done.desks]}")
    reported = sorted(number for desk in done.desks for number in desk.numbers)
    prefix = f"BX{day:%Y%m%d}-"
    open_database(resolve_data_folder(root))
    try:

        def one(sql: str) -> int:
            return database.execute_sql(sql).fetchone()[0]

        stored = sorted(r[0] for r in database.execute_sql(f"SELECT number FROM ticket WHERE number LIKE '{prefix}%'"))
        # desks × saves repairs on the day, numbered 0001 … without a gap or a repeat
        if stored != [f"{prefix}{n:04d}" for n in range(1, desks * saves + 1)]:
            wrong.append(f"{len(stored)} numbers stored, not 1 … {desks * saves} without a gap")
        if reported != stored:  # every number a desk was given is a ticket, once: no save lost
            wrong.append(f"{len(set(reported) - set(stored))} numbers reported but not stored")
        registered = one(
            "SELECT count(*) FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id "
            f"WHERE e.action = 'register' AND t.number LIKE '{prefix}%'"
        )
        if registered != desks * saves:
            wrong.append(f"{registered} register events, not {desks * saves}")
        dispatched = one(  # each desk dispatched its 10th, 20th … save
            "SELECT count(DISTINCT a.ticket_id) FROM assignment a JOIN ticket t ON t.id = a.ticket_id "
            f"WHERE t.number LIKE '{prefix}%'"
        )
        if dispatched != desks * (saves // 10):
            wrong.append(f"{dispatched} dispatched, not {desks * (saves // 10)}")
        imported = one(  # the import's new rooms in building 9, each with its household
            "SELECT count(*) FROM household h JOIN room r ON r.id = h.room_id "
            "JOIN building b ON b.id = r.building_id WHERE b.name = '9'"
        )
        if imported != IMPORTED:
            wrong.append(f"{imported} households imported, not {IMPORTED}")
        printed = one("SELECT count(*) FROM ticket_event WHERE action = 'print'")
        if printed < PRINTABLE or f"{printed} " not in done.printer.stdout:
            wrong.append(f"{printed} print events; the print said: {done.printer.stdout[-300:]}")
        if not on_server() and one("PRAGMA integrity_check") != "ok":
            wrong.append("SQLite's integrity check failed")
        if verify_chain():  # sign-ins, the import and the print wrote the audit log at once
            wrong.append(f"audit chain broken: {verify_chain()[:3]}")
    finally:
        close_database()
    if not done.pdf.read_bytes().startswith(b"%PDF"):
        wrong.append("the batch print wrote no PDF")
    return wrong


if __name__ == "__main__" and sys.argv[1:2] == ["desk"]:
    _root, _day, _index, _saves = sys.argv[2:6]
    desk(Path(_root), dt.date.fromisoformat(_day), int(_index), int(_saves))
elif __name__ == "__main__" and sys.argv[1:2] == ["other"]:
    other_desk(Path(sys.argv[2]), *sys.argv[3:])
