"""Read a source document from disk: decode, check, and load its sidecar metadata."""

import json
import re
from pathlib import Path
from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon.characters import ARABIC_LETTERS

MAX_BYTES: Final = 2_000_000
META_SUFFIX: Final = ".meta.json"
META_KEYS: Final = {"title", "publisher", "source_url", "publication_date"}
ISO_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DocumentError(ValueError):
    """A document that cannot be read; the message says why."""


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise DocumentError(f"{name}: empty file")
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{name}: {len(data)} bytes is over the {MAX_BYTES}-byte limit")
    if b"\x00" in data:
        raise DocumentError(f"{name}: binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_legacy(data, name)


def decode_legacy(data: bytes, name: str) -> str:
    """Windows-1256 is the legacy Arabic encoding; accept it only if it yields Arabic text."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as error:
        raise DocumentError(f"{name}: neither UTF-8 nor Windows-1256 ({error})") from error
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if c in ARABIC_LETTERS)
    if not letters or arabic / len(letters) < 0.5:
        raise DocumentError(f"{name}: not UTF-8, and not Arabic text in Windows-1256")
    return text


def document_id(path: Path) -> str:
    """The file stem, made URI-safe: stable across rebuilds for the same file."""
    stem = path.name.removesuffix(".txt")
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "document"


def meta_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".txt") + META_SUFFIX)


def read_meta(path: Path) -> dict:
    sidecar = meta_path(path)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise DocumentError(f"{sidecar.name}: invalid metadata JSON ({error})") from error
    if not isinstance(meta, dict):
        raise DocumentError(f"{sidecar.name}: metadata must be a JSON object")
    date_value = meta.get("publication_date")
    if date_value is not None and not ISO_DATE.match(str(date_value)):
        raise DocumentError(f"{sidecar.name}: publication_date must be YYYY-MM-DD")
    return {k: str(v) for k, v in meta.items() if k in META_KEYS and v is not None}


def read_document(path: Path, data: bytes | None = None) -> Document:
    """The document at `path`; `data` is its bytes when the caller has already read them."""
    data = path.read_bytes() if data is None else data
    text = decode(data, path.name)
    meta = read_meta(path) | {"file_name": path.name}
    return Document(doc_id=document_id(path), raw=text, meta=meta)
