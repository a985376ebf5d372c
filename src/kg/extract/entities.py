"""Stages that find who and what the text names: known entities, people, generic kinds."""

from kg.extract.document import Document, Entity, Mention
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string
from kg.extract.phrases import PhraseTable
from kg.extract.registry import Registry

HONORIFICS = PhraseTable(dict.fromkeys(people_words.HONORIFICS, True))
GENERIC_KINDS = PhraseTable(agency_words.GENERIC_KINDS)
SHORT_FORMS = PhraseTable(agency_words.SHORT_FORMS)
MAX_NAME_TOKENS = 6


class MatchRegistry:
    """Mark every name from the registry; a name inside a longer name is a nested mention."""

    def __init__(self, registry: Registry):
        self.registry = registry

    def __call__(self, doc: Document) -> Document:
        found = []
        for index in range(len(doc.tokens)):
            match = self.registry.match_at(doc.tokens, index)
            if match:
                start, end = doc.tokens[match.first].start, doc.tokens[match.last - 1].end
                found.append(Mention(match.entity, start, end))
        for mention in found:
            mention.nested = any(_inside(mention, other) for other in found)
        doc.mentions.extend(found)
        return doc


def _inside(inner: Mention, outer: Mention) -> bool:
    return inner is not outer and outer.start <= inner.start and inner.end <= outer.end


def find_people(doc: Document) -> Document:
    """People anchored on an honorific or rank: the name runs until a stop word or punctuation."""
    index = 0
    while index < len(doc.tokens):
        titles, first = _titles(doc, index)
        if titles and first < len(doc.tokens):
            last = _name_end(doc, first)
            if last - first >= 2:
                _add_person(doc, titles, first, last)
                index = last
                continue
        index = max(first, index + 1)
    return doc


def _titles(doc: Document, index: int) -> tuple[list[str], int]:
    titles = []
    while index < len(doc.tokens) and (match := HONORIFICS.match_at(doc.tokens, index)):
        titles.append(doc.text[match.start : match.end])
        index = match.last
    return titles, index


def _name_end(doc: Document, first: int) -> int:
    last = first
    while last < len(doc.tokens) and last - first < MAX_NAME_TOKENS:
        word = doc.tokens[last].text
        linked = last > first and doc.tokens[last - 1].text in people_words.NAME_LINKS
        if last > first and doc.gap(last - 1, last).strip():
            break
        if not linked and (
            word in people_words.NAME_STOPS or HONORIFICS.match_at(doc.tokens, last)
        ):
            break
        last += 1
        if _ends_name(doc, last - 1, first):
            break
    return last


def _ends_name(doc: Document, index: int, first: int) -> bool:
    """A family name with the article ends a name unless a link (بن, آل ...) follows."""
    word = doc.tokens[index].text
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    joined = index > first and doc.tokens[index - 1].text in people_words.NAME_LINKS
    is_family = word.startswith("ال") and len(word) > 3 and not joined
    return is_family and index > first and following not in people_words.NAME_LINKS


def _add_person(doc: Document, titles: list[str], first: int, last: int) -> None:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    overlapping = [m for m in doc.mentions if m.start < end and start < m.end]
    known = [m.entity for m in overlapping if m.entity.kind == "person"]
    if overlapping and not known:
        return  # the words belong to an agency or place name
    if known:  # the registry's name wins: it knows where the name ends
        _add_honorifics(known[0], titles)
        return
    name = doc.text[start:end]
    entity = Entity(f"person:{normalize_string(name)}", "person", _raw(doc, start, end))
    _add_honorifics(entity, titles)
    doc.mentions.append(Mention(entity, start, end))


def _add_honorifics(entity: Entity, titles: list[str]) -> None:
    entity.honorifics = tuple(dict.fromkeys(entity.honorifics + tuple(titles)))


def _raw(doc: Document, start: int, end: int) -> str:
    raw_start, raw_end = doc.raw_span(start, end)
    return doc.raw[raw_start:raw_end]


def find_generic_kinds(doc: Document) -> Document:
    """Kinds of agencies named generically ("أجهزة الاستخبارات") outside any agency name."""
    for match in GENERIC_KINDS.find_all(doc.tokens):
        if not any(m.start <= match.start < m.end for m in doc.mentions):
            doc.agency_kinds.append((match.value, match.start, match.end))
    return doc


def resolve_short_forms(doc: Document) -> Document:
    """ "المجلس" or "الأمانة العامة للمجلس" → the one agency of that class the text names."""
    for match in SHORT_FORMS.find_all(doc.tokens):
        if any(m.start <= match.start < m.end for m in doc.mentions):
            continue
        candidates = [e for e in doc.entities("agency") if e.cls == match.value]
        if len(candidates) == 1:
            doc.mentions.append(Mention(candidates[0], match.start, match.end))
    doc.mentions.sort(key=lambda m: m.start)
    return doc
