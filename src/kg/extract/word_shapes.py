"""What a word's letters say it is: a relative adjective, a word with the article, a definite
adjective, a finite verb; and its readings under proclitics."""

from typing import Final

from kg.extract.lexicon import agencies as words
from kg.extract.lexicon.places import NISBA
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.tokens import clitic_readings

NAME_ADJECTIVES: Final = normalized_set(words.NAME_ADJECTIVES)
NISBA_CODES: Final = {normalize_string(w): code for w, code in NISBA.items()}


def is_nisba(word: str) -> bool:
    """ "الأمني", "البحرينية", "سعودي": a relative adjective; longer than four letters, so
    that "الذي" is not one."""
    return word.endswith(("ي", "يه")) and len(word) > 4


def state_code(word: str) -> str:
    """ "الجزائري", "الإسبانية": the code of the state the adjective names (either gender);
    "" when the word is not a state's adjective."""
    return NISBA_CODES.get(word) or NISBA_CODES.get(word.removesuffix("ه"), "")


def state_adjective(word: str) -> bool:
    return bool(state_code(word))


def is_definite(word: str) -> bool:
    """ "الشرطة", "والأمن", "للعلوم", "بالمخدرات": a word with the article under its proclitics."""
    stem = word[1:] if word.startswith("و") and len(word) > 3 else word
    return stem.startswith("ال") or (stem.startswith(("لل", "بال")) and len(stem) > 4)


def adjective_like(word: str) -> bool:
    """ "الاقتصادية", "المتحدة", "العامة": a definite adjective, which may follow a definite
    word inside a name, unlike a definite noun, which starts a new phrase."""
    if not word.startswith("ال"):
        return False
    nisba = word.endswith(("ي", "يه", "يين", "يون", "يات"))
    return nisba or word in NAME_ADJECTIVES or (word.startswith("الم") and len(word) >= 6)


def looks_like_verb(word: str) -> bool:
    """ "تعاملت", "يتولون", "ستواصل": a finite verb, which no name contains."""
    if len(word) < 5:
        return False
    return (word[0] in "تي" and word.endswith(("ت", "وا", "ون"))) or _future(word)


def _future(word: str) -> bool:
    """ "ستواصل", "سيعقد": س and an imperfect's prefix; nouns such as "سيادة", "سياسات" and
    "السيبراني" end as no imperfect does."""
    return word[0] == "س" and word[1] in "تين" and not word.endswith(("ه", "ات", "ي", "ا"))


def readings(word: str) -> tuple[str, ...]:
    """The word's readings under proclitics, with both readings of ل and the article: "للجنة"
    is "اللجنة" (the article's alif dropped), "للحد" is "الحد"."""
    readings = clitic_readings(word)
    stem = word[1:] if word.startswith("ولل") else word
    if stem.startswith("لل") and len(stem) > 3:
        return tuple(dict.fromkeys((word, "ال" + stem[1:], "ال" + stem[2:], *readings[1:])))
    return readings
