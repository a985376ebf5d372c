"""Later mentions of a person by the family name alone, after a verb of speaking or acting or
after a title: "وقال الساعدي في كلمته", "من جانبه، أكد الخصاونة أن ...", "وأوضح الوزير حداد".
The surname names the one person of the document whose name ends with it; no new person is
made."""

from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import events as event_words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.preceding_phrases import phrase_ends_at
from kg.extract.tokens import clitic_readings

ACTING_VERBS: Final = normalized_set(
    cue
    for cue, role in event_words.ROLE_CUES.items()
    if " " not in cue and role in event_words.SURNAME_ROLES
)
MIN_SURNAME_LETTERS: Final = 3
TITLE_WORDS: Final = normalized_set(t for t in people_words.TITLE_REFERENCES if " " not in t)


def find_surnames(doc: Document) -> Document:
    surnames = _surnames(doc)
    found = []
    for index in range(1, len(doc.tokens)):
        token = doc.tokens[index]
        person = surnames.get(token.text)
        if person is None or doc.gap(index - 1, index).strip():
            continue
        if not _after_verb_or_title(doc, index) or doc.mentions.covering(token.start):
            continue
        if not _title_of_next_name(doc, index):
            found.append(Mention(person, token.start, token.end))
    doc.mentions.extend(found)
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _title_of_next_name(doc: Document, index: int) -> bool:
    """ "وقال القاضي محمد علي حسن": a family name that is a title, of the name right after it."""
    following = index + 1
    if following >= len(doc.tokens) or doc.gap(index, following).strip():
        return False
    mention = doc.mention_starting(following)
    return mention is not None and mention.entity.kind == "person"


def _after_verb_or_title(doc: Document, index: int) -> bool:
    before = doc.tokens[index - 1].text
    if not ACTING_VERBS.isdisjoint(clitic_readings(before)) or before in TITLE_WORDS:
        return True
    return phrase_ends_at(HONORIFICS, doc.tokens, index, within=2)


def _surnames(doc: Document) -> dict[str, Entity]:
    """Family name → the one person named in full who has it (names two people share are left)."""
    found: dict[str, Entity | None] = {}
    for person in doc.entities("person"):
        words = normalize_string(person.label).split()
        if len(words) < 2 or len(words[-1]) < MIN_SURNAME_LETTERS:
            continue
        known = found.get(words[-1], person)
        found[words[-1]] = person if known is person else None
    return {word: person for word, person in found.items() if person is not None}
