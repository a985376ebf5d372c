"""Where each resource lives: its IRI under the base, its description under /data/, its page
under /page/, and the file extension of each RDF format.

A minted IRI `<base>id/<kind>/<slug>` has the path `<kind>/<slug>`; a named graph
`<base>graph/<name>` has the path `graph/<name>` ("graph" is not a kind of minted resource).
"""

from flask import current_app, request

from kg.namespaces import ID_KINDS
from kg.web.formats import GRAPH_FORMATS, Format

HTML = Format("html", "text/html", None)
EXTENSIONS = {"ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples", "rdf": "rdfxml"}
FORMAT_BY_NAME = {f.name: f for f in GRAPH_FORMATS}
EXTENSION_OF = {name: ext for ext, name in EXTENSIONS.items()}
LICENSE = "https://opensource.org/license/mit"  # the project's licence, data included


def base() -> str:
    return current_app.config["KG"].base


def iri_for(path: str) -> str | None:
    """The IRI a /data/ or /page/ path names, or None when it cannot name one."""
    head = path.split("/", 1)[0]
    if head == "graph":
        return base() + path
    if head in ID_KINDS and "/" in path:
        return f"{base()}id/{path}"
    return None


def path_for(iri: str) -> str | None:
    """The path of an IRI under the base that has a description here, else None."""
    if not iri.startswith(base()):
        return None
    local = iri[len(base()) :]
    if local.startswith("id/"):
        return local[3:] if iri_for(local[3:]) == iri else None
    return local if local.startswith("graph/") else None


def site() -> str:
    """The server's own root: documents are addressed where they are served."""
    return request.host_url


def data_url(path: str, fmt: Format | None = None) -> str:
    suffix = f".{EXTENSION_OF[fmt.name]}" if fmt is not None else ""
    return f"{site()}data/{path}{suffix}"


def page_url(path: str) -> str:
    return f"{site()}page/{path}"


def page_address(url: str, page: int) -> str:
    """The address of one page of a paged resource: the first is the resource itself."""
    return url if page == 1 else f"{url}?page={page}"


def split_extension(path: str) -> tuple[str, Format | None, str]:
    """(path without extension, RDF format it names or None, the extension as written)."""
    stem, dot, extension = path.rpartition(".")
    if not dot or "/" in extension:
        return path, None, ""
    name = EXTENSIONS.get(extension)
    return (stem, FORMAT_BY_NAME[name], extension) if name else (path, None, extension)


def local_link(iri: str) -> str:
    """Where a browser should go for an IRI: its page here, or the IRI itself."""
    path = path_for(iri)
    if path is not None:
        return page_url(path)
    if iri.startswith(base() + "ontology"):
        return site() + iri[len(base()) :]
    return iri
