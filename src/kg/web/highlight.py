"""Cut a raw text at the boundaries of its extracted spans, so a page can mark every span,
nested or overlapping, without re-deriving offsets in the template."""

import itertools
from dataclasses import dataclass, field


@dataclass
class Piece:
    text: str
    start: int
    covering: list[str] = field(default_factory=list)  # what the covering spans name or state
    anchors: list[str] = field(default_factory=list)  # ids of the spans that begin here
    focus: bool = False  # inside the span the reader came to see


def pieces(text: str, spans, focus: tuple[int, int] | None = None) -> list[Piece]:
    """`spans` are (start, end, iri, about) with offsets into `text`."""
    cuts = sorted({0, len(text)} | {s[0] for s in spans} | {s[1] for s in spans})
    found = []
    for start, end in itertools.pairwise(cuts):
        piece = Piece(text[start:end], start)
        for span_start, span_end, _iri, about in spans:
            if span_start <= start and end <= span_end:
                piece.covering.append(about.rsplit("#", 1)[-1].rsplit("/", 1)[-1])
            if span_start == start:
                piece.anchors.append(anchor(span_start, span_end))
        piece.focus = focus is not None and focus[0] <= start and end <= focus[1]
        found.append(piece)
    return found


def anchor(start: int, end: int) -> str:
    return f"span-{start}-{end}"
