"""Honorifics and ranks that stand before a person's name ("السيد", "اللواء", "الدكتورة").

One table serves every stage that must tell a title from a name: the people stages anchor on
it, and the agency, post and agent stages stop at it.
"""

from typing import Final

from kg.extract.lexicon import people as people_words
from kg.extract.phrases import PhraseTable


def _with_feminine(titles) -> list[str]:
    """ "المحامي" → also "المحامية", "العميد الإقليمي" → "العميدة الإقليمية": a title of
    definite words has its feminine form."""
    feminine = [
        " ".join(w if w[-1] in "ةه" else w + "ة" for w in t.split())
        for t in titles
        if all(w.startswith("ال") for w in t.split()) and t not in people_words.NO_FEMININE
    ]
    return [*titles, *feminine]


HONORIFICS: Final = PhraseTable(dict.fromkeys(_with_feminine(people_words.HONORIFICS), True))
