"""The objective pattern is searched only in sentences holding one of its cues: every text it
matches holds one."""

import re

import pytest

from conftest import SEED
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalize_string
from kg.extract.slots import OBJECTIVE

OBJECTIVES = [
    "وهدفت الورشة الى تعزيز التعاون",
    "تهدف الدورة التدريبية الى رفع الكفاءة",
    "يرمي المؤتمر إلى تبادل الخبرات",
    "وذلك بهدف مكافحة الجريمة",
    "الجهود الرامية إلى مكافحة الإرهاب",
    "البرامج الهادفة إلى تطوير القدرات",
    "هدف اللقاء الى بحث سبل التعاون",
]


@pytest.mark.parametrize("sentence", OBJECTIVES)
def test_each_way_of_stating_an_objective_holds_a_cue(sentence):
    match = OBJECTIVE.search(normalize_string(sentence))
    assert match
    assert any(cue in match.group() for cue in words.OBJECTIVE_CUES)


def test_every_objective_of_the_documents_holds_a_cue():
    found = 0
    for path in sorted(SEED.parent.glob("*.txt")):
        text = normalize_string(path.read_text(encoding="utf-8", errors="replace"))
        for match in OBJECTIVE.finditer(text):
            found += 1
            assert any(cue in match.group() for cue in words.OBJECTIVE_CUES), match.group()
    assert found
    assert all(re.escape(cue) == cue for cue in words.OBJECTIVE_CUES)  # plain substrings
