"""Normalization keeps a map to the raw text; reading rejects what it cannot decode."""

import random
import re

import pytest

from kg.extract.normalize import normalize, normalize_string
from kg.extract.reader import DocumentError, decode
from kg.extract.segment import BOUNDARY, split_sentences
from kg.extract.tokens import clitic_readings, tokenize

RAW = "\u200fأكّد معالي الوزيـــر، في ٢٦ مايو: «إفريقيا» والمستشفى\n"


def test_normalized_forms():
    text = normalize(RAW).text
    assert "اكد" in text and "الوزير" in text and "26" in text
    assert '"افريقيا"' in text and "والمستشفي" in text
    assert "\u200f" not in text and "ـ" not in text


@pytest.mark.parametrize("word", ["أكّد", "الوزيـــر", "٢٦", "«إفريقيا»", "والمستشفى"])
def test_every_normalized_span_maps_back_to_the_raw_substring(word):
    norm = normalize(RAW)
    target = normalize_string(word)
    start = norm.text.index(target)
    raw_start, raw_end = norm.raw_span(start, start + len(target))
    assert RAW[raw_start:raw_end] == word


def test_clitics_are_readings_not_replacements():
    assert clitic_readings("وللمجلس")[:1] == ("وللمجلس",)
    assert "المجلس" in clitic_readings("وللمجلس")
    assert clitic_readings("بغداد")[0] == "بغداد"  # a name starting with ب keeps its reading


def test_sentences_split_on_arabic_punctuation_but_not_abbreviations():
    text = normalize("قال د. أحمد إن النسبة 3.5 بالمئة. ثم أضاف؟ نعم\nسطر جديد").text
    pieces = [text[s:e] for s, e in split_sentences(text)]
    assert pieces == ["قال د. احمد ان النسبه 3.5 بالميه.", "ثم اضاف?", "نعم", "سطر جديد"]


def test_windows_1256_is_decoded():
    assert decode("ورشة عمل حول الإرهاب".encode("cp1256"), "x.txt") == "ورشة عمل حول الإرهاب"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"\xff\xfe\xfa" * 10 + b"latin", "not UTF-8"),
        (b"x" * 2_000_001, "limit"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(data, reason):
    with pytest.raises(DocumentError, match=reason):
        decode(data, "bad.txt")


def test_chained_abbreviations_end_no_sentence():
    from kg.extract.segment import split_sentences

    text = "فيما عرض م.د. علي حسين الكعبي نموذجا. وقدمت أ.د. نادية الجبوري ورقة."
    assert len(split_sentences(text)) == 2


def test_boundaries_are_line_breaks_or_the_space_after_a_mark():
    """The boundary pattern is written for speed; it finds what the plain rule finds: a run of
    line breaks, or the white space after . ? ! (an abbreviation's dot aside)."""
    plain = re.compile(r"\n+|(?<=[.?!])\s+")
    characters = ["\n", ".", "?", "!", " ", "\t", "\r", "\u00a0", "\u3000", "ب", "د", "a"]
    generator = random.Random(7)
    for _ in range(20_000):
        text = "".join(generator.choices(characters, k=generator.randint(0, 24)))
        gaps = [(m.start(), m.end()) for m in BOUNDARY.finditer(text)]
        starts = [start + (text[start] != "\n") for start, _ in gaps]
        assert list(zip(starts, (end for _, end in gaps), strict=True)) == [
            m.span() for m in plain.finditer(text)
        ], repr(text)


def test_tokens_are_the_runs_of_word_characters():
    """Tokenizing takes most words whole from between spaces; the tokens are still exactly
    the runs of \\w, wherever the text is cut."""
    characters = [" ", " ", " ", "\n", "\t", "\u00a0", ".", "،", "_", "-", "ب", "د", "a", "5"]
    characters += ["٣", "\u0651", "\u200f", "²", "ـ"]
    generator = random.Random(11)
    for _ in range(20_000):
        text = "".join(generator.choices(characters, k=generator.randint(0, 20)))
        start = generator.randint(0, len(text))
        end = generator.choice([None, generator.randint(start, len(text))])
        expected = [
            (m.group(), start + m.start(), start + m.end())
            for m in re.finditer(r"\w+", text[start:end])
        ]
        tokens = tokenize(text, start, end)
        assert [tuple(token) for token in tokens] == expected, repr(text)
        assert tokens.indexes["texts"] == [word for word, _, _ in expected]


def test_each_normalized_character_maps_back_to_the_raw_character_it_comes_from():
    characters = ["ب", "أ", " ", "\n", "\u064b", "\u0640", "\u200f", "a"]
    generator = random.Random(5)
    for _ in range(5_000):
        raw = "".join(generator.choices(characters, k=generator.randint(0, 16)))
        norm = normalize(raw)
        kept = [i for i, c in enumerate(raw) if normalize(c).text]  # the raw characters kept
        spans = [norm.raw_span(i, i + 1) for i in range(len(norm.text))]
        assert spans == [(i, i + 1) for i in kept], repr(raw)
        assert norm.raw_span(len(norm.text), len(norm.text)) == (len(raw), len(raw))
