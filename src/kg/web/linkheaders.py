"""`Link` headers of a resource's responses: its other formats, its description, the licence,
the IRI to cite, and the neighbouring pages of a paged description."""

from kg.web.formats import GRAPH_FORMATS
from kg.web.paths import LICENSE, data_url, page_url


def resource_links(path: str, iri: str) -> list[str]:
    links = [
        f'<{data_url(path, f)}>; rel="alternate"; type="{f.media_type}"' for f in GRAPH_FORMATS
    ]
    links.append(f'<{page_url(path)}>; rel="alternate"; type="text/html"')
    links.append(f'<{data_url(path)}>; rel="describedby"')
    links.append(f'<{LICENSE}>; rel="license"')
    links.append(f'<{iri}>; rel="cite-as"')
    return links


def paging_links(url: str, page: int, pages: int) -> list[str]:
    if pages == 1:
        return []
    at = lambda n: url if n == 1 else f"{url}?page={n}"  # noqa: E731
    links = [f'<{at(1)}>; rel="first"', f'<{at(pages)}>; rel="last"']
    if page > 1:
        links.append(f'<{at(page - 1)}>; rel="prev"')
    if page < pages:
        links.append(f'<{at(page + 1)}>; rel="next"')
    return links


def header(links: list[str]) -> str:
    return ", ".join(links)
