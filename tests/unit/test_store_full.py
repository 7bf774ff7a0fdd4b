"""Disk full while a note arrives: the dispatcher acknowledges nothing it could not store, says
why (SQLite's condition, not the note), and relays the note once when the sync replays it after
space comes back. In process (tests/unit/offline_bot.py); the store-locked case runs against
the real bot in tests/integration/test_faults.py."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.dispatch import StoreUnavailable
from tests.unit.offline_bot import INTAKE_ROOM, STAFF, OfflineBot

PHONE = "06 47 21 93 58"  # synthetic
# Long enough that its encrypted text needs new pages: a full disk cannot take it.
NOTE = f"Appel de M. Besson, {PHONE} : rappel demandé, pour Julien. " + "Il précise. " * 280


@pytest.fixture
def bot(tmp_path) -> Iterator[OfflineBot]:
    bot = OfflineBot(tmp_path)
    yield bot
    bot.bot.store.close()


def fill_disk(bot: OfflineBot) -> None:
    """The store may not grow by a single page, as on a full disk (SQLITE_FULL)."""
    db = bot.ctx.store.db
    db.execute("VACUUM")  # no free pages left inside the file either
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")


def free_disk(bot: OfflineBot) -> None:
    bot.ctx.store.db.execute("PRAGMA max_page_count = 1073741823")


def counts(bot: OfflineBot) -> tuple[int, int, int]:
    db = bot.ctx.store.db
    return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[return-value]
                 for table in ("inbound", "cases", "outbox"))


def test_full_disk_acknowledges_nothing_then_the_replay_relays_once(bot: OfflineBot, caplog) -> None:
    secretary = STAFF["lea.sec"]
    event = {"type": "m.room.message", "event_id": "$note", "sender": secretary,
             "content": {"msgtype": "m.text", "body": NOTE}}
    before = counts(bot)
    fill_disk(bot)
    with caplog.at_level(logging.ERROR), pytest.raises(StoreUnavailable):
        bot.feed(INTAKE_ROOM, event)
    assert counts(bot) == before, "something of the note was stored, or queued to be sent"
    assert "database or disk is full" in caplog.text and "$note not acknowledged" in caplog.text
    assert PHONE not in caplog.text and "Besson" not in caplog.text

    free_disk(bot)
    bot.feed(INTAKE_ROOM, event)  # the sync token was not saved: the same event comes again
    bot.feed(INTAKE_ROOM, event)  # and, say, once more
    sent = bot.sent()
    assert sorted(s.kind for s in sent) == ["ack", "notice"]
    assert bot.failures() == 0
