"""The roles an event's kind allows: a cue that names another role names none at this event."""

from kg.extract.document import Document, Fact
from kg.extract.lexicon import events as words

ROLE_NAMES = frozenset(words.EVENT_ROLES)


def roles_the_kind_allows(doc: Document) -> None:
    """Drop the roles an event's kind lacks; a role the kind gives to its guests becomes taking
    part, unless the agent plays another role there already."""
    kinds = {id(e): e.kind for e in doc.events}
    if not kinds:
        return
    kept = [f for f in doc.facts if not _lacked(f, kinds.get(id(f.subject)))]
    playing = {(id(f.subject), id(f.object)) for f in kept if _plays(f, kinds)}
    guests = [_as_guest(f, kinds, playing) for f in kept]
    doc.facts = [f for f in guests if f is not None]


def _lacked(fact: Fact, kind: str | None) -> bool:
    return kind is not None and fact.predicate in words.ROLES_A_KIND_LACKS.get(kind, ())


def _plays(fact: Fact, kinds: dict[int, str]) -> bool:
    kind = kinds.get(id(fact.subject))
    guests = words.ROLES_TAKING_PART.get(kind, ()) if kind else ()
    return kind is not None and fact.predicate in ROLE_NAMES and fact.predicate not in guests


def _as_guest(fact: Fact, kinds: dict[int, str], playing: set) -> Fact | None:
    kind = kinds.get(id(fact.subject))
    if kind is None or fact.predicate not in words.ROLES_TAKING_PART.get(kind, ()):
        return fact
    if (id(fact.subject), id(fact.object)) in playing:
        return None
    playing.add((id(fact.subject), id(fact.object)))
    return Fact(fact.subject, "participant", fact.object, fact.start, fact.end)
