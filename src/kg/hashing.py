"""Content fingerprints that decide what a build must redo."""

import hashlib
from pathlib import Path

from kg.extract.reader import meta_path


def file_sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def document_sha256(path: Path) -> str:
    """The document's bytes and its sidecar metadata: a change to either is a change."""
    return file_sha256(path, meta_path(path))
