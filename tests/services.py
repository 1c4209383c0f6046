"""Real services the tests print and store through, started once per test session.

- `cups_pdf_queue`: a running CUPS scheduler with a CUPS-PDF queue; a print job sent to
  it becomes a PDF file in `queue.folder` (find it with `queue.wait_for_pdf(title)`).
- `postgres_url`: a throwaway PostgreSQL server on 127.0.0.1 (initdb into a temporary
  folder, a free port, one empty database) and its `postgresql://` URL.

`./desk test` installs the Debian packages these need (cups, printer-driver-cups-pdf,
postgresql). In CI (CI=true) a service that cannot be started fails the test that asked
for it, with the reason; elsewhere such a test is skipped with the reason.

Several test sessions may run on one machine at once: cupsd is shared (started when not
running, never stopped), the queue is created once under a file lock, and each session
gets its own PostgreSQL server."""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "PropertyDeskTest"
QUEUE_FOLDER = Path("/var/spool/cups-pdf/property-desk-test")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPDS = (Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"), Path("/usr/share/cups/model/CUPS-PDF_opt.ppd"))
LOCK_FILE = Path(tempfile.gettempdir()) / "property-desk-test-services.lock"


class ServiceUnavailable(Exception):
    """A service the test needs cannot be started here; the message says why."""


def unavailable(service: str, reason: str):
    """Fail in CI (the service must run there), skip with the reason elsewhere."""
    message = f"{service} is not available: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: ./desk test installs and starts it; this must work in CI)", pytrace=False)
    pytest.skip(message)


def _run(command: list[str], *, timeout: float = 60, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, **kwargs)
    except FileNotFoundError as error:
        raise ServiceUnavailable(f"{command[0]} is not installed ({error})") from error
    except subprocess.TimeoutExpired as error:
        raise ServiceUnavailable(f"`{' '.join(command)}` did not finish in {timeout:.0f} s") from error
    if check and done.returncode != 0:
        raise ServiceUnavailable(
            f"`{' '.join(command)}` failed ({done.returncode}): {(done.stderr or done.stdout).strip()}"
        )
    return done


@contextlib.contextmanager
def _machine_lock():
    with LOCK_FILE.open("a") as handle:
        with contextlib.suppress(PermissionError):
            os.chmod(LOCK_FILE, 0o666)
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- CUPS ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CupsPdfQueue:
    """A CUPS-PDF print queue; unpacks as (name, folder)."""

    name: str
    folder: Path

    def __iter__(self):
        return iter((self.name, self.folder))

    def wait_for_pdf(self, title: str, *, timeout: float = 30) -> Path:
        """The PDF the queue wrote for the job titled `title` (lp -t TITLE, QPrinter's
        docName). CUPS-PDF names the file after the title with its own substitutions
        and a job suffix, so the match compares letters and digits only; give each job
        a title of its own."""
        wanted = _letters_and_digits(title)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for pdf in sorted(self.folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True):
                if _letters_and_digits(pdf.stem).startswith(wanted) and _complete(pdf):
                    return pdf
            time.sleep(0.1)
        jobs = _run(["lpstat", "-W", "all", "-o", self.name], check=False).stdout.strip()
        raise AssertionError(
            f"no PDF for the job “{title}” in {self.folder} after {timeout:.0f} s; jobs: {jobs or 'none'}"
        )


def _letters_and_digits(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _complete(pdf: Path) -> bool:
    """Ghostscript writes the file in place: it is whole once it ends with %%EOF."""
    try:
        with pdf.open("rb") as handle:
            handle.seek(max(0, pdf.stat().st_size - 64))
            return b"%%EOF" in handle.read()
    except OSError:
        return False


def _scheduler_running() -> bool:
    try:
        return "is running" in _run(["lpstat", "-r"], timeout=10, check=False).stdout
    except ServiceUnavailable:
        return False


def _start_cupsd() -> None:
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    if not Path(cupsd).exists():
        raise ServiceUnavailable("cupsd is not installed (Debian package cups)")
    if os.geteuid() != 0:
        raise ServiceUnavailable("the CUPS scheduler is not running and only root can start it")
    # without systemd: cupsd puts itself in the background; another session may have won the race
    _run([cupsd], check=False)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if _scheduler_running():
            return
        time.sleep(0.1)
    raise ServiceUnavailable("cupsd was started but the scheduler does not answer (see /var/log/cups/error_log)")


def _existing_pdf_queue() -> CupsPdfQueue | None:
    """A CUPS-PDF queue set up by the machine's owner (not root: we cannot add our own);
    it writes to Out of /etc/cups/cups-pdf.conf, ${HOME}/PDF by default."""
    devices = _run(["lpstat", "-v"], check=False).stdout
    for line in devices.splitlines():
        match = re.match(r"device for (\S+): cups-pdf:/(\S*)", line)
        if not match:
            continue
        out = "${HOME}/PDF"
        config = Path(f"/etc/cups/cups-pdf-{match.group(2)}.conf" if match.group(2) else "/etc/cups/cups-pdf.conf")
        with contextlib.suppress(OSError):
            for setting in config.read_text().splitlines():
                if setting.startswith("Out "):
                    out = setting[4:].strip()
        folder = Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", getpass.getuser()))
        return CupsPdfQueue(match.group(1), folder)
    return None


def _create_queue() -> CupsPdfQueue:
    if not CUPS_PDF_BACKEND.exists():
        raise ServiceUnavailable("the CUPS-PDF backend is not installed (Debian package printer-driver-cups-pdf)")
    # the device URI's suffix names the queue's own configuration: /etc/cups/cups-pdf-<suffix>.conf
    Path(f"/etc/cups/cups-pdf-{QUEUE}.conf").write_text(
        "# written by the Property Office Desk test suite (tests/services.py)\n"
        f"Out {QUEUE_FOLDER}\nAnonDirName {QUEUE_FOLDER}\nUserUMask 0022\nAnonUMask 0022\n"
    )
    QUEUE_FOLDER.mkdir(parents=True, exist_ok=True)
    command = ["lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{QUEUE}", "-o", "printer-error-policy=abort-job"]
    ppd = next((p for p in CUPS_PDF_PPDS if p.exists()), None)
    command += ["-P", str(ppd)] if ppd else ["-m", "everywhere"]
    _run(command)
    _run(["cupsenable", QUEUE])
    _run(["cupsaccept", QUEUE])
    return CupsPdfQueue(QUEUE, QUEUE_FOLDER)


def start_cups_pdf_queue() -> CupsPdfQueue:
    """The scheduler running and a CUPS-PDF queue ready; ServiceUnavailable otherwise."""
    if not shutil.which("lpstat"):
        raise ServiceUnavailable("the CUPS client tools are not installed (Debian package cups)")
    with _machine_lock():
        if not _scheduler_running():
            _start_cupsd()
        if os.geteuid() != 0:
            queue = _existing_pdf_queue()
            if queue is None:
                raise ServiceUnavailable("no CUPS-PDF queue exists and only root can add one (lpadmin)")
            return queue
        state = _run(["lpstat", "-p", QUEUE], check=False)
        if state.returncode != 0 or "disabled" in state.stdout or not Path(f"/etc/cups/cups-pdf-{QUEUE}.conf").exists():
            return _create_queue()
        QUEUE_FOLDER.mkdir(parents=True, exist_ok=True)
        return CupsPdfQueue(QUEUE, QUEUE_FOLDER)


@pytest.fixture(scope="session")
def cups_pdf_queue() -> CupsPdfQueue:
    """(queue name, folder where its PDFs appear): a CUPS-PDF queue on a running cupsd."""
    try:
        return start_cups_pdf_queue()
    except ServiceUnavailable as error:
        unavailable("A CUPS-PDF print queue", str(error))


# --- PostgreSQL ----------------------------------------------------------------------------
def postgres_binaries() -> Path:
    """The folder holding initdb and pg_ctl (Debian keeps them out of PATH)."""
    found = shutil.which("initdb")
    if found and Path(found).with_name("pg_ctl").exists():
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0
    )
    if versions:
        return versions[-1].parent
    raise ServiceUnavailable("PostgreSQL's server programs are not installed (Debian package postgresql)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    """A PostgreSQL server of our own in a temporary folder, run as `owner`."""

    folder: Path
    port: int
    owner: str | None  # None: the current user
    bin: Path
    database: str = "desk_test"
    user: str = "desk"

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{self.database}"

    def _as_owner(self, command: list[str]) -> list[str]:
        return ["runuser", "-u", self.owner, "--", *command] if self.owner else command

    def start(self) -> None:
        data = self.folder / "data"
        _run(
            self._as_owner(
                [
                    str(self.bin / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    self.user,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            timeout=120,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        _run(
            self._as_owner(
                [
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(self.folder / "server.log"),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            timeout=90,
        )
        _run(
            self._as_owner(
                [str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, self.database]
            ),
            timeout=60,
        )

    def stop(self) -> None:
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            _run(
                self._as_owner([str(self.bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                timeout=60,
                check=False,
            )

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "server.log").read_text(errors="replace")[-2000:]
        return ""


def start_postgres() -> PostgresServer:
    """initdb + pg_ctl start on 127.0.0.1 at a free port; as `postgres` when we are root
    (initdb refuses root). ServiceUnavailable with the reason when it cannot."""
    binaries = postgres_binaries()
    owner = None
    if os.geteuid() == 0:
        owner = "postgres"
        try:
            import pwd

            account = pwd.getpwnam(owner)
        except KeyError as error:
            raise ServiceUnavailable(
                "running as root and there is no 'postgres' account to run the server as"
            ) from error
    folder = Path(tempfile.mkdtemp(prefix="property-desk-pg-"))
    if owner:
        os.chown(folder, account.pw_uid, account.pw_gid)
    last_error: ServiceUnavailable | None = None
    for _attempt in range(3):  # another process may take the free port before the server binds it
        server = PostgresServer(folder=folder, port=free_port(), owner=owner, bin=binaries)
        try:
            server.start()
            return server
        except ServiceUnavailable as error:
            last_error = ServiceUnavailable(f"{error}\n{server.log()}")
            server.stop()
            for leftover in folder.iterdir():
                shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    raise last_error


@pytest.fixture(scope="session")
def postgres_url():
    """postgresql://desk@127.0.0.1:PORT/desk_test — an empty database on a server of this
    session's own, stopped and deleted when the session ends."""
    try:
        server = start_postgres()
    except ServiceUnavailable as error:
        unavailable("A PostgreSQL server", str(error))
    try:
        yield server.url
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)
