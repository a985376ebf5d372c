"""The symmetric concise bounded description of a resource, paged, with the labels of what
it links to.

Outgoing and incoming statements from every graph (inferences included, as the union default
graph shows them), blank nodes followed to their own statements. A description longer than
PAGE_SIZE statements is cut into pages that say so (hydra paging terms in the RDF, `Link`
headers on the response): nothing is dropped without a link to the rest.
"""

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.terms import PREF_LABEL, RDF, iri
from kg.web import graphs
from kg.web.paths import page_address
from kg.web.store import get_store

PAGE_SIZE = 1000
RDFS_LABEL = iri("http://www.w3.org/2000/01/rdf-schema#label")
LABELS = (PREF_LABEL, RDFS_LABEL)
HYDRA = "http://www.w3.org/ns/hydra/core#"
FOAF_PRIMARY_TOPIC = iri("http://xmlns.com/foaf/0.1/primaryTopic")
INFERRED_GRAPHS = "graph/inferred/"


@dataclass
class Description:
    subject: ox.NamedNode
    statements: list[ox.Triple]  # this page's statements
    total: int  # statements in the whole description
    page: int
    pages: int
    inferred: set[ox.Triple] = field(default_factory=set)  # stated only by inference graphs
    labels: list[ox.Triple] = field(default_factory=list)  # labels of linked resources

    @property
    def outgoing(self) -> list[ox.Triple]:
        return [t for t in self.statements if t.subject == self.subject]

    @property
    def incoming(self) -> list[ox.Triple]:
        return [t for t in self.statements if t.object == self.subject]


def exists(node: ox.NamedNode) -> bool:
    store = get_store()
    mentioned = any(True for _ in store.quads_for_pattern(node, None, None)) or any(
        True for _ in store.quads_for_pattern(None, None, node)
    )
    return mentioned or graphs.holds(node)


def describe(node: ox.NamedNode, page: int = 1, base: str = "") -> Description | None:
    """This page of the description of `node`; None when nothing mentions it."""
    quads = _symmetric_cbd(node)
    for triple in graphs.statements(node):  # stated by the server, in no graph
        quads.setdefault(triple, set())
    if not quads:
        return None
    ordered = sorted(quads, key=lambda t: (t.object == node and t.subject != node, str(t)))
    pages = max(1, -(-len(ordered) // PAGE_SIZE))
    chosen = ordered[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    inferred = {t for t in chosen if quads[t] and all(_inferred(g, base) for g in quads[t])}
    description = Description(node, chosen, len(ordered), page, pages, inferred)
    description.labels = labels_of(_linked(chosen, node))
    return description


def _inferred(graph, base: str) -> bool:
    return isinstance(graph, ox.NamedNode) and graph.value.startswith(base + INFERRED_GRAPHS)


def _symmetric_cbd(node) -> dict[ox.Triple, set]:
    """Statement -> the graphs that hold it."""
    store, found = get_store(), {}
    for quad in store.quads_for_pattern(node, None, None):
        found.setdefault(quad.triple, set()).add(quad.graph_name)
    for quad in store.quads_for_pattern(None, None, node):
        found.setdefault(quad.triple, set()).add(quad.graph_name)
    _follow_blank_nodes(found)
    return found


def _follow_blank_nodes(found: dict) -> None:
    """Blank nodes have no description of their own: theirs is part of this one."""
    seen: set = set()
    pending = [t for t in found for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)]
    while pending:
        triple = pending.pop()
        for blank in (triple.subject, triple.object):
            if not isinstance(blank, ox.BlankNode) or blank in seen:
                continue
            seen.add(blank)
            for quad in get_store().quads_for_pattern(blank, None, None):
                found.setdefault(quad.triple, set()).add(quad.graph_name)
                pending.append(quad.triple)


def _linked(statements, node) -> set[ox.NamedNode]:
    linked = {t.object for t in statements if isinstance(t.object, ox.NamedNode)}
    linked |= {t.subject for t in statements if isinstance(t.subject, ox.NamedNode)}
    linked |= {t.predicate for t in statements}
    linked.discard(node)
    return linked


def labels_of(nodes) -> list[ox.Triple]:
    store, labels = get_store(), {}
    for node in nodes:
        for predicate in LABELS:
            for quad in store.quads_for_pattern(node, predicate, None):
                labels[quad.triple] = None
    return list(labels)


def paging_statements(description: Description, document_url: str) -> list[ox.Triple]:
    """What the document is about and, when paged, where this page sits among the others."""
    here = ox.NamedNode(page_address(document_url, description.page))
    triples = [ox.Triple(here, FOAF_PRIMARY_TOPIC, description.subject)]
    if description.pages > 1:
        count = ox.Literal(str(description.total), datatype=_INT)
        triples += [ox.Triple(here, iri(RDF + "type"), iri(HYDRA + "PartialCollectionView")),
                    ox.Triple(here, iri(HYDRA + "totalItems"), count)]  # fmt: skip
        triples += [ox.Triple(here, iri(HYDRA + name), ox.NamedNode(page_address(document_url, n)))
                    for name, n in page_links(description).items()]  # fmt: skip
    return triples


def page_links(description: Description) -> dict[str, int]:
    """The other pages a page names, by their hydra name."""
    return {"first": 1, "last": description.pages} | neighbours(description)


_INT = iri("http://www.w3.org/2001/XMLSchema#integer")


def neighbours(description: Description) -> dict[str, int]:
    found = {}
    if description.page > 1:
        found["previous"] = description.page - 1
    if description.page < description.pages:
        found["next"] = description.page + 1
    return found
