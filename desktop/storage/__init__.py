"""Storage: engine and session setup, units of work, queries. The only layer that writes SQL."""

from desktop.storage.database import Database, normalize_url
from desktop.storage.errors import (
    DatabaseUnavailable,
    SchemaTooNew,
    SchemaTooOld,
    StaleRecord,
    StorageError,
)

__all__ = [
    "Database",
    "DatabaseUnavailable",
    "SchemaTooNew",
    "SchemaTooOld",
    "StaleRecord",
    "StorageError",
    "normalize_url",
]
