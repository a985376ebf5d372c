"""The reporter a byline names ("كتب - أحمد عبدالعظيم", "كتبت: منى عبد الحميد"): a person the
text names, on a line of its own under the headline."""

import re
from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon import people as words
from kg.extract.normalize import normalized_set
from kg.extract.person_mentions import add_person

VERBS: Final = "|".join(sorted(normalized_set(words.BYLINE_VERBS), key=len, reverse=True))
BYLINE: Final = re.compile(rf"^[ \t]*(?:{VERBS})[ \t]*[-–—:][ \t]*([^\n\d:()،,.]+?)[ \t]*$", re.M)
NOT_NAMES: Final = normalized_set(words.BYLINE_NOT_NAMES)
MIN_WORDS, MAX_WORDS = 2, 5


def find_bylines(doc: Document) -> Document:
    for match in BYLINE.finditer(doc.text):
        first, last = doc.token_index(match.start(1)), doc.token_index(match.end(1))
        names = doc.tokens[first:last]
        if MIN_WORDS <= len(names) <= MAX_WORDS and not any(t.text in NOT_NAMES for t in names):
            add_person(doc, [], first, last)
    return doc
