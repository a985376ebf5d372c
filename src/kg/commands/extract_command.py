"""`kg extract`: print what documents yield, touching no store."""

from pathlib import Path

import click
from rdflib import Graph

from kg import resources
from kg.extract.pipeline import Extractor
from kg.extract.reader import DocumentError
from kg.namespaces import Vocab
from kg.settings import Config

FORMATS = ("turtle", "json-ld", "n-triples")
RDFLIB_FORMATS = {"turtle": "turtle", "json-ld": "json-ld", "n-triples": "nt"}


def run(config: Config, paths: list[Path], fmt: str) -> list[str]:
    vocab = Vocab(config.base)
    extractor = Extractor(vocab, resources.registry(config.base))
    merged, failed = Graph(), []
    for name, ns in vocab.prefixes().items():
        merged.bind(name, ns)
    for path in paths:
        try:
            merged += extractor.extract(path).graph
        except (DocumentError, OSError) as error:
            click.echo(f"FAILED {path.name}: {error}", err=True)
            failed.append(path.name)
    click.echo(merged.serialize(format=RDFLIB_FORMATS[fmt]))
    return failed
