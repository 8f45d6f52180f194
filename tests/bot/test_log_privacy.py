"""discord.py's log records keep routes and ids but never a payload."""

from __future__ import annotations

import logging
from functools import partial

import pytest

from bot.log_privacy import WITHHELD, PayloadFilter, withhold_payloads


def _shown(message: str, *args: object) -> str:
    record = logging.LogRecord("discord.http", logging.DEBUG, __file__, 1, message, args, None)
    assert PayloadFilter().filter(record)
    return record.getMessage()


def test_gateway_event_dict_is_withheld() -> None:
    event = {"t": "INTERACTION_CREATE", "d": {"data": {"options": [{"value": "Budi, Golang"}]}}}
    shown = _shown("For Shard ID %s: WebSocket Event: %s", 0, event)
    assert shown == f"For Shard ID 0: WebSocket Event: {WITHHELD}"


@pytest.mark.parametrize("body", ['{"content":"Budi"}', "Budi Santoso, Golang", "x" * 500])
def test_request_bodies_and_prose_are_withheld(body: str) -> None:
    shown = _shown(
        "%s %s with %s has returned %s", "POST", "https://discord.com/api/v10/x", body, 200
    )
    assert shown == f"POST https://discord.com/api/v10/x with {WITHHELD} has returned 200"


def test_a_message_without_arguments_is_kept() -> None:
    assert _shown("Received RECONNECT opcode.") == "Received RECONNECT opcode."


def test_sqlite_statements_and_their_parameters_are_withheld(
    caplog: pytest.LogCaptureFixture,
) -> None:
    withhold_payloads()
    caplog.set_level(logging.DEBUG, logger="aiosqlite")
    statement = partial(print, "INSERT INTO job_posting VALUES (?)", ("Budi Santoso, Golang",))
    logging.getLogger("aiosqlite").debug("executing %s", statement)
    assert caplog.messages == [f"executing {WITHHELD}"]
