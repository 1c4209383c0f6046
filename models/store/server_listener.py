"""Other desks' changes on a PostgreSQL server: migration 9's triggers announce every
committed change of the tables the desks show on the channel CHANNEL (NOTIFY, delivered
at commit). The listener holds a connection of its own, in autocommit, that LISTENs
there; the window's watcher asks it every poll (models.store.sharing.change_token) what
it has heard, without waiting: psycopg reads what the server already sent, or nothing.

- Announcements sent by this desk's own connection are not counted (the desk knows its
  own saves, as SQLite's data_version does not count them either).
- A lost connection (server restarted, cable pulled: TCP keepalives notice a silent
  peer within about 15 s) raises CONNECTION_LOST with the sentence; the listener then
  tries again at growing intervals (one poll, then 3, 6 … at most 15 s apart). Each try
  (connect, LISTEN) runs on a thread of its own: the poll that starts it waits for it at
  most JOIN_SECONDS (a server that is back answers within that) and a later poll takes
  the connection it made, so a server that does not answer (a pulled cable: the connect
  waits out its CONNECT_SECONDS) never holds the window. Only the very first try, made as
  the desk opens just after its own connection was let in, is waited for to its end. Once LISTENing again it counts
  one announcement more: what was missed while away is read anew."""

from __future__ import annotations

import select
import threading
import time
from collections.abc import Callable

from models.store.condition_kinds import Condition
from models.store.conditions import DatabaseCondition

CHANNEL = "desk_changes"  # models.store.migrations.m009_edit_versions.CHANNEL
CONNECT_SECONDS = 2  # libpq's shortest connect_timeout
JOIN_SECONDS = 0.05  # how long a poll waits for a reconnecting try it started
FIRST_RETRY = 1.5
LONGEST_RETRY = 15.0
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}


class ChangeListener:
    """LISTEN on CHANNEL; `heard()` counts other connections' announcements and reconnects."""

    def __init__(self, options: dict, shown: str, own_pid: Callable[[], int | None]) -> None:
        self._options = {**options, "connect_timeout": CONNECT_SECONDS, **KEEPALIVES}
        self._shown = shown
        self._own_pid = own_pid
        self._connection = None
        self._count = 0
        self._retry_at = 0.0
        self._pause = FIRST_RETRY
        self._lost = False  # said CONNECTION_LOST since it last listened
        self._lock = threading.Lock()
        self._try: threading.Thread | None = None  # the connect running on its own thread
        self._outcome: tuple | None = None  # what the finished try left: (connection, None) or (None, error)
        self._wanted = 0  # a try started before close() is no longer wanted: its connection is closed
        self.connections = 0  # how many times it began to LISTEN (a test or bench reads it)

    def heard(self) -> int:
        """How many announcements of other connections arrived so far (plus one per
        reconnection); CONNECTION_LOST while the server cannot be reached. Never waits
        longer than JOIN_SECONDS for a connection."""
        if self._connection is None and not self._listen():
            return self._count  # the first try is still under way: nothing to say yet
        own = self._own_pid()
        try:
            self._read(own)
        except Exception as error:  # psycopg.OperationalError and kin: the server went away
            self._drop()
            self._lost = True
            self._retry_at = time.monotonic() + FIRST_RETRY
            raise DatabaseCondition.of(Condition.CONNECTION_LOST, self._shown) from error
        return self._count

    def _read(self, own: int | None) -> None:
        """Whatever the socket holds, without waiting: announcements, and a closed socket
        (a server shutting down sends its farewell first, then closes: read until the
        socket has nothing more, so the close is seen in the same poll)."""
        from psycopg.pq import ConnStatus

        pgconn = self._connection.pgconn
        for _ in range(4):
            pgconn.consume_input()  # raises once the server has closed the connection
            while (notify := pgconn.notifies()) is not None:
                if notify.be_pid != own:
                    self._count += 1
            if not select.select([pgconn.socket], [], [], 0)[0]:
                break
        if pgconn.status != ConnStatus.OK:
            raise ConnectionError("the listening connection is closed")

    def _listen(self) -> bool:
        """Take the connection a finished try made (True), else start a try when one is due
        and wait for it a moment; CONNECTION_LOST while away, False while the first try runs."""
        started_now = False
        if self._outcome is None and self._try is None and time.monotonic() >= self._retry_at:
            self._start_try()
            started_now = True
        if self._try is not None:
            first = not (self.connections or self._lost)
            self._try.join(CONNECT_SECONDS + 1 if first else JOIN_SECONDS)
        with self._lock:
            outcome, self._outcome = self._outcome, None
            if outcome is not None:
                self._try = None
        if outcome is not None:
            connection, error = outcome
            if connection is not None:
                self._connection = connection
                self._pause = FIRST_RETRY
                self.connections += 1
                if self._lost or not started_now:
                    self._count += 1  # announcements may have been missed while not listening
                self._lost = False
                return True
            self._retry_at = time.monotonic() + self._pause
            self._pause = min(self._pause * 2, LONGEST_RETRY)
            self._lost = True
            raise DatabaseCondition.of(Condition.CONNECTION_LOST, self._shown) from error
        if self._lost or self.connections:
            raise DatabaseCondition.of(Condition.CONNECTION_LOST, self._shown)
        return False

    def _start_try(self) -> None:
        wanted = self._wanted

        def attempt() -> None:
            import psycopg

            try:
                connection = psycopg.connect(autocommit=True, **self._options)
                connection.execute(f"LISTEN {CHANNEL}")
                outcome = (connection, None)
            except psycopg.Error as error:
                outcome = (None, error)
            with self._lock:
                if wanted == self._wanted:
                    self._outcome = outcome
                    return
            if outcome[0] is not None:  # closed meanwhile: nobody will take it
                outcome[0].close()

        self._try = threading.Thread(target=attempt, name="desk-change-listener", daemon=True)
        self._try.start()

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # already broken: nothing more to release
                pass
        self._connection = None

    def close(self) -> None:
        self._drop()
        with self._lock:
            self._wanted += 1
            leftover, self._outcome, self._try = self._outcome, None, None
        if leftover is not None and leftover[0] is not None:
            leftover[0].close()
        self._retry_at = 0.0
        self._pause = FIRST_RETRY
        self._lost = False
