"""Talk at an event or only a statement: "وأكد الفريق خلال اللقاء ..." in a visit, or "وأفاد
اللواء ... في تصريح للصحافة" anywhere, names no speaker."""

from typing import Final

from kg.extract.document import Document, Event
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseMatch

SPEECH_WORDS: Final = normalized_set(words.SPEECH_WORDS)
PRESS_STATEMENTS: Final = normalized_set(words.PRESS_STATEMENTS)
ON_THE_OCCASION: Final = normalize_string("بالمناسبة")
OCCASION_STATEMENT: Final = normalize_string("تصريح بالمناسبة")


def only_a_statement(doc: Document, event: Event, cue: PhraseMatch) -> bool:
    """ "وأكد الفريق المطوع خلال اللقاء ...": in a visit, a signing or a meeting a statement is
    no talk, unless the text says speeches were given there ("وفي كلمة بالمناسبة، أكد ...")."""
    verb = doc.tokens[cue.first].text
    if not {verb, verb.removeprefix("و"), verb.removeprefix("ف")} & words.STATEMENT_CUES:
        return False
    if _to_the_press(doc, cue):
        return True
    return event.kind in words.TALKLESS_EVENTS and not _speeches_given(doc, event)


def _to_the_press(doc: Document, cue: PhraseMatch) -> bool:
    """ "وأكد اللواء ...، في تصريح للصحافة عقب الحفل": a statement to the press, no talk given at
    the event."""
    sentence_end = doc.sentence_at(cue.start).end
    reach = doc.tokens[cue.last : cue.last + words.PRESS_STATEMENT_REACH]
    statement = next((t for t in reach if t.text in PRESS_STATEMENTS), None)
    return (
        statement is not None
        and statement.start < sentence_end
        and not doc.text.startswith(ON_THE_OCCASION, statement.end + 1)
    )


def _speeches_given(doc: Document, event: Event) -> bool:
    """ "وفي كلمة بالمناسبة"، "في تصريح بالمناسبة": a speech or a statement on the occasion."""
    return any(
        not SPEECH_WORDS.isdisjoint(doc.text[s.start : s.end].split())
        or OCCASION_STATEMENT in doc.text[s.start : s.end]
        for s in (doc.sentences[i] for i in event.sentences)
    )
