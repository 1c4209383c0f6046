"""One window per data folder: the first copy of the program holds a lock file in the data
folder and listens on a local socket named after it; a second copy started on the same
folder asks the first to come forward and quits, so two windows never write unaware of
each other. (Command-line writes beside the window go through SQLite's own locking.)"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from models.store import DataFolder

LOCK_FILE = "desk.lock"
RAISE = b"raise"
WAIT_MS = 1000


class Instance(QObject):
    """The running copy's hold on its data folder."""

    raise_requested = Signal()

    def __init__(self, lock: QLockFile, server: QLocalServer) -> None:
        super().__init__(server)
        self.lock, self.server = lock, server
        server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.readyRead.connect(lambda: self._read(socket))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == RAISE:
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        self.server.close()
        self.lock.unlock()


def server_name(folder: DataFolder) -> str:
    digest = hashlib.sha1(str(folder.root.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"property-desk-{digest}"


def claim(folder: DataFolder) -> Instance | None:
    """Hold the folder for this copy, or ask the copy that holds it to come forward (None)."""
    folder.root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder.root / LOCK_FILE))
    lock.setStaleLockTime(0)  # never by age: only a lock whose process is gone is taken over
    if not lock.tryLock(WAIT_MS):
        _ask_to_come_forward(server_name(folder))
        return None
    server = QLocalServer()
    QLocalServer.removeServer(server_name(folder))  # a socket file left by a crash
    server.listen(server_name(folder))
    return Instance(lock, server)


def _ask_to_come_forward(name: str) -> None:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if socket.waitForConnected(WAIT_MS):
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
