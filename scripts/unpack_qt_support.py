"""Unpack PySide6's own Python support modules once, so every start loads them compiled.

Shiboken keeps its signature and feature modules (~130 kB of Python) inside its binary
and compiles them from source at every start of a Qt program (10-20 ms of CPU of the
desk's start-up). Its documented switch SBK_EMBED=0 writes them out into
shiboken6/files.dir, which later starts import like any module, from cached bytecode.
./desk runs this when the folder was not unpacked by the PySide6 installed (a file named
after shiboken6's version marks it: a new PySide6 unpacks its own again), and
bench/startup.py before timing, so it times what an installed desk does. SBK_EMBED=1 for
one start removes the folder (back to the modules inside the binary)."""

from __future__ import annotations

import compileall
import importlib.metadata
import importlib.util
import os
import subprocess
import sys
from pathlib import Path


def support_folder() -> Path | None:
    spec = importlib.util.find_spec("shiboken6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "files.dir"


def unpack() -> Path | None:
    """The unpacked, compiled folder, or None where it cannot be written (the modules
    then stay inside the binary, as before)."""
    folder = support_folder()
    if folder is None:
        return None
    environment = {**os.environ, "SBK_EMBED": "0"}
    subprocess.run([sys.executable, "-c", "import shiboken6"], env=environment, check=True)
    if not folder.is_dir():
        return None
    compileall.compile_dir(folder, quiet=1)
    (folder / f".unpacked-for-shiboken6-{importlib.metadata.version('shiboken6')}").touch()
    return folder


if __name__ == "__main__":
    unpacked = unpack()
    print(f"Qt support modules: {'unpacked and compiled in ' + str(unpacked) if unpacked else 'left inside shiboken'}")
