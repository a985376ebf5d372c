"""Whether a name the text gives a body is another name of a body the document already named.

Press releases name a body in full once and shorter or differently later: "مركز أبحاث الجريمة
والأمن المجتمعي" then "مركز أبحاث الجريمة", "مديرية شرطة محافظة نابلس" then "شرطة نابلس",
"قيادة خفر السواحل" then "قيادة خفرالسواحل". Each is one body.
"""

from collections import defaultdict
from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.lexicon import agencies as words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.structure import document_country
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import state_code

COMMAND_HEADS: Final = sorted(
    (tuple(normalize_string(h).split()) for h in words.COMMAND_HEADS), key=len, reverse=True
)
DIVISION_WORDS: Final = normalized_set(words.DIVISION_WORDS)
HEAD_WORDS: Final = normalized_set(h.split()[0] for h in words.HEADS)
SPELLINGS: Final = {normalize_string(k): normalize_string(v) for k, v in words.SPELLINGS.items()}
MIN_WORDS: Final = 2  # a head and one word: "شرطة نابلس"


class NamedAgencies:
    """The names of the bodies a document has named so far, read once each as it names more."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.read = 0  # how many of the document's mentions are read
        self.order: dict[int, int] = {}  # entity → when first named
        self.forms: dict[str, list[tuple[Entity, tuple[str, ...]]]] = defaultdict(list)
        self.added: set[tuple[int, tuple[str, ...]]] = set()
        self.starts: dict[int, list[Mention]] = defaultdict(list)

    def same(self, start: int, end: int) -> Entity | None:
        """The agency named first of those this span is another name of; a body named inside the
        span ("قوات الدرك" in "المديرية العامة لقوات الدرك") is not one."""
        self._update()
        inside = {id(m.entity) for m in self.doc.mentions.within(start, end)}
        candidates = [
            (core, entity, form)
            for core in _cores(self._words(start, end))
            for entity, form in self.forms.get(_key(core), ())
            if id(entity) not in inside
        ]
        # the state of a body named with none: counted only when a candidate needs it
        needed = any(not entity.country for _, entity, _ in candidates)
        home = document_country(self.doc) if needed else ""
        found = [e for core, e, form in candidates if _same(core, form, e.country or home)]
        return min(found, key=lambda entity: self.order[id(entity)], default=None)

    def _update(self) -> None:
        new = self.doc.mentions[self.read :]
        self.read = len(self.doc.mentions)
        for mention in new:
            self.starts[mention.start].append(mention)
        for mention in new:
            entity = mention.entity
            if entity.kind != "agency":
                continue
            if id(entity) not in self.order:
                self.order[id(entity)] = len(self.order)
                self._add(entity, _cores(normalize_string(entity.label).split()))
            self._add(entity, _cores(self._words(mention.start, mention.end, entity)))

    def _add(self, entity: Entity, cores: list[tuple[str, ...]]) -> None:
        for core in cores:
            if (id(entity), core) not in self.added:  # not an equality test on entities' fields
                self.added.add((id(entity), core))
                self.forms[_key(core)].append((entity, core))

    def _words(self, start: int, end: int, outer: Entity | None = None) -> list[str]:
        """The span's words, a body named inside it standing as that body: "الجمعية العامة
        لأفريبول" and "الجمعية العامة لآلية الاتحاد الأفريقي للتعاون الشرطي" read alike."""
        doc, found, index = self.doc, [], self.doc.token_index(start)
        while index < len(doc.tokens) and doc.tokens[index].end <= end:
            token = doc.tokens[index]
            inner = next(
                (m for m in self.starts.get(token.start, ()) if m.entity.kind == "agency"
                 and start < m.start and m.end <= end and m.entity is not outer),
                None,
            )  # fmt: skip
            found.append(f"@{inner.entity.key}" if inner else SPELLINGS.get(token.text, token.text))
            index = doc.token_index(inner.end) if inner else index + 1
        return found


def _key(core: tuple[str, ...]) -> str:
    """What two names of one body share: their first two letters, spaces left out."""
    return "".join(core)[:2]


def _same(one: tuple[str, ...], other: tuple[str, ...], country: str) -> bool:
    """Equal, equal but for spaces ("يورو ميد", "يوروميد"), or one the other's beginning before
    a coordinated or qualifying word ("... والأمن المجتمعي", "قوات الشرطة السودانية")."""
    if one == other or "".join(one) == "".join(other):
        return True
    short, long = sorted((one, other), key=len)
    if long[: len(short)] == short:
        return _qualifies(long[len(short)], country)
    return short[0] == long[0] and _shortened(short, long, country)


def _shortened(short: tuple[str, ...], long: tuple[str, ...], country: str) -> bool:
    """ "جمعية تضامن" for "جمعية معهد تضامن النساء الأردني": the long name's words in order,
    some left out, none of them a number or another state's adjective."""
    rest = iter(long)
    if not all(word in rest for word in short):
        return False
    left_out = [w for w in long if w not in short]
    return all(_qualifies(word, country) for word in left_out)


def _qualifies(word: str, country: str) -> bool:
    """A word that may follow a body's short name in its full name: not a number ("جامعة الجزائر
    2" is another university), not the adjective of another state ("وزارة الداخلية الإيطالية")."""
    if word[0].isdigit():
        return False
    code = state_code(word)
    return not code or not country or country.rsplit("/", 1)[-1] == code


def _cores(found: list[str]) -> list[tuple[str, ...]]:
    """The words that identify a body, of two words or more: without proclitics and without the
    word for an administrative division before a place's name; and also without the command or
    directorate that heads a force ("مديرية شرطة محافظة نابلس" → "شرطة نابلس")."""
    if not found:
        return []
    found = [_bare(found[0]), *found[1:]]
    headed = [found]
    for head in COMMAND_HEADS:
        if tuple(found[: len(head)]) == head and len(found) > len(head):
            headed.append([_bare(found[len(head)]), *found[len(head) + 1 :]])
            break
    cores = [tuple(w for k, w in enumerate(c) if not (k and w in DIVISION_WORDS)) for c in headed]
    return [core for core in cores if len(core) >= MIN_WORDS]


def _bare(word: str) -> str:
    """ "لقوات" → "قوات", "للأمن" → "الأمن", "ومديرية" → "مديرية": the word under its proclitics
    when that is a noun with the article or a head noun; else as written."""
    for reading in clitic_readings(word)[1:]:
        if reading.startswith("ال") or reading in HEAD_WORDS:
            return reading
    return word
