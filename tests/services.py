"""Real services the tests print and store through, started once per test session.

- `cups_pdf_queue`: a CUPS-PDF print queue on a CUPS scheduler of this session's own; a
  job sent to it becomes a PDF file in `queue.folder` (find it with
  `queue.wait_for_pdf(title)`). While a test holds the fixture, `lp` and Qt's print
  support (libcups, through CUPS_SERVER and cupsSetServer) talk to that scheduler; other
  tests see no printer, so nothing on the machine changes what they print to.
- `postgres_url`: a throwaway PostgreSQL server on 127.0.0.1 (initdb into a temporary
  folder, a free port, one empty database) and its `postgresql://` URL; `postgres_server`
  is the server itself, whose `restart()` stops and starts it (a server restart seen
  from the desks: every connection dropped, the same data and port afterwards).

`./desk test` installs the Debian packages these need (cups, printer-driver-cups-pdf,
postgresql). In CI (CI=true) a service that cannot be started fails the test that asked
for it, with the reason; elsewhere such a test is skipped with the reason.

Several test sessions may run on one machine at once: each has its own scheduler (on a
Unix socket in a temporary folder), queue and PostgreSQL server, and stops them at the
end; the system's cupsd is neither needed nor touched."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import getpass
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPDS = (Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"), Path("/usr/share/cups/model/CUPS-PDF_opt.ppd"))
# cups-pdf reads its per-queue settings from here whatever the scheduler's ServerRoot
CUPS_PDF_CONFIG = Path("/etc/cups")


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


# --- CUPS ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CupsPdfQueue:
    """A CUPS-PDF print queue; unpacks as (name, folder). `server` is the scheduler's
    address for CUPS_SERVER (None: the system's scheduler)."""

    name: str
    folder: Path
    server: str | None = None

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
        jobs = _run(["lpstat", "-W", "all", "-o", self.name], check=False, env=self.environment()).stdout.strip()
        raise AssertionError(
            f"no PDF for the job “{title}” in {self.folder} after {timeout:.0f} s; jobs: {jobs or 'none'}"
        )

    def environment(self) -> dict[str, str]:
        """os.environ with CUPS_SERVER pointing at this queue's scheduler."""
        return {**os.environ, "CUPS_SERVER": self.server} if self.server else dict(os.environ)


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


class PrivateCups:
    """cupsd in the foreground with its own ServerRoot, spool, logs and a Unix socket in
    a temporary folder, and one CUPS-PDF queue writing into `folder/pdf`."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="property-desk-cups-"))
        self.socket = str(self.root / "cups.sock")
        self.queue = f"DeskPDF-{os.getpid()}"
        self.config = CUPS_PDF_CONFIG / f"cups-pdf-{self.queue}.conf"
        self.process: subprocess.Popen | None = None

    def start(self) -> CupsPdfQueue:
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        if not Path(cupsd).exists():
            raise ServiceUnavailable("cupsd is not installed (Debian package cups)")
        if not CUPS_PDF_BACKEND.exists():
            raise ServiceUnavailable("the CUPS-PDF backend is not installed (Debian package printer-driver-cups-pdf)")
        root = self.root
        os.chmod(root, 0o755)  # filters run as the lp user and read the spool
        for sub in ("spool/tmp", "cache", "state", "log", "ppd", "pdf", "cups-pdf-spool"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        (root / "cupsd.conf").write_text(
            f"LogLevel warn\nListen {self.socket}\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        (root / "cups-files.conf").write_text(
            f"ServerRoot {root}\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\nCacheDir {root}/cache\n"
            f"StateDir {root}/state\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
            f"AccessLog {root}/log/access_log\nErrorLog {root}/log/error_log\nPageLog {root}/log/page_log\n"
            "FileDevice No\n"
        )
        # the device URI's suffix names cups-pdf's settings file: /etc/cups/cups-pdf-<suffix>.conf
        self.config.write_text(
            "# a test session's PDF printer (tests/services.py); removed when the session ends\n"
            f"Out {root}/pdf\nAnonDirName {root}/pdf\nSpool {root}/cups-pdf-spool\nLog {root}/log\n"
            "UserUMask 0022\nAnonUMask 0022\n"
        )
        self.process = subprocess.Popen(
            [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=(root / "log" / "cupsd.err").open("w"),
            start_new_session=True,
        )
        environment = {**os.environ, "CUPS_SERVER": self.socket}
        deadline = time.monotonic() + 20
        while "is running" not in _run(["lpstat", "-r"], check=False, env=environment, timeout=10).stdout:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise ServiceUnavailable(f"cupsd did not start: {self._log()}")
            time.sleep(0.05)
        ppd = next((p for p in CUPS_PDF_PPDS if p.exists()), None)
        _run(
            ["lpadmin", "-p", self.queue, "-E", "-v", f"cups-pdf:/{self.queue}", *(["-P", str(ppd)] if ppd else [])],
            env=environment,
        )
        return CupsPdfQueue(self.queue, root / "pdf", self.socket)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.config.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def _log(self) -> str:
        texts = []
        for name in ("cupsd.err", "error_log"):
            with contextlib.suppress(OSError):
                texts.append((self.root / "log" / name).read_text(errors="replace")[-1500:])
        return "\n".join(texts).strip() or "no log"


def _existing_pdf_queue() -> CupsPdfQueue | None:
    """A CUPS-PDF queue of the system's scheduler, set up by the machine's owner (a
    session that is not root cannot start its own scheduler with the cups-pdf backend);
    it writes to Out of /etc/cups/cups-pdf.conf, ${HOME}/PDF by default."""
    try:
        devices = _run(["lpstat", "-v"], check=False, timeout=10).stdout
    except ServiceUnavailable:
        return None
    for line in devices.splitlines():
        match = re.match(r"device for (\S+): cups-pdf:/(\S*)", line)
        if not match:
            continue
        out = "${HOME}/PDF"
        config = CUPS_PDF_CONFIG / (f"cups-pdf-{match.group(2)}.conf" if match.group(2) else "cups-pdf.conf")
        with contextlib.suppress(OSError):
            for setting in config.read_text().splitlines():
                if setting.startswith("Out "):
                    out = setting[4:].strip()
        folder = Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", getpass.getuser()))
        return CupsPdfQueue(match.group(1), folder)
    return None


def _libcups():
    name = ctypes.util.find_library("cups")
    if not name:
        return None
    library = ctypes.CDLL(name)
    library.cupsSetServer.argtypes = [ctypes.c_char_p]
    library.cupsSetServer.restype = None
    return library


@pytest.fixture(scope="session")
def _cups_session():
    """The session's scheduler and queue, started the first time a test asks for it."""
    if not shutil.which("lpstat"):
        yield ServiceUnavailable("the CUPS client tools are not installed (Debian package cups)")
        return
    if os.geteuid() != 0:
        yield _existing_pdf_queue() or ServiceUnavailable(
            "only root can run a CUPS scheduler with the CUPS-PDF backend, and the system has no CUPS-PDF queue"
        )
        return
    cups = PrivateCups()
    try:
        yield cups.start()
    except ServiceUnavailable as error:
        yield error
    finally:
        cups.stop()


@pytest.fixture
def cups_pdf_queue(_cups_session, monkeypatch) -> CupsPdfQueue:
    """(queue name, folder where its PDFs appear): a CUPS-PDF queue. During the test,
    CUPS_SERVER and libcups in this process point at its scheduler."""
    if isinstance(_cups_session, ServiceUnavailable):
        unavailable("A CUPS-PDF print queue", str(_cups_session))
    queue: CupsPdfQueue = _cups_session
    if queue.server:
        monkeypatch.setenv("CUPS_SERVER", queue.server)
        libcups = _libcups()
        if libcups is not None:
            libcups.cupsSetServer(queue.server.encode())
        yield queue
        if libcups is not None:
            libcups.cupsSetServer(None)  # back to the default (read again from the environment)
    else:
        yield queue


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
        self.launch()
        _run(
            self._as_owner(
                [str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, self.database]
            ),
            timeout=60,
        )

    def launch(self) -> None:
        """pg_ctl start on the folder's data, waiting until it accepts connections."""
        data = self.folder / "data"
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

    def ensure_running(self) -> None:
        """Start the server again if it has gone away since the last test (once seen in a
        whole CI run, cause not yet found: the tail of its log is given as a warning, which
        the run's summary shows, so the next run that meets it says why); a server that
        answers is left alone."""
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=2).close()
            return
        except OSError:
            pass
        # a warning, so that the run's summary shows it even when every test then passes
        warnings.warn(
            f"the throwaway PostgreSQL server on port {self.port} had stopped; its log ends:\n{self.log()}",
            stacklevel=2,
        )
        self.launch()

    def restart(self, *, down_for: float = 0.0, during=None):
        """Stop the server (every connection dropped, as a restart or a power cut does),
        stay down for `down_for` seconds after running `during()` (if given: what a desk
        does while the server is away; its result is returned), then start it again on
        the same port with the same data."""
        self.stop(mode="fast")  # as the IT person's restart does: sessions ended, everything committed kept
        try:
            result = during() if during is not None else None
            time.sleep(down_for)
        finally:
            self.launch()
        return result

    def stop(self, mode: str = "immediate") -> None:
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            _run(
                self._as_owner([str(self.bin / "pg_ctl"), "-D", str(data), "-m", mode, "-w", "stop"]),
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
def postgres_server():
    """The session's own PostgreSQL server (`.url`, `.restart()`), stopped and deleted
    when the session ends."""
    try:
        server = start_postgres()
    except ServiceUnavailable as error:
        unavailable("A PostgreSQL server", str(error))
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server):
    """postgresql://desk@127.0.0.1:PORT/desk_test — an empty database on a server of this
    session's own (postgres_server)."""
    return postgres_server.url
