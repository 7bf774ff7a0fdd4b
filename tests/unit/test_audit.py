"""Audit trail: hash chain, append-only triggers, tamper detection, checkpoints, purge, CLI."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import audit as audit_cli
from handlers.checkpoints import checkpoint_text
from store.audit import (
    ALTERED,
    MISSING,
    UNLINKED,
    AuditError,
    AuditLog,
    Checkpoint,
    row_hash,
)
from store.crypto import FieldCipher, new_key, parse_key
from store.signing import SECRETS_CONTEXT, SigningKey, encode_b64
from tests.unit.sample_config import minimal_config

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
TRIGGERS = ("audit_no_update", "audit_no_delete", "audit_anchor_matches")


@pytest.fixture
def db(tmp_path):
    database = sqlite_utils.Database(tmp_path / "store.db")
    database.enable_wal()
    yield database
    database.close()


@pytest.fixture
def log(db):
    return AuditLog(db)


def fill(db, log, count: int, *, start: datetime = T0, step=timedelta(days=1)) -> None:
    with db.atomic():
        for i in range(count):
            log.append("relay", actor="@lea:kine.test", role="secretary", event_type="note",
                       case=f"C{i}", room="!intake:kine.test", user="@julien:kine.test",
                       event_ids=[f"$event{i}"], now=start + i * step)


def tamper(db, *statements: tuple[str, list]) -> None:
    """What someone with write access to the file can do: drop the triggers, then edit."""
    with db.atomic():
        for trigger in TRIGGERS:
            db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for sql, params in statements:
            db.execute(sql, params)


def stored(db, seq: int) -> tuple[str, bytes, bytes]:
    return db.execute("SELECT record, prev_hash, hash FROM audit WHERE seq = ?", [seq]).fetchone()


def signer() -> SigningKey:
    database = sqlite_utils.Database(memory=True)
    return SigningKey.load_or_create(database, FieldCipher(parse_key(new_key())))


# --- the chain -------------------------------------------------------------------------------

def test_rows_are_numbered_in_order_and_verify(db, log):
    fill(db, log, 5)
    result = log.verify()
    assert result.ok and result.size == 5 and result.checked == 5 and result.bad_seq is None
    assert result.message == f"OK: 5 rows, head {result.head}"
    assert [row["seq"] for row in log.rows()] == [1, 2, 3, 4, 5]


def test_hashes_follow_the_documented_format(db, log):
    with db.atomic():
        log.append("relay", actor="@lea:kine.test", role="secretary", event_type="note",
                   case="C1", room="!r:kine.test", user="@julien:kine.test",
                   event_ids=["$e1"], reason="withheld", now=T0)
    record = ('[1,"2025-03-01T09:00:00.000Z","note","relay","ok","@lea:kine.test","secretary",'
              '"C1","!r:kine.test","@julien:kine.test",["$e1"],"withheld"]')
    leaf = hashlib.sha256(b"\x00" + record.encode()).digest()
    expected = hashlib.sha256(b"\x01" + bytes(32) + leaf).digest()
    assert stored(db, 1) == (record, bytes(32), expected)


def test_rows_give_every_field_and_filter(db, log):
    fill(db, log, 4)
    with db.atomic():
        log.append("refuse", outcome="refused", actor="@eve:elsewhere.test",
                   reason="not_staff", now=T0 + timedelta(days=10))
    last = list(log.rows(actor="@eve:elsewhere.test"))
    assert len(last) == 1
    assert {k: last[0][k] for k in ("seq", "action", "outcome", "reason", "event_ids", "case")} \
        == {"seq": 5, "action": "refuse", "outcome": "refused", "reason": "not_staff",
            "event_ids": [], "case": ""}
    assert [row["seq"] for row in log.rows(since=T0 + timedelta(days=2))] == [3, 4, 5]
    assert [row["seq"] for row in log.rows(case="C1")] == [2]
    assert len(last[0]["hash"]) == 64 and last[0]["prev_hash"] == stored(db, 4)[2].hex()


def test_append_shares_the_fate_of_the_callers_transaction(db, log):
    fill(db, log, 2)
    with pytest.raises(RuntimeError), db.atomic():
        log.append("relay", now=T0)
        raise RuntimeError("the rest of the handler failed")
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == 2
    with db.atomic():
        assert log.append("relay") == 3
    assert log.verify().ok


def test_append_does_not_commit(db, log, tmp_path):
    log.append("relay")
    other = sqlite3.connect(tmp_path / "store.db")
    assert other.execute("SELECT count(*) FROM audit").fetchone()[0] == 0
    db.conn.commit()
    assert other.execute("SELECT count(*) FROM audit").fetchone()[0] == 1


@pytest.mark.parametrize("reason", ["the patient said hello", "a" * 65, "é"])
def test_reason_is_a_short_code_never_text(log, reason):
    with pytest.raises(ValueError):
        log.append("refuse", reason=reason)


def test_event_ids_is_a_list_not_a_string(log):
    with pytest.raises(TypeError):
        log.append("relay", event_ids="$event")


@pytest.mark.parametrize("field", ["action", "actor", "case", "event_ids"])
def test_control_characters_are_refused(log, field):
    value = "@lea:kine.test\nforged line"
    with pytest.raises(ValueError):
        log.append(**{"action": "relay", field: [value] if field == "event_ids" else value})


@settings(max_examples=60)
@given(text=st.text(st.characters(blacklist_categories=["Cc", "Cs"]), max_size=40))
def test_any_text_round_trips_and_verifies(text):
    db = sqlite_utils.Database(memory=True)
    log = AuditLog(db)
    with db.atomic():
        log.append(text, actor=text, case=text, room=text, event_ids=[text, "$x"])
    (row,) = log.rows(actor=text)
    assert row["action"] == row["case"] == row["room"] == text
    assert row["event_ids"] == [text, "$x"]
    assert log.verify().ok


def test_triggers_refuse_update_and_delete(db, log):
    fill(db, log, 3)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit SET prev_hash = hash WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError, match="retention purge"):
        db.execute("DELETE FROM audit WHERE seq = 3")
    with pytest.raises(sqlite3.IntegrityError, match="anchor must match"):
        db.execute("INSERT INTO audit_anchor VALUES (2, zeroblob(32), '', 2)")
    assert log.verify().ok


# --- tampering ----------------------------------------------------------------------------

def test_an_edited_row_is_named(db, log):
    fill(db, log, 6)
    tamper(db, ("UPDATE audit SET record = replace(record, '@lea:', '@eve:') WHERE seq = 3", []))
    result = log.verify()
    assert not result.ok and result.bad_seq == 3
    assert result.message == f"FAILED at row 3: {ALTERED}"
    assert "@" not in result.message


def test_an_edited_row_with_a_recomputed_hash_breaks_the_next_link(db, log):
    fill(db, log, 6)
    record, prev, _ = stored(db, 3)
    forged = record.replace("@lea:", "@eve:")
    tamper(db, ("UPDATE audit SET record = ?, hash = ? WHERE seq = 3",
                [forged, row_hash(prev, forged)]))
    result = log.verify()
    assert (result.ok, result.bad_seq, result.message) == (False, 4, f"FAILED at row 4: {UNLINKED}")


def test_a_deleted_row_is_named(db, log):
    fill(db, log, 6)
    tamper(db, ("DELETE FROM audit WHERE seq = 4", []))
    result = log.verify()
    assert (result.ok, result.bad_seq, result.message) == (False, 4, f"FAILED at row 4: {MISSING}")


def test_reordered_rows_are_named(db, log):
    fill(db, log, 6)
    tamper(db, *swap(3))
    result = log.verify()
    assert (result.ok, result.bad_seq, result.message) == (False, 3, f"FAILED at row 3: {ALTERED}")


def test_truncation_is_caught_against_a_checkpoint(db, log):
    fill(db, log, 6)
    checkpoint = log.checkpoint(key := signer())
    tamper(db, ("DELETE FROM audit WHERE seq > 4", []))
    assert log.verify().ok  # a chain alone cannot see its own end cut off
    result = log.verify(checkpoint, public_key=key.public_key)
    assert (result.ok, result.bad_seq) == (False, 5)
    assert result.message == "FAILED at row 5: log cut: it ends at row 4, the checkpoint covers 6 rows"


def test_a_rewritten_log_is_caught_against_a_checkpoint(db, log):
    fill(db, log, 4)
    checkpoint = log.checkpoint(key := signer())
    rows = db.execute("SELECT seq, record FROM audit ORDER BY seq").fetchall()
    prev, edits = bytes(32), []
    for seq, record in rows:
        record = record.replace("@lea:", "@eve:")
        digest = row_hash(prev, record)
        edits.append(("UPDATE audit SET record = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                      [record, prev, digest, seq]))
        prev = digest
    tamper(db, *edits)
    assert log.verify().ok
    result = log.verify(checkpoint, public_key=key.public_key)
    assert (result.ok, result.bad_seq) == (False, 4)
    assert "signed checkpoint" in result.message


def swap(at: int) -> list[tuple[str, list]]:
    return [("UPDATE audit SET seq = -seq WHERE seq IN (?, ?)", [at, at + 1]),
            ("UPDATE audit SET seq = ? + seq WHERE seq IN (?, ?)", [2 * at + 1, -at, -at - 1])]


def relink(db, at: int) -> list[tuple[str, list]]:
    """Row `at` re-chained onto the genesis: its own hash checks out, its link does not."""
    record = stored(db, at)[0]
    return [("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?",
             [bytes(32), row_hash(bytes(32), record), at])]


@settings(max_examples=100, deadline=None)
@given(count=st.integers(3, 25), kind=st.sampled_from(["edit", "delete", "swap", "relink"]),
       data=st.data())
def test_any_single_change_is_caught_at_the_row_changed(count, kind, data):
    db = sqlite_utils.Database(memory=True)
    log = AuditLog(db)
    fill(db, log, count)
    at = data.draw(st.integers(2 if kind == "relink" else 1, count - 1))
    changes = {
        "edit": [("UPDATE audit SET record = replace(record, 'relay', 'relax') WHERE seq = ?",
                  [at])],
        "delete": [("DELETE FROM audit WHERE seq = ?", [at])],
        "swap": swap(at),
        "relink": relink(db, at),
    }[kind]
    tamper(db, *changes)
    result = log.verify()
    assert (result.ok, result.bad_seq) == (False, at)


# --- checkpoints ---------------------------------------------------------------------------

def test_a_checkpoint_is_checked_with_the_public_key_alone(db, log):
    fill(db, log, 3)
    key = signer()
    text = log.checkpoint(key, now=T0).to_json()
    public_key = key.public_key  # all a verifier holds: no store, no store key
    received = Checkpoint.from_json(text)
    assert (received.size, received.time) == (3, "2025-03-01T09:00:00.000Z")
    assert received.verify(public_key)
    assert not received.verify(signer().public_key)
    forged = json.loads(text) | {"size": 2}
    assert not Checkpoint.from_json(json.dumps(forged)).verify(public_key)


def test_a_checkpoint_signed_by_another_key_fails_verification(db, log):
    fill(db, log, 3)
    result = log.verify(log.checkpoint(signer()), public_key=signer().public_key)
    assert (result.ok, result.bad_seq) == (False, None)
    assert result.message == "FAILED: checkpoint signature is not valid"


def test_a_checkpoint_still_holds_as_the_log_grows(db, log):
    fill(db, log, 3)
    key = signer()
    checkpoint = log.checkpoint(key)
    fill(db, log, 3, start=T0 + timedelta(days=5))
    assert log.verify(checkpoint, public_key=key.public_key).ok


@pytest.mark.parametrize("text", ["{}", "[]", "not json", '{"format": "other"}',
                                  '{"format": "kine-relay audit checkpoint v1", "size": -1, '
                                  '"head": "00", "time": "", "public_key": "", "signature": ""}'])
def test_malformed_checkpoints_are_refused(text):
    with pytest.raises(ValueError):
        Checkpoint.from_json(text)


def test_the_signing_key_is_stored_encrypted_and_reloaded(db):
    cipher = FieldCipher(parse_key(new_key()))
    key = SigningKey.load_or_create(db, cipher)
    assert SigningKey.load_or_create(db, cipher).public_key == key.public_key
    (blob,) = db.execute("SELECT value FROM secrets").fetchone()
    raw = cipher.decrypt(blob, SECRETS_CONTEXT)
    assert Ed25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw() \
        == key.public_key
    assert raw not in blob
    with pytest.raises(ValueError, match="does not decrypt"):
        SigningKey.load(db, FieldCipher(parse_key(new_key())))


# --- retention -----------------------------------------------------------------------------

def test_purge_keeps_the_rest_verifiable(db, log):
    fill(db, log, 10)
    key = signer()
    before = log.checkpoint(key)
    assert log.purge_before(T0 + timedelta(days=4), now=T0 + timedelta(days=400)) == 4
    assert [row["seq"] for row in log.rows()][:2] == [5, 6]
    purge_row = list(log.rows())[-1]
    assert (purge_row["seq"], purge_row["action"], purge_row["reason"]) == (11, "audit.purge",
                                                                           "retention")
    result = log.verify(before, public_key=key.public_key)
    assert result.ok and result.anchor == 4 and result.checked == 7 and result.size == 11
    assert result.message.endswith(", after rows 1-4 purged")
    fill(db, log, 2, start=T0 + timedelta(days=401))
    assert log.purge_before(T0 + timedelta(days=7)) == 3
    assert log.verify(before, public_key=key.public_key).ok


def test_a_checkpoint_older_than_the_anchor_cannot_vouch(db, log):
    fill(db, log, 6)
    key = signer()
    old = log.checkpoint(key)
    fill(db, log, 3, start=T0 + timedelta(days=10))
    log.purge_before(T0 + timedelta(days=11))
    result = log.verify(old, public_key=key.public_key)
    assert (result.ok, result.bad_seq) == (False, None)
    assert "predates the retention purge" in result.message


def test_purging_everything_leaves_a_log_that_still_verifies_and_grows(db, log):
    fill(db, log, 3)
    assert log.purge_before(T0 + timedelta(days=30)) == 3
    assert [row["seq"] for row in log.rows()] == [4]
    with db.atomic():
        log.append("relay")
    assert log.verify().ok


def test_nothing_to_purge_changes_nothing(db, log):
    fill(db, log, 3)
    assert log.purge_before(T0) == 0
    assert db.execute("SELECT count(*) FROM audit_anchor").fetchone()[0] == 0
    assert len(list(log.rows())) == 3


def test_purge_refuses_a_log_that_does_not_verify(db, log):
    fill(db, log, 5)
    tamper(db, ("UPDATE audit SET record = replace(record, '@lea:', '@eve:') WHERE seq = 2", []))
    with pytest.raises(AuditError, match="row 2"):
        log.purge_before(T0 + timedelta(days=4))
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == 5


def test_tampering_after_a_purge_is_caught(db, log):
    fill(db, log, 8)
    log.purge_before(T0 + timedelta(days=3))
    tamper(db, ("DELETE FROM audit WHERE seq = 4", []))
    assert (log.verify().bad_seq, log.verify().message) == (4, f"FAILED at row 4: {MISSING}")


def test_a_row_slipped_in_before_the_anchor_is_caught(db, log):
    fill(db, log, 6)
    log.purge_before(T0 + timedelta(days=3))
    record, prev, digest = stored(db, 5)
    tamper(db, ("INSERT INTO audit (seq, record, prev_hash, hash) VALUES (2, ?, ?, ?)",
                [record, prev, digest]))
    result = log.verify()
    assert (result.ok, result.bad_seq) == (False, 2)


# --- command line --------------------------------------------------------------------------



@pytest.fixture
def practice(tmp_path, monkeypatch):
    """A config whose data_dir holds a store with an audit log of 5 rows."""
    monkeypatch.setenv("KR_TEST_STORE_KEY", new_key())
    config = tmp_path / "config.toml"
    config.write_text(minimal_config())
    (tmp_path / "data").mkdir()
    database = sqlite_utils.Database(tmp_path / "data" / "store.db")
    fill(database, AuditLog(database), 5)
    yield config, database
    database.close()


def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    audit_cli.add(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_verify_reports_ok_then_the_bad_row(practice, capsys):
    config, database = practice
    assert cli("audit", "verify", "--config", str(config)) == 0
    assert capsys.readouterr().out.startswith("audit OK: 5 rows, head ")
    tamper(database, ("DELETE FROM audit WHERE seq = 2", []))
    assert cli("audit", "verify", "--config", str(config)) == 1
    assert capsys.readouterr().err == f"audit FAILED at row 2: {MISSING}\n"


def test_cli_checkpoint_then_verify_against_it(practice, capsys, tmp_path):
    config, database = practice
    assert cli("audit", "checkpoint", "--config", str(config)) == 0
    saved = tmp_path / "checkpoint.json"
    saved.write_text(capsys.readouterr().out)
    args = ("audit", "verify", "--config", str(config), "--checkpoint", str(saved))
    assert cli(*args) == 0
    public_key = json.loads(saved.read_text())["public_key"]
    assert cli(*args, f"--public-key={public_key}") == 0
    other = signer()
    assert cli(*args, f"--public-key={encode_b64(other.public_key)}") == 1
    assert "signature is not valid" in capsys.readouterr().err
    tamper(database, ("DELETE FROM audit WHERE seq > 3", []))
    assert cli(*args) == 1
    assert "FAILED at row 4: log cut" in capsys.readouterr().err


def test_the_admin_rooms_verify_command_takes_a_key_that_starts_with_a_dash(practice, capsys, tmp_path):
    """One key in 64 encodes with a leading '-', which argparse reads as an option unless the
    key is glued to it: the command the admin room's checkpoint message gives must run as given."""
    config, _ = practice
    assert cli("audit", "checkpoint", "--config", str(config)) == 0
    saved = tmp_path / "checkpoint.json"
    saved.write_text(capsys.readouterr().out)
    dashed = next(key for key in (encode_b64(signer().public_key) for _ in range(2000)) if key[0] == "-")
    message = checkpoint_text(replace(Checkpoint.from_json(saved.read_text()), public_key=dashed), "test")
    command = next(line for line in message.splitlines() if line.startswith("kine-relay audit verify"))
    words = command.split()
    key_args = words[words.index("--checkpoint") + 2:]  # what follows "--checkpoint <fichier>"
    assert cli("audit", "verify", "--config", str(config), "--checkpoint", str(saved), *key_args) == 1
    assert "signature is not valid" in capsys.readouterr().err


def test_cli_verify_refuses_a_bad_checkpoint_file(practice, capsys, tmp_path):
    config, _ = practice
    (tmp_path / "bad.json").write_text("{}")
    assert cli("audit", "verify", "--config", str(config), "--checkpoint",
               str(tmp_path / "bad.json")) == 2
    assert "not a kine-relay audit checkpoint" in capsys.readouterr().err


def test_cli_export_jsonl_and_csv(practice, capsys):
    config, _ = practice
    assert cli("audit", "export", "--config", str(config), "--since", "2025-03-03") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["seq"] for row in lines] == [3, 4, 5]
    assert lines[0]["event_ids"] == ["$event2"] and lines[0]["actor"] == "@lea:kine.test"
    assert cli("audit", "export", "--config", str(config), "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 5 and rows[0]["event_ids"] == "$event0" and rows[0]["case"] == "C0"


def test_cli_export_refuses_a_bad_date(practice):
    config, _ = practice
    with pytest.raises(SystemExit):
        cli("audit", "export", "--config", str(config), "--since", "03/03/2025")
