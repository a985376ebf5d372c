"""A person's mention: a new person, or one the document or the registry already names ("الدكتورة
بن عاشور" after "الدكتورة نادية بن عاشور")."""

from functools import lru_cache
from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.lexicon import places as place_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.structure import TITLES

PLACE_KINDS: Final = normalized_set((*place_words.PLACE_CUES, "جهة", "عاصمة"))
IMPERFECT_AFTER_WA: Final = 5  # letters of و, the prefix ي and a verb's three root letters: "ويبحث"


def add_person(doc: Document, titles: list[str], first: int, last: int, skip: int = 0) -> None:
    """The person named by tokens `first` to `last` (end exclusive), less `skip` letters of
    the first (a conjunction)."""
    if (not skip and _verb_after_wa(doc.tokens[first].text)) or _title_after_wa(doc, first):
        return  # but "، وتوماس ريختر، خبير ...": a listed name, though it reads like a verb
    start, end = doc.tokens[first].start + skip, doc.tokens[last - 1].end
    overlapping = [m for m in doc.mentions if m.start < end and start < m.end]
    known = [m.entity for m in overlapping if m.entity.kind == "person"]
    if titles and overlapping and all(_inside_as_a_word(doc, m, start, end) for m in overlapping):
        for mention in overlapping:  # "السيد عمر باكو سيني": a city's name as one of a name's
            doc.mentions.remove(mention)  # words, neither its first nor its last
        overlapping = []
    if overlapping and not known:
        return  # the words belong to an agency or place name
    if known:  # the registry's name wins: it knows where the name ends
        _add_honorifics(known[0], titles)
        return
    name = doc.text[start:end]
    entity = same_person(doc, name) or Entity(
        f"person:{normalize_string(name)}", "person", doc.raw_text(start, end)
    )
    _add_honorifics(entity, titles)
    doc.mentions.append(Mention(entity, start, end))


def _inside_as_a_word(doc: Document, mention: Mention, start: int, end: int) -> bool:
    """A place of one word inside the name, not after a word for its kind ("عمالة طنجة")."""
    index = doc.token_index(mention.start)
    if mention.entity.kind != "place" or not start < mention.start or not mention.end < end:
        return False
    return doc.tokens[index].end == mention.end and doc.tokens[index - 1].text not in PLACE_KINDS


def _title_after_wa(doc: Document, first: int) -> bool:
    """ "السفير البريطاني وضابطة الاتصال": و and a title start the next person's post."""
    return doc.tokens[first].text.startswith("و") and TITLES.match_at(doc.tokens, first) is not None


def _verb_after_wa(word: str) -> bool:
    """ "ويشرف على توقيع ...", "وتشمل تبادل ...": و and a present-tense verb start a clause; no
    given name begins so (وليد، وائل، وسام begin otherwise)."""
    if word.startswith("وي"):  # but "ويليام", "ويراساك": a foreign name, longer than the verb
        return len(word) == IMPERFECT_AFTER_WA
    return len(word) >= 4 and word.startswith(("وت", "ون"))


def same_person(doc: Document, name: str) -> Entity | None:
    """A later short form names the one earlier person it ends ("الدكتورة بن عاشور"), or whose
    first and last names it keeps ("أحمد الشناوي" after "أحمد عبد الحميد الشناوي", "فيصل آل
    الشيخ" after "فيصل بن عبد الرحمن آل الشيخ")."""
    words = _joined(tuple(name.split()))  # callers pass the normalized text
    if not words:
        return None
    candidates = _PEOPLE.ending_with(doc, words[-1])
    matches = [e for e in candidates if _label_words(e.label)[-len(words) :] == words]
    if not matches and len(words) >= 2:
        matches = [e for e in candidates if _shortens(words, _label_words(e.label))]
    return matches[0] if len(matches) == 1 else None


def _shortens(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """The full name's first words and its last, with some of its middle left out."""
    if len(full) <= len(words):
        return False
    return any(
        full[:cut] == words[:cut] and full[cut - len(words) :] == words[cut:]
        for cut in range(1, len(words))
    )


class _PeopleByLastWord:
    """The document's persons by the last word of their name, built again only when mentions
    were added: names are looked up at every title read, people are added far less often."""

    def __init__(self):
        self.mentions: list | None = None
        self.count = -1
        self.by_last: dict[str, list[Entity]] = {}

    def ending_with(self, doc: Document, word: str) -> list[Entity]:
        if doc.mentions is not self.mentions or len(doc.mentions) != self.count:
            self.mentions, self.count = doc.mentions, len(doc.mentions)
            self.by_last = {}
            for entity in doc.entities("person"):
                words = _label_words(entity.label)
                if words:
                    self.by_last.setdefault(words[-1], []).append(entity)
        return self.by_last.get(word, [])


_PEOPLE = _PeopleByLastWord()


@lru_cache(maxsize=4096)
def _label_words(label: str) -> tuple[str, ...]:
    """A label's normalized words: asked for every known person at each name read."""
    return _joined(tuple(normalize_string(label).split()))


def _joined(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "عبد العزيز" as "عبدالعزيز": a compound given name is written either way, often both in
    one release."""
    if "عبد" not in words[:-1]:
        return words
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "عبد":
            joined[-1] += word
        else:
            joined.append(word)
    return tuple(joined)


def known_surname(doc: Document, index: int) -> bool:
    return same_person(doc, doc.tokens[index].text) is not None


def _add_honorifics(entity: Entity, titles: list[str]) -> None:
    entity.honorifics = tuple(dict.fromkeys(entity.honorifics + tuple(titles)))
