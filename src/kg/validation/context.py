"""What the store says about the nodes a write touches: the stored description of every node it
adds to (what the checks on that node's classes read), and what the shapes read about the nodes
it links to (types, labels, kinds, a document's text, a sentence's offsets).

Reading a term off the on-disk store costs about 40 µs (1.5 µs in memory), and the documents of
a build keep naming the same nodes (agencies, people, places of the reference data). A
StoredContext keeps, per node, what the shapes read about it in every graph (the graphs a write
replaces are left out when it is used), and the build tells it what each document wrote
(`written`), so that an entry stays what a fresh read would give. It is right as long as no one
else writes the store meanwhile: the build holds the store's only writer, and a write outside a
build (the endpoint's) uses a fresh one.
"""

from collections import defaultdict

import pyoxigraph as ox

from kg.terms import TYPE, graph_terms
from kg.validation.compiler import inferred_graphs
from kg.validation.reads import (
    Scan,
    class_checked,
    linked_predicates,
    minted,
    read_predicates,
)


class StoredContext:
    def __init__(self, store: ox.Store, base: str):
        self.store, self.base = store, base
        # What a write replaces is not read (a document's old graphs in a rebuild): the nodes
        # read without it are complete once `written` gives the graphs' new content, and are
        # read again when that does not come (a refused write).
        self.unread, self.pending = set(), []
        # node → its quads the checks on its classes read, or the checks on a node linking to it
        # read, grouped by triple (see _grouped)
        self.described: dict = {}
        self.linked: dict = {}
        self.in_graph: dict = defaultdict(set)  # graph → nodes with a kept quad in it
        self.lookups = 0  # nodes looked up in the store so far
        self.where: dict | None = None  # node → the graphs it is a subject in (see _worth_reading)
        self.held: dict = defaultdict(set)  # graph → its subjects, while `where` is kept

    def quads(self, quads: list, replaced=(), described: set | None = None) -> list:
        """The stored description of the nodes the quads describe, what the shapes read about
        the nodes they link to, and the types of the values the checks read in those
        descriptions; none from the graphs in `replaced` (IRIs or pyoxigraph graph names).
        `described`: the nodes whose stored description is read, the quads' subjects among them
        (a write's nodes, with those named only in inferences it leaves out); None: the quads'
        subjects."""
        skip = graph_terms(replaced)
        self._forget_pending()
        self.unread = skip
        scan = Scan(class_checked(self.base))
        scan.nodes(quads, subjects=described is None)
        subjects = minted(scan.subjects if described is None else described, self.base)
        described = self._from(self.described, self._read_described, subjects, skip)
        objects = minted(scan.objects, self.base) - subjects
        linked = self._from(self.linked, self._read_linked, objects, skip)
        scan.values(described)
        values = minted(scan.checked_values(), self.base) - subjects - objects
        return described + linked + self._from(self.linked, self._read_linked, values, skip)

    def _from(self, cache: dict, read, nodes: set, skip: set) -> list:
        missing = self._worth_reading([node for node in nodes if node not in cache], skip)
        if missing:
            self.pending.append((cache, missing))
            found = defaultdict(list)
            for quad in read(missing):
                found[quad.subject].append(quad)
            for node in missing:
                self._keep(cache, node, found[node])
        return [quad for node in nodes for group in cache.get(node, ())
                if (quad := _first_kept(group, skip)) is not None]  # fmt: skip

    def _worth_reading(self, nodes: list, skip: set) -> list:
        """The nodes the store may say something about outside the graphs skipped. Most nodes a
        document names are its own: new in a first build, in the graphs it replaces in a
        rebuild; looking each up costs about 40 µs. Once a build has looked up more nodes than
        SNAPSHOT_AFTER, it lists where every node is a subject (one pass over the store, about
        0.2 s per 100k quads) and keeps that list up to date."""
        if self.where is None:
            self.lookups += len(nodes)
            if self.lookups <= SNAPSHOT_AFTER:
                return nodes
            self._snapshot()
        return [node for node in nodes if not self.where.get(node, NOWHERE) <= skip]

    def _snapshot(self) -> None:
        self.where = defaultdict(set)
        for row in self.store.query(WHERE):
            graph = row[1] if row[1] is not None else ox.DefaultGraph()
            self.where[row[0]].add(graph)
            self.held[graph].add(row[0])

    def _keep(self, cache: dict, node, quads: list) -> None:
        cache[node] = _grouped(quads, inferred_graphs(self.base))
        for quad in quads:
            self.in_graph[quad.graph_name].add(node)

    def _read_described(self, nodes: list) -> list:
        """Every predicate a check on one of the node's classes reads, in every named graph (not,
        say, an agency's mentions in every other document): a lookup of the node's types, then
        one per predicate they make read (a query costs about 1.5 ms to plan, and one reading
        them all joins a node's types in every graph with the predicates). Most of the nodes a
        write names are in no graph but those it replaces (a document's own, rewritten): when
        there are more than a few, and no list of where nodes are has left those out
        (_worth_reading), one query first tells which are elsewhere."""
        if len(nodes) > FEW and self.where is None:
            nodes = self._elsewhere(nodes)
        return [quad for node in nodes for quad in self._described_by_lookups(node)]

    def _elsewhere(self, nodes: list) -> list:
        """The nodes with a statement in a named graph read."""
        unread = ", ".join(str(g) for g in self.unread if isinstance(g, ox.NamedNode))
        query = ELSEWHERE.format(
            nodes=" ".join(str(n) for n in nodes), unread=unread or "<urn:none>"
        )
        return [row[0] for row in self.store.query(query)]

    def _described_by_lookups(self, node) -> list:
        types = self._read(node, TYPE)
        return types + [quad for predicate in self._described_by(node, types) - {TYPE}
                        for quad in self._read(node, predicate)]  # fmt: skip

    def _read(self, node, predicate) -> list:
        """The node's values of the predicate in the named graphs read."""
        return [quad for quad in self.store.quads_for_pattern(node, predicate, None, None)
                if not isinstance(quad.graph_name, ox.DefaultGraph)
                and quad.graph_name not in self.unread]  # fmt: skip

    def _read_linked(self, nodes: list) -> list:
        return [quad for node in nodes for predicate in linked_predicates(self.base, node)
                for quad in self.store.quads_for_pattern(node, predicate, None, None)
                if quad.graph_name not in self.unread]  # fmt: skip

    def written(self, graphs: dict) -> None:
        """The named graphs (IRI → triples of pyoxigraph terms, or None: dropped) as now stored:
        the entries of the nodes they held or now hold follow."""
        names = {ox.NamedNode(name): triples or () for name, triples in graphs.items()}
        if self.unread <= set(names):
            self.pending = []  # their entries now complete: the graphs unread are followed below
        self._forget_pending()
        new = defaultdict(list)
        for graph, triples in names.items():
            for s, p, o in triples:
                new[s].append(ox.Quad(s, p, o, graph))
        touched = set(new).union(*(self.in_graph.pop(graph, set()) for graph in names))
        if self.where is not None:
            self._move(new, names)
        for node in touched:
            self._follow(self.described, node, new[node], set(names), self._described_by)
            self._follow(self.linked, node, new[node], set(names), self._linked_by)

    def _forget_pending(self) -> None:
        for cache, nodes in self.pending:
            for node in nodes:
                cache.pop(node, None)
        self.pending = []

    def _move(self, new: dict, names: dict) -> None:
        for graph in names:
            for node in self.held.pop(graph, set()):
                self.where[node].discard(graph)
        for node, quads in new.items():
            for quad in quads:
                self.where[node].add(quad.graph_name)
                self.held[quad.graph_name].add(node)

    def _follow(self, cache: dict, node, added: list, graphs: set, read_by) -> None:
        if node not in cache:
            return
        old = [quad for group in cache.pop(node) for quad in group]
        before = read_by(node, old)
        kept = [quad for quad in old if quad.graph_name not in graphs]
        added = [quad for quad in added if quad.predicate in before]
        if any(isinstance(q.object, ox.BlankNode) for q in added):
            return  # a blank node is a new one once stored: read again when needed
        if read_by(node, kept + added) != before:
            return  # its types changed what the checks read: read again when needed
        self._keep(cache, node, kept + _as_stored(added))

    def _described_by(self, node, quads: list) -> frozenset:
        types = {quad.object.value for quad in quads if quad.predicate == TYPE}
        always, by_class = read_predicates(self.base)
        names = set(always) | {p for c, p in by_class if c in types}
        return frozenset(ox.NamedNode(name) for name in names)

    def _linked_by(self, node, quads: list) -> frozenset:
        return frozenset(linked_predicates(self.base, node))


def _grouped(quads: list, inferred: str) -> list:
    """The quads by triple, each triple's asserted ones (not in an inferred graph) first: the
    checks read a triple once (sh:class: whether some graph asserts it), not once per graph
    that says it (the extractor's type is in every document's graph)."""
    groups = defaultdict(list)
    for quad in quads:
        graph = quad.graph_name
        asserted = not (isinstance(graph, ox.NamedNode) and graph.value.startswith(inferred))
        groups[quad.triple].insert(0 if asserted else len(groups[quad.triple]), quad)
    return [tuple(group) for group in groups.values()]


def _first_kept(group: tuple, skip: set):
    for quad in group:
        if quad.graph_name not in skip:
            return quad
    return None


def _as_stored(quads: list) -> list:
    """The quads as the store gives them back (canonical literals: "01"^^xsd:integer is 1)."""
    if not quads:
        return []
    memory = ox.Store()
    memory.extend(quads)
    return list(memory)


# The default graph's own statements are not read (the build and the endpoint write named
# graphs; a write to the default graph is checked with what it holds).
ELSEWHERE = """SELECT ?s WHERE {{ VALUES ?s {{ {nodes} }}
  FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({unread})) }} }}"""


NOWHERE = frozenset()
FEW = 8  # nodes looked up without asking first which are elsewhere
SNAPSHOT_AFTER = 250  # node lookups (about 10 ms: two or three documents' new nodes) before
# listing where every node is
WHERE = "SELECT DISTINCT ?s ?g WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }"
