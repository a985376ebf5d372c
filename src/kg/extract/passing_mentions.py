"""Bodies a text names without their taking part: inside a law's title, in the press office
line that signs a release, as the news agency its dateline credits, as the field of a
ministry's portfolio, or through its unnamed offices."""

from typing import Final

from kg.extract.document import Document, Mention
from kg.extract.lexicon import agencies as words
from kg.extract.name_joins import ministry_field
from kg.extract.name_words import NAME_ENDS
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import is_definite

LAW_WORDS: Final = normalized_set(words.LAW_WORDS)
PARTS_OF_A_BODY: Final = normalized_set(words.PARTS_OF_A_BODY)
MAX_LAW_TITLE_WORDS: Final = 4  # "قانون خدمة عناصر" before the body's name
PRESS_OFFICE_WORDS: Final = normalized_set(words.PRESS_OFFICE_WORDS)
MAX_DATELINE_WORDS: Final = 6  # "نواكشوط، 22 نوفمبر 2021 (" before the agency's name
DATELINE_REACH: Final = 80  # characters: as far as six words go
MAX_TAG_WORDS: Final = 2  # a press office after a slash ("وزارة الداخلية / الإدارة ...") signs


def named_in_passing(doc: Document, mention: Mention) -> bool:
    """A body the text names without its taking part in the news."""
    return (
        _in_law_title(doc, mention)
        or _signs_release(doc, mention)
        or _credited_by_dateline(doc, mention)
        or ministry_field(doc, doc.token_index(mention.start))
        or _after_its_parts(doc, mention)
    )


def _after_its_parts(doc: Document, mention: Mention) -> bool:
    """ "الشراكة مع منظمات الأمم المتحدة": the body's unnamed offices, not the body."""
    index = doc.token_index(mention.start)
    if index == 0 or doc.gap(index - 1, index).strip():
        return False
    return doc.tokens[index - 1].text in PARTS_OF_A_BODY


def _in_law_title(doc: Document, mention: Mention) -> bool:
    """ "قانون خدمة عناصر قوى الأمن الداخلي": a law word, then nouns in construct (no article,
    no punctuation), then the body."""
    index = doc.token_index(mention.start)
    for back in range(index - 1, max(-1, index - 1 - MAX_LAW_TITLE_WORDS), -1):
        word = doc.tokens[back].text
        if doc.gap(back, back + 1).strip():
            return False
        if is_definite(word) or word in NAME_ENDS:
            return False  # "كلية القانون بجامعة قطر": a field of study, not a law's title
        if any(reading in LAW_WORDS for reading in clitic_readings(word)):
            return True
    return False


def _signs_release(doc: Document, mention: Mention) -> bool:
    """ "وزارة الداخلية / مديرية العلاقات والإعلام": a press office that ends the release's
    short first line signs it and takes no part in the news; one a sentence of that line names
    ("صدر عن ... شعبة العلاقات العامة البلاغ التالي") is a body the release speaks of."""
    name = f" {normalize_string(doc.text[mention.start : mention.end])} "
    if not any(f" {word} " in name for word in PRESS_OFFICE_WORDS):
        return False
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    line_end = doc.text.find("\n", mention.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    short = len(doc.text[line_start:line_end].split()) <= words.MAX_BYLINE_WORDS
    ends_line = not doc.text[mention.end : line_end].strip(" \t.:،")
    return short and ends_line and not doc.text[:line_start].strip()


def _credited_by_dateline(doc: Document, mention: Mention) -> bool:
    """ "نواكشوط، 22 نوفمبر 2021 (الوكالة الموريتانية للأنباء) -", "بغداد / واع": the news agency
    in brackets, or by its short name after a slash, at the head of the body reports the news,
    taking no part."""
    if mention.start - doc.head_end > DATELINE_REACH:
        return False
    before = doc.text[doc.head_end : mention.start].rstrip()
    after = doc.text[mention.end : mention.end + 3].lstrip(" ")
    bracketed = before.endswith("(") and after[:1] == ")"
    short = len(doc.text[mention.start : mention.end].split()) <= MAX_TAG_WORDS  # "واع", "وال"
    slashed = before.endswith("/") and after[:1] in ("/", "-", "\n") and short
    return (bracketed or slashed) and len(before.split()) <= MAX_DATELINE_WORDS
