"""ASCII slugs for minted URIs: deterministic, readable, stable across rebuilds."""

import hashlib
import re
from functools import lru_cache
from typing import Final

from kg.extract.normalize import normalize_string

LATIN: Final = {
    "ء": "", "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "و": "w", "ي": "y", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}  # fmt: skip
MAX_LENGTH: Final = 60
LATIN_TABLE: Final = str.maketrans(LATIN)
NOT_SLUG: Final = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    """A rough, rule-made Latin spelling (flagged as machine-made where it becomes a label)."""
    return normalize_string(text).translate(LATIN_TABLE)


@lru_cache(maxsize=16384)
def slugify(text: str) -> str:
    ascii_text = transliterate(text).lower()
    slug = NOT_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_LENGTH or not slug:
        digest = hashlib.sha1(normalize_string(text).encode()).hexdigest()[:8]
        slug = f"{slug[:MAX_LENGTH].rstrip('-')}-{digest}".strip("-")
    return slug


@lru_cache(maxsize=16384)
def english_name(text: str) -> str:
    """Title-cased transliteration of a name: a readable English label when none is curated."""
    words = transliterate(text).split()
    return " ".join(w if w in {"bn", "bnt", "al"} else w.capitalize() for w in words)
