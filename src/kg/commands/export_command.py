"""`kg export`: a dump of the whole graph."""

import sys
from pathlib import Path

import pyoxigraph as ox

from kg.settings import Config
from kg.store.oxstore import open_read_only

FORMATS = ("trig", "nquads", "turtle", "json-ld")
DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD}


def run(config: Config, fmt: str, output: Path | None) -> None:
    store = open_read_only(config.store_path)
    target = open(output, "wb") if output else sys.stdout.buffer  # noqa: SIM115
    try:
        if fmt in DATASET_FORMATS:
            store.dump(target, format=DATASET_FORMATS[fmt])
        else:
            # Turtle and JSON-LD have no named graphs: the union of all graphs, as queries see it.
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
            ox.serialize(triples, target, format=GRAPH_FORMATS[fmt])
    finally:
        if output:
            target.close()
