"""`Link` headers of the linked-data responses: every other format of the same thing, what
describes it, the licence, the IRI to cite, and the neighbouring pages of a paged
description."""

from kg.web.describe import Description, page_links
from kg.web.formats import GRAPH_FORMATS
from kg.web.paths import EXTENSION_OF, LICENSE, base, data_url, page_address, page_url, site

REL = {"previous": "prev"}  # the hydra names that differ from link relation names


def links(rdf_url, html_url: str, described_by: str, cite_as: str) -> list[str]:
    """`rdf_url(format)` is where each RDF format is served."""
    found = [f'<{rdf_url(f)}>; rel="alternate"; type="{f.media_type}"' for f in GRAPH_FORMATS]
    found.append(f'<{html_url}>; rel="alternate"; type="text/html"')
    found.append(f'<{described_by}>; rel="describedby"')
    found.append(f'<{LICENSE}>; rel="license"')
    found.append(f'<{cite_as}>; rel="cite-as"')
    return found


def resource_links(path: str, iri: str) -> list[str]:
    return links(lambda f: data_url(path, f), page_url(path), data_url(path), iri)


def ontology_links() -> list[str]:
    url = f"{site()}ontology"
    return links(lambda f: f"{url}.{EXTENSION_OF[f.name]}", url, url, f"{base()}ontology")


def paging_links(url: str, description: Description) -> list[str]:
    if description.pages == 1:
        return []
    return [f'<{page_address(url, number)}>; rel="{REL.get(name, name)}"'
            for name, number in page_links(description).items()]  # fmt: skip


def header(found: list[str]) -> str:
    return ", ".join(found)
