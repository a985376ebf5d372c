"""Stages that find events by their trigger words and group the sentences about each."""

import re

from kg.extract.document import Document, Event
from kg.extract.lexicon import events as words
from kg.extract.phrases import PhraseTable

TRIGGERS = PhraseTable(words.TRIGGERS, article=True)
SESSION = re.compile(words.COUNCIL_SESSION_PATTERN)
TRAINING_MARKS = ("تدريب", "تكوين", "تاهيل")


def find_events(doc: Document) -> Document:
    for kind, start, end in _triggers(doc):
        sentence = doc.sentence_at(start)
        if kind in words.NEEDS_SIGNING and not _says_signed(doc, sentence):
            continue
        previous = next((e for e in reversed(doc.events) if e.kind == kind), None)
        if previous and not _introduces_new(doc, start, previous):
            _add_sentence(previous, sentence.index)
        else:
            doc.events.append(Event(kind, start, end, [sentence.index]))
    return doc


def _triggers(doc: Document) -> list[tuple[str, int, int]]:
    found = [(m.value, m.start, m.end) for m in TRIGGERS.find_all(doc.tokens)]
    for m in SESSION.finditer(doc.text):
        if not any(mark in m.group() for mark in TRAINING_MARKS):
            found.append(("council-session", m.start(), m.end()))
    found.sort(key=lambda t: (t[1], -(t[2] - t[1])))
    return [t for i, t in enumerate(found) if i == 0 or t[1] >= found[i - 1][2]]


def _says_signed(doc: Document, sentence) -> bool:
    text = doc.text[sentence.start : sentence.end]
    return any(w in text.split() for w in words.SIGNING_WORDS)


def _introduces_new(doc: Document, start: int, previous: Event) -> bool:
    """An indefinite trigger with an event verb in a later sentence starts another event."""
    sentence = doc.sentence_at(start)
    if sentence.index in previous.sentences:
        return False
    word = doc.text[start : doc.text.find(" ", start) if " " in doc.text[start:] else None]
    definite = word.startswith(("ال", "وال", "بال", "لل"))
    verbs = set(doc.text[sentence.start : start].split()) & set(words.EVENT_VERBS)
    return bool(verbs) and not definite


def _add_sentence(event: Event, index: int) -> None:
    if index not in event.sentences:
        event.sentences.append(index)
