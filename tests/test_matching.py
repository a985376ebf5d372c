"""Matching known names and lexicon phrases on tokens: the registry's tree of long names
(name_trie) and the per-word caches every table keeps (wordcache)."""

import pytest

from kg.extract import wordcache
from kg.extract.document import Entity
from kg.extract.name_trie import Node, one_typo, walk
from kg.extract.normalize import normalize_string
from kg.extract.phrases import PhraseTable
from kg.extract.registry import Entry, Registry, word_readings
from kg.extract.tokens import readings, texts, tokenize

INTERIOR = Entity("agency:interior", "agency", "وزارة الداخلية")
SAUDI_INTERIOR = Entity("agency:sa-interior", "agency", "وزارة الداخلية السعودية")
QATAR_INTERIOR = Entity("agency:qa-interior", "agency", "وزارة الداخلية القطرية")
COMOROS_INTERIOR = Entity("agency:km-interior", "agency", "وزارة الداخلية القمرية")
CUSTOMS = Entity("agency:customs", "agency", "المديرية العامة للجمارك", country="dz")
MOROCCAN_CUSTOMS = Entity("agency:ma-customs", "agency", "المديرية العامة للجمارك", country="ma")
TRAINING = Entity("agency:training", "agency", "المعهد العالي للتدريب الشرطي المتخصص")


@pytest.fixture(scope="module")
def registry() -> Registry:
    entities = [
        INTERIOR,
        SAUDI_INTERIOR,
        QATAR_INTERIOR,
        COMOROS_INTERIOR,
        CUSTOMS,
        MOROCCAN_CUSTOMS,
        TRAINING,
    ]
    return Registry([(entity, [entity.label]) for entity in entities])


def tokens_of(text: str):
    return tokenize(normalize_string(text))


def match(registry: Registry, text: str, index: int = 0):
    return registry.match_at(tokens_of(text), index)


def test_a_name_written_as_in_the_registry_is_found_with_its_extent(registry):
    found = match(registry, "استقبل وزير الداخلية السعودية", 0)
    assert found is None  # "وزير" begins no name
    found = match(registry, "زار وزارة الداخلية السعودية أمس", 1)
    assert (found.entity, found.first, found.last) == (SAUDI_INTERIOR, 1, 4)


def test_the_longest_name_wins_and_a_shorter_one_is_found_alone(registry):
    assert match(registry, "وزارة الداخلية السعودية").entity is SAUDI_INTERIOR
    shorter = match(registry, "وزارة الداخلية الكويتية")
    assert (shorter.entity, shorter.last) == (INTERIOR, 2)


def test_the_first_word_may_carry_proclitics(registry):
    assert match(registry, "وبوزارة الداخلية السعودية").entity is SAUDI_INTERIOR
    assert match(registry, "للمديرية العامة للجمارك").entity is CUSTOMS


def test_one_typo_in_a_later_word_of_a_long_name_is_forgiven(registry):
    typo = match(registry, "المعهد العالي للتدريب الشرطي المتخصس")  # the last word
    assert (typo.entity, typo.last) == (TRAINING, 5)
    assert match(registry, "وزارة الداخلية السعودبة").entity is SAUDI_INTERIOR


def test_two_typos_in_one_name_are_not(registry):
    two = match(registry, "المعهد العالي للتدريب الشرتي المتخصس")
    assert two is None


def test_an_exact_name_beats_a_typo_of_another_of_the_same_length(registry):
    assert match(registry, "وزارة الداخلية القطرية").entity is QATAR_INTERIOR
    assert match(registry, "وزارة الداخلية القمرية").entity is COMOROS_INTERIOR


def test_bodies_of_other_states_sharing_the_name_are_kept(registry):
    found = match(registry, "المديرية العامة للجمارك")
    assert (found.entity, found.others) == (CUSTOMS, (MOROCCAN_CUSTOMS,))  # the first listed


def test_typos_in_the_first_letter_or_in_short_words_are_not_considered():
    assert one_typo("السعوديه", "السعودبه")
    assert one_typo("السعوديه", "والسعودبه")  # after a proclitic
    assert not one_typo("السعوديه", "xلسعوديه")  # the first letter
    assert not one_typo("امن", "امل")  # too short to be told from another word


def test_walk_finds_every_name_below_a_node_with_at_most_one_typo():
    root = Node()  # the words after "المعهد العالي"
    root.add(("الشرطي",), 0, Entry(("المعهد", "العالي", "الشرطي"), TRAINING))
    root.add(("الشرطي", "المتخصص"), 1, Entry(("المعهد", "العالي", "الشرطي", "المتخصص"), TRAINING))
    words = ["الشرتي", "المتخصس"]
    found: list = []
    known = {"المعهد", "العالي", "الشرطي", "المتخصص", "المتخصصه"}
    walk(root, [(w,) for w in words], words, 0, (0, 0), found, known)
    lengths = sorted((-shortest, typos) for shortest, typos, _, _ in found)
    assert lengths == [(3, 1)]  # the longer name would need a second typo
    found = []
    exact = ["الشرطي", "المتخصس"]
    walk(root, [(w,) for w in exact], exact, 0, (0, 0), found, known)
    assert sorted((-shortest, typos) for shortest, typos, _, _ in found) == [(3, 0), (4, 1)]
    found = []
    other_word = ["الشرطي", "المتخصصه"]  # a word of another name is written, not mistyped
    walk(root, [(w,) for w in other_word], other_word, 0, (0, 0), found, known)
    assert sorted((-shortest, typos) for shortest, typos, _, _ in found) == [(3, 0)]


def test_the_word_caches_size_limit_changes_no_result(monkeypatch):
    calls = []

    def compute(word):
        calls.append(word)
        return word[::-1]

    cache = wordcache.WordCache(compute)
    monkeypatch.setattr(wordcache, "CACHE_LIMIT", 3)
    words = [f"w{i % 7}" for i in range(40)]
    assert [cache(w) for w in words] == [w[::-1] for w in words]
    assert len(cache.known) <= 3
    assert len(calls) > 7  # entries were dropped and made again


PHRASES = {"ورشه عمل": "workshop", "دوره تدريبيه": "course", "مؤتمر": "conference"}
DOCUMENTS = [
    "عقدت الاكاديمية ورشة عمل ودورة تدريبية في مؤتمر",
    "وفي المؤتمر والمؤتمرات نظمت دورة تدريبية وورشة عمل",
    "بمؤتمر للمؤتمر كلمة ورشة عمل",
]


def _starts_and_matches(table: PhraseTable, registry: Registry):
    found = []
    for text in DOCUMENTS * 2:
        tokens = tokens_of(text)
        found.append(
            (
                table.starts(tokens),
                [(m.value, m.first, m.last) for m in table.find_all(tokens)],
                registry.starts(tokens),
            )
        )
    return found


def _scanned_starts(table: PhraseTable, text: str) -> list[int]:
    words = texts(tokens_of(text))
    return [
        i
        for i, w in enumerate(words)
        if not table.firsts.isdisjoint(readings(w, table.clitics, table.article))
    ]


def test_the_seen_words_limit_changes_no_start_or_match(monkeypatch, registry):
    table = PhraseTable(PHRASES, article=True)
    unlimited = _starts_and_matches(table, registry)
    assert [starts for starts, _, _ in unlimited[:3]] == [
        _scanned_starts(table, t) for t in DOCUMENTS
    ]
    monkeypatch.setattr(wordcache, "LIMIT", 4)  # forget the words seen every few words
    assert _starts_and_matches(table, registry) == unlimited
    monkeypatch.setattr(wordcache, "CACHE_LIMIT", 2)  # and each table's entries too
    assert _starts_and_matches(PhraseTable(PHRASES, article=True), registry) == unlimited


def test_word_readings_are_kept_with_the_token_list():
    tokens = tokens_of("وبوزارة الداخلية")
    assert word_readings(tokens) is word_readings(tokens)
    assert word_readings(tokens)[0] == ("وبوزاره", "بوزاره", "وزاره")
