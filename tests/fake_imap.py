"""A tiny IMAP server on loopback that records every line it receives: enough for a sync of an empty INBOX.

It accepts any LOGIN when `accept` is true (then answers SELECT/EXAMINE, UID SEARCH and LOGOUT), and keeps
the raw bytes of every command so a test can assert what a client did, or did not, send.
"""

from __future__ import annotations

import socket
import threading


class FakeImap:
    def __init__(self, *, accept: bool = True):
        self.accept = accept
        self.received: list[bytes] = []
        self.connections = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> FakeImap:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.close()

    @property
    def logins(self) -> list[bytes]:
        return [line for line in self.received if b" LOGIN " in line.upper()]

    def saw(self, secret: str) -> bool:
        return secret.encode() in b"".join(self.received)

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as reader:
            conn.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake ready\r\n")
            for line in reader:
                self.received.append(line)
                tag, _, rest = line.strip().partition(b" ")
                command = rest.split(b" ", 1)[0].upper()
                if command == b"UID":
                    command = b"UID " + rest.split(b" ")[1].upper()
                conn.sendall(self._answer(tag, command))
                if command == b"LOGOUT":
                    return

    def _answer(self, tag: bytes, command: bytes) -> bytes:
        if command == b"CAPABILITY":
            return b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n"
        if command == b"LOGIN":
            return tag + (b" OK logged in\r\n" if self.accept else b" NO [AUTHENTICATIONFAILED] no\r\n")
        if command in (b"SELECT", b"EXAMINE"):
            return b"* 0 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n" + tag + b" OK [READ-ONLY] done\r\n"
        if command == b"UID SEARCH":
            return b"* SEARCH\r\n" + tag + b" OK done\r\n"
        if command == b"LOGOUT":
            return b"* BYE bye\r\n" + tag + b" OK done\r\n"
        return tag + b" BAD unknown\r\n"
