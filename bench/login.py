"""Bench of signing in and of the role check: one scrypt key derivation at the stated
parameters (N=2**14, r=8, p=1: 16 MiB per guess; target 0.1–0.5 s here), a whole sign_in
against a data file, and what `require()` adds to a save (target < 1 ms): the check alone,
and acknowledging a ticket as a clerk. Prints the figures.

    .venv/bin/python -m bench.login
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from models.clock import SystemClock
from models.codes import Role
from models.office import Permission, User, create_first_admin, require, sign_in
from models.office.passwords import N, P, R, hash_password, verify_password
from models.opening import open_database
from models.store import DataFolder, close_database

REPEATS = 5


def timed(action, repeats: int = REPEATS) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    memory = 128 * N * R / 2**20
    print(f"scrypt N=2**{N.bit_length() - 1}, r={R}, p={P}: {memory:.0f} MiB per derivation")
    stored = hash_password("correct horse")
    kdf = timed(lambda: verify_password("correct horse", stored))
    print(f"one password check: median {statistics.median(kdf):.3f} s, best {min(kdf):.3f} s (target 0.1–0.5 s)")
    with tempfile.TemporaryDirectory() as folder_name:
        folder = DataFolder(Path(folder_name) / "data")
        open_database(folder)
        clock = SystemClock()
        create_first_admin("admin", "demo", clock=clock)
        login = timed(lambda: sign_in("admin", "demo", clock=clock))
        print(f"sign_in (check + audit entry): median {statistics.median(login):.3f} s")
        clerk = User.create(username="clerk", display_name="clerk", role=Role.CLERK)
        checks = 100_000
        start = time.perf_counter()
        for _ in range(checks):
            require(clerk, Permission.REPLY)
        per_check = (time.perf_counter() - start) / checks
        print(f"require(): {per_check * 1e6:.2f} µs per check (target < 1 ms added to a save)")
        close_database()


if __name__ == "__main__":
    main()
