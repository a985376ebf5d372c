"""A query worker process: it opens the store read-only and answers one query at a time.

Running queries in worker processes is what lets a timeout really stop the work: pyoxigraph
has no timeout of its own and a thread cannot be killed, but a process can.
"""

from itertools import islice

import pyoxigraph as ox

from kg.query import results

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def serve(connection, store_path: str) -> None:
    """Answer requests from the parent until it sends None or goes away."""
    store, version = None, None
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        if request is None:
            return
        if request["version"] != version:  # the data changed: see it
            store, version = ox.Store.read_only(store_path), request["version"]
        connection.send(answer(store, request))


def answer(store: ox.Store, request: dict) -> tuple:
    try:
        result = store.query(
            request["query"],
            prefixes=request["prefixes"],
            base_iri=request.get("base_iri"),
            use_default_graph_as_union=request["union"],
            default_graph=_graphs(request.get("default_graphs")),
            named_graphs=_graphs(request.get("named_graphs")),
        )
        return _serialized(result, request)
    except SyntaxError as error:
        return ("syntax", str(error))
    except (OSError, ValueError, RuntimeError) as error:
        return ("error", str(error))


def _graphs(names):
    return [ox.NamedNode(n) for n in names] if names else None


def _serialized(result, request: dict) -> tuple:
    """("ok", kind, format, payload, rows kept if cut); no acceptable format: empty payload."""
    if isinstance(result, ox.QueryTriples):
        return ("ok", "triples", *_native(result, request.get("graph_format"), GRAPH_FORMATS))
    fmt = request.get("result_format")
    if isinstance(result, ox.QueryBoolean) or not request.get("max_rows"):
        kind = "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"
        return ("ok", kind, *_native(result, fmt, RESULT_FORMATS))
    return ("ok", "solutions", *_capped(result, fmt, request["max_rows"]))


def _native(result, fmt: str | None, formats: dict) -> tuple:
    return fmt, result.serialize(format=formats[fmt]) if fmt else b"", None


def _capped(result, fmt: str | None, max_rows: int) -> tuple:
    """Rows up to max_rows; a longer result is cut there and says so."""
    variables = [v.value for v in result.variables]
    rows = [[row[v] for v in variables] for row in islice(result, max_rows + 1)]
    truncated = max_rows if len(rows) > max_rows else None
    payload = results.serialize(variables, rows[:max_rows], fmt) if fmt else b""
    return fmt, payload, truncated
