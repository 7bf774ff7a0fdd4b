"""Schema migrations, applied in order and counted in SQLite's `user_version`."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def _v1(db: sqlite_utils.Database) -> None:
    db["kv"].create({"key": str, "value": str}, pk="key")
    # Managed rooms: kind is intake, admin, physio (owner = that physio) or other.
    db["rooms"].create({"room_id": str, "kind": str, "owner": str, "notified": int}, pk="room_id")
    # Every inbound event is claimed here before anything is sent: the exactly-once gate.
    db["inbound"].create(
        {"event_id": str, "room_id": str, "sender": str, "received_at": str, "status": str,
         "reason": str},
        pk="event_id",
    )
    db["cases"].create(
        {"ref": str, "created_at": str, "status": str, "secretary": str, "physio": str,
         "source_event": str, "note": bytes, "summary": bytes, "patient": str, "urgency": str,
         "category": str},
        pk="ref",
    )
    db["cases"].create_index(["source_event"], unique=True)
    # Outgoing Matrix operations (op: send, redact, kick, invite, file, ...), oldest first;
    # due_at delays one (e.g. deleting a reveal after N minutes).
    db["outbox"].create(
        {"id": int, "txn_id": str, "op": str, "room_id": str, "kind": str, "case_ref": str,
         "content": bytes, "created_at": str, "due_at": str, "sent_at": str, "event_id": str,
         "attempts": int, "last_error": str},
        pk="id",
    )
    db["outbox"].create_index(["txn_id"], unique=True)
    db["outbox"].create_index(["sent_at"])
    db["outbox"].create_index(["event_id"])
    # Events the bot could not decrypt yet: kept (still Megolm ciphertext) until the key comes.
    db["held"].create(
        {"event_id": str, "room_id": str, "sender": str, "session_id": str, "source": str,
         "received_at": str, "status": str}, pk="event_id")
    # Persisted timers (escalations, reminders): fired once, in the transaction of their effects.
    db["timers"].create(
        {"id": int, "kind": str, "key": str, "due_at": str, "payload": str}, pk="id")
    db["timers"].create_index(["kind", "key"])
    db["timers"].create_index(["due_at"])


def _v2(db: sqlite_utils.Database) -> None:
    # TOTP two-factor: one row per user; the secret is AES-GCM ciphertext (store/totp.py).
    # last_step is the last accepted RFC 6238 time step: a code at or below it is a replay.
    db["totp"].create(
        {"user_id": str, "status": str, "secret": bytes, "last_step": int, "failures": int,
         "locked_until": str, "created_at": str, "activated_at": str},
        pk="user_id", not_null={"status", "secret", "last_step", "failures", "created_at"},
        defaults={"last_step": -1, "failures": 0},
    )
    # Single-use recovery codes, kept only as salted HMACs; used_at is set when one is spent.
    db["totp_recovery"].create(
        {"id": int, "user_id": str, "salt": str, "digest": str, "used_at": str}, pk="id",
        not_null={"user_id", "salt", "digest"},
    )
    db["totp_recovery"].create_index(["user_id"])


def _v3(db: sqlite_utils.Database) -> None:
    # Members and their roles: seeded from the config, then changed by admin commands. A revoked
    # member keeps a row (role '', revoked_at) so the config does not bring them back.
    db["members"].create(
        {"user_id": str, "role": str, "display_name": str, "short_name": str, "added_at": str,
         "revoked_at": str, "last_active": str}, pk="user_id")
    # Device decisions: trusted (gets room keys) or held (waits for an admin's !trust).
    db["devices"].create(
        {"user_id": str, "device_id": str, "status": str, "first_seen": str, "decided_at": str,
         "decided_by": str}, pk=("user_id", "device_id"))


def _v4(db: sqlite_utils.Database) -> None:
    # The patient directory for de-identification: names only as ciphertext, keyed by a MAC.
    db["patients"].create({"mac": str, "name": bytes, "added_at": str}, pk="mac")


def _v5(db: sqlite_utils.Database) -> None:
    # Access control. last_seen: when the device last wrote something the bot read (the access
    # review). Confirmations: actions waiting for their author's second step (a revocation's
    # TOTP code, a 2FA enrolment's first code); the payload is ciphertext.
    db["devices"].add_column("last_seen", str)
    db["confirmations"].create(
        {"token": str, "action": str, "actor": str, "target": str, "payload": bytes,
         "created_at": str, "expires_at": str}, pk="token")
    db["confirmations"].create_index(["actor", "action"])


def _v6(db: sqlite_utils.Database) -> None:
    # The breach register (store/incidents.py): summary, consequences and notes are ciphertext;
    # incident_events is each incident's timeline (notes and containment measures).
    db["incidents"].create(
        {"id": int, "detected_at": str, "declared_by": str, "summary": bytes, "status": str,
         "contained_at": str, "closed_at": str, "closed_by": str, "high_risk": int,
         "consequences": bytes}, pk="id")
    db["incident_events"].create(
        {"id": int, "incident_id": int, "at": str, "actor": str, "kind": str, "detail": str,
         "text": bytes}, pk="id")
    db["incident_events"].create_index(["incident_id"])
    # Retention: a directory name goes once no note has mentioned it for [retention] notes_days.
    db["patients"].add_column("last_seen", str)
    db.execute("UPDATE patients SET last_seen = added_at")


def _v7(db: sqlite_utils.Database) -> None:
    # Confirmations folded into one message during a burst point at the row that carries them.
    db["outbox"].add_column("folded_into", int)
    db["outbox"].create_index(["folded_into"])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]


def migrate(db: sqlite_utils.Database) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
