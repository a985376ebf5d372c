"""`/dumps`: the whole dataset as gzipped N-Quads and TriG (named graphs kept), with SHA-256
checksums. Written on first request for each dataset version into `<store>-dumps/`, next to
the store, and replaced when the data changes."""

import gzip
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, request, send_file

from kg.web.errors import NotFound
from kg.web.paths import LICENSE, site
from kg.web.store import dataset_version, get_store

blueprint = Blueprint("dumps", __name__)
_writing = threading.Lock()


@dataclass(frozen=True)
class DumpFormat:
    extension: str
    rdf_format: object
    media_type: str  # of the content, before gzip


FORMATS = (
    DumpFormat("nq.gz", ox.RdfFormat.N_QUADS, "application/n-quads"),
    DumpFormat("trig.gz", ox.RdfFormat.TRIG, "application/trig"),
)


def folder() -> Path:
    store = current_app.config["KG"].store_path
    return store.parent / f"{store.name}-dumps"


def file_name(fmt: DumpFormat, version: str) -> str:
    return f"kg-{version}.{fmt.extension}"


def ensure() -> list[dict]:
    """The dumps of the current version, written first if missing: name, URL, size, sha256."""
    version = dataset_version()
    with _writing:
        for fmt in FORMATS:
            target = folder() / file_name(fmt, version)
            if not target.exists():
                _write(fmt, target)
        _remove_old(version)
    return [_entry(fmt, folder() / file_name(fmt, version)) for fmt in FORMATS]


def _write(fmt: DumpFormat, target: Path) -> None:
    """Written aside and renamed, so a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with gzip.open(partial, "wb", compresslevel=6) as out:
        get_store().dump(out, format=fmt.rdf_format)
    digest = hashlib.sha256(partial.read_bytes()).hexdigest()
    checksum = target.with_name(target.name + ".sha256")
    checksum.write_text(f"{digest}  {target.name}\n", encoding="ascii")
    partial.replace(target)


def _remove_old(version: str) -> None:
    for path in folder().glob("kg-*"):
        if not path.name.startswith(f"kg-{version}."):
            path.unlink(missing_ok=True)


def _entry(fmt: DumpFormat, path: Path) -> dict:
    checksum = path.with_name(path.name + ".sha256")
    return {"name": path.name, "url": f"{site()}dumps/{path.name}", "bytes": path.stat().st_size,
            "sha256": checksum.read_text(encoding="ascii").split()[0],
            "checksum_url": f"{site()}dumps/{checksum.name}", "media_type": fmt.media_type,
            "compression": "application/gzip"}  # fmt: skip


@blueprint.route("/dumps")
@blueprint.route("/dumps/")
def listing() -> Response:
    entries = ensure()
    if request.accept_mimetypes.best_match(["text/html", "application/json"]) == "text/html":
        return Response(render_template("dumps.html", dumps=entries, license=LICENSE))
    return jsonify({"version": dataset_version(), "license": LICENSE, "dumps": entries})


@blueprint.route("/dumps/<name>")
def download(name: str) -> Response:
    entries = {e["name"]: e for e in ensure()}
    sums = {e["checksum_url"].rsplit("/", 1)[1]: e for e in entries.values()}
    if name in entries:
        return send_file(folder() / name, mimetype="application/gzip", conditional=True,
                         download_name=name, as_attachment=True)  # fmt: skip
    if name in sums:
        return send_file(folder() / name, mimetype="text/plain", conditional=True)
    raise NotFound(f"no dump {name!r}; the current ones are listed at {site()}dumps")
