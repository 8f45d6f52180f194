"""Errors raised while loading a taxonomy."""


class TaxonomyError(ValueError):
    """A taxonomy file is missing, unreadable or invalid; the message names the file and entry."""
