"""The sender's order (bot/sender.py `steps`): a case's operations in order, cases side by side,
and an operation on the room itself between what was queued before and after it; and how runs
side by side end (`side_by_side`)."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.sender import side_by_side, steps
from store.outbox import Pending


def op(n: int, case: str = "", kind: str = "send") -> Pending:
    return Pending(id=n, txn_id=f"txn{n}", op=kind, room_id="!room:kine.test", kind="notice",
                   case_ref=case, content={}, attempts=0)


def ids(operations: list[Pending]) -> list[list[list[int]]]:
    return [[[p.id for p in lane] for lane in step] for step in steps(operations)]


def test_cases_go_side_by_side_each_in_order() -> None:
    assert ids([op(1, "A"), op(2, "B"), op(3, "A"), op(4, "C", "redact")]) == [[[1, 3], [2], [4]]]


def test_room_operations_and_caseless_messages_are_steps_of_their_own() -> None:
    queued = [op(1, "A"), op(2, kind="rotate"), op(3, "A"), op(4, "B"), op(5), op(6, "B"),
              op(7, "A", "kick")]
    assert ids(queued) == [[[1]], [[2]], [[3], [4]], [[5]], [[6]], [[7]]]


def test_nothing_queued_no_step() -> None:
    assert ids([]) == []


async def test_side_by_side_stops_the_others_at_the_first_error() -> None:
    """The store locked under one send: the others are cancelled (and go again later under
    their transaction IDs), none left running behind the next drain, and the error is raised."""
    cancelled = []

    async def long_send() -> bool:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise
        return True

    async def locked() -> bool:
        await asyncio.sleep(0.01)
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError):
        await side_by_side([long_send(), locked()])
    assert cancelled == [True]


async def test_side_by_side_says_whether_every_run_succeeded() -> None:
    async def result(value: bool) -> bool:
        return value

    assert await side_by_side([result(True), result(True)])
    assert not await side_by_side([result(True), result(False)])
