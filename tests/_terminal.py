"""Reading a pseudo-terminal from a test: what a command printed to its terminal."""

from __future__ import annotations

import os
import threading


def drained(fd: int) -> tuple[threading.Thread, list[bytes]]:
    """A thread that reads ``fd`` until its other end is closed, so no writer ever blocks.

    Join the thread after closing the writer's end; the chunks read are in the list.
    """
    received: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: a terminal's other end is closed
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    return reader, received
