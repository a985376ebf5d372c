"""Whether a word after a body's name so far is more of it: a و-word that shares the name
("والأسرة", "لحظر ومكافحة غسل الأموال"), an adjective that agrees with it, a noun in construct;
or a word that ends it (a place, an indefinite adjective of a common noun, a plural adjective).
"""

from typing import Final

from kg.extract.document import Document
from kg.extract.head_nouns import HEADS
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon import people as people_words
from kg.extract.name_joins import madda_first
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.word_shapes import (
    NAME_ADJECTIVES,
    adjective_like,
    is_definite,
    is_nisba,
    looks_like_verb,
)

NAME_ENDS: Final = normalized_set(words.NAME_ENDS)
PAST_VERBS: Final = normalized_set(people_words.PAST_VERBS)
COLLECTIVE_NOUNS: Final = normalized_set(words.COLLECTIVE_NOUNS)
COLLECTIVE_HEADS: Final = normalized_set(words.COLLECTIVE_HEADS)
PERSONNEL: Final = normalized_set(words.PERSONNEL_NOUNS)
# "متخصصة", "مشتركة", "جديدة": the name adjectives without the article
INDEFINITE_ADJECTIVES: Final = frozenset(
    a.removeprefix("ال") for a in NAME_ADJECTIVES if len(a) > 4
)
DEFINITE_HEADS: Final = normalized_set(words.COORDINATED_BODY_HEADS)
B_F_NOUNS: Final = normalized_set(words.B_F_NOUNS)
JOINT: Final = normalized_set(("المشتركة", "المشترك"))  # "اللجنة العمانية السعودية المشتركة"


def place_follows(doc: Document, index: int) -> bool:
    mention = doc.mention_starting(index) if index < len(doc.tokens) else None
    return mention is not None and mention.entity.kind == "place"


def after_definite(word: str) -> bool:
    """What may follow a definite word inside a name: an adjective, not a second definite noun,
    which starts a new phrase ("الادعاء العام الأحد الماضي")."""
    return word.startswith(("ل", "و")) or word.isdigit() or adjective_like(word)


def plural_after_singular(word: str, previous: str) -> bool:
    """ "والحرس الوطني الموريتانيين", "أعضاء النيابة العامة المختصين": a plural adjective after a
    singular one agrees with no name; it qualifies the list or the people named before."""
    plural = word.startswith("ال") and word.endswith(("ين", "ون")) and len(word) > 6
    singular = adjective_like(previous) and not previous.endswith(("ين", "ون", "ات"))
    return plural and singular and is_definite(previous)


def after_place(doc: Document, index: int, word: str) -> bool:
    """A place ends a name ("شرطة منطقة الرياض"), but for a genitive or adjective after it."""
    previous = doc.mentions_between(doc.tokens[index - 1].start, doc.tokens[index - 1].end)
    is_place = any(m.entity.kind == "place" for m in previous)
    return is_place and not (word.startswith("ل") or word.endswith(("يه", "ي")) or word in JOINT)


def coordinated(doc: Document, index: int) -> bool:
    """A و-word continues a name when definite ("والأسرة") or in a construct ("وسيادة القانون")."""
    word = doc.tokens[index].text[1:]
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    if len(word) < 3 or word in PAST_VERBS:
        return False  # "وجه المحاكم", "واستمع الوفد": a verb (وجّه), no noun after و
    if word in COLLECTIVE_NOUNS or word in COLLECTIVE_HEADS or word in PERSONNEL:
        return False  # "... والأجهزة الأمنية المصرية", "وضباط الشرطة": others, no more name
    if word in DEFINITE_HEADS:
        return False  # "وزارة الداخلية والمكتب الأممي": a second body
    if (word.startswith("ال") and not madda_first(doc, index)) or _shares_genitive(doc, index):
        return True
    if index + 1 < len(doc.tokens) and HEADS.match_at(doc.tokens, index + 1):
        return False  # "ومتطوعو الهلال الأحمر": a new body
    if following.startswith("ال") or construct_chain(doc, index + 1):
        return True
    return _shared_after(doc, index)  # "وحفظ وبناء السلام"


def _shared_after(doc: Document, index: int) -> bool:
    """ "لتسوية النزاعات وحفظ وبناء السلام": a verbal noun after و that shares its genitive with
    the و-noun after it."""
    if index + 2 >= len(doc.tokens):
        return False
    if (doc.gap(index, index + 1) + doc.gap(index + 1, index + 2)).strip():
        return False
    first, second = doc.tokens[index].text[1:], doc.tokens[index + 1].text
    if not second.startswith("و") or not is_definite(doc.tokens[index + 2].text):
        return False
    return all(_bare_noun(word) for word in (first, second[1:]))


def _bare_noun(word: str) -> bool:
    """No verb, no accusative ("وشعبا"), no preposition ("ولأسر")."""
    return not (looks_like_verb(word) or word.endswith("ا") or word.startswith("ل"))


def _shares_genitive(doc: Document, index: int) -> bool:
    """ "اللجنة الوطنية لحظر ومكافحة غسل الأموال", "وحدة جمع وتحليل المعلومات": two nouns in
    construct, the second after و, share the genitive that follows it."""
    previous = doc.tokens[index - 1].text
    if is_definite(previous) or is_nisba(previous) or previous in INDEFINITE_ADJECTIVES:
        return False
    if (
        index + 1 >= len(doc.tokens)
        or (doc.gap(index - 1, index) + doc.gap(index, index + 1)).strip()
    ):
        return False
    return HEADS.match_at(doc.tokens, index - 1) is None and not after_place(doc, index, "")


def indefinite_adjective(doc: Document, index: int) -> bool:
    """ "عربية", "إلكترونية": an indefinite nisba adjective. Not a place ("أبوظبي"), a word
    spelt with alif maqsura ("شكاوى"), or a verbal noun in construct ("حماية الأسرة")."""
    if index >= len(doc.tokens) or doc.mention_starting(index) is not None:
        return False
    token = doc.tokens[index]
    word, raw = token.text, doc.raw_text(token.start, token.end)
    article = word.startswith("ال") and raw[:1] not in "أإآ"  # "إلكترونية" has none
    nisba = word.endswith(("يه", "ي")) and not article and len(word) > 3
    if not (nisba or word in INDEFINITE_ADJECTIVES) or _maqsura_noun(doc, raw):
        return False
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    if place_follows(doc, index + 1) and not doc.gap(index, index + 1).strip():
        return False  # "ولاية كسلا": a noun in construct with a place
    if construct_chain(doc, index + 1):
        return False  # "مركز حماية حقوق الإنسان"
    return not (following.startswith("ال") and not doc.gap(index, index + 1).strip())


def _maqsura_noun(doc: Document, raw: str) -> bool:
    """ "شكاوى": a word spelt with alif maqsura is no nisba adjective, but where the text writes
    every final ي so ("إقليمى", "فى"), as the Egyptian press does."""
    return raw.endswith("ى") and (raw.endswith("اوى") or " فى " not in doc.raw)


def construct_chain(doc: Document, index: int) -> bool:
    """An indefinite noun, then a definite one, right after the word before: "حقوق الإنسان"
    after "حماية" makes it a verbal noun in construct, which an adjective cannot be."""
    if index + 1 >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return False
    if doc.gap(index, index + 1).strip():
        return False
    word, genitive = doc.tokens[index].text, doc.tokens[index + 1].text
    if word.startswith(("ال", "و", "ل", "ب")) or word.endswith(("ي", "يه")):
        return False  # "عربية لنقاط الاتصال": a ل-phrase after an adjective
    if looks_like_verb(word) or word in INDEFINITE_ADJECTIVES or word in NAME_ENDS:
        return False  # "لجنة مشتركة من الخبراء": a preposition, no noun in construct
    return genitive.startswith("ال") and is_definite(genitive)


def place_named_with(doc: Document, index: int, letter: str) -> bool:
    """ "بيروت", "فاس": a place whose own name starts with ب or ف, not a preposition."""
    mention = doc.mention_starting(index)
    if mention is None or mention.entity.kind != "place":
        return False
    label = normalize_string(mention.entity.label).split()
    return doc.tokens[index].text == label[0] and label[0].startswith(letter)  # not "بباريس"


def preposition_attached(doc: Document, index: int) -> bool:
    """ "بالأمانة", "بوزارة", "فيما": ب or ف attached, not a word of its own ("بحوث", "فرع")."""
    word = doc.tokens[index].text
    if word[:1] not in "بف" or len(word) <= 3 or word in B_F_NOUNS:
        return False
    return not place_named_with(doc, index, word[0])


def inside_place(doc: Document, index: int) -> bool:
    """The token continues a place's name that started before it."""
    start = doc.tokens[index].start
    return any(m.start < start and m.entity.kind == "place" for m in doc.mentions.covering(start))
