"""A burst of notes is confirmed in one message (store/outbox.py `fold` with
handlers/notices.py `fold_confirmations`): one event for the homeserver instead of one per note,
each note still confirmed once, under its own case; a confirmation once tried is never changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.sender import FOLD_MOST
from handlers.notices import CASE_KEY, CONFIRMS_KEY, confirmations, fold_confirmations
from tests.unit.offline_bot import INTAKE_ROOM, STAFF, OfflineBot

LEA = STAFF["lea.sec"]


@pytest.fixture
def bot(tmp_path) -> Iterator[OfflineBot]:
    bot = OfflineBot(tmp_path)
    yield bot
    bot.bot.store.close()


def burst(bot: OfflineBot, count: int) -> list[str]:
    return [bot.message(INTAKE_ROOM, LEA, f"Rappel demandé {i}, pour Julien") for i in range(count)]


def fold(bot: OfflineBot) -> None:
    bot.ctx.outbox.fold("ack", fold_confirmations, FOLD_MOST)


def test_a_burst_is_confirmed_in_one_message_a_line_per_note(bot: OfflineBot) -> None:
    notes = burst(bot, 3)
    fold(bot)
    sent = bot.sent()
    (folded,) = [s for s in sent if s.room_id == INTAKE_ROOM]
    refs = [s.content[CASE_KEY] for s in sent if s.kind == "notice"]
    confirmed = [(c["note"], c["case"]) for c in folded.content[CONFIRMS_KEY]]
    assert confirmed == list(zip(notes, refs, strict=True))
    assert folded.body.splitlines() == ["3 notes reçues :", *(f"{ref} → Julien Martin" for ref in refs)]
    assert folded.content["m.relates_to"] == {"m.in_reply_to": {"event_id": notes[-1]}}
    # A reply to the folded message still finds a case (any of them): every row has its event.
    assert bot.ctx.outbox.case_of_event(folded.event_id) in refs


def test_one_note_keeps_its_own_confirmation(bot: OfflineBot) -> None:
    (note,) = burst(bot, 1)
    fold(bot)
    (ack,) = [s for s in bot.sent() if s.room_id == INTAKE_ROOM]
    assert CONFIRMS_KEY not in ack.content
    assert confirmations(ack.content) == [{"case": ack.content[CASE_KEY], "note": note,
                                           "line": ack.body}]


def test_a_long_burst_is_split_and_nothing_is_confirmed_twice(bot: OfflineBot) -> None:
    notes = burst(bot, FOLD_MOST + 5)
    fold(bot)
    fold(bot)  # again: what is folded stays folded once
    messages = [s for s in bot.sent() if s.room_id == INTAKE_ROOM]
    assert [len(m.content[CONFIRMS_KEY]) for m in messages] == [FOLD_MOST, 5]
    assert [c["note"] for m in messages for c in m.content[CONFIRMS_KEY]] == notes


def test_a_confirmation_once_tried_is_not_folded(bot: OfflineBot) -> None:
    first = burst(bot, 1)
    (tried,) = [p for p in bot.ctx.outbox.pending("9999") if p.kind == "ack"]
    # tried, then neither marked sent nor failed (the store locked, or the bot killed, after
    # the homeserver took it): it may be there already, under its transaction ID
    bot.ctx.outbox.trying([tried.id])
    later = burst(bot, 2)
    fold(bot)
    messages = [s for s in bot.sent() if s.room_id == INTAKE_ROOM]
    assert [[c["note"] for c in confirmations(m.content)] for m in messages] == [first, later]
