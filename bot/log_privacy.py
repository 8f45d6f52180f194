"""Keeps Discord payloads and database parameters out of the logs, whatever LOG_LEVEL says.

At DEBUG, discord.py logs every gateway event and every REST request body as it is: a pasted
resume in a modal, a posting's text, the bot's replies quoting evidence; aiosqlite logs each
statement with its parameters, a posting's text among them. The bot promises that logs never
hold text, so each record of these libraries' loggers keeps only the arguments that cannot be
a payload: numbers, flags, and short strings without spaces that are not JSON (methods,
routes, URLs, shard ids, close codes). Everything else is replaced by a marker.
"""

from __future__ import annotations

import logging

WITHHELD = "<payload withheld>"
_LIBRARIES = ("discord", "aiosqlite")
_SHORT_CHARS = 200  # longer than any route, gateway URL or rate-limit bucket discord.py names


def _harmless(argument: object) -> bool:
    if argument is None or isinstance(argument, int | float):  # bool and IntEnum included
        return True
    if isinstance(argument, str):
        return (
            len(argument) <= _SHORT_CHARS
            and not argument.lstrip().startswith(("{", "["))
            and not any(character.isspace() for character in argument)
        )
    return False


class PayloadFilter(logging.Filter):
    """Replaces every argument of a record that could be a payload by :data:`WITHHELD`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = {
                key: value if _harmless(value) else WITHHELD for key, value in record.args.items()
            }
        elif record.args:
            record.args = tuple(
                argument if _harmless(argument) else WITHHELD for argument in record.args
            )
        elif not isinstance(record.msg, str):
            # a payload logged as the message itself, e.g. ``_log.debug(data)``
            record.msg, record.args = WITHHELD, ()
        return True


def withhold_payloads() -> None:
    """Put a :class:`PayloadFilter` on every logger of discord.py and aiosqlite (once each).

    A filter on a logger sees only the records made on that very logger, not its children's,
    so each module's logger gets its own; the libraries create them when they are imported.
    """
    names = [name for name in logging.root.manager.loggerDict if name.split(".")[0] in _LIBRARIES]
    for name in [*_LIBRARIES, *names]:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, PayloadFilter) for existing in logger.filters):
            logger.addFilter(PayloadFilter())
