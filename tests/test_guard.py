"""What a query may reach: SERVICE, LOAD, FROM and USING targets."""

import pytest

from kg.query.guard import Guard, OutboundRefused, reaching_targets

BASE = "http://127.0.0.1:8080/"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELECT * WHERE { SERVICE <http://x/s> { ?s ?p ?o } }", [("SERVICE", "http://x/s")]),
        ("SELECT * WHERE { SERVICE SILENT ?where { ?s ?p ?o } }", [("SERVICE", None)]),
        ("LOAD SILENT <http://x/d.ttl> INTO GRAPH <http://g>", [("LOAD", "http://x/d.ttl")]),
        ("PREFIX w: <http://w/> SELECT * FROM NAMED w:g WHERE {}", [("FROM", "http://w/g")]),
        ('SELECT * WHERE { ?s ?p "SERVICE <http://y>" } # LOAD <http://z>', []),
        ("SELECT ?service WHERE { ?service a <http://x/Service> }", []),
    ],
)
def test_targets_are_found_outside_strings_and_comments(text, expected):
    assert reaching_targets(text, {}) == expected


def test_only_local_graphs_and_allowed_remotes_pass():
    guard = Guard((BASE,), ("https://query.wikidata.org/",))
    guard.check(f"SELECT * FROM <{BASE}graph/ontology> WHERE {{ ?s ?p ?o }}", {})
    guard.check("SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> {} }", {})
    for refused in (
        "SELECT * WHERE { SERVICE <http://169.254.169.254/> {} }",
        "SELECT * WHERE { SERVICE ?any {} }",
        f"LOAD <{BASE}graph/ontology>",
        "SELECT * FROM <http://10.0.0.1/data.ttl> WHERE {}",
    ):
        with pytest.raises(OutboundRefused):
            guard.check(refused, {})
