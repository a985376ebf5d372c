"""The registry stage: every name of a known agency, place or person found in the text.

A name inside a longer one ("الأمن الوطني" in "المديرية العامة للأمن الوطني"), or a body named
inside another noun phrase, stays a mention but is marked nested so it is not taken as an actor.
"""

from collections import Counter
from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.head_nouns import preposition_attached
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import people as people_words
from kg.extract.lexicon import places as place_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.registry import Registry
from kg.extract.structure import countries_named
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import is_definite, is_nisba, state_code

# the words before a name that make it named in passing, by the kind of what it names
FULL_NAME_AFTER_STATES: Final = normalized_set(("دول", "بدول", "ودول", "وبدول"))
MIN_FULL_NAME_WORDS: Final = 4
IN_PASSING_BEFORE: Final = {
    "agency": normalized_set(agency_words.NOT_ACTOR_BEFORE),
    "place": normalized_set(agency_words.TREATY_WORDS),
}
STATE_HEAD_NOUNS: Final = normalized_set(place_words.STATE_HEAD_NOUNS)
ADJECTIVE_NAMES: Final = normalized_set(place_words.STATE_NAMES_AS_ADJECTIVES)
CITY_LINKS: Final = normalized_set(agency_words.CITY_LINKS)
LOCATIVES: Final = normalized_set(("في", "الى", "إلى"))
NATIONAL_HEADS: Final = normalized_set(agency_words.NATIONAL_HEADS)
NAME_LINKS: Final = normalized_set(people_words.NAME_LINKS)


class MatchRegistry:
    """Mark every name from the registry; a name inside a longer name is a nested mention."""

    def __init__(self, registry: Registry):
        self.registry = registry

    def __call__(self, doc: Document) -> Document:
        found, shared = [], []
        for index in self.registry.starts(doc.tokens):
            match = self.registry.match_at(doc.tokens, index)
            if match:
                start, end = doc.tokens[match.first].start, doc.tokens[match.last - 1].end
                found.append(Mention(match.entity, start, end))
                if match.others:
                    shared.append((found[-1], (match.entity, *match.others)))
        found = [
            m
            for m in found
            if not (
                _state_as_adjective(doc, m)
                or _in_compound(doc, m)
                or _other_states(doc, m)
                or _someone_elses_name(doc, m)
            )
        ]
        _mark_nested(found)
        _keep_located_places(doc, found)
        for mention in found:
            if _named_after_its_states(doc, mention):
                doc.bystanders.add(mention.start)  # named for itself, but takes no part there
            else:
                mention.nested = mention.nested or _named_in_passing(doc, mention)
        doc.mentions.extend(found)
        kept = {id(m) for m in found}
        _choose_by_country(doc, [(m, entities) for m, entities in shared if id(m) in kept])
        _drop_foreign_bare_names(doc)
        _capitals(doc, self.registry)
        return doc


def _capitals(doc: Document, registry: Registry) -> None:
    """ "عقد في تونس" in a text that also names "الجمهورية التونسية": the state's bare name
    after a preposition of place is its capital of that name, where the text names the state
    otherwise too."""
    states = [m for m in doc.mentions if m.entity.cls == "Country"]
    for mention in states:
        bare = normalize_string(mention.entity.label)
        capital = registry.places.get(f"{bare} العاصمه")
        if capital is None or not _bare_name(doc, mention, bare) or not _locative(doc, mention):
            continue
        if any(not _bare_name(doc, m, bare) for m in states if m.entity is mention.entity):
            mention.entity = capital


def _bare_name(doc: Document, mention: Mention, bare: str) -> bool:
    return bare in clitic_readings(doc.text[mention.start : mention.end])


def _locative(doc: Document, mention: Mention) -> bool:
    index = doc.token_index(mention.start)
    before = doc.tokens[index - 1].text if index else ""
    return before in LOCATIVES or preposition_attached(doc, mention)


def _drop_foreign_bare_names(doc: Document) -> None:
    """ "الإدارة العامة للبحث الجنائي" in a Libyan text: a name any state may give its own body,
    written without a state, is not the registry's body of a state the text never names; the
    agency stage names it afresh."""
    counts = countries_named(doc)
    if not counts:
        return
    leading = max(counts, key=counts.__getitem__)
    named = Counter(id(m.entity) for m in doc.mentions)  # how often each entity is named
    for mention in [m for m in doc.mentions if _foreign_bare(doc, m, counts, leading, named)]:
        doc.mentions.remove(mention)


def _foreign_bare(
    doc: Document, mention: Mention, counts: dict[str, int], leading: str, named: Counter
) -> bool:
    country = mention.entity.country
    if mention.entity.kind != "agency" or not country or country == leading:
        return False
    if counts.get(country, 0) > named[id(mention.entity)]:
        return False  # the text names that state, or another of its bodies
    words = doc.text[mention.start : mention.end].split()
    heads = (
        {f"{first} {words[1]}" for first in clitic_readings(words[0])} if len(words) > 2 else set()
    )
    return (
        not NATIONAL_HEADS.isdisjoint(heads)
        and not any(state_code(w) for w in words)
        and not any(
            m.entity.kind == "place" for m in doc.mentions.within(mention.start, mention.end)
        )
    )


def _in_compound(doc: Document, mention: Mention) -> bool:
    """ "GCC" of "GCC-POL": a Latin name joined by a hyphen to another Latin word is part of a
    longer acronym, another body's."""
    first, last = doc.token_index(mention.start), doc.token_index(mention.end) - 1
    joined_after = last + 1 < len(doc.tokens) and doc.gap(last, last + 1) == "-"
    joined_before = first > 0 and doc.gap(first - 1, first) == "-"
    return (
        (joined_after and doc.tokens[last + 1].text.isascii())
        or (joined_before and doc.tokens[first - 1].text.isascii())
    ) and doc.tokens[first].text.isascii()


def _someone_elses_name(doc: Document, mention: Mention) -> bool:
    """ "الدكتور عبدالعزيز بن سعود الحربي": a known person's short name that goes on, with a
    link or a family name, names someone else."""
    if mention.entity.kind != "person":
        return False
    following = doc.token_index(mention.end)
    if following >= len(doc.tokens) or doc.gap(following - 1, following).strip():
        return False
    word = doc.tokens[following].text
    family = is_definite(word) and is_nisba(word) and not state_code(word)
    return word in NAME_LINKS or family


def _state_as_adjective(doc: Document, mention: Mention) -> bool:
    """ "بدعم مالي من", "بتحقيق مالي": a state's name that is also an adjective ("مالي",
    financial), right after an indefinite noun that takes no state's name, is the adjective."""
    word = doc.text[mention.start : mention.end]
    if mention.entity.kind != "place" or word not in ADJECTIVE_NAMES:
        return False
    index = doc.token_index(mention.start)
    if index == 0 or doc.gap(index - 1, index).strip():
        return False
    previous = doc.tokens[index - 1].text
    readings = clitic_readings(previous)
    return not is_definite(previous) and STATE_HEAD_NOUNS.isdisjoint(readings)


def _other_states(doc: Document, mention: Mention) -> bool:
    """ "والشرطة الاتحادية البرازيلية": a name the registry gives one state's body, right before
    another state's adjective, names that other state's body."""
    country = mention.entity.country
    last = doc.token_index(mention.end) - 1
    if not country or last + 1 >= len(doc.tokens) or doc.gap(last, last + 1).strip():
        return False
    code = state_code(doc.tokens[last + 1].text)
    return bool(code) and not country.lower().endswith(f"/{code.lower()}")


def _named_in_passing(doc: Document, mention: Mention) -> bool:
    """ "اتفاقية الأمم المتحدة", "دول مجلس التعاون": a body named inside another noun phrase,
    kept as a mention but not as an actor (nested, like a body inside a longer name); so is a
    city that names a treaty ("اتفاقية بودابست")."""
    index = doc.token_index(mention.start)
    if index == 0 or doc.gap(index - 1, index).strip():
        return False
    before = IN_PASSING_BEFORE.get(mention.entity.kind)
    readings = clitic_readings(doc.tokens[index - 1].text)
    return before is not None and any(word in before for word in readings)


def _named_after_its_states(doc: Document, mention: Mention) -> bool:
    """ "بدول مجلس التعاون لدول الخليج العربية": a body named in full after its member states
    is named for itself, no actor; not in a longer name ("الشرطة الخليجية لدول مجلس التعاون
    لدول الخليج العربية"), and its short form ("دول مجلس التعاون") is named in passing."""
    index = doc.token_index(mention.start)
    if index == 0 or doc.gap(index - 1, index).strip() or mention.entity.kind != "agency":
        return False
    states = doc.tokens[index - 1].text in FULL_NAME_AFTER_STATES
    return states and doc.token_index(mention.end) - index >= MIN_FULL_NAME_WORDS


def _keep_located_places(doc: Document, found: list[Mention]) -> None:
    """ "وزارة الداخلية في مملكة البحرين": the state or city that ends a known body's name,
    locating it ("في", "لدى"), is still a place the document names; not a place inside a longer
    phrase ("برنامج إدارة الحدود في المغرب العربي")."""
    for outer in (m for m in found if m.entity.kind == "agency"):
        for mention in found:
            if (
                mention.entity.kind == "place"
                and outer.start < mention.start < mention.end == outer.end
            ):
                index = doc.token_index(mention.start)
                if doc.tokens[index - 1].text in CITY_LINKS:
                    mention.nested = False


def _choose_by_country(doc: Document, shared: list[tuple[Mention, tuple[Entity, ...]]]) -> None:
    """ "المديرية العامة للأمن الوطني" is the name of the Algerian, Moroccan and Mauritanian
    bodies: the one of the state the rest of the document names most (a Moroccan body signing
    with a Spanish one, in a text that names Spain more often than Morocco)."""
    if not shared:
        return
    for mention, _ in shared:
        doc.mentions.remove(mention)
    named = countries_named(doc)
    for mention, entities in shared:
        listed = _state_in_a_list(doc, mention, entities)
        fallback = max(entities, key=lambda e: named.get(e.country or "", 0))
        mention.entity = fallback if listed is None else listed
        doc.mentions.append(mention)
    doc.mentions.sort(key=lambda m: m.start)


def _state_in_a_list(
    doc: Document, mention: Mention, entities: tuple[Entity, ...]
) -> Entity | None:
    """ "السعودية وقطر وعمان والبحرين": a name shared by a state and a city ("عمان", Oman and
    Amman) is the state when a state stands next to it in a list."""
    state = next((e for e in entities if e.cls == "Country"), None)
    if state is None:
        return None
    neighbours = [m for m in doc.mentions if m.end <= mention.start or m.start >= mention.end]
    before = [m for m in neighbours if m.end <= mention.start][-1:]
    after = [m for m in neighbours if m.start >= mention.end][:1]
    for other in before + after:
        gap = doc.text[min(other.end, mention.end) : max(other.start, mention.start)]
        listed = gap.strip() in ("", ",", "و") and other.entity.cls == "Country"
        if listed and len(gap) <= 3:
            return state
    return None


def _mark_nested(mentions: list[Mention]) -> None:
    """A mention inside an earlier-starting (or same-start, longer) one is nested."""
    reach = -1
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        mention.nested = mention.end <= reach
        reach = max(reach, mention.end)
