"""What a write that removes triples (replacing or dropping a graph, DELETE in an update) leaves
to be validated: a node that loses a triple is checked on what the store still says about it
(a required label may have gone), and a node that links to one that loses a type is checked
too (its sh:class constraint may no longer hold). What the write adds is validated as ever.
"""

import pyoxigraph as ox

from kg.terms import TYPE, graph_terms


def touched(store: ox.Store, removed, triples, replaced) -> set:
    """The nodes that lose a triple, and the nodes (outside the graphs replaced) that link to
    one that loses a type."""
    graphs = graph_terms(replaced)
    added = {tuple(t) for t in triples}
    lost = [q for q in removed if (q.subject, q.predicate, q.object) not in added]
    untyped = {q.subject for q in lost if q.predicate == TYPE
               and not _still_stated(store, q, graphs)}  # fmt: skip
    linking = {q.subject for node in untyped
               for q in store.quads_for_pattern(None, None, node, None)
               if q.graph_name not in graphs}  # fmt: skip
    return {q.subject for q in lost} | linking


def remaining(store: ox.Store, nodes: set, replaced) -> list:
    """What the store says about the nodes outside the graphs replaced, as quads (tuples)."""
    graphs = graph_terms(replaced)
    return [(q.subject, q.predicate, q.object, q.graph_name) for node in nodes
            for q in store.quads_for_pattern(node, None, None, None)
            if q.graph_name not in graphs]  # fmt: skip


def _still_stated(store: ox.Store, quad: ox.Quad, graphs: set) -> bool:
    found = store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
    return any(q.graph_name not in graphs for q in found)
