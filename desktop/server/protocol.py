"""uvicorn's HTTP protocol with TCP_NODELAY set on every accepted connection.

With ``--workers N`` uvicorn hands the worker processes a listening socket whose accepted connections lose
TCP_NODELAY (uvicorn issue 3149): an answer written in two segments then waits for the client's delayed ACK,
~40 ms on every request of a kept-alive connection (measured: 48-54 ms instead of 6-11 ms). Setting it again
when the connection is made costs one system call.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class NoDelayHttpToolsProtocol(HttpToolsProtocol):
    def connection_made(self, transport: Any) -> None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):  # not a TCP socket (a Unix socket): nothing to do
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
