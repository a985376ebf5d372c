"""A validation report both engines produce, and its SHACL form (sh:ValidationReport)."""

from dataclasses import dataclass, field, replace

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

SEVERITIES = {str(SH.Violation): "Violation", str(SH.Warning): "Warning", str(SH.Info): "Info"}


@dataclass(frozen=True)
class Result:
    focus: str  # IRI (or blank node label) of the focus node
    shape: str  # the shape (property shape or SPARQL constraint) that failed
    severity: str  # sh:Violation, sh:Warning or sh:Info (full IRI)
    component: str  # the SHACL constraint component
    messages: tuple[tuple[str, str], ...] = ()  # (language, text)
    path: str | None = None
    value: str | None = None  # N-Triples form of the value node
    document: str | None = None  # the document graph's id the focus node comes from
    sentence: str | None = None  # a sentence of the source that names the focus node

    @property
    def level(self) -> str:
        return SEVERITIES.get(self.severity, self.severity)

    def message(self, language: str = "en") -> str:
        texts = dict(self.messages)
        text = texts.get(language) or next(iter(texts.values()), "")
        return text.replace("{?value}", _plain(self.value)).replace("{$this}", self.focus)

    def key(self) -> tuple:
        """What two engines must agree on."""
        return (self.focus, self.shape, self.severity, self.component)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == str(SH.Violation)]

    def counts(self) -> dict[str, int]:
        counted = {"Violation": 0, "Warning": 0, "Info": 0}
        for result in self.results:
            counted[result.level] = counted.get(result.level, 0) + 1
        return counted

    def with_sources(self, documents: dict, sentences: dict) -> "Report":
        return Report(
            [
                replace(r, document=documents.get(r.focus), sentence=sentences.get(r.focus))
                for r in self.results
            ]
        )


def _plain(value: str | None) -> str:
    if value is None:
        return ""
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if value.startswith('"'):
        return value[1 : value.rindex('"')]
    return value


def to_graph(report: Report) -> Graph:
    """The report as SHACL's sh:ValidationReport."""
    graph = Graph()
    graph.bind("sh", SH)
    node = BNode()
    graph.add((node, RDF.type, SH.ValidationReport))
    graph.add((node, SH.conforms, Literal(report.conforms)))
    for result in report.results:
        graph.add((node, SH.result, _result_node(graph, result)))
    return graph


def _result_node(graph: Graph, result: Result) -> BNode:
    node = BNode()
    graph.add((node, RDF.type, SH.ValidationResult))
    graph.add((node, SH.focusNode, _term(result.focus)))
    graph.add((node, SH.sourceShape, URIRef(result.shape)))
    graph.add((node, SH.resultSeverity, URIRef(result.severity)))
    graph.add((node, SH.sourceConstraintComponent, URIRef(result.component)))
    if result.path:
        graph.add((node, SH.resultPath, URIRef(result.path)))
    if result.value:
        graph.add((node, SH.value, _value(result.value)))
    for language, text in result.messages:
        message = Result(result.focus, "", "", "", ((language, text),), value=result.value)
        graph.add((node, SH.resultMessage, Literal(message.message(language), lang=language)))
    return node


def _term(text: str):
    return BNode(text[2:]) if text.startswith("_:") else URIRef(text)


def _value(n_triples: str):
    parsed = Graph().parse(data=f"<urn:s> <urn:p> {n_triples} .", format="nt")
    return next(iter(parsed.objects()))


def render_text(report: Report) -> str:
    counts = report.counts()
    head = "conforms" if report.conforms else "does not conform"
    lines = [f"{head}: {counts['Violation']} violations, {counts['Warning']} warnings, "
             f"{counts['Info']} info"]  # fmt: skip
    for r in sorted(report.results, key=lambda r: (r.level != "Violation", r.shape, r.focus)):
        where = f" [{r.document}]" if r.document else ""
        lines.append(f"{r.level.upper()} {r.shape} {r.focus}{where}: {r.message()}")
    return "\n".join(lines) + "\n"
