"""Bench of signing in and of the role check: one scrypt key derivation at the stated
parameters (`models/office/passwords.py`; target 0.1–0.5 s here) and at the neighbouring
costs, a whole sign_in against a data file, and what `require()` adds to a save (target
< 1 ms): the check alone, and acknowledging a ticket as a clerk with and without it.
Prints median and spread (fastest, quartiles, slowest) and the machine's load average,
since a busy machine stretches every derivation.

    .venv/bin/python -m bench.login [--repeats 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from models.clock import SystemClock
from models.codes import Role
from models.office import Permission, User, create_first_admin, require, sign_in
from models.office.passwords import N, P, R, hash_password, verify_password
from models.opening import open_database
from models.registers import Community, HouseholdForm, RoomForm, save_household, save_room
from models.store import DataFolder, close_database


def timed(action, repeats: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock seconds per run; the process's CPU seconds per run appended to `cpu`."""
    times = []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - start_cpu)
    return times


def spread(times: list[float]) -> str:
    q1, median, q3 = statistics.quantiles(times, n=4) if len(times) > 1 else (times[0],) * 3
    return (
        f"median {statistics.median(times):.3f} s (fastest {min(times):.3f}, quartiles {q1:.3f}–{q3:.3f}, "
        f"slowest {max(times):.3f}; {len(times)} runs)"
    )


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
    repeats = parser.parse_args().repeats
    print(load())
    for n in (N // 2, N, N * 2):
        memory = 128 * n * R / 2**20
        stored = hash_password("correct horse", n=n)
        cpu: list[float] = []
        kdf = timed(lambda stored=stored: verify_password("correct horse", stored), repeats, cpu)
        stated = "  ← stated" if n == N else ""
        print(f"scrypt N=2**{n.bit_length() - 1}, r={R}, p={P} ({memory:.0f} MiB){stated}")
        print(f"    wall clock: {spread(kdf)}")
        print(f"    CPU time:   {spread(cpu)}")
    print(
        "target for the stated parameters: 0.1–0.5 s per password check; the CPU time is what a quiet "
        "machine's wall clock shows (other processes on the cores stretch only the wall clock)"
    )
    with tempfile.TemporaryDirectory() as folder_name:
        folder = DataFolder(Path(folder_name) / "data")
        open_database(folder)
        clock = SystemClock()
        create_first_admin("admin", "demo", clock=clock)
        place = Community.create(name="阳光花园")
        community = place.id
        save_room(
            RoomForm(community_id=community, code="1-1-0101"), operator=User.get(User.username == "admin"), clock=clock
        )
        login = timed(lambda: sign_in("admin", "demo", clock=clock), max(3, repeats // 3))
        print(f"sign_in (check + audit entry): {spread(login)}")
        clerk = User.create(username="clerk", display_name="clerk", role=Role.CLERK)
        checks = 100_000
        start = time.process_time()
        for _ in range(checks):
            require(clerk, Permission.REPLY)
        per_check = (time.process_time() - start) / checks
        print(f"require(): {per_check * 1e6:.2f} µs of CPU per check (target < 1 ms added to a save)")
        saves = 200
        admin = User.get(User.username == "admin")
        form = HouseholdForm(room_code="1-1-0101", name="王建国", phones="13812345678", community_id=community)
        household_id = save_household(form, operator=admin, clock=clock)
        cpu_save: list[float] = []
        for index in range(saves):
            changed = HouseholdForm(**{**form.__dict__, "id": household_id, "notes": f"第{index}次"})
            timed(lambda changed=changed: save_household(changed, operator=admin, clock=clock), 1, cpu_save)
        save_cpu = statistics.median(cpu_save)
        print(
            f"a household saved (role check + audit entry + write): median {save_cpu * 1e3:.2f} ms of CPU; "
            f"the role check is {per_check / save_cpu * 100:.3f} % of it"
        )
        close_database()
    print(load())


if __name__ == "__main__":
    main()
