"""The exceptions of the job-board storage, with messages an operator can act on."""


class StorageError(Exception):
    """Base of every error the storage raises on purpose."""


class StorageURLError(StorageError, ValueError):
    """A ``DATABASE_URL`` that names no supported database."""


class StorageUnavailableError(StorageError):
    """The database cannot be opened, reached or written (a file, a server, a disk)."""


class SchemaVersionError(StorageError):
    """The database was migrated by a newer cocok than this one."""
