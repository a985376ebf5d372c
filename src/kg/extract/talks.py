"""Talks a sentence opens with, held with someone: "بحث وزير الداخلية، اليوم، مع سفير ...". The
press reports a guest's call on an official this way; the visit is the event."""

from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon import events as words

TALKS_VERBS: Final = frozenset(words.TALKS_VERBS)


def talks(doc: Document) -> list[tuple[str, int, int]]:
    """Sentences that open with talks held with someone, after a place at most ("وفي دمشق،")."""
    found = []
    for sentence in doc.sentences:
        index = doc.token_index(sentence.start)
        opening = doc.tokens[index : index + 3]
        verb = next((t for t in opening if t.text in TALKS_VERBS), None)
        if verb is None or not _opens(doc, sentence.start, verb.start):
            continue
        after = doc.tokens[index + 1 : index + words.TALKS_REACH]
        if any(t.text == words.TALKS_WITH and t.end <= sentence.end for t in after):
            found.append(("visit", verb.start, verb.end))
    return found


def _opens(doc: Document, sentence_start: int, start: int) -> bool:
    """Nothing before a verb in its sentence but a phrase closed by a comma ("وفي دمشق،")."""
    before = doc.text[sentence_start:start].strip()
    return not before or before.endswith(("،", ","))
