"""Receptions that go on from the one before: "ثم استقبل رئيسة بعثة الاتحاد الأوروبي ...",
"كما استقبل وفدا من ...", "واستقبل أيضا مدير مكتب ...". The verb has no subject of its own: who
received before receives again, and who follows the verb is the guest."""

from typing import Final

from kg.extract.agents import agents_after, is_agent
from kg.extract.document import Document, Entity
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseMatch

RECEPTION_VERBS: Final = normalized_set(words.RECEPTION_VERBS)
GOING_ON: Final = normalized_set(("ثم", "كما"))
ALSO: Final = normalized_set(("أيضا", "أيضاً", "كذلك"))
DELEGATION: Final = normalized_set(words.DELEGATION_WORDS)


def receiver_before(doc: Document, cue: PhraseMatch, limit: int) -> Entity | None:
    """The one who received before, when this reception goes on from that one."""
    verb = doc.tokens[cue.first].text
    if verb.removeprefix("و") not in RECEPTION_VERBS or cue.last >= len(doc.tokens):
        return None
    after = cue.last + (doc.tokens[cue.last].text in ALSO)
    before = doc.tokens[cue.first - 1].text if cue.first else ""
    if not (before in GOING_ON or after > cue.last) or after >= len(doc.tokens):
        return None
    receiver = _last_receiver(doc, cue.start)
    if receiver is None or not _guest_first(doc, after, limit, receiver):
        return None
    return receiver


def _last_receiver(doc: Document, before: int) -> Entity | None:
    hosts = [
        f
        for f in doc.facts
        if f.predicate == "host" and f.start < before and getattr(f.object, "kind", "") == "person"
    ]
    return max(hosts, key=lambda f: f.start).object if hosts else None


def _guest_first(doc: Document, index: int, limit: int, receiver: Entity) -> bool:
    """ "وفدا من ...", or one agent alone in the clause, not the receiver named again ("كما
    استقبل مدير عام حرس الحدود ... رئيس وفد ..." names its subject, then the guest)."""
    if doc.tokens[index].text in DELEGATION:
        return True
    first = agents_after(doc, index, limit)[:1]
    if not first or first[0].entity is receiver:
        return False
    comma = doc.text.find(",", first[0].end, limit)
    clause_end = comma if comma >= 0 else limit
    later = [m for m in doc.mentions_between(first[0].end, clause_end) if is_agent(m)]
    named = doc.text[first[0].end : clause_end].split()
    return not later and DELEGATION.isdisjoint(named)
