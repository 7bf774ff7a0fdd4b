"""Issue #6, the restore drill, on a homeserver and practice of its own: the scheduled daily
backup (with rotation), then the disaster — the bot stopped, its data directory wiped — then
`kine-relay restore` and a restart. Afterwards the bot still decrypts with the Megolm sessions it
had, `audit verify` passes, cases and 2FA are there."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from collections.abc import AsyncIterator

import pytest
from nio import AsyncClient, AsyncClientConfig

from bot.config import load_config
from bot.devstack import KINE_RELAY, Stack, local_stack
from tests.integration.access_helpers import (
    BOT,
    admin_own_room,
    ask,
    enrolled,
    fire_now,
    query,
    raw_event,
    until,
)
from tests.integration.helpers import ack_for, case_of, wait_audit

pytestmark = pytest.mark.integration

TOML = """
[backup]
dir = "backups"
keep = 2
"""
OLDER = ("kine-relay-20000101T000000Z.backup", "kine-relay-20000102T000000Z.backup")
NOTE = "Appel de M. Le Bihan : douleur genou, RDV pour Julien"


@pytest.fixture(scope="module")
async def stack(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    async with local_stack(tmp_path_factory.mktemp("drill"), TOML) as deployed:
        yield deployed


def kine_relay(stack: Stack, *args: str) -> str:
    result = subprocess.run([KINE_RELAY, *args, "--config", str(stack.practice.config)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


async def decrypts_offline(stack: Stack, event_id: str) -> str:
    """Opens the bot's E2EE store as restored (the bot stopped) and decrypts an event it
    received before the backup, as the homeserver still holds it: Megolm ciphertext."""
    cfg = load_config(stack.practice.config)
    saved = json.loads((cfg.data_dir / "credentials.json").read_text())
    client = AsyncClient(cfg.homeserver, saved["user_id"], device_id=saved["device_id"],
                         store_path=str(cfg.data_dir / "nio"),
                         config=AsyncClientConfig(encryption_enabled=True, store_sync_tokens=False,
                                                  pickle_key=cfg.pickle_key.read()))
    try:
        client.restore_login(saved["user_id"], saved["device_id"], saved["access_token"])
        event = await raw_event(stack.clients["lea.sec"], stack.rooms.intake, event_id)
        return client.decrypt_event(event).body
    finally:
        await client.close()


async def test_backup_wipe_restore_restart(stack: Stack):
    practice, rooms = stack.practice, stack.rooms
    lea, julien, anne = (stack.clients[name] for name in ("lea.sec", "julien", "anne.admin"))
    # Before: a case relayed, a note the bot decrypted, an admin with 2FA.
    before = await lea.send(rooms.intake, NOTE)
    ref = case_of(await ack_for(lea, rooms.intake, before))
    notice = (await julien.wait_for(lambda r: case_of(r) == ref))[0]
    authenticator = await enrolled(anne, await admin_own_room(practice, anne))
    await anne.joined(rooms.admin)

    # The scheduled backup, with rotation: the two newest stay.
    backups = practice.root / "backups"
    backups.mkdir(mode=0o700)
    for name in OLDER:
        (backups / name).write_bytes(b"an older backup")
    fire_now(practice, "backup.daily")
    row = await wait_audit(practice, lambda r: r["action"] == "backup")
    assert (row["outcome"], row["reason"]) == ("ok", "rotated_1")
    kept = sorted(p.name for p in backups.glob("kine-relay-*.backup"))
    assert len(kept) == 2 and kept[0] == OLDER[1]
    backup = backups / kept[1]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    await until(lambda: query(practice, "SELECT 1 FROM timers WHERE kind = 'backup.daily'"),
                what="the next day's backup")

    # The disaster, and the restore.
    stack.bot.stop()
    data = practice.root / "data"
    shutil.rmtree(data)
    kine_relay(stack, "restore", str(backup), "--data-dir", str(data))
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert await decrypts_offline(stack, before) == NOTE
    stack.bot.start()

    assert kine_relay(stack, "audit", "verify").startswith("audit OK")
    # The case: its status answers, and the physio's reply to the old notice goes back under it.
    await ask(lea, rooms.intake, f"!status {ref}", ref)
    await julien.send(notice.room_id, "Je le rappelle demain", reply_to=notice.event_id)
    await lea.wait_for(lambda r: r.sender == BOT and case_of(r) == ref and "demain" in r.body)
    # 2FA: the admin's next code opens a full note.
    assert query(practice, "SELECT status FROM totp WHERE user_id = ?", (anne.client.user_id,)) == [
        ("active",)]
    shown = await ask(anne, rooms.admin, f"!show {ref} {await authenticator.code()}", "note complète")
    assert "Le Bihan" in shown.body
    # A new note in the secretary's same Megolm session: the restored session decrypts it.
    after = await lea.send(rooms.intake, "Appel de Mme Guivarc'h : RDV, pour Julien")
    await ack_for(lea, rooms.intake, after, timeout=60)
    first = await raw_event(lea, rooms.intake, before)
    second = await raw_event(lea, rooms.intake, after)
    assert first.session_id == second.session_id
