"""Fill each event's slots from the sentences about it: title, objective, modality, place and
its days (`kg.extract.event_dates`)."""

import re
from typing import Final

from kg.extract.datelines import dateline_place
from kg.extract.document import Document, Event
from kg.extract.event_dates import date_event
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseTable

MODALITIES: Final = PhraseTable(words.MODALITIES)
TOPICS: Final = PhraseTable(words.TOPICS)
TITLE_CUES: Final = PhraseTable(dict.fromkeys(words.TITLE_CUES, True), clitics=False)
OBJECTIVE: Final = re.compile(words.OBJECTIVE_PATTERN)
QUOTED: Final = re.compile(r'\s*[:,]?\s*"(?P<title>[^"]{3,300})"')
LOCATIVE: Final = ("في", "ب", "بمدينه", "بالعاصمه", "بمدينة")
OWNERS: Final = normalized_set(words.PLACE_OWNERS)


def fill_slots(doc: Document) -> Document:
    for event in doc.events:
        spans = [(doc.sentences[i].start, doc.sentences[i].end) for i in event.sentences]
        _title(doc, event)
        _objective(doc, event, spans)
        _modality(doc, event, spans)
        _place(doc, event, spans[0])
        date_event(doc, event, spans)
    return doc


def _title(doc: Document, event: Event) -> None:
    sentence = doc.sentence_at(event.start)
    first, last = doc.token_index(event.end), doc.token_index(sentence.end)
    for cue in TITLE_CUES.find_all(doc.tokens, first, min(last, first + 4)):
        match = QUOTED.match(doc.text, cue.end, sentence.end)
        if match:
            doc.fact(event, "title", doc.raw_text(*match.span("title")), *match.span("title"))
            return
    match = QUOTED.match(doc.text, event.end, sentence.end)
    if match:
        doc.fact(event, "title", doc.raw_text(*match.span("title")), *match.span("title"))


def _objective(doc: Document, event: Event, spans) -> None:
    for start, end in spans:
        if not _may_state_objective(doc.text, start, end):
            continue
        match = OBJECTIVE.search(doc.text, start, end)
        if match:
            span = match.span("objective")
            doc.fact(event, "objective", doc.raw_text(*span), *span)
            return


def _may_state_objective(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a cue every objective holds: looking for the cues costs
    a hundredth of the pattern's search, which tries its alternatives at every letter."""
    return any(text.find(cue, start, end) >= 0 for cue in words.OBJECTIVE_CUES)


def _modality(doc: Document, event: Event, spans) -> None:
    found = []
    for start, end in spans:
        first, last = doc.token_index(start), doc.token_index(end)
        found += MODALITIES.find_all(doc.tokens, first, last)
    kinds = {m.value for m in found}
    if found:
        value = "hybrid" if {"virtual", "in-person"} <= kinds else found[0].value
        same_sentence = doc.sentence_at(found[-1].start) == doc.sentence_at(found[0].start)
        end = found[-1].end if same_sentence else found[0].end  # evidence stays in one sentence
        doc.fact(event, "modality", value, found[0].start, end)


def _place(doc: Document, event: Event, span) -> None:
    for mention in doc.mentions_between(*span):
        index = doc.token_index(mention.start)
        before = doc.tokens[index - 1].text if index else ""
        literal = doc.text[mention.start : mention.start + 1]
        if before in OWNERS:
            continue  # "سفير بريطانيا", "وفد باكستان": the state is the guest's, not the venue
        if mention.entity.kind == "place" and (before in LOCATIVE or literal == "ب"):
            doc.fact(event, "place", mention.entity, mention.start, mention.end)
            return
    dateline = dateline_place(doc)
    if dateline is not None and not _virtual(doc, event):
        doc.fact(event, "place", dateline.entity, dateline.start, dateline.end)


def _virtual(doc: Document, event: Event) -> bool:
    return any(
        f.subject is event and f.predicate == "modality" and f.object == "virtual"
        for f in doc.facts
    )


def find_topics(doc: Document) -> Document:
    for event in doc.events:
        spans = [
            (f.start, f.end)
            for f in doc.facts
            if f.subject is event and f.predicate in ("title", "objective")
        ]
        seen = set()
        for start, end in spans:
            for match in TOPICS.find_all(doc.tokens, doc.token_index(start), doc.token_index(end)):
                if match.value not in seen:
                    seen.add(match.value)
                    doc.fact(event, "topic", match.value, match.start, match.end)
    return doc


def drop_undated_events(doc: Document) -> Document:
    """An event needs a start date (the shapes reject one without, and with it the whole
    document). When neither the text nor a sidecar dates it ("في 20 مايو" with no year and no
    weekday), the event and its facts are left out, and the document's other facts kept."""
    dated = {id(f.subject) for f in doc.facts if f.predicate == "startDate"}
    undated = {id(e) for e in doc.events if id(e) not in dated}
    if undated:
        doc.events = [e for e in doc.events if id(e) not in undated]
        doc.facts = [f for f in doc.facts
                     if id(f.subject) not in undated and id(f.object) not in undated]  # fmt: skip
    return doc
