"""A query worker process: it opens the store read-only and answers one query at a time.

Running queries in worker processes is what lets a timeout really stop the work: pyoxigraph
has no timeout of its own and a thread cannot be killed, but a process can.
"""

import json
import os
import pickle
import select
import sys
import threading
import time
from itertools import islice
from multiprocessing.connection import Connection

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
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


def main(arguments: list[str]) -> None:
    """`python -m kg.query.worker STORE REQUESTS_FD ANSWERS_FD`, as the executor starts it."""
    store_path, requests, answers = arguments[0], int(arguments[1]), int(arguments[2])
    threading.Thread(target=_exit_with_parent, args=(answers,), daemon=True).start()
    serve(Connection(requests, writable=False), Connection(answers, readable=False), store_path)


def _exit_with_parent(answers: int) -> None:
    """Stop at once when the server goes away, however it ends and even in the middle of a
    long query (pyoxigraph lets other threads run while it evaluates): the server's end of
    the answer pipe closes, and a pipe with no reader reports an error to poll."""
    watch = select.poll()
    watch.register(answers, 0)  # no event asked for: only that error wakes it
    watch.poll()
    os._exit(0)


def serve(requests: Connection, answers: Connection, store_path: str) -> None:
    """Answer requests from the parent until it sends None or goes away."""
    store, version = None, None
    while True:
        try:
            request = pickle.loads(requests.recv_bytes())
        except EOFError:
            return
        if request is None:
            return
        if request["version"] != version:  # the data changed: see it
            store = None  # let go of the old snapshot first
            try:
                store, version = _open(store_path), request["version"]
            except (OSError, RuntimeError) as error:
                _reply(answers, ("unavailable", f"the store could not be opened: {error}"))
                continue
        _reply(answers, answer(store, request))


def _reply(answers: Connection, message: tuple) -> None:
    answers.send_bytes(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))


def _open(store_path: str, attempts: int = 5) -> ox.Store:
    """Open a read-only snapshot; right after a write it can fail for a moment, so retry."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(store_path)
        except (OSError, RuntimeError):  # RocksDB may be compacting files away right then
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def answer(store: ox.Store, request: dict) -> tuple:
    try:
        result = store.query(
            request["query"],
            prefixes=_used(request["prefixes"], request["query"]),
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


def _used(prefixes: dict[str, str], text: str) -> dict[str, str]:
    """Only the prefixes the text can name: pyoxigraph checks every one it is given, which
    costs a small query a quarter of its time."""
    return {name: iri for name, iri in prefixes.items() if name + ":" in text}


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


def _capped_json(payload: bytes, max_rows: int) -> tuple:
    if len(payload) < 3 * max_rows:  # each row takes at least "{}," : it cannot be too long
        return "json", payload, None
    data = json.loads(payload)
    bindings = data["results"]["bindings"]
    if len(bindings) <= max_rows:
        return "json", payload, None
    data["results"]["bindings"] = bindings[:max_rows]
    return "json", json.dumps(data, ensure_ascii=False).encode("utf-8"), max_rows


def _native(result, fmt: str | None, formats: dict) -> tuple:
    return fmt, result.serialize(format=formats[fmt]) if fmt else b"", None


def _capped(result, fmt: str | None, max_rows: int) -> tuple:
    """Rows up to max_rows; a longer result is cut there and says so. SPARQL JSON, the usual
    format, is written natively and only counted (and cut) after."""
    if fmt == "json":
        return _capped_json(result.serialize(format=RESULT_FORMATS["json"]), max_rows)
    variables = [v.value for v in result.variables]
    rows = [[row[v] for v in variables] for row in islice(result, max_rows + 1)]
    truncated = max_rows if len(rows) > max_rows else None
    payload = results.serialize(variables, rows[:max_rows], fmt) if fmt else b""
    return fmt, payload, truncated


if __name__ == "__main__":
    main(sys.argv[1:])
