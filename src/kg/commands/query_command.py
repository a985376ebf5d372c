"""`kg query`: run SPARQL on the local store or on any endpoint through SPARQLWrapper."""

import pyoxigraph as ox
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from kg.namespaces import Vocab
from kg.settings import Config
from kg.store.oxstore import open_read_only

FORMATS = ("table", "json", "csv", "tsv", "xml", "turtle")
OX_RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
REMOTE = {"json": JSON, "csv": CSV, "tsv": TSV, "xml": XML, "table": JSON}


def run(config: Config, text: str, endpoint: str | None, fmt: str) -> str:
    if endpoint:
        return run_remote(endpoint, text, fmt)
    store = open_read_only(config.store_path)
    result = store.query(
        text, prefixes=Vocab(config.base).prefixes(), use_default_graph_as_union=True
    )
    return render_local(result, fmt)


def render_local(result, fmt: str) -> str:
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.TURTLE).decode()
    if fmt in OX_RESULTS:
        return result.serialize(format=OX_RESULTS[fmt]).decode()
    if isinstance(result, ox.QueryBoolean):
        return str(bool(result)).lower()
    if fmt in ("table", "turtle"):
        names = [v.value for v in result.variables]
        rows = [[_cell(row[n]) for n in names] for row in result]
        return table(names, rows)
    raise ValueError(f"unknown format {fmt}")


def _cell(term) -> str:
    return "" if term is None else term.value


def run_remote(endpoint: str, text: str, fmt: str) -> str:
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    client.setReturnFormat(REMOTE.get(fmt, JSON))
    response = client.query()
    if fmt != "table":
        data = response.convert()
        return data.decode() if isinstance(data, bytes) else str(data)
    data = response.convert()
    if "boolean" in data:
        return str(data["boolean"]).lower()
    names = data["head"]["vars"]
    rows = [[b.get(n, {}).get("value", "") for n in names] for b in data["results"]["bindings"]]
    return table(names, rows)


def table(names: list[str], rows: list[list[str]]) -> str:
    lines = ["\t".join(names)] + ["\t".join(row) for row in rows]
    return "\n".join(lines) + f"\n({len(rows)} rows)"
