"""Gold annotations and extractor output in one comparable shape: sets of names per item."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.document import Document, Entity
from kg.extract.lexicon import events as event_words
from kg.extract.lexicon import places as place_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.registry import Registry, name_before_place
from kg.extract.tokens import clitic_readings

PLACE_KIND_WORDS = normalized_set((*place_words.PLACE_CUES, *place_words.CROSSING_WORDS))
ROLES = event_words.EVENT_ROLES
# what joins a unit to its body, normalized: "بالمديرية", "في الأمانة", "لدى الوزارة"
PARENT_LINKS = (" ب", " في ", " لدي ")
PARENT_REACH = 6


def keys(name: str) -> set[str]:
    """Comparison forms of a name: normalized, with and without leading proclitics."""
    text = normalize_string(name)
    first, _, rest = text.partition(" ")
    return {" ".join(filter(None, [reading, rest])) for reading in clitic_readings(first)}


@dataclass
class Item:
    names: set[str]  # comparison keys of every name the item goes by


@dataclass
class Post:
    person: Item
    role: str
    organization: Item | None


@dataclass
class Event:
    kind: str
    start: str | None
    end: str | None
    roles: set[tuple[str, frozenset[str]]] = field(default_factory=set)  # (role, agent names)


@dataclass
class Annotation:
    agencies: list[Item]
    people: list[Item]
    places: list[Item]
    posts: list[Post]
    events: list[Event]


def item(name: str, aliases=()) -> Item:
    return Item(set().union(*(keys(n) for n in (name, *aliases))))


def load_gold(path: Path) -> Annotation:
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {}
    for entry in data["agencies"] + data["people"]:
        aliases = [*entry.get("aliases", ()), *_gold_before_place(entry["name"], data["places"])]
        names[entry["name"]] = item(entry["name"], aliases)
    for place in data["places"]:
        names.setdefault(place, item(place))
    posts = [
        Post(names.get(p["person"], item(p["person"])), p["role"],
             names.get(p["organization"]) if p.get("organization") else None)
        for p in data["posts"]
    ]  # fmt: skip
    events = [_gold_event(e, names) for e in data["events"]]
    return Annotation(
        [names[a["name"]] for a in data["agencies"]],
        [names[p["name"]] for p in data["people"]],
        [names[p] for p in data["places"]],
        posts,
        events,
    )


def _gold_before_place(name: str, places: list[str]) -> list[str]:
    """ "دائرة القضاء" of "دائرة القضاء في أبوظبي": a gold name that ends in one of the
    document's places also goes by its name before the place, as extracted names do."""
    spaceless = frozenset(normalize_string(place).replace(" ", "") for place in places)
    before = name_before_place(name, spaceless)
    return [before] if before else []


def _gold_event(entry: dict, names: dict) -> Event:
    event = Event(entry["kind"], entry.get("start"), entry.get("end") or entry.get("start"))
    for role in ROLES:
        for agent in entry.get("roles", {}).get(role, []):
            event.roles.add((role, frozenset(names.get(agent, item(agent)).names)))
    return event


def predicted(doc: Document, registry: Registry) -> Annotation:
    """The extractor's output for one document, in the gold's shape."""

    def names_of(entity: Entity) -> Item:
        mentions = [m for m in doc.mentions if m.entity is entity]
        written = [doc.text[m.start : m.end] for m in mentions]
        written += [name for m in mentions if (name := _before_its_place(doc, m))]
        written += [name for m in mentions if (name := _with_its_parent(doc, m))]
        known = list(registry.labels.get(entity.key, ()))
        known += [name for label in known if (name := registry.before_place(label))]
        labels = [*written, entity.label, *known]
        if entity.kind == "place":
            labels += [name for label in labels if (name := _without_kind_word(label))]
        return Item(set().union(*(keys(label) for label in labels)))

    places = [e for e in doc.entities("place") if _named(doc, e)]
    agencies = [e for e in doc.entities("agency") if _named(doc, e)]

    def organization(entity: Entity | None) -> Item | None:
        """An organization goes by its own names and those of the bodies it is a unit of."""
        if entity is None:
            return None
        names = set(names_of(entity).names)
        for fact in doc.facts:
            if fact.predicate == "unitOf" and fact.subject is entity:
                names |= names_of(fact.object).names
        return Item(names)

    posts = [Post(names_of(p.holder), p.role, organization(p.organization)) for p in doc.posts]
    return Annotation(
        [names_of(e) for e in agencies],
        [names_of(e) for e in doc.entities("person")],
        [names_of(e) for e in places],
        posts,
        [_predicted_event(doc, e, names_of) for e in doc.events],
    )


def _before_its_place(doc: Document, mention) -> str:
    """ "وزارة الداخلية" of "وزارة الداخلية في سلطنة عمان" or "شرطة عمان السلطانية بسلطنة
    عمان": the gold names a body as the text does, but without the state or city the text then
    says it is in."""
    if mention.entity.kind != "agency":
        return ""
    for place in doc.mentions.within(mention.start + 1, mention.end + 1):
        if place.entity.kind == "place" and place.end == mention.end:
            before = doc.text[mention.start : place.start].rstrip()
            if before.endswith(" في"):
                return before.removesuffix(" في")
            return before if doc.text[place.start] == "ب" else ""
    return ""


def _with_its_parent(doc: Document, mention) -> str:
    """ "قسم التعاون الدولي بالمديرية العامة للأمن الوطني": the gold names a unit with the body
    the text says it is in, as one name; the extractor names both and links them."""
    if mention.entity.kind != "agency":
        return ""
    for parent in doc.mentions.starting_from(mention.end, mention.end + PARENT_REACH):
        between = doc.text[mention.end : parent.start + 1]  # and the parent's first letter
        if (
            parent.entity.kind == "agency"
            and between.startswith(PARENT_LINKS)
            and not parent.nested
        ):
            return doc.text[mention.start : parent.end]
    return ""


def _without_kind_word(label: str) -> str:
    """ "نصيب" of "معبر نصيب", "الحوض الشرقي" of "ولاية الحوض الشرقي": the gold names a place
    without the word for its kind."""
    text = normalize_string(label).removesuffix(" الحدودي")
    for word in PLACE_KIND_WORDS:
        if text.startswith(word + " "):
            return text.removeprefix(word + " ")
    return ""


def _named(doc: Document, entity: Entity) -> bool:
    """Named in its own right, not only inside a longer name."""
    return any(not m.nested for m in doc.mentions if m.entity is entity)


def _predicted_event(doc: Document, event, names_of) -> Event:
    facts = [f for f in doc.facts if f.subject is event]
    value = {f.predicate: f.object for f in facts if f.predicate in ("startDate", "endDate")}
    start = value.get("startDate")
    end = value.get("endDate") or start
    result = Event(event.kind, start and start.isoformat(), end and end.isoformat())
    for fact in facts:
        if fact.predicate in ROLES and isinstance(fact.object, Entity):
            result.roles.add((fact.predicate, frozenset(names_of(fact.object).names)))
    return result
