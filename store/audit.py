"""Tamper-evident audit trail: an append-only SQLite table whose rows form a hash chain.

Each row stores `record`, the canonical JSON array of its FIELDS (compact, UTF-8), and the
columns ts, actor, case... are generated from it, so what is hashed is what is read.
Hashing, RFC 6962 style (0x00 prefixes leaves, 0x01 links):
    leaf = SHA-256(0x00 || record)
    hash = SHA-256(0x01 || prev_hash || leaf)        prev_hash of row 1: 32 zero bytes

Triggers refuse UPDATE and DELETE. The retention purge is the one way to delete: it first adds
an anchor (sequence and hash of the last purged row), the delete trigger lets only rows at or
below the newest anchor go, and verification resumes from that anchor.

A signed checkpoint (size, head hash, time) kept outside the store makes truncation and
rewriting evident; the hash chain alone already shows edits, deletions and reordering.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from hashlib import sha256
from typing import Protocol

import sqlite_utils

from store.signing import decode_b64, encode_b64, signature_is_valid

FIELDS = ("seq", "ts", "event_type", "action", "outcome", "actor", "role", "case", "room",
          "user", "event_ids", "reason")
GENESIS = bytes(32)
CHECKPOINT_FORMAT = "kine-relay audit checkpoint v1"

_GENERATED = ", ".join(f""""{name}" TEXT GENERATED ALWAYS AS (json_extract(record, '$[{i}]'))"""
                       for i, name in enumerate(FIELDS) if name != "seq")
_SCHEMA = (
    f"""CREATE TABLE IF NOT EXISTS audit (
        seq INTEGER PRIMARY KEY, record TEXT NOT NULL, prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL, {_GENERATED})""",
    "CREATE INDEX IF NOT EXISTS audit_ts ON audit(ts)",
    "CREATE INDEX IF NOT EXISTS audit_actor ON audit(actor)",
    'CREATE INDEX IF NOT EXISTS audit_case ON audit("case")',
    """CREATE TABLE IF NOT EXISTS audit_anchor (
        seq INTEGER PRIMARY KEY, hash BLOB NOT NULL, ts TEXT NOT NULL, purged INTEGER NOT NULL)""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
        WHEN OLD.seq > coalesce((SELECT max(seq) FROM audit_anchor), 0)
        BEGIN SELECT RAISE(ABORT, 'audit rows are deleted only by the retention purge'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_anchor_matches BEFORE INSERT ON audit_anchor
        WHEN NEW.hash IS NOT (SELECT hash FROM audit WHERE seq = NEW.seq)
          OR NEW.seq <= coalesce((SELECT max(seq) FROM audit_anchor), 0)
        BEGIN SELECT RAISE(ABORT, 'an anchor must match an audit row after the last anchor'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_anchor_no_update BEFORE UPDATE ON audit_anchor
        BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_anchor_no_delete BEFORE DELETE ON audit_anchor
        BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END""",
)
_CHAIN_QUERY = "SELECT seq, record, prev_hash, hash FROM audit WHERE seq BETWEEN ? AND ? ORDER BY seq"
_CODE = re.compile(r"[A-Za-z0-9_.:-]{0,64}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HEX_HASH = re.compile(r"[0-9a-f]{64}")
_encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

MISSING = "row is missing (deleted, or the log was cut)"
ALTERED = "row does not match its hash (edited or moved)"
UNLINKED = "row does not link to the row before it (rows replaced or reordered)"


class AuditError(Exception):
    """The audit log refuses an operation (one line, no identifiers)."""


class Signer(Protocol):
    @property
    def public_key(self) -> bytes: ...

    def sign(self, message: bytes) -> bytes: ...


def utc_text(moment: datetime) -> str:
    """Fixed-width UTC time, so text order is time order; a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def row_hash(prev: bytes, record: str) -> bytes:
    """SHA-256(0x01 || prev || leaf), leaf = SHA-256(0x00 || record): one call per row, as
    verification makes a million of them."""
    return sha256(b"\x01" + prev + sha256(b"\x00" + record.encode()).digest()).digest()


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement of the log's size and head; check it with the public key alone."""

    size: int
    head: str  # hex hash of row `size` (of the anchor, or GENESIS, when that row was purged)
    time: str
    public_key: str  # who signed it, for reference: trust only a key obtained separately
    signature: str

    def signed_message(self) -> bytes:
        return f"{CHECKPOINT_FORMAT}\n{self.size}\n{self.head}\n{self.time}\n".encode()

    def verify(self, public_key: bytes) -> bool:
        try:
            signature = decode_b64(self.signature)
        except ValueError:
            return False
        return signature_is_valid(public_key, signature, self.signed_message())

    def to_json(self) -> str:
        return json.dumps({"format": CHECKPOINT_FORMAT, **asdict(self)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Checkpoint:
        try:
            data = json.loads(text)
            if data.get("format") != CHECKPOINT_FORMAT:
                raise ValueError
            checkpoint = cls(size=data["size"], head=data["head"], time=data["time"],
                             public_key=data["public_key"], signature=data["signature"])
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValueError("not a kine-relay audit checkpoint") from None
        texts = (checkpoint.head, checkpoint.time, checkpoint.public_key, checkpoint.signature)
        if (type(checkpoint.size) is not int or checkpoint.size < 0
                or not all(isinstance(text, str) for text in texts)
                or not _HEX_HASH.fullmatch(checkpoint.head)):
            raise ValueError("not a kine-relay audit checkpoint")
        return checkpoint


@dataclass(frozen=True)
class Verification:
    ok: bool
    size: int  # sequence number of the newest row: the log's length, purged rows included
    head: str  # hex hash of that row
    checked: int  # rows recomputed
    anchor: int  # rows up to this one were purged by retention (0: none)
    bad_seq: int | None = None
    message: str = ""  # one line, no identifiers: "OK: ..." or "FAILED at row N: ..."


@dataclass(frozen=True)
class _Bounds:
    anchor_seq: int
    anchor_hash: bytes
    size: int
    head: bytes
    stray: int | None  # a row left at or below the anchor


def check_chain(rows: Iterable[tuple[int, str, bytes, bytes]], first: int,
                start: bytes) -> tuple[int, tuple[int, str] | None]:
    """Rows are (seq, record, prev_hash, hash) in seq order, meant to start at `first` and link
    to `start`. Returns (rows checked, first fault as (seq, what) or None)."""
    expected, previous = first, start
    for seq, record, prev, digest in rows:
        if seq != expected:
            return expected - first, (expected, MISSING)
        # The record names its own seq, so a row moved to another seq no longer matches.
        if not record.startswith(f"[{seq},") or digest != row_hash(prev, record):
            return seq - first, (seq, ALTERED)
        if prev != previous:
            return seq - first, (seq, UNLINKED)
        previous = digest
        expected += 1
    return expected - first, None


@contextmanager
def _read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Reads in one transaction, so a concurrent append or purge is seen whole or not at all."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


class AuditLog:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._conn = db.conn
        with db.atomic():
            for statement in _SCHEMA:
                self._conn.execute(statement)

    def append(self, action: str, *, outcome: str = "ok", actor: str = "", role: str = "",
               event_type: str = "", case: str = "", room: str = "", user: str = "",
               event_ids: Sequence[str] = (), reason: str = "",
               now: datetime | None = None) -> int:
        """Adds one row and returns its sequence number. Never commits: call it inside the
        caller's transaction (db.atomic() or `with db.conn:`) so the row shares its fate."""
        if isinstance(event_ids, str):
            raise TypeError("event_ids is a sequence of event IDs, not one string")
        if not isinstance(reason, str) or not _CODE.fullmatch(reason):
            raise ValueError("reason must be a short code such as 'not_staff'")
        texts = [action, outcome, actor, role, event_type, case, room, user, *event_ids]
        if not all(isinstance(text, str) for text in texts):
            raise TypeError("audit fields are strings")
        # SQLite's JSON functions stop at NUL, and a newline has no place in an ID or a code.
        if any(_CONTROL.search(text) for text in texts):
            raise ValueError("audit fields hold no control characters")
        # The head is read on every call, in the caller's transaction: a cached head would
        # be wrong after a rollback.
        seq, prev = self._head()
        record = _encode_json([seq + 1, utc_text(now or datetime.now(UTC)), event_type, action,
                               outcome, actor, role, case, room, user, list(event_ids), reason])
        self._conn.execute("INSERT INTO audit (seq, record, prev_hash, hash) VALUES (?, ?, ?, ?)",
                           (seq + 1, record, prev, row_hash(prev, record)))
        return seq + 1

    def rows(self, *, since: datetime | None = None, actor: str | None = None,
             case: str | None = None) -> Iterator[dict]:
        """Rows oldest first; event_ids as a list, hashes in hex."""
        filters = [("ts >= ?", None if since is None else utc_text(since)),
                   ("actor = ?", actor), ('"case" = ?', case)]
        used = [(clause, value) for clause, value in filters if value is not None]
        where = " AND ".join(clause for clause, _ in used) or "1"
        cursor = self._conn.execute(
            f"SELECT record, prev_hash, hash FROM audit WHERE {where} ORDER BY seq",
            [value for _, value in used])
        for record, prev, digest in cursor:
            yield {**dict(zip(FIELDS, json.loads(record), strict=True)),
                   "prev_hash": prev.hex(), "hash": digest.hex()}

    def checkpoint(self, signer: Signer, *, now: datetime | None = None) -> Checkpoint:
        size, head = self._head()
        unsigned = Checkpoint(size=size, head=head.hex(),
                              time=utc_text(now or datetime.now(UTC)),
                              public_key=encode_b64(signer.public_key), signature="")
        return replace(unsigned, signature=encode_b64(signer.sign(unsigned.signed_message())))

    def verify(self, checkpoint: Checkpoint | None = None, *,
               public_key: bytes | None = None) -> Verification:
        """Recomputes every hash from the anchor (or row 1) to the head. With a checkpoint, also
        checks the log still holds what it signed; its signature is checked only when
        `public_key` is given."""
        if checkpoint and public_key is not None and not checkpoint.verify(public_key):
            return self._verdict(self._bounds(), 0, (None, "checkpoint signature is not valid"))
        with _read_snapshot(self._conn):
            bounds = self._bounds()
            first, last = bounds.anchor_seq + 1, bounds.size
            # The head row ends the range, so a missing row always shows as a gap.
            checked, failure = check_chain(self._conn.execute(_CHAIN_QUERY, (first, last)),
                                           first, bounds.anchor_hash)
            if bounds.stray is not None:
                failure = bounds.stray, "row lies before the retention anchor (purge bypassed)"
            elif failure is None and checkpoint is not None:
                failure = self._against_checkpoint(bounds, checkpoint)
            return self._verdict(bounds, checked, failure)

    def purge_before(self, cutoff: datetime, *, now: datetime | None = None) -> int:
        """Deletes the oldest rows, up to the first one stamped at or after `cutoff`, leaving an
        anchor and a row recording the purge; returns how many rows went. Refuses to purge a log
        that does not verify (that would erase the evidence). Atomic; joins an open
        transaction."""
        verification = self.verify()
        if not verification.ok:
            raise AuditError(f"not purging: audit {verification.message}")
        with self._db.atomic():
            kept = self._conn.execute("SELECT min(seq) FROM audit WHERE ts >= ?",
                                      [utc_text(cutoff)]).fetchone()[0]
            last = kept - 1 if kept is not None else self._head()[0]
            if last <= self._anchor()[0]:
                return 0
            purged = self._conn.execute("SELECT count(*) FROM audit WHERE seq <= ?",
                                        [last]).fetchone()[0]
            self._conn.execute(
                "INSERT INTO audit_anchor (seq, hash, ts, purged)"
                " SELECT seq, hash, ?, ? FROM audit WHERE seq = ?",
                [utc_text(now or datetime.now(UTC)), purged, last])
            self._conn.execute("DELETE FROM audit WHERE seq <= ?", [last])
            self.append("audit.purge", event_type="retention", reason="retention", now=now)
        return purged

    def _head(self) -> tuple[int, bytes]:
        """(seq, hash) of the newest row, else of the newest anchor, else (0, GENESIS)."""
        row = self._conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else self._anchor()

    def _anchor(self) -> tuple[int, bytes]:
        row = self._conn.execute(
            "SELECT seq, hash FROM audit_anchor ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def _bounds(self) -> _Bounds:
        anchor_seq, anchor_hash = self._anchor()
        size, head = self._head()
        stray = self._conn.execute("SELECT min(seq) FROM audit WHERE seq <= ?",
                                   [anchor_seq]).fetchone()[0]
        return _Bounds(anchor_seq, anchor_hash, size, head, stray)

    def _against_checkpoint(self, bounds: _Bounds,
                            checkpoint: Checkpoint) -> tuple[int | None, str] | None:
        if checkpoint.size > bounds.size:
            return bounds.size + 1, (f"log cut: it ends at row {bounds.size}, the checkpoint "
                                     f"covers {checkpoint.size} rows")
        if checkpoint.size < bounds.anchor_seq:
            return None, "the checkpoint predates the retention purge: use a newer one"
        if checkpoint.size == bounds.anchor_seq:
            signed = bounds.anchor_hash
        else:
            signed = self._conn.execute("SELECT hash FROM audit WHERE seq = ?",
                                        [checkpoint.size]).fetchone()[0]
        if signed.hex() != checkpoint.head:
            return checkpoint.size, "row differs from the signed checkpoint (log rewritten)"
        return None

    @staticmethod
    def _verdict(bounds: _Bounds, checked: int,
                 failure: tuple[int | None, str] | None) -> Verification:
        base = Verification(ok=failure is None, size=bounds.size, head=bounds.head.hex(),
                            checked=checked, anchor=bounds.anchor_seq)
        if failure is None:
            purged = f", after rows 1-{bounds.anchor_seq} purged" if bounds.anchor_seq else ""
            return replace(base, message=f"OK: {checked} rows, head {base.head}{purged}")
        seq, what = failure
        where = f" at row {seq}" if seq is not None else ""
        return replace(base, bad_seq=seq, message=f"FAILED{where}: {what}")
