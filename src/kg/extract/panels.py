"""The panel of a session of a conference: "وشارك في الجلسة الأولى ..." or "ويترأس الجلسة
الأولى ...، ويشارك فيها ...". Its people speak and its bodies take part; its chair, named in a
relative clause inside the list, only chairs."""

from typing import Final

from kg.extract.document import Document, Event, Mention
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseMatch

PANEL: Final = words.PANEL
SESSION_WORDS: Final = normalized_set(words.SESSION_WORDS)
RELATIVE_PARTICIPATION: Final = normalized_set(words.RELATIVE_PARTICIPATION)


def panel_cue(doc: Document, cue: PhraseMatch) -> PhraseMatch:
    """The cue, made the panel's when "يشارك فيها" refers back to a session a few words before
    it in the sentence."""
    if cue.value != "participant" or doc.text[cue.start : cue.end] not in RELATIVE_PARTICIPATION:
        return cue
    sentence = doc.sentence_at(cue.start)
    first = max(doc.token_index(sentence.start), cue.first - words.SESSION_REACH)
    before = (doc.tokens[k].text for k in range(first, cue.first))
    session = any(word.lstrip("و") in SESSION_WORDS for word in before)
    return cue._replace(value=PANEL) if session else cue


def panel_role(doc: Document, event: Event, agent: Mention) -> str | None:
    if agent.entity.kind != "person":
        return "participant"
    chairs = any(
        f.subject is event and f.object is agent.entity and f.predicate == "chair"
        for f in doc.facts
    )
    return None if chairs else "speaker"
