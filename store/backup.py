"""Encrypted backups of the data directory: store.db, the nio E2EE store, credentials.json.

Each SQLite file is copied with SQLite's backup API (a consistent snapshot of that file even
while the bot writes), the copies are packed in a tar stream and encrypted in chunks.

File format, version 1:
    header = MAGIC | version u8 | kdf u8 | salt 16 | scrypt log2(n) u8, r u8, p u8 | chunk size u32
    body   = chunks, each AES-256-GCM(file key, nonce = index u64 | final u32, data = header)
The file key is HKDF-SHA256(key, salt) for a 32-byte key, or scrypt(passphrase, salt). Each
backup has its own salt, hence its own key. The final flag in the last chunk's nonce makes a
file cut at a chunk boundary fail to decrypt, like any other change.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"KRBACKUP"
VERSION = 1
KDF_KEY, KDF_SCRYPT = 1, 2
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 17, 8, 1  # 128 MiB, about a second: a backup is rare
CHUNK_SIZE = 1 << 20
MAX_CHUNK_SIZE = 64 << 20
TAG_BYTES = 16
_HEADER = struct.Struct(">8sBB16sBBBI")

STORE, NIO, CREDENTIALS = "store.db", "nio", "credentials.json"
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
BACKUP_GLOB = "kine-relay-*.backup"

Progress = Callable[[int, int], None]  # (done, total) in bytes


class BackupError(Exception):
    """A backup or restore that cannot proceed; one line for the operator."""


@dataclass(frozen=True)
class BackupKey:
    """A 32-byte key (the store key by default) or a passphrase, stretched with scrypt."""

    key: bytes | None = None
    passphrase: str | None = None
    scrypt_log2_n: int = SCRYPT_LOG2_N  # cost for new backups; a backup's own is in its header

    def __post_init__(self) -> None:
        if (self.key is None) == (self.passphrase is None):
            raise ValueError("give a key or a passphrase")
        if self.key is not None and len(self.key) != 32:
            raise ValueError("a backup key is 32 bytes")


@dataclass(frozen=True)
class _Header:
    kdf: int
    salt: bytes
    log2_n: int
    r: int
    p: int
    chunk_size: int

    def pack(self) -> bytes:
        return _HEADER.pack(MAGIC, VERSION, self.kdf, self.salt, self.log2_n, self.r, self.p,
                            self.chunk_size)

    @classmethod
    def read(cls, source: BinaryIO) -> _Header:
        raw = source.read(_HEADER.size)
        if len(raw) < _HEADER.size or not raw.startswith(MAGIC):
            raise BackupError("not a kine-relay backup")
        _, version, kdf, salt, log2_n, r, p, chunk_size = _HEADER.unpack(raw)
        if version != VERSION:
            raise BackupError(f"backup format {version} is not supported (this is {VERSION})")
        # Bounds, so a forged header cannot make us allocate gigabytes.
        scrypt_ok = kdf == KDF_SCRYPT and 10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4
        if not (kdf == KDF_KEY or scrypt_ok) or not 0 < chunk_size <= MAX_CHUNK_SIZE:
            raise BackupError("backup header is damaged")
        return cls(kdf, salt, log2_n, r, p, chunk_size)

    def file_key(self, secret: BackupKey) -> bytes:
        if self.kdf == KDF_SCRYPT:
            if secret.passphrase is None:
                raise BackupError("this backup is protected by a passphrase")
            return Scrypt(salt=self.salt, length=32, n=1 << self.log2_n, r=self.r,
                          p=self.p).derive(secret.passphrase.encode())
        if secret.key is None:
            raise BackupError("this backup is encrypted with a key, not a passphrase")
        return HKDF(algorithm=SHA256(), length=32, salt=self.salt,
                    info=b"kine-relay backup v1").derive(secret.key)


def _new_header(secret: BackupKey, chunk_size: int) -> _Header:
    salt = os.urandom(16)
    if secret.passphrase is not None:
        return _Header(KDF_SCRYPT, salt, secret.scrypt_log2_n, SCRYPT_R, SCRYPT_P, chunk_size)
    return _Header(KDF_KEY, salt, 0, 0, 0, chunk_size)


def _nonce(index: int, final: bool) -> bytes:
    return struct.pack(">QI", index, int(final))


class _EncryptingWriter:
    """Write-only file object for tarfile: seals each full chunk; close() seals the last one."""

    def __init__(self, out: BinaryIO, key: bytes, header: bytes, chunk_size: int,
                 on_sealed: Callable[[int], None]):
        self._out, self._aead, self._header = out, AESGCM(key), header
        self._chunk_size, self._on_sealed = chunk_size, on_sealed
        self._buffer = bytearray()
        self._index = 0

    def write(self, data: bytes) -> int:
        self._buffer += data
        # Strictly more than a chunk: the last one must wait for close() to get its final flag.
        while len(self._buffer) > self._chunk_size:
            self._seal(bytes(self._buffer[:self._chunk_size]), final=False)
            del self._buffer[:self._chunk_size]
        return len(data)

    def close(self) -> None:
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()

    def _seal(self, chunk: bytes, final: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._index, final), chunk, self._header))
        self._index += 1
        self._on_sealed(len(chunk))


class _DecryptingReader:
    """Read-only file object for tarfile: opens one chunk at a time, each authenticated."""

    def __init__(self, source: BinaryIO, key: bytes, header: bytes, chunk_size: int,
                 on_read: Callable[[int], None]):
        self._source, self._aead, self._header = source, AESGCM(key), header
        self._block_size, self._on_read = chunk_size + TAG_BYTES, on_read
        self._pending = source.read(self._block_size)
        self._plain = bytearray()
        self._index = 0
        self._done = False

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._plain) < size):
            self._open_next()
        size = len(self._plain) if size < 0 else size
        data = bytes(self._plain[:size])
        del self._plain[:size]
        return data

    def read_to_end(self) -> None:
        """Authenticates what the tar reader left unread (end padding, and the final flag)."""
        while not self._done:
            self._open_next()

    def _open_next(self) -> None:
        block = self._pending
        self._pending = self._source.read(self._block_size)
        final = not self._pending
        try:
            self._plain += self._aead.decrypt(_nonce(self._index, final), block, self._header)
        except InvalidTag:
            raise BackupError("wrong key or passphrase, or the backup is damaged or cut") from None
        self._on_read(len(block))
        self._index += 1
        self._done = final


class _Counter:
    """Turns per-chunk byte counts into (done, total) progress calls."""

    def __init__(self, total: int, progress: Progress | None):
        self.total, self.done, self._progress = total, 0, progress

    def __call__(self, count: int) -> None:
        self.done += count
        if self._progress:
            self._progress(min(self.done, self.total), self.total)


def _snapshot(source: Path, target: Path) -> None:
    """SQLite's backup API: a consistent copy even while another connection writes."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot snapshot {source.name}: {exc}") from None
    finally:
        src.close()
        dst.close()


def _members(data_dir: Path, scratch: Path) -> list[tuple[str, Path]]:
    """(name in the archive, file to read) for everything backed up, snapshotting databases."""
    if not (data_dir / STORE).is_file():
        raise BackupError(f"no {STORE} in {data_dir}")
    members = []
    databases = [STORE] + [f"{NIO}/{p.name}" for p in sorted((data_dir / NIO).glob("*.db"))]
    (scratch / NIO).mkdir()
    for name in databases:
        _snapshot(data_dir / name, scratch / name)
        members.append((name, scratch / name))
    if (data_dir / CREDENTIALS).is_file():
        members.append((CREDENTIALS, data_dir / CREDENTIALS))
    return members


def write_backup(data_dir: Path, out: Path, secret: BackupKey, *,
                 progress: Progress | None = None, chunk_size: int = CHUNK_SIZE) -> list[str]:
    """Writes an encrypted backup of `data_dir` to `out` (replaced atomically, mode 0600) and
    returns the names it holds."""
    header = _new_header(secret, chunk_size)
    key, packed = header.file_key(secret), header.pack()
    # The snapshots are as sensitive as the originals: they stay in the 0700 data directory.
    with tempfile.TemporaryDirectory(dir=data_dir, prefix=".backup-") as scratch:
        members = _members(data_dir, Path(scratch))
        counter = _Counter(sum(path.stat().st_size for _, path in members), progress)
        fd, partial = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")
        try:
            with os.fdopen(fd, "wb") as sink:
                sink.write(packed)
                writer = _EncryptingWriter(sink, key, packed, chunk_size, counter)
                with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                    for name, path in members:
                        _add(tar, name, path)
                writer.close()
                sink.flush()
                os.fsync(sink.fileno())
            os.replace(partial, out)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    return [name for name, _ in members]


def _add(tar: tarfile.TarFile, name: str, path: Path) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = path.stat().st_size, 0o600, int(path.stat().st_mtime)
    with path.open("rb") as source:
        tar.addfile(info, source)


def _checked_name(member: tarfile.TarInfo) -> str:
    """Only the names a backup can hold: nothing else is written, wherever it points."""
    path = PurePosixPath(member.name)
    nio_db = (len(path.parts) == 2 and path.parts[0] == NIO and path.suffix == ".db"
              and not path.name.startswith("."))
    if not member.isfile() or not (member.name in (STORE, CREDENTIALS) or nio_db):
        raise BackupError("the backup holds an unexpected entry")
    return member.name


def restore_backup(backup: Path, data_dir: Path, secret: BackupKey, *, force: bool = False,
                   progress: Progress | None = None) -> list[str]:
    """Decrypts `backup` into `data_dir` (0700, files 0600) and returns the names restored.
    Refuses a non-empty `data_dir` unless `force`, which replaces the data files in it. Nothing
    is installed until the whole backup has decrypted and authenticated."""
    if data_dir.exists() and any(data_dir.iterdir()) and not force:
        raise BackupError(f"{data_dir} is not empty (use --force to replace its data)")
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=data_dir.parent, prefix=f".{data_dir.name}.restore-"))
    try:
        with backup.open("rb") as source:
            header = _Header.read(source)
            counter = _Counter(backup.stat().st_size - _HEADER.size, progress)
            reader = _DecryptingReader(source, header.file_key(secret), header.pack(),
                                       header.chunk_size, counter)
            names = _extract(reader, staging)
            reader.read_to_end()
        if STORE not in names:
            raise BackupError(f"the backup holds no {STORE}")
        _install(staging, data_dir)
    except tarfile.TarError:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupError("the backup is damaged") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return names


def _extract(reader: _DecryptingReader, staging: Path) -> list[str]:
    names = []
    with tarfile.open(fileobj=reader, mode="r|") as tar:
        for member in tar:
            name = _checked_name(member)
            target = staging / name
            if not target.parent.exists():
                target.parent.mkdir()
                os.chmod(target.parent, 0o700)
            source = tar.extractfile(member)
            assert source is not None  # _checked_name admits regular files only
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                raise BackupError("the backup names a file twice") from None
            with os.fdopen(fd, "wb") as sink:
                os.fchmod(sink.fileno(), 0o600)
                shutil.copyfileobj(source, sink)
            names.append(name)
    return names


def _install(staging: Path, data_dir: Path) -> None:
    if not data_dir.exists():
        staging.rename(data_dir)
        return
    # Old WAL files would be replayed into the restored database: they go too.
    doomed = [STORE, NIO, CREDENTIALS, *(STORE + sidecar for sidecar in SQLITE_SIDECARS)]
    for name in doomed:
        path = data_dir / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    for item in staging.iterdir():
        os.replace(item, data_dir / item.name)
    staging.rmdir()
    os.chmod(data_dir, 0o700)


def backup_name(now: datetime | None = None) -> str:
    """A file name whose order is time order, matched by rotate_backups."""
    return f"kine-relay-{(now or datetime.now(UTC)).astimezone(UTC):%Y%m%dT%H%M%SZ}.backup"


def rotate_backups(directory: Path, keep: int) -> list[Path]:
    """Deletes all but the `keep` newest backups named by backup_name; returns those deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    doomed = sorted(directory.glob(BACKUP_GLOB))[:-keep]
    for path in doomed:
        path.unlink()
    return doomed
