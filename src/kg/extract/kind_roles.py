"""The roles an event's kind allows: a cue that names another role names none at this event."""

from kg.extract.document import Document, Event, Fact
from kg.extract.lexicon import events as words

ROLE_NAMES = frozenset(words.EVENT_ROLES)


def roles_the_kind_allows(doc: Document, event: Event) -> None:
    """Drop the roles the event's kind lacks; a role the kind gives to its guests becomes taking
    part, unless the agent plays another role there already."""
    lacked = words.ROLES_A_KIND_LACKS.get(event.kind, ())
    as_guests = words.ROLES_TAKING_PART.get(event.kind, ())
    if not lacked and not as_guests:
        return
    kept = [f for f in doc.facts if f.subject is not event or f.predicate not in lacked]
    playing = {id(f.object) for f in kept if f.subject is event and _plays(f, as_guests)}
    guests = [_as_guest(f, event, as_guests, playing) for f in kept]
    doc.facts = [f for f in guests if f is not None]


def _plays(fact: Fact, as_guests: tuple[str, ...]) -> bool:
    return fact.predicate in ROLE_NAMES and fact.predicate not in as_guests


def _as_guest(fact: Fact, event: Event, as_guests: tuple[str, ...], playing: set) -> Fact | None:
    if fact.subject is not event or fact.predicate not in as_guests:
        return fact
    if id(fact.object) in playing:
        return None
    playing.add(id(fact.object))
    return Fact(event, "participant", fact.object, fact.start, fact.end)
