"""Places the gazetteer does not know, named after a word for their kind: "بمدينة أبيلا",
"في منطقة سوق الثلاثاء", "ميناءي رادس وصفاقس", "منطقتي دولو وبلد حاوا".

The cue says a place's name follows: the next word, or two words when the first is a toponym's
head ("سوق", "عين", "بئر") or the second carries the article and is no adjective ("سوق
الثلاثاء", not "طرابلس الليبية"). After a dual or plural cue, names joined by و follow too. A
cue is as often a common noun ("منطقة عازلة", "مدينة ذكية", "المنطقة العربية"): a cue with the
article, and a next word that is a number, a verb, an adjective, another cue or a word of the
genre's common vocabulary, name no place.
"""

from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.lexicon import places as place_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.registry import Registry
from kg.extract.word_shapes import adjective_like, is_nisba, looks_like_verb, state_adjective

KINDS_ALSO: Final = {
    normalize_string(kind): tuple(normalize_string(k) for k in also)
    for kind, also in place_words.KINDS_ALSO.items()
}
# A cue's value: for a dual or plural, the kind of place its list names; "" for a singular.
CUES: Final = PhraseTable(
    dict.fromkeys(place_words.PLACE_CUES, "")
    | {cue: normalize_string(kind) for cue, kind in place_words.PLACE_CUES_MANY.items()}
)
TOPONYM_HEADS: Final = normalized_set(place_words.TOPONYM_HEADS)
NOT_NAMES: Final = normalized_set(place_words.NOT_PLACE_NAMES)
TOPONYM_ADJECTIVES: Final = normalized_set(place_words.TOPONYM_ADJECTIVES)
MAX_ITEM_WORDS: Final = 3  # "وذي قار", "وصلاح الدين"
ARTICLE_CUES: Final = normalized_set(place_words.ARTICLE_PLACE_CUES)
NOT_DISTRICTS: Final = normalized_set(place_words.NOT_DISTRICTS)


class FindNamedPlaces:
    """The stage. A list after a dual or plural cue goes on past the places the gazetteer found
    in it ("محافظات بغداد ونينوى والأنبار"), and an item the gazetteer lists only with its kind
    ("محافظة صلاح الدين", "محافظة المهرة") is that place ("محافظتي شبوة والمهرة")."""

    def __init__(self, registry: Registry):
        self.places = registry.places

    def __call__(self, doc: Document) -> Document:
        for index in CUES.starts(doc.tokens):
            cue = CUES.match_at(doc.tokens, index)
            if cue is None or doc.tokens[index].text.lstrip("وبف").startswith("ال"):
                continue
            kind, first, joined = cue.value, cue.last, False
            district = index if doc.tokens[index].text.lstrip("وبفل") in ARTICLE_CUES else None
            while (last := self._item_end(doc, kind, first, joined, district)) is not None:
                if not (kind and _joined(doc, last)):
                    break
                first, joined = last, True
        return doc

    def _item_end(
        self, doc: Document, kind: str, first: int, joined: bool, district: int | None = None
    ) -> int | None:
        """With `district`, the index of a district's cue ("قضاء القرنة"), named with it."""
        if kind and (known := _known_place_end(doc, first, joined)):
            return known
        if kind and (qualified := self._qualified_end(doc, kind, first, joined)):
            return qualified
        last = _name_end(doc, first, joined, district is not None)
        if last is not None and district is not None:
            _add_place(doc, district, last, _proclitics(doc.tokens[district].text))
        elif last is not None:
            _add_place(doc, first, last, joined)
        return last

    def _qualified_end(self, doc: Document, kind: str, first: int, joined: bool) -> int:
        """The item read with its kind before it, when the gazetteer knows it so."""
        start = doc.tokens[first].start + joined
        for last in range(min(first + MAX_ITEM_WORDS, len(doc.tokens)), first, -1):
            if any(doc.gap(k - 1, k).strip() for k in range(first + 1, last)):
                continue
            place = self._listed(kind, doc.text[start : doc.tokens[last - 1].end])
            if place is not None:
                doc.mentions.append(Mention(place, start, doc.tokens[last - 1].end))
                return last
        return 0

    def _listed(self, kind: str, name: str) -> Entity | None:
        """The place the gazetteer lists as `name` after its kind, or a kind it may also be."""
        for listed_kind in (kind, *KINDS_ALSO.get(kind, ())):
            if place := self.places.get(f"{listed_kind} {name}"):
                return place
        return None


def _known_place_end(doc: Document, first: int, joined: bool) -> int:
    """The token after a place the gazetteer found at `first` (after its و when joined)."""
    start = doc.tokens[first].start + joined
    found = [m for m in doc.mentions.starting_at(start) if m.entity.kind == "place"]
    return doc.token_index(found[0].end) if found else 0


def _joined(doc: Document, last: int) -> bool:
    """The next word is another name joined by و ("وصفاقس")."""
    return (
        last < len(doc.tokens)
        and not doc.gap(last - 1, last).strip()
        and doc.tokens[last].text.startswith("و")
    )


def _name_end(doc: Document, first: int, joined: bool, article: bool = False) -> int | None:
    """The end (a token index, exclusive) of the name at `first`, or None: no name there; with
    `article`, a name may carry it ("قضاء القرنة")."""
    if first >= len(doc.tokens) or doc.gap(first - 1, first).strip():
        return None
    word = doc.tokens[first].text[1:] if joined else doc.tokens[first].text
    if word.startswith("ال") and not (article and _district_name(word)):
        return None
    if not _may_name(word) or CUES.match_at(doc.tokens, first):
        return None
    second = first + 1
    if second < len(doc.tokens) and not doc.gap(first, second).strip():
        following = doc.tokens[second].text
        if word in TOPONYM_HEADS and _may_name(following):
            return second + 1
        if following in TOPONYM_ADJECTIVES:
            return second + 1  # "شبيلي السفلى"
        if following.startswith("ال") and _may_name(following) and not adjective_like(following):
            return second + 1
    return second


def _district_name(word: str) -> bool:
    return word not in NOT_DISTRICTS and not adjective_like(word) and not is_nisba(word)


def _may_name(word: str) -> bool:
    """Not a number, a verb, an adjective or a word of the genre's common vocabulary."""
    if len(word) < 3 or not word[0].isalpha() or word in NOT_NAMES:
        return False
    if state_adjective(word) or looks_like_verb(word):
        return False
    return not (is_nisba(word) and word.endswith("ه"))  # "منطقة حدودية": an adjective


def _proclitics(word: str) -> int:
    """The letters of و, ب, ف or ل before a cue ("وناحية", "بقضاء")."""
    return len(word) - len(word.lstrip("وبفل"))


def _add_place(doc: Document, first: int, last: int, skip: int) -> None:
    """The place named from token `first` to `last`, past `skip` letters before it (its و)."""
    start, end = doc.tokens[first].start + skip, doc.tokens[last - 1].end
    taken = doc.mentions.covering(start) + doc.mentions.covering(end - 1)
    if taken or doc.mentions.within(start, end):
        return  # the gazetteer's or an agency's name
    name = normalize_string(doc.text[start:end])
    entity = next((e for e in doc.entities("place") if e.key == f"place:{name}"), None)
    entity = entity or Entity(f"place:{name}", "place", doc.raw_text(start, end))
    doc.mentions.append(Mention(entity, start, end))
