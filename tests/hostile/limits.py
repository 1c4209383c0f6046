"""A hang is a failure, not a stuck run: `within(seconds)` raises TimeoutError in the main
thread when the block takes longer (SIGALRM; generous, since it catches hangs, not speed)."""

from __future__ import annotations

import contextlib
import signal

HANG_SECONDS = 60


@contextlib.contextmanager
def within(seconds: int = HANG_SECONDS):
    def hung(_signal, _frame):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
