"""The head nouns that start the name of a body the registry does not know ("وزارة", "مديرية",
"المركز الخليجي ..."), with the ontology class each gives the body."""

from typing import Final

from kg.extract.document import Document, Mention
from kg.extract.lexicon import agencies as words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable


def _with_definite_forms(heads: dict) -> dict:
    """ "مركز" → also "المركز": a head of DEFINITE_FORM_HEADS with the article names a body when
    a naming adjective follows ("المركز الخليجي ...", "الجهاز القومي ..."); alone it refers
    back to one (kg.extract.common_nouns). A definite form the lexicon lists keeps its class."""
    definite = {"ال" + h: heads[h] for h in words.DEFINITE_FORM_HEADS}
    return definite | heads


HEADS: Final = PhraseTable(_with_definite_forms(words.HEADS))
# the definite forms made above, which need an adjective after them to name a body
DEFINITE_FORMS: Final = normalized_set(
    "ال" + h for h in words.DEFINITE_FORM_HEADS
) - normalized_set(words.HEADS)


def preposition_attached(doc: Document, mention: Mention, letters: str = "ب") -> bool:
    """ "بالأكاديمية", "بوزارة الداخلية": a preposition written onto the mention's first word;
    not the name's own first letter ("برنامج الأمم المتحدة", "بعثة المنظمة الدولية للهجرة")."""
    word = doc.tokens[doc.token_index(mention.start)].text
    if word[0] not in letters or word in HEADS.firsts:
        return False
    return not normalize_string(mention.entity.label).startswith(word)
