"""A speaker's name set off by commas right before what they say, after a title however long:
"من جانبها، قالت الممثلة الإقليمية لمكتب الأمم المتحدة ... لمنطقة الشرق الأوسط وشمال أفريقيا،
كريستينا ألبرتين، إن ...". The verb of saying, the title right after it, the commas round the
name and the "إن"/"أن" after it tell the name where no rule can tell where the title ends."""

from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalized_set
from kg.extract.person_mentions import add_person
from kg.extract.person_names import name_end
from kg.extract.structure import ROLE_WORDS

SAYING: Final = normalized_set(people_words.VERBS_BEFORE_A_SUBJECT_TITLE)
WHAT_IS_SAID: Final = normalized_set(("إن", "أن", "بأن"))
TO: Final = normalized_set(("إلى",))
SAID_OR_TO: Final = WHAT_IS_SAID | TO
MAX_TITLE_TOKENS: Final = 24  # from the verb to the comma before the name
MIN_NAME, MAX_NAME = 2, 5


def find_names_set_off(doc: Document) -> None:
    for index, token in enumerate(doc.tokens):
        if token.text not in SAID_OR_TO or index <= 2 or not _what_is_said(doc, index):
            continue
        if doc.gap(index - 1, index).strip() == ",":
            first = _after_comma_before(doc, index - 1)
            if first is not None and _said_by_a_title(doc, first - 1):
                _add_name(doc, first, index)


def _what_is_said(doc: Document, index: int) -> bool:
    """ "إن", "أن", or "إلى أن" after a verb of pointing out ("أشار ...، يوهانس كلاين، إلى أن")."""
    if doc.tokens[index].text in WHAT_IS_SAID:
        return True
    following = index + 1
    return (
        doc.tokens[index].text in TO
        and following < len(doc.tokens)
        and doc.tokens[following].text in WHAT_IS_SAID
    )


def _after_comma_before(doc: Document, last: int) -> int | None:
    """The token after the comma that opens the name ending at token `last`."""
    for first in range(last, max(0, last - MAX_NAME), -1):
        gap = doc.gap(first - 1, first).strip()
        if gap == ",":
            return first if last + 1 - first >= MIN_NAME else None
        if gap:
            return None
    return None


def _said_by_a_title(doc: Document, last: int) -> bool:
    """A verb of saying, then a title, then words with no comma up to token `last`."""
    for verb in range(last - 1, max(-1, last - MAX_TITLE_TOKENS), -1):
        if doc.tokens[verb].text in SAYING:
            return ROLE_WORDS.match_at(doc.tokens, verb + 1) is not None
        if doc.gap(verb, verb + 1).strip() not in ("", ")", "("):
            return False
    return False


def _add_name(doc: Document, first: int, end: int) -> None:
    if doc.mentions.overlapping(doc.tokens[first].start, doc.tokens[end - 1].end):
        return
    if name_end(doc, first) == end:  # the words read as one name, up to the comma
        add_person(doc, [], first, end)
