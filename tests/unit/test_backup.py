"""Encrypted backups: round trips, refusals, damage detection, rotation and the CLI."""

from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import stat
import tarfile
from datetime import UTC, datetime, timedelta

import pytest
import sqlite_utils

from bot.cli import backup as backup_cli
from bot.cli import restore as restore_cli
from store.audit import AuditLog
from store.backup import (
    BackupError,
    BackupKey,
    _EncryptingWriter,
    _new_header,
    backup_name,
    restore_backup,
    rotate_backups,
    write_backup,
)
from store.crypto import new_key, parse_key
from tests.unit.sample_config import minimal_config

CREDENTIALS = {"device_id": "KINEDEV", "access_token": "syt_secret"}
SMALL_CHUNK = 1024


@pytest.fixture
def data_dir(tmp_path):
    """A data directory as the bot leaves it: WAL store with audit rows, nio store, credentials."""
    data = tmp_path / "data"
    (data / "nio").mkdir(parents=True)
    store = sqlite_utils.Database(data / "store.db")
    store.enable_wal()
    log = AuditLog(store)
    with store.atomic():
        for i in range(50):
            log.append("relay", actor="@lea:kine.test", case=f"C{i}", event_ids=[f"$e{i}"])
    store.close()
    nio = sqlite3.connect(data / "nio" / "@kine-relay_kine.test_KINEDEV.db")
    nio.execute("CREATE TABLE olm (pickle BLOB)")
    nio.execute("INSERT INTO olm VALUES (?)", [os.urandom(3000)])
    nio.commit()
    nio.close()
    (data / "credentials.json").write_text(json.dumps(CREDENTIALS))
    return data


@pytest.fixture
def key():
    return BackupKey(key=parse_key(new_key()))


def audit_count(data) -> int:
    conn = sqlite3.connect(data / "store.db")
    try:
        return conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    finally:
        conn.close()


def test_round_trip_restores_every_file_private(data_dir, key, tmp_path):
    backup = tmp_path / "b.backup"
    names = write_backup(data_dir, backup, key, chunk_size=SMALL_CHUNK)
    assert names == ["store.db", "nio/@kine-relay_kine.test_KINEDEV.db", "credentials.json"]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert b"syt_secret" not in backup.read_bytes()
    target = tmp_path / "restored"
    assert restore_backup(backup, target, key) == names
    assert audit_count(target) == 50
    assert AuditLog(sqlite_utils.Database(target / "store.db")).verify().ok
    assert json.loads((target / "credentials.json").read_text()) == CREDENTIALS
    nio = sqlite3.connect(target / "nio" / "@kine-relay_kine.test_KINEDEV.db")
    assert len(nio.execute("SELECT pickle FROM olm").fetchone()[0]) == 3000
    nio.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert stat.S_IMODE((target / "nio").stat().st_mode) == 0o700
    for path in [*target.iterdir(), *(target / "nio").iterdir()]:
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_snapshot_holds_committed_rows_only(data_dir, key, tmp_path):
    writer = sqlite3.connect(data_dir / "store.db")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DROP TRIGGER audit_no_delete")
    writer.execute("DELETE FROM audit")
    write_backup(data_dir, tmp_path / "b.backup", key)  # while that transaction is open
    writer.rollback()
    writer.close()
    restore_backup(tmp_path / "b.backup", tmp_path / "restored", key)
    assert audit_count(tmp_path / "restored") == 50


def test_passphrase_round_trip(data_dir, tmp_path):
    secret = BackupKey(passphrase="cheval correct agrafe", scrypt_log2_n=10)
    write_backup(data_dir, tmp_path / "b.backup", secret)
    restore_backup(tmp_path / "b.backup", tmp_path / "restored", BackupKey(passphrase=secret.passphrase))
    assert audit_count(tmp_path / "restored") == 50


@pytest.mark.parametrize("wrong", [
    BackupKey(key=bytes(32)),
    BackupKey(passphrase="cheval correct agrafe"),
])
def test_wrong_secret_is_refused_and_leaves_nothing(data_dir, key, tmp_path, wrong):
    write_backup(data_dir, tmp_path / "b.backup", key)
    before = set(tmp_path.iterdir())
    with pytest.raises(BackupError):
        restore_backup(tmp_path / "b.backup", tmp_path / "restored", wrong)
    assert set(tmp_path.iterdir()) == before


def test_a_passphrase_backup_wants_the_passphrase(data_dir, key, tmp_path):
    write_backup(data_dir, tmp_path / "b.backup", BackupKey(passphrase="x", scrypt_log2_n=10))
    with pytest.raises(BackupError, match="passphrase"):
        restore_backup(tmp_path / "b.backup", tmp_path / "restored", key)


def damaged(blob: bytes, how: str) -> bytes:
    block = SMALL_CHUNK + 16
    header = 33
    if how == "flip header":
        return blob[:12] + bytes([blob[12] ^ 1]) + blob[13:]
    if how == "flip body":
        middle = header + block + 100
        return blob[:middle] + bytes([blob[middle] ^ 1]) + blob[middle + 1:]
    if how == "cut at chunk":
        return blob[:header + 2 * block]
    if how == "cut mid chunk":
        return blob[:header + 2 * block + 500]
    if how == "drop a chunk":
        return blob[:header + block] + blob[header + 2 * block:]
    if how == "drop the last chunk":  # only tar padding: the final flag alone tells
        return blob[:-block]
    if how == "appended":
        return blob + blob[header:header + block]
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["flip header", "flip body", "cut at chunk", "cut mid chunk",
                                 "drop a chunk", "drop the last chunk", "appended"])
def test_any_damage_is_refused(data_dir, key, tmp_path, how):
    backup = tmp_path / "b.backup"
    write_backup(data_dir, backup, key, chunk_size=SMALL_CHUNK)
    backup.write_bytes(damaged(backup.read_bytes(), how))
    with pytest.raises(BackupError):
        restore_backup(backup, tmp_path / "restored", key)
    assert not (tmp_path / "restored").exists()


def test_not_a_backup_is_refused(key, tmp_path):
    (tmp_path / "x").write_bytes(b"SQLite format 3\0" + bytes(100))
    with pytest.raises(BackupError, match="not a kine-relay backup"):
        restore_backup(tmp_path / "x", tmp_path / "restored", key)


def forged_backup(path, key: BackupKey, entries: list[tarfile.TarInfo], trailer: bytes = b"") -> None:
    """A correctly encrypted archive with arbitrary entries (only a key holder could make one),
    and `trailer` after the tar stream."""
    header = _new_header(key, SMALL_CHUNK)
    with path.open("wb") as sink:
        sink.write(header.pack())
        writer = _EncryptingWriter(sink, header.file_key(key), header.pack(), SMALL_CHUNK,
                                   lambda _: None)
        with tarfile.open(fileobj=writer, mode="w|") as tar:
            for info in entries:
                tar.addfile(info, io.BytesIO(b"x" * info.size))
        writer.write(trailer)
        writer.close()


def test_every_chunk_is_authenticated_even_past_the_archive(key, tmp_path):
    backup = tmp_path / "b.backup"
    forged_backup(backup, key, [entry("store.db")], trailer=bytes(5 * SMALL_CHUNK))
    blob = bytearray(backup.read_bytes())
    blob[-20] ^= 1  # in the last chunk, which the tar reader never needs
    backup.write_bytes(bytes(blob))
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(backup, tmp_path / "restored", key)
    assert not (tmp_path / "restored").exists()


def entry(name: str, kind: bytes = tarfile.REGTYPE) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.size = kind, 1 if kind == tarfile.REGTYPE else 0
    if kind == tarfile.SYMTYPE:
        info.linkname = "/etc/passwd"
    return info


@pytest.mark.parametrize("bad", [entry("../evil.db"), entry("nio/../../evil.db"),
                                 entry("/tmp/evil.db"), entry("nio/sub/x.db"),
                                 entry("config.toml"), entry("store.db", tarfile.SYMTYPE),
                                 entry("nio", tarfile.DIRTYPE)])
def test_unexpected_entries_are_refused(key, tmp_path, bad):
    forged_backup(tmp_path / "b.backup", key, [entry("store.db"), bad])
    with pytest.raises(BackupError, match="unexpected entry"):
        restore_backup(tmp_path / "b.backup", tmp_path / "restored", key)
    assert not (tmp_path / "restored").exists()
    assert not (tmp_path / "evil.db").exists()


def test_a_file_named_twice_is_refused(key, tmp_path):
    forged_backup(tmp_path / "b.backup", key, [entry("store.db"), entry("store.db")])
    with pytest.raises(BackupError, match="twice"):
        restore_backup(tmp_path / "b.backup", tmp_path / "restored", key)
    assert not (tmp_path / "restored").exists()


def test_restore_refuses_a_non_empty_dir_unless_forced(data_dir, key, tmp_path):
    write_backup(data_dir, tmp_path / "b.backup", key)
    target = tmp_path / "target"
    target.mkdir()
    (target / "store.db").write_bytes(b"old")
    (target / "store.db-wal").write_bytes(b"stale wal")
    (target / "credentials.json").write_text("{}")
    (target / "notes.txt").write_text("unrelated")
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(tmp_path / "b.backup", target, key)
    assert (target / "store.db").read_bytes() == b"old"
    restore_backup(tmp_path / "b.backup", target, key, force=True)
    assert not (target / "store.db-wal").exists()  # before opening: SQLite would replay it
    assert audit_count(target) == 50
    assert json.loads((target / "credentials.json").read_text()) == CREDENTIALS
    assert (target / "notes.txt").read_text() == "unrelated"
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_into_an_existing_empty_dir(data_dir, key, tmp_path):
    write_backup(data_dir, tmp_path / "b.backup", key)
    (tmp_path / "empty").mkdir()
    restore_backup(tmp_path / "b.backup", tmp_path / "empty", key)
    assert audit_count(tmp_path / "empty") == 50


def test_backup_without_a_store_is_refused(key, tmp_path):
    with pytest.raises(BackupError, match="no store.db"):
        write_backup(tmp_path, tmp_path / "b.backup", key)
    assert not (tmp_path / "b.backup").exists()


def test_progress_reaches_the_total(data_dir, key, tmp_path):
    seen: list[tuple[int, int]] = []
    write_backup(data_dir, tmp_path / "b.backup", key, chunk_size=SMALL_CHUNK,
                 progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 2 and seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    seen.clear()
    restore_backup(tmp_path / "b.backup", tmp_path / "restored", key,
                   progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] > 0


def test_rotation_keeps_the_newest(tmp_path):
    start = datetime(2025, 1, 1, 3, 0, tzinfo=UTC)
    names = [backup_name(start + timedelta(days=i)) for i in range(5)]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "other.txt").write_text("kept")
    removed = rotate_backups(tmp_path, keep=2)
    assert [p.name for p in removed] == names[:3]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names[3:], "other.txt"])
    with pytest.raises(ValueError):
        rotate_backups(tmp_path, keep=0)


def test_a_damaged_database_is_reported_not_copied(data_dir, key, tmp_path):
    (data_dir / "nio" / "broken.db").write_bytes(b"not a database" * 100)
    with pytest.raises(BackupError, match="cannot snapshot broken.db"):
        write_backup(data_dir, tmp_path / "b.backup", key)
    assert not (tmp_path / "b.backup").exists()
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".")] == []


# --- command line --------------------------------------------------------------------------



def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(required=True)
    backup_cli.add(commands)
    restore_cli.add(commands)
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def config(data_dir, monkeypatch):
    monkeypatch.setenv("KR_TEST_STORE_KEY", new_key())
    path = data_dir.parent / "config.toml"
    path.write_text(minimal_config())
    return path


def test_cli_round_trip_with_the_store_key(config, tmp_path, capsys):
    (tmp_path / "backups").mkdir()
    assert cli("backup", "--config", str(config), "--out", str(tmp_path / "backups")) == 0
    (written,) = (tmp_path / "backups").iterdir()
    assert written.name.startswith("kine-relay-") and written.name.endswith(".backup")
    out, err = capsys.readouterr()
    assert "store.db, nio/" in out and err == ""  # no progress bar when not on a terminal
    assert cli("restore", str(written), "--config", str(config),
               "--data-dir", str(tmp_path / "restored")) == 0
    assert audit_count(tmp_path / "restored") == 50
    assert cli("restore", str(written), "--config", str(config),
               "--data-dir", str(tmp_path / "restored")) == 1
    assert "not empty" in capsys.readouterr().err


def test_cli_round_trip_with_a_passphrase(config, tmp_path, monkeypatch):
    monkeypatch.setenv("KR_BACKUP_PASSPHRASE", "cheval correct agrafe")
    backup = tmp_path / "p.backup"
    assert cli("backup", "--config", str(config), "--out", str(backup),
               "--passphrase-env", "KR_BACKUP_PASSPHRASE") == 0
    assert cli("restore", str(backup), "--data-dir", str(tmp_path / "restored"),
               "--passphrase-env", "KR_BACKUP_PASSPHRASE") == 0
    assert audit_count(tmp_path / "restored") == 50


def test_cli_restore_with_the_wrong_key_fails_cleanly(config, tmp_path, monkeypatch, capsys):
    backup = tmp_path / "b.backup"
    assert cli("backup", "--config", str(config), "--out", str(backup)) == 0
    monkeypatch.setenv("KR_OTHER_KEY", new_key())
    assert cli("restore", str(backup), "--data-dir", str(tmp_path / "restored"),
               "--key-env", "KR_OTHER_KEY") == 1
    assert "wrong key or passphrase" in capsys.readouterr().err
