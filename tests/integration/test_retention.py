"""Issue #6, retention and encryption at rest. On the shared practice's bot: the daily purge
erases old note text and directory names but keeps the case (`kine-relay purge --dry-run`
first changes nothing); the raw files of the data directory hold no identifier and no secret,
with the right modes. On a store of its own: the audit purge keeps the chain verifiable (audit
rows cannot be backdated — their time is hashed — so that store is filled with an injected
clock and purged with the same function the daily job and the CLI call)."""

from __future__ import annotations

import base64
import re
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import open_store
from bot.config import load_config
from bot.devstack import KINE_RELAY
from handlers.retention import RetentionSettings, purge
from store.crypto import new_key, parse_key
from store.db import Database, iso
from store.patients import CONTEXT as PATIENTS
from store.signing import SigningKey
from tests.integration.access_helpers import (
    admin_own_room,
    ask,
    enrolled,
    fire_now,
    query,
    store_path,
    until,
    write,
)
from tests.integration.helpers import ack_for, case_of, wait_audit

pytestmark = pytest.mark.integration

# Synthetic identifiers, written for these tests.
SURNAME, GIVEN = "Coatanéa-Berrou", "Maëlys"
PHONE = "06 58 41 27 93"
NIR = "2 91 07 29 019 412 83"
BIRTH = "03/07/1991"
EMAIL = "maelys.cb@exemple.fr"
IDENTIFIERS = [SURNAME, GIVEN, PHONE, PHONE.replace(" ", ""), NIR, NIR.replace(" ", ""), BIRTH, EMAIL]
NOTE = (f"Appel de Mme {GIVEN} {SURNAME}, {PHONE}, NIR {NIR}, née le {BIRTH}, {EMAIL} : "
        "tendinite, veut un RDV avec Julien")
INCIDENT_SUMMARY = "Écran du secrétariat photographié par un visiteur"
OLD = timedelta(days=40)  # past the default notes_days (30)


def run_cli(practice, *args: str) -> str:
    result = subprocess.run([KINE_RELAY, *args, "--config", str(practice.config)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def case_text(practice, ref: str) -> tuple:
    return query(practice, "SELECT note IS NULL, summary IS NULL, status, physio FROM cases WHERE ref = ?",
                 (ref,))[0]


def directory_macs(practice, fragment: str) -> list[str]:
    """The directory rows whose (decrypted) name contains `fragment`."""
    store = open_store(load_config(practice.config))
    try:
        cipher = store.cipher
        return [cipher.mac(name.casefold(), PATIENTS)
                for (blob,) in store.db.execute("SELECT name FROM patients")
                if fragment in (name := cipher.decrypt_text(blob, PATIENTS))]
    finally:
        store.close()


async def test_daily_purge_erases_old_note_text_and_keeps_the_case(bot, staff, rooms, practice):
    lea, anne = staff["lea.sec"], staff["anne.admin"]
    await anne.joined(rooms.admin)
    event_id = await lea.send(rooms.intake, NOTE)
    ref = case_of(await ack_for(lea, rooms.intake, event_id))
    macs = directory_macs(practice, SURNAME)
    assert macs, "the note's name joined the directory"
    long_ago = iso(datetime.now(UTC) - OLD)
    write(practice, "UPDATE cases SET created_at = ? WHERE ref = ?", (long_ago, ref))
    for mac in macs:
        write(practice, "UPDATE patients SET last_seen = ? WHERE mac = ?", (long_ago, mac))
    write(practice, "INSERT INTO held (event_id, room_id, sender, session_id, source, received_at, "
                    "status) VALUES ('$retention-held', ?, ?, 's', '{}', ?, 'expired')",
          (rooms.intake, lea.client.user_id, long_ago))

    dry = run_cli(practice, "purge", "--dry-run")
    assert dry.startswith("would erase (dry run):")
    assert int(re.search(r"text of (\d+) case", dry)[1]) >= 1
    assert case_text(practice, ref)[:2] == (0, 0)  # nothing changed
    assert query(practice, "SELECT count(*) FROM held WHERE event_id = '$retention-held'") == [(1,)]

    fire_now(practice, "retention.purge")
    await wait_audit(practice, lambda r: r["action"] == "retention.erase" and r["case"] == ref)
    assert case_text(practice, ref) == (1, 1, "open", staff["julien"].client.user_id)
    assert query(practice, f"SELECT count(*) FROM patients WHERE mac IN ({','.join('?' * len(macs))})",
                 tuple(macs)) == [(0,)]
    assert query(practice, "SELECT count(*) FROM held WHERE event_id = '$retention-held'") == [(0,)]
    await anne.wait_for(lambda r: r.room_id == rooms.admin and r.body.startswith("🧹 Conservation"))
    # The case row stays: its status still answers; the job is due again tomorrow.
    await ask(lea, rooms.intake, f"!status {ref}", ref)
    await until(lambda: query(practice, "SELECT 1 FROM timers WHERE kind = 'retention.purge'"),
                what="the next purge")
    assert "text of 0 case(s)" in run_cli(practice, "purge")
    run_cli(practice, "audit", "verify")


async def test_raw_data_files_hold_no_identifier_and_no_secret(bot, staff, rooms, practice):
    lea, anne = staff["lea.sec"], staff["anne.admin"]
    event_id = await lea.send(rooms.intake, NOTE)
    await ack_for(lea, rooms.intake, event_id)
    authenticator = await enrolled(anne, await admin_own_room(practice, anne))
    await anne.joined(rooms.admin)
    body = (await ask(anne, rooms.admin, f"!incident declare {INCIDENT_SUMMARY}", "déclaré")).body
    incident_id = re.search(r"#(\d+)", body)[1]
    await ask(anne, rooms.admin, f"!incident close {incident_id}", "clos")

    secrets_dir = practice.root / "secrets"
    store_key, pickle_key = ((secrets_dir / name).read_text().strip() for name in ("store_key", "pickle_key"))
    store = Database(store_path(practice), parse_key(store_key))
    try:
        signer = SigningKey.load(store.db, store.cipher)
        assert signer is not None
        private_key = signer._private.private_bytes_raw()  # what must never be on disk in clear
    finally:
        store.close()
    secret = authenticator.totp.secret
    forbidden = [
        *(value.encode() for value in IDENTIFIERS), *(value.encode("utf-16-le") for value in IDENTIFIERS),
        INCIDENT_SUMMARY.encode(), secret.encode(), base64.b32decode(secret + "=" * (-len(secret) % 8)),
        *(code.encode() for code in authenticator.recovery),
        store_key.encode(), parse_key(store_key), pickle_key.encode(), private_key,
    ]
    data = practice.root / "data"
    files = [path for path in data.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {"store.db", "credentials.json"}
    assert [path for path in files if path.parent.name == "nio" and path.suffix == ".db"]
    for path in files:
        raw = path.read_bytes()
        leaked = [i for i, value in enumerate(forbidden) if value in raw]
        assert not leaked, f"{path.relative_to(data)} holds forbidden value(s) #{leaked}"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.relative_to(data)
    for directory in [data, *(p for p in data.rglob("*") if p.is_dir())]:
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700, directory


# --- the audit purge, on a store of its own -------------------------------------------------

T0 = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
SETTINGS = RetentionSettings(notes=timedelta(days=30), audit=timedelta(days=365), hour=3)


@pytest.fixture
def old_store(tmp_path: Path) -> Database:
    """A store whose audit trail begins with five rows from January 2024."""
    store = Database(tmp_path / "store.db", parse_key(new_key()))
    append_days(store, range(5))
    yield store
    store.close()


def append_days(store: Database, days: range) -> None:
    with store.db.atomic():
        for day in days:
            store.audit.append("relay", actor="@lea:kine.test", case=f"C{day}", now=T0 + timedelta(days=day))


def test_audit_purge_leaves_an_anchor_and_the_rest_verifies(old_store):
    signer = SigningKey.load_or_create(old_store.db, old_store.cipher)
    at_anchor = old_store.audit.checkpoint(signer, now=T0 + timedelta(days=4))
    append_days(old_store, range(400, 403))  # three rows from February 2025
    now = T0 + timedelta(days=403)
    dry = purge(old_store, SETTINGS, now, actor="test", dry_run=True)
    assert dry.audit_rows == 5 and old_store.audit.verify().anchor == 0
    assert [r["seq"] for r in old_store.audit.rows()] == list(range(1, 9))

    done = purge(old_store, SETTINGS, now, actor="test")
    assert done.audit_rows == 5 and not done.audit_error
    rows = list(old_store.audit.rows())
    assert rows[0]["seq"] == 6 and rows[-1]["action"] == "audit.purge"
    verification = old_store.audit.verify()
    assert verification.ok and verification.anchor == 5, verification.message
    # A checkpoint signed after the purge verifies with the public key alone, and so does one
    # signed exactly at the rows the anchor replaced; an older one is reported, not accepted.
    after = old_store.audit.checkpoint(signer, now=now)
    assert after.verify(signer.public_key)
    assert old_store.audit.verify(after, public_key=signer.public_key).ok
    assert old_store.audit.verify(at_anchor, public_key=signer.public_key).ok
    assert purge(old_store, SETTINGS, now, actor="test").audit_rows == 0


def test_a_tampered_log_is_not_purged_but_old_notes_still_are(old_store):
    append_days(old_store, range(400, 403))
    with old_store.db.atomic():
        old_store.db.execute(
            "INSERT INTO cases (ref, created_at, status, note, summary) VALUES ('K7Q2', ?, 'open', ?, ?)",
            [iso(T0), old_store.cipher.encrypt("texte", "cases.note.K7Q2"),
             old_store.cipher.encrypt("texte", "cases.summary.K7Q2")])
        for trigger in ("audit_no_update", "audit_no_delete"):
            old_store.db.execute(f"DROP TRIGGER {trigger}")
        old_store.db.execute("DELETE FROM audit WHERE seq = 2")
    done = purge(old_store, SETTINGS, T0 + timedelta(days=403), actor="test")
    assert done.cases == ["K7Q2"] and done.audit_rows == 0
    assert "not purging" in done.audit_error
    assert old_store.db.execute("SELECT note, summary FROM cases").fetchall() == [(None, None)]
    assert old_store.db.execute("SELECT count(*) FROM audit WHERE seq < 6").fetchone()[0] == 4
