"""Signed audit checkpoints posted to the admin room (daily, on `!audit checkpoint`, and as an
incident's evidence). Kept outside the store, in the room's history, they make a cut or
rewritten log evident: `kine-relay audit verify --checkpoint FILE --public-key=KEY`."""

from __future__ import annotations

import json

from handlers.context import Context
from store.audit import Checkpoint
from store.rooms import ADMIN
from store.signing import SigningKey

CHECKPOINT_KEY = "fr.kinerelay.checkpoint"  # the checkpoint's JSON, in the bot's message content


def sign_checkpoint(ctx: Context) -> Checkpoint:
    """The log's size and head now (this transaction's rows included), signed with the bot's key.
    Inside a transaction: should it roll back, the message carrying the checkpoint goes too."""
    signer = SigningKey.load_or_create(ctx.store.db, ctx.store.cipher)
    return ctx.audit.checkpoint(signer, now=ctx.now())


def checkpoint_text(checkpoint: Checkpoint, title: str) -> str:
    return (f"🔏 {title} — journal d'audit : {checkpoint.size} lignes, tête "
            f"{checkpoint.head[:16]}…, {checkpoint.time}.\n"
            "Pour vérifier : enregistrez la dernière ligne dans un fichier, puis\n"
            "kine-relay audit verify --config <fichier de config> --checkpoint <fichier> "
            f"--public-key={checkpoint.public_key}\n{checkpoint.to_json()}")


def post_checkpoint(ctx: Context, title: str, reason: str, actor: str = "timer") -> Checkpoint:
    """Signs a checkpoint, posts it to the admin room and records that it did."""
    checkpoint = sign_checkpoint(ctx)
    admin = ctx.rooms.find(ADMIN) or ""
    if admin:
        ctx.send.post(admin, checkpoint_text(checkpoint, title), kind="checkpoint",
                      extra={CHECKPOINT_KEY: json.loads(checkpoint.to_json())})
    ctx.audit.append("audit.checkpoint", actor=actor, role=ctx.role(actor), event_type="audit",
                     room=admin, reason=reason)
    return checkpoint
