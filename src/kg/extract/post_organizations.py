"""Which body a post title names: a ministry through its portfolio ("وزير الداخلية وترقية
اللامركزية والتنمية المحلية", "وزير العمل"), a general directorate through its field ("المدير
العام للأمن الوطني" of "المديرية العامة للأمن الوطني"), or the body named just after the title,
unless another title comes first ("وزير العمل رئيس اللجنة الوطنية ...": the committee is the
second title's)."""

from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.registry import Registry
from kg.extract.structure import TITLES, document_country
from kg.extract.tokens import Token, clitic_readings
from kg.extract.word_shapes import adjective_like, is_definite, state_code

MINISTRY_WORDS: Final = normalized_set(people_words.MINISTRY_WORDS)
FIELD_HEADS: Final = {
    role: {tuple(normalize_string(b).split()) for b in bodies}
    for role, bodies in people_words.BODIES_BY_FIELD.items()
}
TITLE_QUALIFIERS: Final = normalized_set(people_words.TITLE_QUALIFIERS)
PLACE_LINKS: Final = normalized_set(("لدى", "في"))
FIELDS: Final = PhraseTable(dict.fromkeys(agency_words.TITLE_FIELDS, True))
SHORT_FORMS: Final = normalized_set(agency_words.COORDINATED_BODY_HEADS)
EMBASSY_WORDS: Final = normalized_set(people_words.EMBASSY_WORDS)
STATE_WORDS: Final = normalized_set(people_words.STATE_WORDS)
STATE_STYLES: Final = normalized_set(people_words.STATE_STYLES)
PORTFOLIO_WORDS: Final = {
    w.removeprefix("ال")
    for w in normalized_set((*agency_words.PORTFOLIO_HEADS, *people_words.TITLE_PORTFOLIOS))
}
MAX_COMPLEMENTS: Final = 3
MAX_GAP_TOKENS: Final = 5  # "منسقة برامج الجرائم السيبرانية في الإنتربول": words before the body
MAX_PORTFOLIO_WORDS: Final = 6  # "الداخلية وترقية اللامركزية والتنمية المحلية"
MAX_FIELD_WORDS: Final = 4  # "التحريات والتحقيقات الجنائية"


def ministry(registry: Registry, base: str, doc: Document, index: int):
    """ "وزير الداخلية الكويتي", "وزير الداخلية واللامركزية": the ministry of the portfolio at
    token `index` and where its words end, or None when no portfolio follows. The ministry is
    the document's body of that name, else the registry's of the state the title or the
    document names; None when neither is known."""
    last = portfolio_end(doc, index)
    if last == index:
        return None
    words = [t.text for t in doc.tokens[index:last]]
    country = ""
    if len(words) > 1 and (code := state_code(words[-1])):
        country, words = f"{base}id/place/{code}", words[:-1]
    name = " ".join(["وزاره", *words])
    known = words[0] in MINISTRY_WORDS
    if country:  # "وزير الداخلية التونسي": that state's ministry
        entity = registry.named(f"وزاره {words[0]}", country) if known else None
    else:
        state = _state_named_after(doc, last) or document_country(doc)  # "... في دولة الكويت"
        entity = _named_in_document(doc, name) or (
            registry.named(f"وزاره {words[0]}", state) if known else None
        )
        entity = entity or _named_in_document(doc, f"وزاره {words[0]}", prefix=True)
    return entity, doc.tokens[last - 1].end


def _state_named_after(doc: Document, index: int) -> str:
    """The state a title names right after its portfolio ("في دولة الكويت", "بدولة قطر"), or
    ""."""
    if index < len(doc.tokens) and doc.tokens[index].text in PLACE_LINKS:
        index += 1
    state = _named_at(doc, index) if index < len(doc.tokens) else None
    return state.entity.key if state and state.entity.cls == "Country" else ""


def portfolio_end(doc: Document, index: int) -> int:
    """Past "الداخلية", "الداخلية وترقية اللامركزية والتنمية المحلية", "أمن الحدود": a definite
    noun or a construct, then coordinated nouns and their adjectives, up to a title, a name or
    punctuation."""
    last = index
    while last < len(doc.tokens) and last - index < MAX_PORTFOLIO_WORDS:
        word = doc.tokens[last].text
        if last > index and doc.gap(last - 1, last).strip():
            break
        if last == index and not (word.startswith("ال") or _construct_at(doc, last)):
            break
        if last > index and not (word.startswith("و") or is_definite(word)):
            break
        if last > index and not is_definite(word) and not _construct_at(doc, last):
            break  # "وزير الداخلية وليد ...": a name after و, not "وترقية اللامركزية"
        if word in TITLE_QUALIFIERS or _starts_title_or_name(doc, last):
            break
        last += 1
    return last


def _construct_at(doc: Document, index: int) -> bool:
    """ "أمن الحدود": an indefinite noun and the definite one it governs."""
    following = index + 1
    if following >= len(doc.tokens) or doc.gap(index, following).strip():
        return False
    if doc.tokens[index].text[:1] in "لب":
        return False  # "لشؤون الشرطة" after "وكيل الوزارة" is the title's portfolio, no ministry's
    return is_definite(doc.tokens[following].text) and not _starts_title_or_name(doc, index)


def _starts_title_or_name(doc: Document, index: int) -> bool:
    start = doc.tokens[index].start
    if any(m.start == start and m.entity.kind == "person" for m in doc.mentions):
        return True
    return bool(HONORIFICS.match_at(doc.tokens, index) or TITLES.match_at(doc.tokens, index))


def _named_in_document(doc: Document, name: str, prefix: bool = False) -> Entity | None:
    """The one agency the document names by `name` (or by a name starting with it)."""
    found = {}
    for mention in doc.mentions:
        if mention.entity.kind != "agency":
            continue
        for label in (
            normalize_string(mention.entity.label),
            doc.text[mention.start : mention.end],
        ):
            written = " ".join([_bare(label.split()[0]), *label.split()[1:]])
            if written == name or (prefix and written.startswith(name + " ")):
                found[id(mention.entity)] = mention.entity
    return next(iter(found.values())) if len(found) == 1 else None


def body_by_field(doc: Document, index: int, role: str):
    """ "المدير العام للأمن الوطني", "مدير عام التحريات والتحقيقات الجنائية", "قائد خفر
    السواحل": the general directorate (or command) the document names for the field at token
    `index`, and where the field ends."""
    heads = FIELD_HEADS.get(role)
    if heads is None:
        return None
    field: list[Token] = []
    for at in range(index, min(index + MAX_FIELD_WORDS, len(doc.tokens))):
        if field and doc.gap(at - 1, at).strip():
            break
        field.append(doc.tokens[at])
    named = _directorates(doc, heads)
    for size in range(len(field), 0, -1):
        words = tuple(_bare(t.text) if k == 0 else t.text for k, t in enumerate(field[:size]))
        if entity := _directorate_for(named, words):
            return entity, field[size - 1].end
    return None


def _directorates(doc: Document, heads) -> list[tuple[list[str], Entity]]:
    """The agencies whose names begin with one of `heads`, each with the words after it (the
    first one bare), in the document's order: compared with fields of several lengths."""
    named = []
    for mention in doc.mentions:
        if mention.entity.kind != "agency" or mention.nested:
            continue
        words = doc.text[mention.start : mention.end].split()
        words = [_bare(words[0]), *words[1:]]
        for head in heads:
            rest = words[len(head) :]
            if rest and tuple(words[: len(head)]) == head:
                named.append(([_bare(rest[0]), *rest[1:]], mention.entity))
    return named


def _directorate_for(named: list[tuple[list[str], Entity]], field: tuple[str, ...]):
    for rest, entity in named:
        extra = rest[len(field) :]
        if tuple(rest[: len(field)]) == field and all(state_code(w) for w in extra):
            return entity
    return None


def _bare(word: str) -> str:
    """One form for a name's first word under its proclitics, to compare names by: "للأمن" and
    "الأمن" → "الامن", "لإدارة" → "اداره", "ووزارة" → "وزاره", "بالمديرية" → "المديريه";
    "اللجنة" and "للجنة" → "الجنه"."""
    if word.startswith(("وال", "وو", "ول", "بال")):
        word = word[1:]  # "بالمديرية العامة للأمن الوطني" after the director's title
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word.startswith("الل"):
        return "ال" + word[3:]
    return word[1:] if word.startswith("ل") and len(word) > 3 else word


def body_in_title(doc: Document, role) -> Mention | None:
    """ "رئيس وحدة مكافحة غسل الأموال", "رئيس قسم التحليل الجنائي": a title that ends with a
    unit's head noun names the unit that head starts."""
    if role.last - role.first < 2:
        return None
    start = doc.tokens[role.last - 1].start
    return next(
        (
            m
            for m in doc.mentions
            if m.start == start and m.entity.kind == "agency" and m.end >= role.end
        ),
        None,
    )


def organization_after(doc: Document, offset: int) -> Mention | None:
    """The body named within a few words after a title, with no punctuation or other title
    between."""
    following = [m for m in doc.mentions if m.start >= offset and m.entity.kind == "agency"]
    following.sort(key=lambda m: (m.start, m.nested))
    if not following:
        return None
    first = following[0]
    begin, end = doc.token_index(offset), doc.token_index(first.start)
    punctuation = doc.text[offset : first.start].strip()
    if end - begin > MAX_GAP_TOKENS or any(c in punctuation for c in ",.;:"):
        return None
    if any(TITLES.match_at(doc.tokens, k) for k in range(begin, end)):
        return None
    return first


def complement_end(doc: Document, index: int) -> int:
    """Past what may stand between a title's body and the name: a state's adjective, the state
    or city ("سفير باكستان لدى المملكة", "رئيس مصلحة خفر السواحل في الجمهورية اليمنية"), the
    body a unit belongs to ("عميد كلية ... بجامعة نايف ...")."""
    for _ in range(MAX_COMPLEMENTS):
        if index < len(doc.tokens) and state_code(doc.tokens[index].text):
            index += 1
            continue
        if index < len(doc.tokens) and doc.tokens[index].text in TITLE_QUALIFIERS:
            index += 1  # "سفير جمهورية السنغال المعتمد في نواكشوط السيد ..."
            continue
        if index < len(doc.tokens) and (field := FIELDS.match_at(doc.tokens, index)):
            index = field.last  # "خبير إدارة الحدود في المنظمة ...": the expert's field
            continue
        if _portfolio_at(doc, index):  # "وكيل الجامعة للشؤون التعليمية الدكتور ..."
            index = portfolio_end(doc, index + 1)
            continue
        linked = index < len(doc.tokens) and doc.tokens[index].text in PLACE_LINKS
        if linked and index + 1 < len(doc.tokens) and doc.tokens[index + 1].text in STATE_WORDS:
            index += 2  # "لدى المملكة": the state the text is about
            continue
        # "القائم بأعمال سفارة اليابان ...": the state's embassy, then the state; "سفير
        # جمهورية إيطاليا ...": the state's style, then its name
        linked = linked or _embassy_at(doc, index) or _state_style_at(doc, index)
        found = _named_at(doc, index + 1) if linked else _named_at(doc, index)
        if found is None and _parent_short_form_at(doc, index):
            index += 1  # "عميد كلية ... بالجامعة الدكتور ...": the parent no one resolved
            continue
        if found is None:
            break
        index = doc.token_index(found.end)
    return index


def _embassy_at(doc: Document, index: int) -> bool:
    """ "سفارة", "بسفارة" before the state's name."""
    if index + 1 >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return False
    return not EMBASSY_WORDS.isdisjoint(clitic_readings(doc.tokens[index].text))


def _state_style_at(doc: Document, index: int) -> bool:
    if index + 1 >= len(doc.tokens) or doc.tokens[index].text not in STATE_STYLES:
        return False
    if _named_at(doc, index) is not None:
        return False  # "جمهورية باكستان الإسلامية": the gazetteer has the style too
    found = _named_at(doc, index + 1)
    return found is not None and found.entity.cls == "Country"


def short_form_at(doc: Document, index: int) -> bool:
    """ "الوزارة", "المنظمة": a definite head alone, right after the word before (the short
    forms are resolved later; a title's body may be one: "أمين عام الوزارة فواز ...")."""
    if index + 1 >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return False
    return doc.tokens[index].text in SHORT_FORMS and not adjective_like(doc.tokens[index + 1].text)


def _parent_short_form_at(doc: Document, index: int) -> bool:
    """ "بالجامعة", "بالوزارة": the body a unit belongs to, by its short form."""
    if index >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return False
    word = doc.tokens[index].text
    return word.startswith("بال") and word[1:] in SHORT_FORMS


def _portfolio_at(doc: Document, index: int) -> bool:
    """ "لشؤون", "للشؤون": the portfolio a title's holder has in the body before it."""
    if index + 1 >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return False
    word = doc.tokens[index].text
    return word[:1] == "ل" and word[1:].removeprefix("ل") in PORTFOLIO_WORDS


def _named_at(doc: Document, index: int) -> Mention | None:
    """The place or body (not a person) named from token `index`, right after the word before."""
    if index >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return None
    start = doc.tokens[index].start
    found = [m for m in doc.mentions if m.start == start and m.entity.kind in ("place", "agency")]
    return max(found, key=lambda m: m.end, default=None)
