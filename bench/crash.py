"""The crash run: SIGKILL the ticket writer (tickets with a photo each) at random moments,
with a second process importing households and printing work orders alongside, then check
every save that was confirmed. Prints the figures.

    .venv/bin/python -m bench.crash [--kills 200] [--seed 1]"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.hostile.crash import run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as scratch:
        figures = run(Path(scratch) / "data", kills=args.kills, seed=args.seed)
    for line in figures.lines():
        print(line)
    print(f"seconds: {time.monotonic() - started:.0f}")


if __name__ == "__main__":
    main()
