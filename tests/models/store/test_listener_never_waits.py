"""The change watcher's listener while the server does not answer. A relay in front of the
real server stands in for the network: it passes bytes both ways until the "cable is
pulled", then drops the connections it carries and takes new ones without ever answering
(libpq then waits out its whole 2 s connect timeout). The window's poll must not wait with
it: each reconnecting try runs on a thread of its own, the poll returns at once, the status
bar is told the connection is lost, and once the cable is back the desk listens again."""

from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlsplit

from models.store.conditions import Condition, DatabaseCondition
from models.store.server_listener import CONNECT_SECONDS, ChangeListener


class Relay:
    """127.0.0.1:port → the server; `pulled` drops what it carries and answers nothing."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.pulled = False
        self.carried: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.carried.append(client)
            if self.pulled:
                continue  # taken, never answered
            upstream = socket.create_connection(self.target)
            self.carried.append(upstream)
            for one, other in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(one, other), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass

    def pull(self) -> None:
        self.pulled = True
        for carried in self.carried:
            try:
                carried.shutdown(socket.SHUT_RDWR)  # the listener's socket reads its end at the next poll
            except OSError:
                pass
            carried.close()
        self.carried.clear()

    def close(self) -> None:
        self.pull()
        self.server.close()


def test_a_server_that_does_not_answer_never_holds_the_window(postgres_url):
    address = urlsplit(postgres_url)
    relay = Relay(address.hostname, address.port)
    shown = "postgresql://desk@office-server/office"
    options = {"host": "127.0.0.1", "port": relay.port, "dbname": address.path[1:], "user": address.username}
    listener = ChangeListener(options, shown, lambda: None)
    try:
        assert listener.heard() == 0 and listener.connections == 1  # listening from the first poll
        relay.pull()
        polls, said, started = [], [], time.monotonic()
        # poll as the window does (every 1.5 s; here every 0.1 s) for 5 s: the drop is noticed,
        # a try starts 1.5 s later and waits out its 2 s connect timeout on its own thread
        while time.monotonic() - started < 5:
            before = time.monotonic()
            try:
                listener.heard()
            except DatabaseCondition as error:
                said.append(error)
            polls.append(time.monotonic() - before)
            time.sleep(0.1)
        assert max(polls) < 1.0, f"a poll waited {max(polls):.2f} s"  # one that waited would take 2 s
        assert len(said) == len(polls)  # the status bar said so at every poll
        assert {error.condition for error in said} == {Condition.CONNECTION_LOST}
        assert str(said[0]).startswith(f"The connection to the database server {shown} was lost")
        relay.pulled = False  # the cable is back: the next due try gets through
        heard_again, started = None, time.monotonic()
        while heard_again is None and time.monotonic() - started < 15 + CONNECT_SECONDS + 2:
            try:
                heard_again = listener.heard()
            except DatabaseCondition:
                time.sleep(0.1)
        assert heard_again == 1  # listening again; one announcement counted for what was missed
        assert listener.connections == 2
    finally:
        listener.close()
        relay.close()
