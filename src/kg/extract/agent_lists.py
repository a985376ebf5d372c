"""How a list of agents goes on past one of them: past the post title of a person, the acronym,
state or parent body after a body's name, the unit acting for it ("ممثلة في"), the body it acts
through ("عبر"), to the next agent after a comma or و; and where it stops (a time set off by
commas)."""

from typing import Final

from kg.extract.document import Document, Mention
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.structure import UNIT_LINKS

TIME_WORDS: Final = normalized_set(words.TIME_WORDS)
NOT_VENUE: Final = normalized_set(words.NOT_VENUE)
ACTING_UNIT_WORDS: Final = normalized_set(words.ACTING_UNIT_WORDS)
THROUGH: Final = normalized_set(("عبر",))
MAX_ACRONYM_WORDS: Final = 5  # "(ايوكاب الصومال)", "(UNODC)"
AFFILIATION_LINKS: Final = normalized_set(("من", "في", "لدى"))
MAX_AFFILIATIONS: Final = 3  # "رئيس قسم ... بإدارة ... بالمديرية العامة ..."


def is_time(doc: Document, index: int) -> bool:
    token = doc.tokens[index]
    return token.text in TIME_WORDS or doc.in_date(token.start)


def past_post(doc: Document, mention: Mention, index: int) -> int:
    """After "X مدير إدارة ..." coordination continues after the post title, and after the
    bodies that place the person ("رئيس وحدة ... بمكتب النائب العام"، "من قطاع ... بوزارة
    الداخلية")."""
    if mention.entity.kind != "person":
        return index
    post = next((p for p in doc.posts if p.start == mention.start), None)
    after = index if post is None else doc.token_index(post.end)
    if after >= len(doc.tokens):
        return index
    return _past_affiliation(doc, after)


def _past_affiliation(doc: Document, index: int) -> int:
    """Past the bodies right after a person or a post: "بمكتب ..."، "من قطاع ... بوزارة ..."."""
    for _ in range(MAX_AFFILIATIONS):
        if index >= len(doc.tokens) or doc.gap(index - 1, index).strip():
            break
        at = index + 1 if doc.tokens[index].text in AFFILIATION_LINKS else index
        body = doc.mention_starting(at) if at < len(doc.tokens) else None
        attached = at > index or doc.tokens[index].text[:1] in "بل"
        if body is None or body.entity.kind != "agency" or not attached:
            break
        index = doc.token_index(body.end)
    return index


def past_complement(doc: Document, mention: Mention, index: int) -> int:
    """Past what a body's name may carry before the next of a list: its acronym in brackets
    ("مكتب الأمم المتحدة ... (UNODC) والمنظمة البحرية الدولية") or its state ("الإدارة العامة
    للشرطة العدلية بالجمهورية التونسية والمكتب العربي ...")."""
    if index >= len(doc.tokens) or mention.entity.kind != "agency":
        return index
    if doc.gap(index - 1, index).strip() == "(":
        close = next((k for k in range(index + 1, min(len(doc.tokens), index + MAX_ACRONYM_WORDS))
                      if ")" in doc.gap(k - 1, k)), None)  # fmt: skip
        return close if close is not None else index
    if (parent := _parent_after(doc, mention, index)) is not None:
        return doc.token_index(parent.end)  # "إدارة حماية الأسرة في مديرية الأمن العام والمجلس"
    place = doc.mention_starting(index)
    if place is None or place.entity.cls != "Country" or doc.tokens[index].text[0] != "ب":
        return index
    return index if doc.gap(index - 1, index).strip() else doc.token_index(place.end)


def _parent_after(doc: Document, unit: Mention, index: int) -> Mention | None:
    """The body a unit is part of, named right after it ("في مديرية الأمن العام", "بالمديرية")."""
    if doc.gap(index - 1, index).strip():
        return None
    at = index + 1 if doc.tokens[index].text in UNIT_LINKS else index
    parent = doc.mention_starting(at) if at < len(doc.tokens) else None
    if parent is None or parent.entity.kind != "agency":
        return None
    part_of = any(
        f.predicate == "unitOf" and f.subject is unit.entity and f.object is parent.entity
        for f in doc.facts
    )
    return parent if part_of else None


def acting_for(doc: Document, body: Mention, unit: Mention) -> bool:
    """ "اختتمت جامعة نايف، ممثلة في كلية العدالة الجنائية، ...": the unit named right after
    the body, as the one acting for it."""
    after = doc.token_index(body.end)
    return (
        after < len(doc.tokens)
        and past_acting_unit_word(doc, after) == doc.token_index(unit.start) != after
    )


def past_acting_unit_word(doc: Document, index: int) -> int:
    """Past "ممثلة في" or the "ممثلة" of "ممثلة بالإدارة ...", to the unit acting for a body."""
    if _through_body(doc, index):
        return index + 1
    if doc.tokens[index].text not in ACTING_UNIT_WORDS or index + 1 >= len(doc.tokens):
        return index
    following = doc.tokens[index + 1].text
    if following == "في":
        return index + 2
    return index + 1 if following.startswith("ب") else index


def coordinated(doc: Document, index: int) -> bool:
    between = doc.text[doc.tokens[index - 1].end : doc.tokens[index].start].strip()
    between = between.removeprefix(")").strip()  # "... (UNODC) والمنظمة البحرية الدولية"
    word = doc.tokens[index].text
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    # "وزارة الداخلية ممثلة بالمديرية العامة ...", not "... ممثلا المدير العام" (on behalf)
    represented = word in NOT_VENUE and (following.startswith("ب") or following == "في")
    represented = represented or _through_body(doc, index)
    if between == "," and is_time(doc, index):
        return False  # "استقبل الوكيل X، اليوم، رئيس البعثة Y": the time ends the subject
    return between in {",", ""} and (between == "," or word.startswith("و") or represented)


def _through_body(doc: Document, index: int) -> bool:
    """ "بتمويل من الاتحاد الأوروبي عبر الصندوق الائتماني ...": the body the first acts
    through plays its part too."""
    if doc.tokens[index].text not in THROUGH or index + 1 >= len(doc.tokens):
        return False
    body = doc.mention_starting(index + 1)
    return body is not None and body.entity.kind == "agency"
