"""Content fingerprints that decide what a build must redo."""

import hashlib
from pathlib import Path

from kg.extract.reader import meta_path


def file_sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        _add_file(digest, path)
    return digest.hexdigest()


def document_sha256(path: Path, data: bytes | None = None) -> str:
    """The document's bytes and its sidecar metadata: a change to either is a change.
    `data` is the document's bytes when the caller has already read them."""
    if data is None:
        return file_sha256(path, meta_path(path))
    digest = hashlib.sha256(path.name.encode())
    digest.update(data)
    _add_file(digest, meta_path(path))
    return digest.hexdigest()


def _add_file(digest, path: Path) -> None:
    if path.exists():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
