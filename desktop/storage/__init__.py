"""Storage: engine and session setup, units of work, queries. The only layer that writes SQL."""

# Registers the flush listener that keeps the search tables in step with every ORM write.
import desktop.storage.search_index  # noqa: F401
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
