"""The reception-desk server: ``python -m desktop serve --db URL`` (``reception-desk serve`` in the frozen build).

It runs ``desktop.services`` next to the group's PostgreSQL and is the only holder of the database credentials;
workstations log in over HTTPS and send one request per advisor action (:mod:`desktop.server.app`).
"""

from __future__ import annotations

from desktop.server.main import main

__all__ = ["main"]
