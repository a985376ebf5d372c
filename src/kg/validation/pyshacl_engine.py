"""Validation with pyshacl, the reference implementation of SHACL the compiled checks agree with."""

import pyshacl
from rdflib import BNode, Graph
from rdflib.namespace import SH

from kg.validation.report import Report, Result
from kg.validation.shapes import shapes_copy


def validate(data: Graph, base: str, inference: str = "none", ontology: Graph | None = None):
    """pyshacl over `data` (left untouched); each run gets its own copy of the shapes."""
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=shapes_copy(base),
        ont_graph=ontology,
        inference=inference,
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
    )
    return from_results_graph(results)


def from_results_graph(graph: Graph) -> Report:
    return Report([_result(graph, node) for node in graph.subjects(SH.focusNode, None)])


def _result(graph: Graph, node) -> Result:
    constraint = graph.value(node, SH.sourceConstraint)
    shape = constraint if constraint is not None and not isinstance(constraint, BNode) else None
    messages = tuple((m.language or "en", str(m)) for m in graph.objects(node, SH.resultMessage))
    value, path = graph.value(node, SH.value), graph.value(node, SH.resultPath)
    return Result(
        focus=_name(graph.value(node, SH.focusNode)),
        shape=str(shape or graph.value(node, SH.sourceShape)),
        severity=str(graph.value(node, SH.resultSeverity)),
        component=str(graph.value(node, SH.sourceConstraintComponent)),
        messages=tuple(sorted(messages)),
        path=None if path is None or isinstance(path, BNode) else str(path),
        value=None if value is None else value.n3(),
    )


def _name(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def meta_validate(base: str) -> tuple[bool, str]:
    """The shapes against SHACL-for-SHACL."""
    conforms, _, text = pyshacl.validate(
        shapes_copy(base), shacl_graph=shapes_copy(base), meta_shacl=True, advanced=True
    )
    return conforms, text
