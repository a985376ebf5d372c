"""Later mentions of a person by the full name, with no title before it: "من جهتها، أوضحت كلوديا
ريتشي في كلمتها" after "وممثلة المنظمة في تونس، كلوديا ريتشي" named her. A name the text
writes in full again names the same person, however it is introduced the second time."""

from typing import Final

from kg.extract.document import Document, Entity, Mention

MIN_NAME_WORDS: Final = 2


def find_repeated_names(doc: Document) -> Document:
    names = _full_names(doc)
    if not names:
        return doc
    found = []
    for index, token in enumerate(doc.tokens):
        for words, person in names.get(token.text, ()):
            last = index + len(words)
            if _written_at(doc, words, index, last) and not _covered(doc, index, last):
                found.append(Mention(person, token.start, doc.tokens[last - 1].end))
                break
    doc.mentions.extend(found)
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _full_names(doc: Document) -> dict[str, list[tuple[list[str], Entity]]]:
    """First word → each person's name as the text wrote it (words of the normalized text)."""
    names: dict[str, list[tuple[list[str], Entity]]] = {}
    for mention in doc.mentions:
        if mention.entity.kind != "person" or mention.nested:
            continue
        words = doc.text[mention.start : mention.end].split()
        if len(words) >= MIN_NAME_WORDS and (words, mention.entity) not in names.get(words[0], []):
            names.setdefault(words[0], []).append((words, mention.entity))
    return names


def _written_at(doc: Document, words: list[str], first: int, last: int) -> bool:
    if last > len(doc.tokens):
        return False
    return [t.text for t in doc.tokens[first:last]] == words and not any(
        doc.gap(i, i + 1).strip() for i in range(first, last - 1)
    )


def _covered(doc: Document, first: int, last: int) -> bool:
    return doc.mentions.overlapping(doc.tokens[first].start, doc.tokens[last - 1].end)
