"""The shapes compiled to SPARQL: one SELECT per constraint, over every focus node at once.

pyoxigraph runs these checks on the store (the whole graph) and on small in-memory stores (one
write) much faster than pyshacl walks focus nodes one by one. The subset of SHACL the shapes use
is compiled; anything else raises Unsupported, so a shape the compiler cannot read is never
skipped silently. Class targets read rdf:type, inferences included. sh:class reads asserted types
only (a type in a graph that is not <base>graph/inferred/...), with the ontology's
rdfs:subClassOf: inference gives a property's value the property's range type, so "the value is
an X" would always hold on inferred types.
"""

from dataclasses import dataclass, replace

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from kg import resources
from kg.validation.shapes import prefixes, shapes_graph


class Unsupported(ValueError):
    pass


@dataclass(frozen=True)
class Check:
    shape: str  # the property shape or SPARQL constraint reported as the source
    severity: str
    component: str
    messages: tuple[tuple[str, str], ...]
    path: str | None
    query: str  # SELECT ?this ?value
    where: str  # the query's group pattern, for merged_query
    targets: frozenset[str] = frozenset()  # target classes and predicates: none in the data, no run
    # What kg.validation.native needs to run a property-shape check without SPARQL:
    target_classes: tuple[str, ...] = ()
    target_subjects_of: tuple[str, ...] = ()
    predicate: str | None = None  # the path's property
    inverse: bool = False  # the path is sh:inversePath of `predicate`
    parameter: object = None  # the constraint's value, ready for Python (see _parameter)


def compile_shapes(base: str) -> list[Check]:
    graph = shapes_graph(base)
    header = prefix_header(base)
    checks = []
    for node_shape in sorted(set(graph.subjects(RDF.type, SH.NodeShape))):
        checks += _node_shape(graph, node_shape, header)
    return [_with_subclasses(check, base) for check in checks]


def inferred_graphs(base: str) -> str:
    """The prefix of the graphs that hold inferences, not assertions."""
    return f"{base}graph/inferred/"


def subclasses(base: str, cls: str) -> tuple[str, ...]:
    """The class and every class the ontology makes a subclass of it (rdfs:subClassOf only)."""
    ontology = resources.ontology_graph(base)
    found = {URIRef(cls)} | set(ontology.transitive_subjects(RDFS.subClassOf, URIRef(cls)))
    return tuple(sorted(str(c) for c in found if isinstance(c, URIRef)))


def _with_subclasses(check: Check, base: str) -> Check:
    """sh:class checks: the asserted type may be the class or a subclass of it."""
    if check.component != str(SH.ClassConstraintComponent):
        return check
    classes = subclasses(base, check.parameter)
    values = " ".join(f"<{c}>" for c in classes)
    in_default_graph = "?value a ?class FILTER NOT EXISTS { GRAPH ?any { ?value a ?class } }"
    asserted = (f'VALUES ?class {{ {values} }} {{ GRAPH ?g {{ ?value a ?class }} '
                f'FILTER (!STRSTARTS(STR(?g), "{inferred_graphs(base)}")) }} UNION '
                f"{{ {in_default_graph} }}")  # fmt: skip
    where = check.where.replace("$asserted", asserted)
    query = check.query.replace("$asserted", asserted)
    return replace(check, where=where, query=query, parameter=classes)


def prefix_header(base: str) -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes(base).items()))


def merged_query(base: str, checks: list[Check]) -> str:
    """One query for several checks, each a branch of a UNION binding ?check to its position:
    one parse and plan instead of one per check, which is most of a check's cost on a small
    graph."""
    branches = [f"{{ {check.where} BIND({i} AS ?check) }}" for i, check in enumerate(checks)]
    union = " UNION ".join(branches)
    return f"{prefix_header(base)}SELECT DISTINCT ?check ?this ?value WHERE {{ {union} }}"


def _node_shape(graph: Graph, shape, header: str) -> list[Check]:
    target = _targets(graph, shape)
    checks = []
    for prop in graph.objects(shape, SH.property):
        checks += _property_shape(graph, prop, target, header)
    for constraint in graph.objects(shape, SH.sparql):
        checks.append(_sparql(graph, shape, constraint, target, header))
    classes = tuple(sorted(str(c) for c in graph.objects(shape, SH.targetClass)))
    subjects_of = tuple(sorted(str(p) for p in graph.objects(shape, SH.targetSubjectsOf)))
    targets = frozenset(classes + subjects_of)
    return [replace(check, targets=targets, target_classes=classes,
                    target_subjects_of=subjects_of) for check in checks]  # fmt: skip


def _targets(graph: Graph, shape) -> str:
    patterns = [f"{{ ?this a {_n3(c)} }}" for c in graph.objects(shape, SH.targetClass)]
    patterns += [
        f"{{ SELECT DISTINCT ?this WHERE {{ ?this {_n3(p)} [] }} }}"
        for p in graph.objects(shape, SH.targetSubjectsOf)
    ]
    if not patterns:
        raise Unsupported(f"{shape} has no sh:targetClass or sh:targetSubjectsOf")
    return " UNION ".join(patterns)


def _severity(graph: Graph, node) -> str:
    return str(graph.value(node, SH.severity) or SH.Violation)


def _messages(graph: Graph, node) -> tuple:
    return tuple(sorted((m.language or "en", str(m)) for m in graph.objects(node, SH.message)))


def _sparql(graph: Graph, shape, constraint, target: str, header: str) -> Check:
    select = str(graph.value(constraint, SH.select))
    body = select[select.index("{", select.upper().index("WHERE")) + 1 : select.rindex("}")]
    body = body.replace("$this", "?this")
    value = "" if "?value" in select.split("WHERE")[0] else " BIND (?this AS ?value)"
    where = f"{{ {target} }} {body}{value}"
    query = f"{header}SELECT DISTINCT ?this ?value WHERE {{ {where} }}"
    component = str(SH.SPARQLConstraintComponent)
    return Check(str(constraint), _severity(graph, constraint), component,
                 _messages(graph, constraint), None, query, where)  # fmt: skip


def _property_shape(graph: Graph, prop, target: str, header: str) -> list[Check]:
    path, path_iri = _path(graph, graph.value(prop, SH.path))
    predicate_iri, inverse = _path_property(graph, graph.value(prop, SH.path))
    checks = []
    for predicate, value in graph.predicate_objects(prop):
        builder = CONSTRAINTS.get(predicate)
        if builder is None:
            if predicate not in IGNORED:
                raise Unsupported(f"{prop}: {predicate} is not compiled")
            continue
        name, pattern = builder(graph, prop, value, path)
        where = f"{{ {target} }} {pattern}"
        query = f"{header}SELECT DISTINCT ?this ?value WHERE {{ {where} }}"
        parameter = _parameter(graph, prop, name, value)
        checks.append(Check(str(prop), _severity(graph, prop), str(SH[name]),
                            _messages(graph, prop), path_iri, query, where, predicate=predicate_iri,
                            inverse=inverse, parameter=parameter))  # fmt: skip
    return checks


def _path(graph: Graph, path) -> tuple[str, str | None]:
    if isinstance(path, URIRef):
        return _n3(path), str(path)
    inverse = graph.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return f"^{_n3(inverse)}", None
    raise Unsupported(f"path {path} is not compiled")


def _path_property(graph: Graph, path) -> tuple[str, bool]:
    if isinstance(path, URIRef):
        return str(path), False
    return str(graph.value(path, SH.inversePath)), True


def _parameter(graph: Graph, prop, name: str, value):
    """The constraint's parameter as plain Python: a regex and its flags, language tags, a
    number, an IRI string, or a boolean."""
    if name == "PatternConstraintComponent":
        return _regex_parts(graph, prop)
    if name == "NotConstraintComponent":
        return _regex_parts(graph, value)
    if name == "LanguageInConstraintComponent":
        return tuple(str(t) for t in Collection(graph, value))
    if isinstance(value, Literal):
        return value.toPython()
    return str(value)


def _regex_parts(graph: Graph, node) -> tuple[str, str]:
    return str(graph.value(node, SH.pattern)), str(graph.value(node, SH.flags) or "")


def _n3(term) -> str:
    return term.n3()


def _count(operator: str):
    def build(graph, prop, value, path):
        having = f"?count {operator} {int(value)}"
        name = "MinCountConstraintComponent" if operator == "<" else "MaxCountConstraintComponent"
        inner = (f"SELECT ?this (COUNT(DISTINCT ?v) AS ?count) WHERE {{ ?this {path} ?v }} "
                 "GROUP BY ?this")  # fmt: skip
        if operator == "<":
            return name, (f"OPTIONAL {{ {inner} }} BIND(COALESCE(?count, 0) AS ?n) "
                          f"FILTER (?n < {int(value)})")  # fmt: skip
        return name, f"{{ {inner} }} FILTER ({having})"

    return build


def _values(path: str, condition: str) -> str:
    return f"?this {path} ?value . FILTER ({condition})"


def _datatype(graph, prop, value, path):
    condition = f"!isLiteral(?value) || DATATYPE(?value) != {_n3(value)}"
    return "DatatypeConstraintComponent", _values(path, condition)


NODE_KINDS = {SH.IRI: "isIRI(?value)", SH.Literal: "isLiteral(?value)",
              SH.BlankNode: "isBlank(?value)"}  # fmt: skip


def _node_kind(graph, prop, value, path):
    return "NodeKindConstraintComponent", _values(path, f"!{NODE_KINDS[value]}")


def _class(graph, prop, value, path):
    # $asserted: the value's asserted types, filled in by _with_subclasses
    pattern = f"?this {path} ?value . FILTER NOT EXISTS {{ $asserted }}"
    return "ClassConstraintComponent", pattern


def _language_in(graph, prop, value, path):
    tags = [str(t) for t in Collection(graph, value)]
    matches = " || ".join(f'LANGMATCHES(LANG(?value), "{t}")' for t in tags)
    return "LanguageInConstraintComponent", _values(path, f"!isLiteral(?value) || !({matches})")


def _regex(graph, node) -> str:
    flags = graph.value(node, SH.flags)
    pattern = Literal(str(graph.value(node, SH.pattern))).n3()
    return f"REGEX(STR(?value), {pattern}{', ' + Literal(str(flags)).n3() if flags else ''})"


def _pattern(graph, prop, value, path):
    condition = f"isBlank(?value) || !{_regex(graph, prop)}"
    return "PatternConstraintComponent", _values(path, condition)


def _not(graph, prop, value, path):
    inner = set(graph.predicates(value, None)) - {RDF.type}
    if inner != {SH.pattern}:
        raise Unsupported(f"sh:not of {inner} is not compiled")
    return "NotConstraintComponent", _values(path, f"!isBlank(?value) && {_regex(graph, value)}")


def _min_inclusive(graph, prop, value, path):
    # a value that does not compare (a string, say) fails too
    return "MinInclusiveConstraintComponent", _values(
        path, f"COALESCE(!(?value >= {value.n3()}), true)"
    )


def _min_length(graph, prop, value, path):
    condition = f"isBlank(?value) || STRLEN(STR(?value)) < {int(value)}"
    return "MinLengthConstraintComponent", _values(path, condition)


def _compare(name: str, operator: str):
    def build(graph, prop, value, path):
        pattern = (f"?this {path} ?value . ?this {_n3(value)} ?other . "
                   f"FILTER (!(?value {operator} ?other))")  # fmt: skip
        return name, pattern

    return build


def _unique_lang(graph, prop, value, path):
    if not value.toPython():
        return "UniqueLangConstraintComponent", "FILTER (false)"
    condition = 'LANG(?value) != "" && LANG(?value) = LANG(?other) && ?value != ?other'
    pattern = f"?this {path} ?value , ?other . FILTER ({condition})"
    return "UniqueLangConstraintComponent", pattern


CONSTRAINTS = {
    SH.minCount: _count("<"),
    SH.maxCount: _count(">"),
    SH.datatype: _datatype,
    SH.nodeKind: _node_kind,
    SH["class"]: _class,
    SH.languageIn: _language_in,
    SH.pattern: _pattern,
    SH["not"]: _not,
    SH.minLength: _min_length,
    SH.minInclusive: _min_inclusive,
    SH.lessThanOrEquals: _compare("LessThanOrEqualsConstraintComponent", "<="),
    SH.lessThan: _compare("LessThanConstraintComponent", "<"),
    SH.uniqueLang: _unique_lang,
}
IGNORED = {RDF.type, SH.path, SH.severity, SH.message, SH.name, SH.description, SH.flags}
