"""Atomic file writes: every file the project writes appears whole or not at all.

Each writer writes a temporary file in the target's folder, flushes it to disk and renames it over the target
(`os.replace` is atomic on one file system), so a full disk, a crash or a reader at the wrong moment never sees a
half-written parquet table, fingerprint, HTML page, run.json or figure. On failure the temporary file is removed
and the error (an OSError naming the path) goes up to the caller.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

# The permissions a plain open() would give a new file (0666 less the process's umask, read once at import):
# mkstemp's temporary file is private (0600), which made every report unreadable to colleagues sharing the folder.
_UMASK = os.umask(0o022)
os.umask(_UMASK)
FILE_MODE = 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_path(target: str | Path):
    """A temporary path beside `target` to write to; renamed to `target` when the block ends without error."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_bytes(target: str | Path, data: bytes) -> Path:
    """Write `data` to `target` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text(target: str | Path, text: str) -> Path:
    """Write `text` (UTF-8) to `target` atomically."""
    return write_bytes(target, text.encode("utf-8"))
