"""Bad input, in process (tests/unit/offline_bot.py: the bot's real wiring over a temporary
store, no homeserver). Hypothesis feeds it hostile notes, commands and raw events.

Properties: no handler ever fails (no "internal error" path), refusals are short and echo
nothing of the input, nothing carries HTML from the input in `formatted_body`, and no
identifier typed into the input reaches anything but the one place meant to show it (!show)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.config import Config
from handlers.notices import CASE_KEY
from tests.unit.offline_bot import (
    ADMIN_ROOM,
    INTAKE_ROOM,
    OTHER_ROOM,
    PHYSIO_ROOMS,
    PLAIN_ROOM,
    STAFF,
    OfflineBot,
    Sent,
)

MAX_NOTE = Config.max_note_chars  # the default, as sample_config leaves it
# Synthetic identifiers; typed into the input, they must come out nowhere (but !show).
IDENTIFIERS = ("06 47 21 93 58", "+33 6 47 21 93 58", "2 84 05 75 112 345 67",
               "odile.vb@exemple.fr")
HTML = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        '<a href="javascript:void(0)">ici</a>', "</body>", "<b>gras</b>", "<!--", "<p")
SQL = ("'; DROP TABLE cases; --", '" OR 1=1 --', "Robert'); DELETE FROM inbound;--")
MATRIX_IDS = ('@"julien":kine.test', "@julien:kine.test'--", "@<b>x</b>:kine.test",
              "@mallory:evil.example", "@julien:kine.test", "@anne.admin:kine.test")
ECHO_MARKERS = IDENTIFIERS + HTML + SQL  # must never come back in a refusal
REFUSAL_MAX = 200


# --- the bot, offline -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfflineBot]:
    bot = OfflineBot(tmp_path_factory.mktemp("offline"))
    yield bot
    bot.bot.store.close()


def check(bot: OfflineBot, sent: list[Sent]) -> None:
    """The properties every answer to bad input keeps."""
    assert bot.failures() == 0, "a handler raised"
    for out in sent:
        assert isinstance(out.content.get("body", ""), str)
        html = str(out.content.get("formatted_body", ""))
        assert not any(marker in html for marker in HTML), "input HTML in formatted_body"
        if out.kind == "refusal":
            assert len(out.body) <= REFUSAL_MAX, out.body
            assert not any(m in out.body for m in ECHO_MARKERS + MATRIX_IDS[:3]), out.body
        if out.kind != "reveal":  # !show is the one place identifiers are shown, by design
            assert not any(i in out.body for i in IDENTIFIERS), f"identifier in a {out.kind}"


# --- strategies -------------------------------------------------------------------------------

CONTROL = st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"])
FRAGMENT = st.one_of(
    st.text(max_size=40),
    st.text(CONTROL, min_size=1, max_size=5),
    st.sampled_from(IDENTIFIERS + HTML + SQL + MATRIX_IDS),
    st.sampled_from(("Julien", "Claire", "Sophie", "urgent", "RDV mardi", "K7Q2:", "> cité\n")),
)
TEXT = st.lists(FRAGMENT, max_size=12).map(" ".join)
LONG = st.integers(MAX_NOTE - 3, MAX_NOTE * 2).flatmap(
    lambda n: st.sampled_from(IDENTIFIERS + HTML).map(lambda f: (f + " ") * (n // len(f) + 1)))
NOTE = st.one_of(TEXT, LONG)
SENDER = st.sampled_from([*STAFF.values(), "@mallory:kine.test", "@julien:evil.example"])
ROOM = st.sampled_from([INTAKE_ROOM, ADMIN_ROOM, OTHER_ROOM, PLAIN_ROOM, *PHYSIO_ROOMS.values(),
                        "!unknown:kine.test"])
ARG = st.one_of(st.sampled_from(MATRIX_IDS + SQL + HTML + IDENTIFIERS),
                st.sampled_from(("K7Q2", "k7q2", "0000", "9" * 30, "-1", "", "ABCDE")),
                st.text(max_size=20))
PROPERTIES = settings(max_examples=200, deadline=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def command_names() -> list[str]:
    from handlers.commands import REGISTRY
    return sorted(REGISTRY)


# --- properties -------------------------------------------------------------------------------

@PROPERTIES
@given(note=NOTE, sender=st.sampled_from([STAFF["lea.sec"], STAFF["marc.sec"]]))
def test_any_note_is_relayed_or_briefly_refused(offline: OfflineBot, note: str, sender: str) -> None:
    offline.message(INTAKE_ROOM, sender, note)
    sent = offline.sent()
    check(offline, sent)
    text = note.strip()
    if not text or text.startswith("!"):
        return  # a command, or nothing to relay
    if len(text) > MAX_NOTE:
        (refusal,) = sent
        assert refusal.kind == "refusal" and "trop longue" in refusal.body
    else:  # a case: acknowledged once; notified once unless nobody is named (unassigned)
        kinds = [s.kind for s in sent]
        assert kinds.count("ack") == 1 and kinds.count("notice") <= 1, kinds


@PROPERTIES
@given(name=st.one_of(st.sampled_from(command_names()), st.text(max_size=12)),
       args=st.lists(ARG, max_size=5), sender=SENDER, room=ROOM)
def test_any_command_is_answered_without_crash_or_echo(offline: OfflineBot, name: str,
                                                       args: list[str], sender: str, room: str) -> None:
    offline.message(room, sender, " ".join([f"!{name}", *args]))
    check(offline, offline.sent())


@PROPERTIES
@given(body=TEXT, sender=SENDER, room=ROOM, target=st.sampled_from(("notice", "note", "unknown")),
       relation=st.sampled_from(("reply", "edit", "reaction", "redaction", "prefixed")))
def test_any_answer_edit_reaction_or_redaction_is_handled(
        offline: OfflineBot, body: str, sender: str, room: str, target: str, relation: str) -> None:
    julien = STAFF["julien"]
    note = offline.message(INTAKE_ROOM, STAFF["lea.sec"], "Appel : rappel demandé, pour Julien")
    notice = next(s for s in offline.sent() if s.kind == "notice")
    ref = notice.content[CASE_KEY]
    event = {"notice": notice.event_id, "note": note, "unknown": "$nowhere"}[target]
    if relation == "reply":
        offline.message(room, sender, f"> cité\n\n{body}", **{"m.relates_to": {
            "m.in_reply_to": {"event_id": event}}})
    elif relation == "prefixed":
        offline.message(PHYSIO_ROOMS[julien], julien, f"{ref}: {body}")
    elif relation == "edit":
        offline.message(room, sender, f"* {body}", **{
            "m.new_content": {"msgtype": "m.text", "body": body},
            "m.relates_to": {"rel_type": "m.replace", "event_id": event}})
    elif relation == "reaction":
        offline.feed(room, {"type": "m.reaction", "sender": sender, "content": {
            "m.relates_to": {"rel_type": "m.annotation", "event_id": event, "key": body[:20]}}})
    else:
        offline.feed(room, {"type": "m.room.redaction", "sender": sender, "redacts": event,
                            "content": {"reason": body}})
    check(offline, offline.sent())


ODD = st.one_of(st.none(), st.integers(), st.booleans(), st.text(max_size=20),
                st.sampled_from(HTML + IDENTIFIERS), st.lists(st.integers(), max_size=3),
                st.dictionaries(st.sampled_from(("event_id", "body", "rel_type", "m.in_reply_to")),
                                st.one_of(st.text(max_size=10), st.integers(), st.none()), max_size=3))
RELATION = st.one_of(ODD, st.fixed_dictionaries(
    {}, optional={"rel_type": st.sampled_from(("m.replace", "m.annotation", "m.thread", "x")),
                  "event_id": st.one_of(st.text(max_size=10), st.integers()),
                  "key": ODD, "m.in_reply_to": ODD}))
ODD_FIELDS = {
    "format": st.one_of(st.just("org.matrix.custom.html"), ODD),
    "formatted_body": st.one_of(st.sampled_from(HTML), ODD), "m.relates_to": RELATION,
    "m.new_content": st.one_of(st.fixed_dictionaries({"msgtype": st.just("m.text"), "body": ODD}), ODD),
    "key": ODD, "reason": ODD}
MEGOLM = st.fixed_dictionaries({
    "algorithm": st.just("m.megolm.v1.aes-sha2"), "ciphertext": st.text(min_size=1, max_size=20),
    "sender_key": st.text(min_size=1, max_size=10), "session_id": st.text(min_size=1, max_size=10),
    "device_id": st.text(max_size=10)})
# Valid enough for nio to hand the bot a message (or an undecryptable one), odd everywhere else;
# or anything at all.
RAW_CONTENT = st.one_of(
    MEGOLM,
    st.fixed_dictionaries({"msgtype": st.sampled_from(("m.text", "m.notice")), "body": TEXT},
                          optional=ODD_FIELDS),
    st.fixed_dictionaries({}, optional={"msgtype": st.one_of(st.sampled_from(("m.emote", "x.y")), ODD),
                                        "body": ODD, **ODD_FIELDS}))


@PROPERTIES
@example("m.room.message", {"msgtype": "m.text", "body": "x", "m.relates_to": "garbage"},
         STAFF["lea.sec"], INTAKE_ROOM, True)
@example("m.room.message", {"msgtype": "m.text", "body": "x", "m.relates_to": {"m.in_reply_to": 3}},
         STAFF["julien"], PHYSIO_ROOMS[STAFF["julien"]], True)
@example("m.room.message", {"msgtype": "m.text", "body": "* x", "m.new_content": "y",
                            "m.relates_to": {"rel_type": "m.replace", "event_id": 5}},
         STAFF["lea.sec"], INTAKE_ROOM, True)
@given(event_type=st.one_of(st.just("m.room.message"), st.sampled_from((
           "m.reaction", "m.room.redaction", "m.sticker", "org.example.custom", "m.room.encrypted"))),
       content=RAW_CONTENT, sender=SENDER, room=ROOM, decrypted=st.booleans())
def test_malformed_events_never_crash_the_dispatcher(offline: OfflineBot, event_type: str,
                                                     content: dict, sender: str, room: str,
                                                     decrypted: bool) -> None:
    offline.feed(room, {"type": event_type, "sender": sender, "content": content}, decrypted)
    check(offline, offline.sent())


def test_the_store_survives_injection(offline: OfflineBot) -> None:
    """Every example above ran against this one store: still whole, still its own tables."""
    db = offline.ctx.store.db
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert {"cases", "inbound", "outbox", "audit"} <= set(db.table_names())
    assert offline.ctx.cases.count() > 0
