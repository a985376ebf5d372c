"""Words joined to a body's name across a particle or a conjunction: the region it works in
("مجلس رؤساء الشرطة في شرق أفريقيا"), services joined to what it serves ("المدرسة الوطنية
لتكوين إطارات الأمن الوطني والشرطة الوطنية"), the object of a preposition its nouns take
("مركز الوقاية من الجريمة") and its purpose ("المركز الخليجي لتبادل المعلومات"); not who funds
it ("... المدعوم من وزارة الخزانة")."""

from typing import Final

from kg.extract.document import Document
from kg.extract.head_nouns import DEFINITE_FORMS, HEADS
from kg.extract.lexicon import agencies as words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import adjective_like, is_definite, readings, state_adjective

REGIONS: Final = PhraseTable(dict.fromkeys(words.REGIONS, True))
SERVICE_WORDS: Final = normalized_set(words.SERVICE_WORDS)
TRAINING_NOUNS: Final = normalized_set(words.TRAINING_NOUNS)
PURPOSES: Final = normalized_set(words.PURPOSES)
BI_OPENERS: Final = normalized_set(words.BI_OPENERS)
MINISTRY_FIELDS: Final = normalized_set(words.MINISTRY_FIELDS)
FOR_THE_SAKE_OF: Final = normalized_set(words.FOR_THE_SAKE_OF)
MINISTRY_HEADS: Final = normalized_set(words.MINISTRY_HEADS)
TERRITORIAL: Final = normalized_set(words.TERRITORIAL_ADMINISTRATION)
MINISTRY_SECTORS: Final = normalized_set(words.MINISTRY_SECTORS)
FUNDED_BY: Final = normalized_set(words.FUNDED_BY)
DIVISION_WORDS: Final = normalized_set(words.DIVISION_WORDS)  # "ولاية كسلا": no conjunction و
PREPOSITION_TERMS: Final = {
    normalize_string(p): normalized_set(nouns) for p, nouns in words.PREPOSITION_TERMS.items()
}
PROJECT_HEADS: Final = normalized_set(words.QUOTED_NAME_HEADS)  # مشروع، برنامج، مبادرة
MAX_ADJECTIVES: Final = 3  # "اللجنة الوطنية العليا المشتركة"


def region_end(doc: Document, index: int) -> int:
    """ "في الشرق الأوسط وشمال أفريقيا", "في شرق أفريقيا": past the region a name ends with, or 0
    when no region follows the في at `index`."""
    if doc.gap(index - 1, index).strip():
        return 0
    if doc.tokens[index].text == "في":
        return _past_regions(doc, index + 1)
    if doc.tokens[index].text.startswith("و") and _region_before(doc, index):
        return _past_regions(doc, index)  # "إدارة الشرق الأوسط وشمال أفريقيا"
    return 0


def _past_regions(doc: Document, first: int) -> int:
    end = first
    while end < len(doc.tokens) and not (end > first and doc.gap(end - 1, end).strip()):
        region = REGIONS.match_at(doc.tokens, end)
        if region is None or (end > first and doc.tokens[end].text.startswith("ب")):
            break
        end = region.last
    return end if end > first else 0


def _region_before(doc: Document, index: int) -> bool:
    """A region's name ends right before token `index`."""
    for start in range(max(0, index - 2), index):
        region = REGIONS.match_at(doc.tokens, start)
        if region is not None and region.last == index:
            return True
    return False


def coordinated_service(doc: Document, index: int, first: int) -> bool:
    """ "المدرسة الوطنية لتكوين إطارات الأمن الوطني والشرطة الوطنية", "المديرية المركزية للهجرة
    وشرطة الحدود": a service joined by و to the objects of a training noun, or in construct
    beside a field, is more of what the body serves. After a service ("المديرية العامة للأمن
    الوطني والدرك الملكي") or with a state's adjective it is another body."""
    word = doc.tokens[index].text
    if not word.startswith("و") or word[1:] not in SERVICE_WORDS:
        return False
    purposes = [doc.tokens[k].text for k in range(first + 1, index)]
    purposes = [w for w in purposes if w.startswith("ل")]
    if not purposes or _state_adjective(doc, index + 1) or _territorial(doc, index + 1):
        return False
    purpose = readings(purposes[-1])
    if TRAINING_NOUNS.intersection(purpose):
        return True
    field = purposes[-1].startswith("لل") and not SERVICE_WORDS.intersection(purpose)
    return field and not is_definite(word)


def for_the_sake_of(doc: Document, index: int) -> bool:
    """ "من أجل التنمية" after a name ("الوكالة الإيطالية للتعاون من أجل التنمية"): token `index`
    is the "من" or the "أجل" of it."""
    first = index - 1 if doc.tokens[index].text == "اجل" else index
    words_after = [t.text for t in doc.tokens[first : first + 3]]
    return (
        len(words_after) == 3
        and words_after[:2] == ["من", "اجل"]
        and words_after[2] in FOR_THE_SAKE_OF
        and not (doc.gap(first, first + 1) + doc.gap(first + 1, first + 2)).strip()
    )


def ministry_field(doc: Document, index: int) -> bool:
    """ "وزارة الداخلية والأمن العام", "وزير الأمن والحماية المدنية": a field joined by و to a
    ministry's portfolio is more of the portfolio, not a service of that name beside it."""
    word = doc.tokens[index].text
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    territorial = word == "والاداره" and following in TERRITORIAL
    field = word.startswith("و") and word[1:] in MINISTRY_FIELDS
    return (field or territorial) and _after_ministry(doc, index)


def ministry_sector(doc: Document, index: int) -> bool:
    """ "مساعد وزير الداخلية لقطاع الأمن العام": the sector a title holds in a ministry, no body."""
    word = doc.tokens[index].text
    return word.startswith("ل") and word[1:] in MINISTRY_SECTORS and _after_ministry(doc, index)


def _after_ministry(doc: Document, index: int) -> bool:
    """A ministry or minister and its portfolio come right before token `index`."""
    for back in range(index - 1, max(-1, index - 1 - words.MAX_PORTFOLIO_REACH), -1):
        if doc.gap(back, back + 1).strip():
            return False
        if MINISTRY_HEADS.intersection(clitic_readings(doc.tokens[back].text)):
            return back < index - 1
    return False


def _territorial(doc: Document, index: int) -> bool:
    """ "وشرطة ولاية الخرطوم": a service of a province is a body of its own."""
    return index < len(doc.tokens) and doc.tokens[index].text in DIVISION_WORDS


def _state_adjective(doc: Document, index: int) -> bool:
    """A state's adjective in the next words ("والشرطة الوطنية الإسبانية")."""
    return any(state_adjective(t.text) for t in doc.tokens[index : index + 3])


def takes_preposition(doc: Document, index: int, word: str, previous: str) -> bool:
    """The noun before takes the preposition, or the noun in construct before it does ("نيابة
    حماية الأسرة من العنف": حماية من)."""
    terms = PREPOSITION_TERMS.get(word)
    if not terms:
        return False
    if terms.intersection(readings(previous)):
        return True
    before = doc.tokens[index - 2].text if index >= 2 else ""
    if adjective_like(previous) and terms.intersection(readings(before)):
        return True  # "المركز الوطني للإنذار المبكر من المخاطر": the noun before its adjective
    return is_definite(previous) and not is_definite(before) and "ال" + before in terms


def funded_by(doc: Document, index: int) -> bool:
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    return following == "من" and doc.tokens[index].text in FUNDED_BY


def is_purpose(word: str) -> bool:
    """ "لتعزيز", and any ل with a verbal noun of the forms تفعيل ("لتسهيل", "لتأمين") or
    استفعال ("للاستفادة"): what a body does, which only an institution's name may hold; not
    "لتركيا"."""
    shaped = len(word) == 6 and word.startswith("لت") and word[4] == "ي" and word[5] != "ا"
    return word in PURPOSES or shaped or word.startswith("للاست")


def institution_so_far(doc: Document, index: int) -> bool:
    """ "الشبكة العربية لتعزيز النزاهة", "اللجنة الفنية المشتركة لمتابعة ...": after an
    institution's head and its adjectives, a purpose is its name's, not a clause on what it
    does."""
    if index >= 2 and doc.tokens[index - 2].text.lstrip("وب") in DEFINITE_FORMS:
        return True
    if not is_purpose(doc.tokens[index].text):
        return False
    if _project_of_body(doc, index) or _head_of_city(doc, index):
        return True
    before = index - 1
    while (
        before > 0 and index - before <= MAX_ADJECTIVES and adjective_like(doc.tokens[before].text)
    ):
        before -= 1
    head = doc.tokens[before].text.lstrip("وب")
    return before < index - 1 and (
        head in DEFINITE_FORMS
        or (is_definite(head) and HEADS.match_at(doc.tokens, before) is not None)
        or _head_in_construct(doc, before, index)
    )


def _head_of_city(doc: Document, index: int) -> bool:
    """ "سلطة دبي لتنظيم الأصول الافتراضية", "هيئة أبوظبي للدفاع المدني": a head in construct
    with a city, then its purpose."""
    places = [
        m for m in doc.mentions.covering(doc.tokens[index - 1].start) if m.entity.kind == "place"
    ]
    if not places:
        return False
    first = doc.token_index(places[0].start)
    head = HEADS.match_at(doc.tokens, first - 1) if first > 0 else None
    return head is not None and head.last == first


def _project_of_body(doc: Document, index: int) -> bool:
    """ "مشروع الإنتربول لتعزيز أمن الحدود", "برنامج الإيغاد لقطاع الأمن": a project or a
    programme named by the body that runs it, then its purpose."""
    last = doc.tokens[index - 1]
    body = next(
        (
            m
            for m in doc.mentions.covering(last.start)
            if m.entity.kind == "agency" and m.end == last.end
        ),
        None,
    )
    if body is None:
        return False
    head = doc.token_index(body.start) - 1
    return head >= 0 and not PROJECT_HEADS.isdisjoint(clitic_readings(doc.tokens[head].text))


def _head_in_construct(doc: Document, complement: int, index: int) -> bool:
    """ "مكتب الاتصال الإقليمي لتبادل المعلومات": a bare head and its definite complement,
    described by adjectives none of which is a state's ("وزارة الداخلية الأردنية لتعزيز ...")."""
    if complement < 1 or not is_definite(doc.tokens[complement].text):
        return False
    head = HEADS.match_at(doc.tokens, complement - 1)
    if head is None or head.last != complement:
        return False
    return not any(state_adjective(t.text) for t in doc.tokens[complement + 1 : index])


def bare_definite_head(doc: Document, first: int) -> bool:
    """A one-word head with the article and no adjective after it, and no body named next."""
    head = HEADS.match_at(doc.tokens, first)
    alone = head is not None and head.last == first + 1 and is_definite(doc.tokens[first].text)
    return alone and doc.mention_starting(first + 1) is None


def bi_opener_before(doc: Document, index: int) -> bool:
    """ "الاتجار بالبشر", and past a negated adjective, "الاتجار غير المشروع بالمخدرات"."""
    previous = doc.tokens[index - 1].text.removeprefix("و")
    if previous in BI_OPENERS:
        return True
    return (
        index >= 3
        and doc.tokens[index - 2].text == "غير"
        and (doc.tokens[index - 3].text.removeprefix("و") in BI_OPENERS)
    )


def madda_first(doc: Document, index: int) -> bool:
    """ "وآليات": a word whose first letter is آ, which the normalized text writes as the
    article's alif ("واليات"), is indefinite."""
    token = doc.tokens[index]
    return doc.raw_text(token.start, token.end).lstrip("و")[:1] == "آ"
