"""Where a title ends before its holder's name: past a minister's portfolio, the field or affairs
a title is for, the body its last word begins or names by its head alone."""

from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalized_set
from kg.extract.post_organizations import body_in_title, portfolio_end, short_form_at
from kg.extract.word_shapes import is_definite

TITLE_FIELDS: Final = normalized_set(people_words.TITLE_FIELDS)
MINISTRY_ROLES: Final = people_words.MINISTRY_ROLES
FIELD_ROLES: Final = people_words.FIELD_FIRST_ROLES  # titles a field follows
MAX_FIELD_WORDS: Final = 3
EXPERT_ROLES: Final = ("expert",)  # titles a field of expertise may follow, after في
MAX_EXPERTISE_WORDS: Final = 5
AFFAIRS: Final = normalized_set(
    form for head in agency_words.PORTFOLIO_HEADS for form in (head, "ال" + head)
)  # "ملحق الشؤون الأمنية"


def title_end(doc: Document, role) -> int:
    """Past a minister's portfolio ("وزير الداخلية"), a title's field ("مدير برامج"), a body the
    title's last word begins ("رئيس قسم التعاون الدولي") or a body named by its head alone
    ("أمين عام الوزارة")."""
    if role.value in MINISTRY_ROLES:
        return portfolio_end(doc, role.last)
    if role.last < len(doc.tokens) and doc.tokens[role.last].text in TITLE_FIELDS:
        return role.last + 1  # "مديرة برامج مكتب ...": the title's field, then its body
    if role.last < len(doc.tokens) and doc.tokens[role.last].text in AFFAIRS:
        return _affairs_end(doc, role.last + 1)
    if role.value in EXPERT_ROLES and (end := _expertise_end(doc, role.last)) > role.last:
        return end
    body = body_in_title(doc, role)
    if body:
        return doc.token_index(body.end)
    if short_form_at(doc, role.last):
        return role.last + 1
    named = role.last < len(doc.tokens) and doc.mention_starting(role.last) is not None
    if role.value in FIELD_ROLES and not named:
        return _field_end(doc, role.last)
    return role.last if named else _in_body(doc, _field_before_body(doc, role.last))


def _in_body(doc: Document, index: int) -> int:
    """ "الملحق الأمني في السفارة جيمس هوليس": past "في" and the body the title is held in."""
    if index + 1 >= len(doc.tokens) or doc.tokens[index].text != "في":
        return index
    body = doc.mention_starting(index + 1)
    if body is not None and body.entity.kind == "agency":
        return doc.token_index(body.end)
    return index + 2 if short_form_at(doc, index + 1) else index


def _affairs_end(doc: Document, index: int) -> int:
    """ "ملحق الشؤون الأمنية ببعثة ...": past the affairs a title is for and their adjectives."""
    while index < len(doc.tokens) and is_definite(doc.tokens[index].text.removeprefix("و")):
        if doc.mention_starting(index) is not None or doc.gap(index - 1, index).strip():
            break
        index += 1
    return index


def _field_before_body(doc: Document, index: int) -> int:
    """ "مديرة الشراكات والتنمية في المنظمة فاليري دوبوا": past the field a title names before
    "في" and its body; else `index` as it was."""
    end = _affairs_end(doc, index)
    if end == index or end - index > MAX_FIELD_WORDS or end + 1 >= len(doc.tokens):
        return index
    if doc.tokens[end].text != "في":
        return index
    body = doc.mention_starting(end + 1)
    if body is not None and body.entity.kind == "agency":
        return doc.token_index(body.end)
    return end + 2 if short_form_at(doc, end + 1) else index  # "في المنظمة"


def _expertise_end(doc: Document, index: int) -> int:
    """ "الخبير الدولي في التحليل الجنائي الرقمي بيتر مولر": past an expert's adjectives and the
    field "في" names with the article, where no body is named; else `index` as it was."""
    last = index
    while last < len(doc.tokens) and is_definite(doc.tokens[last].text):
        if doc.mention_starting(last) is not None:
            return index
        last += 1  # "الدولي"
    if last + 1 >= len(doc.tokens) or doc.tokens[last].text != "في":
        return index
    end = last + 1
    while end < len(doc.tokens) and end - last <= MAX_EXPERTISE_WORDS:
        word = doc.tokens[end].text
        if not word.startswith("ال") or doc.gap(end - 1, end).strip():
            break
        if doc.mention_starting(end) is not None:
            return index  # "خبير ... في المنظمة الدولية للهجرة": a body, told afterwards
        end += 1
    return end if end > last + 1 else index


def _field_end(doc: Document, index: int) -> int:
    """Past the field of a general director's title that names no body ("المدير العام للأمن
    الوطني مراد الحاج سالم"): a ل-word with the article, then its adjectives and fields joined
    by و."""
    last = index
    while last < len(doc.tokens) and last - index < MAX_FIELD_WORDS:
        word = doc.tokens[last].text
        opening = ("لل",) if last == index else ("ال", "ول", "وال")  # "... ولمراقبة التراب"
        if doc.gap(last - 1, last).strip() or not word.startswith(opening):
            break
        last += 1
    return last
