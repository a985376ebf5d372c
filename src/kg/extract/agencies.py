"""Agencies the registry does not know, found from the head noun that starts their name.

"مديرية شرطة محافظة نابلس", "مركز دراسات الأمن الإنساني", "جمعية نور للتوعية الأسرية": a head
noun, then the words of its genitive chain until a particle, a verb, punctuation or a new name.
"""

from kg.extract.document import Document, Entity, Mention
from kg.extract.entities import HONORIFICS, ROLE_WORDS
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon import events as event_words
from kg.extract.lexicon.places import NISBA
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.registry import Registry
from kg.extract.structure import document_country, unit_by_name
from kg.extract.tokens import clitic_readings

HEADS = PhraseTable(words.HEADS)
UNIT_HEADS = normalized_set(words.UNIT_HEADS)
NAME_ENDS = normalized_set(words.NAME_ENDS)
GENERIC = normalized_set(words.GENERIC_NAMES)
VERBAL_HEADS = normalized_set(words.VERBAL_HEADS)
ADJECTIVAL_HEADS = {
    normalize_string(head): normalized_set(nouns) for head, nouns in words.ADJECTIVAL_HEADS.items()
}
ADJECTIVE_HEADS = normalized_set(words.ADJECTIVE_HEADS)
NAMING_ADJECTIVES = normalized_set(words.NAMING_ADJECTIVES)
NAME_ADJECTIVES = normalized_set(words.NAME_ADJECTIVES)
NISBA_WORDS = normalized_set(NISBA)
NOT_NAMES = PhraseTable(dict.fromkeys(words.NOT_NAMES, True))
NAME_TITLES = normalized_set(words.NAME_TITLES)
TITLE_NAME_WORDS = 4  # "الإمام عبد الرحمن بن فيصل"
BI_OPENERS = normalized_set(words.BI_OPENERS)
CITY_HEADS = normalized_set(words.CITY_HEADS)
NAME_LINKS = normalized_set(("بن", "بنت", "عبد", "ابو", "ال"))
CUES = PhraseTable(event_words.ROLE_CUES)
TRIGGERS = PhraseTable(event_words.TRIGGERS, article=True)
MAX_TOKENS = 10
UNIT_LINKS = normalized_set(words.UNIT_LINKS)


class FindAgencies:
    def __init__(self, registry: Registry):
        self.registry = registry

    def __call__(self, doc: Document) -> Document:
        reach = 0
        for index in HEADS.starts(doc.tokens):  # only where a head noun may start
            if index < reach or not (head := HEADS.match_at(doc.tokens, index)):
                continue
            if _inside_mention(doc, doc.tokens[index].start) or _verbal(doc, index):
                continue
            if _inside_title(doc, index):
                continue
            last = _chain_end(doc, head.last, index)
            if last > head.last:
                self._add(doc, head.value, index, last)
                reach = last
        doc.mentions.sort(key=lambda m: m.start)
        return doc

    def _add(self, doc: Document, cls: str, first: int, last: int) -> None:
        start, end = doc.tokens[first].start, doc.tokens[last - 1].end
        name = normalize_string(doc.text[start:end])
        if name in GENERIC:
            self._add_generic(doc, name, start, end)
        else:
            _add_agency(doc, cls, first, last)

    def _add_generic(self, doc: Document, name: str, start: int, end: int) -> None:
        """ "وزارة الداخلية" alone: the body of that name of the country the document is about,
        from the registry, or else minted under the country ("النيابة العامة" of Oman)."""
        country = document_country(doc)
        if not country:
            return
        entity = self.registry.named(name, country)
        if entity is None:
            code = country.rsplit("/", 1)[-1]
            label = without_proclitic(doc, doc.token_index(start), end)
            entity = _known(doc, f"{name} {code}") or Entity(
                f"agency:{normalize_string(label)} {code}", "agency", label,
                _generic_class(name), country=country, slug_suffix=code,
            )  # fmt: skip
        doc.mentions.append(Mention(entity, start, end))


def _named_by_adjectives(doc: Document, index: int) -> bool:
    """ "الجامعة اللبنانية", "اللجنة الأمنية الكويتية - البريطانية المشتركة": a naming adjective
    among the adjectives right after a definite head."""
    for token in doc.tokens[index : index + 3]:
        if not _adjective_like(token.text):
            return False
        if _naming_adjective(token.text):
            return True
    return False


def _naming_adjective(word: str) -> bool:
    """ "اللبنانية", "الإسبانية", "القضائية": an adjective that makes a generic head one body."""
    stem = word[:-1] if word.endswith("ه") else word
    return stem in NISBA_WORDS or word in NAMING_ADJECTIVES


def _generic_class(name: str) -> str:
    head = HEADS.by_first.get(name.split()[0], [])
    return head[0][1] if head else "GovernmentBody"


def _verbal(doc: Document, index: int) -> bool:
    """A verbal noun with ل or ب attached ("لإدارة الأزمات"), or an indefinite head and a nisba
    adjective ("شبكة عربية"): a common noun phrase, not a name."""
    word = doc.tokens[index].text
    if NOT_NAMES.match_at(doc.tokens, index):
        return True
    head = HEADS.match_at(doc.tokens, index)
    head_word = _strip_reading(doc.text[head.start : head.end]).split()[-1]
    if word != head_word and word.lstrip("و")[:1] in "لبك" and head_word in VERBAL_HEADS:
        return True
    following = doc.tokens[head.last].text if head.last < len(doc.tokens) else ""
    if head_word in ADJECTIVE_HEADS and not _named_by_adjectives(doc, head.last):
        return True  # "الجامعة" alone refers back, "الشرطة المجتمعية" is a practice
    if head_word == "مشروع" and following.startswith("ل"):
        return True  # "مشروع لرقمنة الأرشيف": a project to do something
    if head_word in VERBAL_HEADS and following.startswith("ال") and not _names_actor(doc, index):
        return True  # "إدارة الحدود": border management, unless "مدير إدارة ..." names a department
    indefinite = not head_word.startswith("ال")
    if indefinite and word == head_word and _qualifies(doc, index, head_word):
        return True  # "جماعات إجرامية منظمة تنشط": the head word is an adjective here
    return indefinite and _indefinite_adjective(following)


def _qualifies(doc: Document, index: int, head_word: str) -> bool:
    """The head follows an indefinite noun it can qualify: after a nisba adjective ("إجرامية
    منظمة"), or, for a head that is also an adjective, after a noun it qualifies ("شبكة منظمة")."""
    if index == 0 or doc.gap(index - 1, index).strip():
        return False
    previous = doc.tokens[index - 1].text
    if _definite(previous) or previous in NAME_ENDS:
        return False
    return previous.endswith("يه") or previous in ADJECTIVAL_HEADS.get(head_word, ())


def _indefinite_adjective(word: str) -> bool:
    return word.endswith(("يه", "ي")) and not word.startswith("ال") and len(word) > 3


def _names_actor(doc: Document, index: int) -> bool:
    """ "مدير إدارة التعاون الدولي", "التي نظمتها إدارة التعاون الدولي": after a post title or
    a role verb, "إدارة ..." is a department, not the act of managing."""
    return _after_title(doc, index) or any(
        (cue := CUES.match_at(doc.tokens, back)) and cue.last == index
        for back in range(max(0, index - 3), index)
    )


def _after_title(doc: Document, index: int) -> bool:
    return index > 0 and any(
        ROLE_WORDS.match_at(doc.tokens, back) for back in range(max(0, index - 2), index)
    )


def _inside_title(doc: Document, index: int) -> bool:
    """ "اللواء شرطة د. هاشم": a rank that names the service it belongs to."""
    return any(
        (title := HONORIFICS.match_at(doc.tokens, back)) and title.last > index
        for back in range(max(0, index - 2), index)
    )


def _inside_mention(doc: Document, offset: int) -> bool:
    return any(m.start <= offset < m.end for m in doc.mentions)


def _chain_end(doc: Document, index: int, first: int) -> int:
    definite = _definite(doc.tokens[index - 1].text)
    while index < len(doc.tokens) and index - first < MAX_TOKENS and _extends(doc, index, definite):
        if doc.tokens[index].text in NAME_TITLES:  # "جامعة الملك سعود"
            index = _personal_name_end(doc, index + 1)
            continue
        mention = doc.mention_starting(index)
        word = doc.tokens[index].text
        definite = mention is not None or _definite(word)
        index = doc.token_index(mention.end) if mention else index + 1
    return index


def _extends(doc: Document, index: int, definite: bool) -> bool:
    if doc.tokens[index].text == "لشوون" and _head_class(doc, index) == "Ministry":
        return False  # "وكيل وزارة الداخلية لشؤون الشرطة": a portfolio, not the ministry's name
    return _extends_name(doc, index, definite)


def _head_class(doc: Document, index: int) -> str:
    head = _head_before(doc, index)
    return head.value if head else ""


def _head_text(doc: Document, index: int) -> str:
    head = _head_before(doc, index)
    return normalize_string(doc.text[head.start : head.end]) if head else ""


def _head_before(doc: Document, index: int):
    for back in range(index - 1, max(-1, index - MAX_TOKENS), -1):
        head = HEADS.match_at(doc.tokens, back)
        if head is not None and head.last <= index:
            return head
    return None


def _place_named_with(doc: Document, index: int, letter: str) -> bool:
    """ "بيروت", "فاس": a place whose own name starts with ب or ف, not a preposition."""
    mention = doc.mention_starting(index)
    if mention is None or mention.entity.kind != "place":
        return False
    label = normalize_string(mention.entity.label).split()
    return doc.tokens[index].text == label[0] and label[0].startswith(letter)  # not "بباريس"


def _place_follows(doc: Document, index: int) -> bool:
    mention = doc.mention_starting(index) if index < len(doc.tokens) else None
    return mention is not None and mention.entity.kind == "place"


def _extends_name(doc: Document, index: int, definite: bool) -> bool:
    """Whether token `index` continues the name. An indefinite word is in construct, so any noun
    may follow it ("لمكافحة جرائم تقنية المعلومات"); after a definite word or a name, only
    adjectives, ل-genitives, و-words and numbers ("الشرطة عالجت" ends at الشرطة)."""
    word = doc.tokens[index].text
    previous = doc.tokens[index - 1].text
    gap = doc.gap(index - 1, index).strip()
    if gap and not (gap == "-" and _nisba(previous) and _nisba(word)):
        return False  # but "اللجنة الأمنية الكويتية - البريطانية المشتركة" is one name
    if word == "في" and _strip_reading(_head_text(doc, index)) in CITY_HEADS:
        return _place_follows(doc, index + 1)
    if word in NAME_ENDS:
        return False
    if word[:1] in "بف" and len(word) > 3 and not _place_named_with(doc, index, word[0]):
        return previous.removeprefix("و") in BI_OPENERS
    if word.isdigit() and len(word) == 4:
        return False
    if word == "غير":  # "الهجرة غير الشرعية"
        return True
    if word.startswith("و") and (
        HEADS.match_at(doc.tokens, index)
        or not _coordinated(doc, index)
        or _after_place(doc, index, word)
    ):
        return False  # "ووزارة ..." starts another name; "وأكد" a new clause
    mention = doc.mention_starting(index)
    if mention is not None:
        return mention.entity.kind != "person"
    if _looks_like_verb(word) or _after_place(doc, index, word):
        return False
    if definite and not _after_definite(word):
        return False
    # A rank's adjective ("البحري", "الجوي") is a name's adjective here: "اللجنة البحرية الأمنية".
    titles = () if _adjective_like(word) else (HONORIFICS,)
    stoppers = (*titles, ROLE_WORDS, CUES, TRIGGERS)
    return not any(table.match_at(doc.tokens, index) for table in stoppers)


def _after_definite(word: str) -> bool:
    """What may follow a definite word inside a name: an adjective, not a second definite noun,
    which starts a new phrase ("الادعاء العام الأحد الماضي")."""
    return word.startswith(("ل", "و")) or word.isdigit() or _adjective_like(word)


def _nisba(word: str) -> bool:
    return word.endswith(("ي", "يه")) and len(word) > 4


def _definite(word: str) -> bool:
    """ "الشرطة", "والأمن", "للعلوم", "بالمخدرات": a word with the article under its proclitics."""
    stem = word[1:] if word.startswith("و") and len(word) > 3 else word
    return stem.startswith("ال") or (stem.startswith(("لل", "بال")) and len(stem) > 4)


def _adjective_like(word: str) -> bool:
    """ "الاقتصادية", "المتحدة", "العامة": a definite adjective, which may follow a definite
    word inside a name, unlike a definite noun, which starts a new phrase."""
    if not word.startswith("ال"):
        return False
    nisba = word.endswith(("ي", "يه", "يين", "يون", "يات"))
    return nisba or word in NAME_ADJECTIVES or (word.startswith("الم") and len(word) >= 6)


def _looks_like_verb(word: str) -> bool:
    """ "تعاملت", "يتولون": a finite verb, which no name contains."""
    return len(word) >= 5 and word[0] in "تي" and word.endswith(("ت", "وا", "ون"))


def _after_place(doc: Document, index: int, word: str) -> bool:
    """A place ends a name ("شرطة منطقة الرياض"), but for a genitive or adjective after it."""
    previous = doc.mentions_between(doc.tokens[index - 1].start, doc.tokens[index - 1].end)
    is_place = any(m.entity.kind == "place" for m in previous)
    return is_place and not (word.startswith("ل") or word.endswith(("يه", "ي")))


def _personal_name_end(doc: Document, index: int) -> int:
    """ "سعود", "عبد الرحمن بن فيصل": one name, and more only through links (بن، عبد ...)."""
    start = index
    while index < len(doc.tokens) and index - start < TITLE_NAME_WORDS:
        word, previous = doc.tokens[index].text, doc.tokens[index - 1].text
        if doc.gap(index - 1, index).strip():
            break
        if index > start and previous not in NAME_LINKS and word not in NAME_LINKS:
            break
        index += 1
    return index


def _coordinated(doc: Document, index: int) -> bool:
    """A و-word continues a name when definite ("والأسرة") or in a construct ("وسيادة القانون")."""
    word = doc.tokens[index].text[1:]
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    if word.startswith("ال"):
        return True
    if index + 1 < len(doc.tokens) and HEADS.match_at(doc.tokens, index + 1):
        return False  # "ومتطوعو الهلال الأحمر": a new body
    return following.startswith("ال")


def _add_agency(doc: Document, cls: str, first: int, last: int) -> None:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    inner = [m for m in doc.mentions if start <= m.start and m.end <= end]
    name = normalize_string(doc.text[start:end])
    for mention in inner:
        mention.nested = True
    entity = _known(doc, name) or Entity(
        f"agency:{_strip_reading(name)}", "agency", without_proclitic(doc, first, end), cls
    )
    doc.mentions.append(Mention(entity, start, end))
    unit_by_name(doc, entity, first, inner, start, end)


def _known(doc: Document, name: str) -> Entity | None:
    key = f"agency:{_strip_reading(name)}"
    return next((e for e in doc.entities("agency") if e.key == key), None)


def _strip_reading(name: str) -> str:
    first, _, rest = name.partition(" ")
    readings = clitic_readings(first)
    head = next((r for r in readings[1:] if HEADS.by_first.get(r)), first)
    return f"{head} {rest}".strip()


def without_proclitic(doc: Document, first: int, end: int) -> str:
    """The raw name without the و/ب/ل the text attached to its first word ("بالمديرية" →
    "المديرية", "للأمانة" → "الأمانة"), in the source's spelling."""
    token = doc.tokens[first]
    raw_start, raw_end = doc.raw_span(token.start, end)
    raw = doc.raw[raw_start:raw_end]
    stem = _strip_reading(token.text)
    if stem == token.text:
        return raw
    if token.text.startswith(("لل", "ولل")) and stem.startswith("ال"):
        cut = len(token.text) - len(stem) + 2  # ل + the article's lam stand for "ال"
        return "ال" + _drop_letters(raw, cut)
    return _drop_letters(raw, len(token.text) - len(stem))


def _drop_letters(raw: str, count: int) -> str:
    """Drop the first `count` letters, and the marks (diacritics) that ride on them."""
    index = 0
    while count and index < len(raw):
        index += 1
        count -= 1
        while index < len(raw) and normalize_string(raw[index]) == "":
            index += 1
    return raw[index:]
