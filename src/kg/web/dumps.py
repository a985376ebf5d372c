"""`/dumps`: the whole dataset as gzipped N-Quads and TriG (named graphs kept), with SHA-256
checksums.

Writing them takes seconds, so nothing else triggers it: the first request for `/dumps` (or
for one of its files) of a dataset version writes them into `<store>-web/dumps/`, and the
files of older versions are then removed. VoID names the same URLs before they exist.
"""

import gzip
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, jsonify, render_template, request, send_file

from kg.web import error_pages
from kg.web.errors import NotFound
from kg.web.freshness import fresh, last_change, side_folder
from kg.web.paths import LICENSE, site
from kg.web.store import get_store

blueprint = Blueprint("dumps", __name__)
error_pages.register(blueprint)
_writing = threading.Lock()
IMMUTABLE_SECONDS = 86_400  # a dump's name names its content: a new version is a new name


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
    return side_folder() / "dumps"


def planned() -> list[dict]:
    """The current dumps, written or not: name, URL and media type, and size and checksum
    once written."""
    key = last_change().key
    return [_entry(fmt, folder() / f"kg-{key}.{fmt.extension}") for fmt in FORMATS]


def ensure() -> list[dict]:
    """The current dumps, written first when missing."""
    with _writing:
        for fmt, entry in zip(FORMATS, planned(), strict=True):
            if "sha256" not in entry:
                _write(fmt, folder() / entry["name"])
        _remove_others({entry["name"] for entry in planned()})
    return planned()


def _write(fmt: DumpFormat, target: Path) -> None:
    """Written aside and renamed, so a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with gzip.open(partial, "wb", compresslevel=6) as out:
        get_store().dump(out, format=fmt.rdf_format)
    with partial.open("rb") as written:
        digest = hashlib.file_digest(written, "sha256").hexdigest()
    _checksum_file(target).write_text(f"{digest}  {target.name}\n", encoding="ascii")
    partial.replace(target)


def _remove_others(current: set[str]) -> None:
    keep = current | {_checksum_file(Path(name)).name for name in current}
    for path in folder().glob("kg-*"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def _checksum_file(dump: Path) -> Path:
    return dump.with_name(dump.name + ".sha256")


def _entry(fmt: DumpFormat, path: Path) -> dict:
    entry = {"name": path.name, "url": f"{site()}dumps/{path.name}",
             "checksum_url": f"{site()}dumps/{_checksum_file(path).name}",
             "media_type": fmt.media_type, "compression": "application/gzip"}  # fmt: skip
    if path.exists():  # the checksum is written before the dump appears
        entry["bytes"] = path.stat().st_size
        entry["sha256"] = _checksum_file(path).read_text(encoding="ascii").split()[0]
    return entry


@blueprint.route("/dumps")
@blueprint.route("/dumps/")
def listing() -> Response:
    entries = ensure()
    wants = request.accept_mimetypes.best_match(["application/json", "text/html"])
    if wants == "text/html":
        response = Response(render_template("dumps.html", dumps=entries, license=LICENSE))
    else:
        response = jsonify({"license": LICENSE, "dumps": entries})
    response.headers["Vary"] = "Accept"
    return fresh(response, wants or "")


@blueprint.route("/dumps/<name>")
def download(name: str) -> Response:
    files = {e["name"]: "application/gzip" for e in planned()}
    files |= {e["checksum_url"].rsplit("/", 1)[1]: "text/plain" for e in planned()}
    if name not in files:
        raise NotFound(f"no dump {name!r}; the current ones are listed at {site()}dumps")
    ensure()
    attachment = files[name] == "application/gzip"
    return send_file(folder() / name, mimetype=files[name], conditional=True, download_name=name,
                     as_attachment=attachment, max_age=IMMUTABLE_SECONDS)  # fmt: skip
