"""Whether a name the text gives a body is another name of a body the document already named.

Press releases name a body in full once and shorter or differently later: "مركز أبحاث الجريمة
والأمن المجتمعي" then "مركز أبحاث الجريمة", "مديرية شرطة محافظة نابلس" then "شرطة نابلس",
"قيادة خفر السواحل" then "قيادة خفرالسواحل". Each is one body.
"""

from kg.extract.document import Document, Entity
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon.places import NISBA
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.tokens import clitic_readings

COMMAND_HEADS = sorted(
    (tuple(normalize_string(h).split()) for h in words.COMMAND_HEADS), key=len, reverse=True
)
DIVISION_WORDS = normalized_set(words.DIVISION_WORDS)
HEAD_WORDS = normalized_set(h.split()[0] for h in words.HEADS)
NISBA_CODES = {normalize_string(w): code for w, code in NISBA.items()}
SPELLINGS = {normalize_string(k): normalize_string(v) for k, v in words.SPELLINGS.items()}
MIN_WORDS = 2  # a head and one word: "شرطة نابلس"


def same_agency(doc: Document, start: int, end: int) -> Entity | None:
    """The agency named before (or around) this span that the span is another name of; a body
    named inside the span ("قوات الدرك" in "المديرية العامة لقوات الدرك") is not one."""
    cores = _cores(_words(doc, start, end))
    inside = {id(m.entity) for m in doc.mentions if start <= m.start and m.end <= end}
    for entity, forms in _named_agencies(doc):
        if id(entity) not in inside and any(
            _same(core, form, entity) for core in cores for form in forms
        ):
            return entity
    return None


def _named_agencies(doc: Document) -> list[tuple[Entity, list[tuple[str, ...]]]]:
    forms: dict[int, tuple[Entity, list[tuple[str, ...]]]] = {}
    for mention in doc.mentions:
        entity = mention.entity
        if entity.kind != "agency":
            continue
        label = normalize_string(entity.label).split()
        _, known = forms.setdefault(id(entity), (entity, _cores(label)))
        for written in _cores(_words(doc, mention.start, mention.end, entity)):
            if written not in known:
                known.append(written)
    return list(forms.values())


def _same(one: tuple[str, ...], other: tuple[str, ...], entity: Entity) -> bool:
    """Equal, equal but for spaces ("يورو ميد", "يوروميد"), or one the other's beginning before
    a coordinated or qualifying word ("... والأمن المجتمعي", "قوات الشرطة السودانية")."""
    if one == other or "".join(one) == "".join(other):
        return True
    short, long = sorted((one, other), key=len)
    if long[: len(short)] == short:
        return _qualifies(long[len(short)], entity)
    return short[0] == long[0] and _shortened(short, long, entity)


def _shortened(short: tuple[str, ...], long: tuple[str, ...], entity: Entity) -> bool:
    """ "جمعية تضامن" for "جمعية معهد تضامن النساء الأردني": the long name's words in order,
    some left out, none of them a number or another state's adjective."""
    rest = iter(long)
    if not all(word in rest for word in short):
        return False
    left_out = [w for w in long if w not in short]
    return all(_qualifies(word, entity) for word in left_out)


def _qualifies(word: str, entity: Entity) -> bool:
    """A word that may follow a body's short name in its full name: not a number ("جامعة الجزائر
    2" is another university), not the adjective of another state ("وزارة الداخلية الإيطالية")."""
    if word[0].isdigit():
        return False
    code = NISBA_CODES.get(word) or NISBA_CODES.get(word.removesuffix("ه"))
    return not code or not entity.country or entity.country.rsplit("/", 1)[-1] == code


def _words(doc: Document, start: int, end: int, outer: Entity | None = None) -> list[str]:
    """The span's words, a body named inside it standing as that body: "الجمعية العامة لأفريبول"
    and "الجمعية العامة لآلية الاتحاد الأفريقي للتعاون الشرطي" read alike."""
    found, index = [], doc.token_index(start)
    while index < len(doc.tokens) and doc.tokens[index].end <= end:
        token = doc.tokens[index]
        inner = next(
            (m for m in doc.mentions if m.start == token.start and m.entity.kind == "agency"
             and start < m.start and m.end <= end and m.entity is not outer),
            None,
        )  # fmt: skip
        found.append(f"@{inner.entity.key}" if inner else SPELLINGS.get(token.text, token.text))
        index = doc.token_index(inner.end) if inner else index + 1
    return found


def _cores(found: list[str]) -> list[tuple[str, ...]]:
    """The words that identify a body, of two words or more: without proclitics and without the
    word for an administrative division before a place's name; and also without the command or
    directorate that heads a force ("مديرية شرطة محافظة نابلس" → "شرطة نابلس")."""
    if not found:
        return []
    found = [_bare(found[0]), *found[1:]]
    cores = [found]
    for head in COMMAND_HEADS:
        if tuple(found[: len(head)]) == head and len(found) > len(head):
            cores.append([_bare(found[len(head)]), *found[len(head) + 1 :]])
            break
    cores = [tuple(w for k, w in enumerate(c) if not (k and w in DIVISION_WORDS)) for c in cores]
    return [core for core in cores if len(core) >= MIN_WORDS]


def _bare(word: str) -> str:
    """ "لقوات" → "قوات", "للأمن" → "الأمن", "ومديرية" → "مديرية": the word under its proclitics
    when that is a noun with the article or a head noun; else as written."""
    for reading in clitic_readings(word)[1:]:
        if reading.startswith("ال") or reading in HEAD_WORDS:
            return reading
    return word
