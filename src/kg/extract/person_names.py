"""Where a person's name begins and ends in the text.

Arabic names have no capitals: a name is told from the words around it by links that always
take the next word (بن، عبد، ولد), the article of a family name that closes it, stop words,
titles, roles and punctuation. `name_end` reads forward from a name's first word (after a title);
`name_start` reads back from its last word (before a comma and a post).
"""

from typing import Final

from kg.extract.document import Document
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import events as event_words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.preceding_phrases import phrase_ends_at
from kg.extract.structure import ROLE_WORDS
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import NAME_ADJECTIVES, is_definite, is_nisba, state_adjective

NAME_STOPS: Final = normalized_set(people_words.NAME_STOPS)
SIGNING_WORDS: Final = normalized_set(event_words.SIGNING_WORDS)
RANKINGS: Final = normalized_set(people_words.RANKINGS)
FAMILY_TITLES: Final = normalized_set(people_words.FAMILY_TITLES)
LAST_NAME_TITLES: Final = FAMILY_TITLES | normalized_set(people_words.LAST_NAME_TITLES)
GIVEN_NAME_TITLES: Final = normalized_set(people_words.GIVEN_NAME_TITLES)
GIVEN_NAME_ROLES: Final = normalized_set(people_words.GIVEN_NAME_ROLES)
COMPOUND_FIRSTS: Final = frozenset(("عبد", "ابو"))  # the first word of a compound given name
NAME_LINKS: Final = normalized_set(people_words.NAME_LINKS)
COMPOUND_SECOND: Final = normalized_set(people_words.COMPOUND_SECOND)
COMPOUND_GIVEN_NAMES: Final = normalized_set(people_words.COMPOUND_GIVEN_NAMES)
ALA_OBJECTS: Final = normalized_set(people_words.ALA_OBJECTS)
AGENCY_HEADS: Final = normalized_set(h.split()[0] for h in agency_words.HEADS)
MAX_NAME_TOKENS: Final = 6
PLACE_NOUNS: Final = normalized_set(people_words.PLACE_NOUNS)
EVENT_WORDS: Final = PhraseTable(event_words.TRIGGERS, clitics=False)
EVENT_NOUNS: Final = frozenset(k for k in event_words.TRIGGERS if " " not in k)
TIME_NAMES: Final = normalized_set(people_words.TIME_NAMES)
ARTICLE_GIVEN_NAMES: Final = normalized_set(people_words.ARTICLE_GIVEN_NAMES)
TIME_WORDS: Final = normalized_set(event_words.TIME_WORDS)


def name_end(doc: Document, first: int) -> int:
    """The token index just past the name whose first word is at `first`."""
    last = first
    while last < len(doc.tokens) and (last - first < MAX_NAME_TOKENS or _after_link(doc, last)):
        if not _continues_name(doc, first, last):
            break
        last += 1
        if _ends_name(doc, last - 1, first):
            break
    return last


def _after_link(doc: Document, index: int) -> bool:
    """ "أحمد بن حمد بن ناصر آل ثاني": a long name still takes بن or آل and the word after."""
    return doc.tokens[index - 1].text in NAME_LINKS or doc.tokens[index].text in NAME_LINKS


def _continues_name(doc: Document, first: int, index: int) -> bool:
    word = doc.tokens[index].text
    if index > first and doc.gap(index - 1, index).strip() not in ("", "-"):
        return _initial(doc, index - 1)  # punctuation ends a name ("جان-بيير" is one name),
        # but for the period of an initial ("أولوسيغون أ. أديبايو")
    if index > first and doc.line_break(index - 1, index):
        return False
    if index > first and doc.tokens[index - 1].text in NAME_LINKS:
        return True  # بن, آل, أبو, عبد ... always take the next word
    clitic_article = _clitic_article(word)
    if index > first and (clitic_article or _stop_after_clitic(word)):
        return False  # "... بالتعاون", "... ومن جانب"
    if _words_before(doc, first, index) >= 2 and _starts_noun_phrase(doc, index):
        return False
    if word.isdigit() or (index > first and len(word) == 1 and not _initial(doc, index)):
        return False  # "... بيلوتشي بـ"المقاربة"": a lone letter is a clitic cut off by a mark
    if index - first >= 2 and EVENT_WORDS.match_at(doc.tokens, index):
        return False  # "وقّع ... إبراهيما جوب اتفاقية تعاون": the object after the name
    if index - first >= 2 and word in RANKINGS:
        return False  # "معاذ خالد الزعبي الأول على الدورة": his rank in the class
    if index > first and word in SIGNING_WORDS:
        return False  # "وشهد اللواء الخوالدة والسفيرة مارتينيز توقيع اتفاقية": no name's word
    if index - first >= 2 and word in LAST_NAME_TITLES and not _name_follows(doc, index):
        return True  # "سمير عبد الله الحاج": the family name, not the title of a next name
    if index - first == 1 and word in FAMILY_TITLES and _last_name_follows(doc, index):
        return True  # "منير الحاج عمر وزير ...": a family title inside the name
    if index - first == 1 and word in FAMILY_TITLES and _set_off(doc, index + 1):
        return True  # "والقاضية منى الحاج، إضافة إلى ...": the family name, set off after it
    if index == first and word in TIME_NAMES and not _time_follows(doc, index):
        return True  # "الفريق صباح جاسم الربيعي": the given name, not "صباح اليوم"
    if index == first and word in GIVEN_NAME_TITLES:
        return True  # "الدكتورة فضيلة بوزيدي": the title read as the given name
    if index == first and word in GIVEN_NAME_ROLES and _plain_word_follows(doc, index):
        return True  # "العميد قائد هيثم الشعيبي": the given name, not a title
    if word == "ان" and doc.raw_text(doc.tokens[index].start, doc.tokens[index].end) == "آن":
        return True  # "السيدة آن ماري دوبوا": the name Anne, not the particle أن
    title = HONORIFICS.match_at(doc.tokens, index) or ROLE_WORDS.match_at(doc.tokens, index)
    if title is not None and index - first >= 2 and _set_off(doc, title.last):
        return title.last - title.first == 1  # "العميد ربيع أنطوان سعادة، الذي": no one-word
        # title closes a phrase, a family name does; "... البوسعيدي المدعي العام،" is his title
    if word in NAME_STOPS or title is not None:
        return _followed_by_link(doc, index)  # "محمد الأمين ولد أحمدو"
    if word == "علي":  # the name Ali, or the preposition "على" before its object
        following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
        family = following.startswith("ال") and following.endswith("ي")  # "علي الساعدي"
        definite = following.startswith("ال") and not family
        if definite and index > first and _closes_name(doc, index + 2):
            return True  # "الدكتورة زينب علي الحكيم، التدريسية ...": the family name closes
        return bool(following) and not definite and following not in ALA_OBJECTS
    linked = word in NAME_LINKS  # "محمد الأمين ولد أحمدو": ولد is no conjunction
    if index - first >= 2 and word.startswith("و"):
        return linked or _family_name_before_title(doc, index)  # "... والوفد المرافق"
    return True


def _initial(doc: Document, index: int) -> bool:
    """A lone letter and its period inside a name, before the family name ("ماتيو ر. كولومبو")."""
    if len(doc.tokens[index].text) != 1 or index + 1 >= len(doc.tokens):
        return False
    following = doc.tokens[index + 1].text
    return doc.gap(index, index + 1).strip() == "." and len(following) > 1 and following.isalpha()


def _set_off(doc: Document, after: int) -> bool:
    """Punctuation, or the end of the text, right after token `after` - 1."""
    return after >= len(doc.tokens) or doc.gap(after - 1, after).strip()[:1] in (",", ".", ":")


def _plain_word_follows(doc: Document, index: int) -> bool:
    """A word with no article, and no title or stop word, right after token `index`."""
    if not _name_follows(doc, index):
        return False
    following = index + 1
    return not (
        HONORIFICS.match_at(doc.tokens, following) or ROLE_WORDS.match_at(doc.tokens, following)
    )


def _clitic_article(word: str) -> bool:
    """ "بالتعاون", "والأمن", "للدفاع": a conjunction or preposition and the article before a
    stem of three letters or more, not a name that begins so ("والي"). فـ and the article do
    not follow a name without a comma; names begin so ("فالح", "فالديز", "فالنتينا")."""
    prefix = next((p for p in ("وال", "بال", "لل") if word.startswith(p)), None)
    return prefix is not None and len(word) - len(prefix) >= 3


def _words_before(doc: Document, first: int, index: int) -> int:
    """The name's words before token `index`, a compound given name counted once ("عبد السلام
    المبروك الزوي": one given name, then the family names)."""
    return index - first - (doc.tokens[first].text in COMPOUND_FIRSTS)


def _compound_name_closes(doc: Document, index: int) -> bool:
    """ "دفع الله", "فضل الله" at `index`, the last words of the name."""
    second = index + 1
    if second >= len(doc.tokens) or doc.gap(index, second).strip():
        return False
    return doc.tokens[second].text in COMPOUND_SECOND and _closes_name(doc, second + 1)


def _last_name_follows(doc: Document, index: int) -> bool:
    """The word after `index` closes a name: a title, a stop word or punctuation follows it."""
    return _name_follows(doc, index) and _closes_name(doc, index + 2)


def _closes_name(doc: Document, index: int) -> bool:
    """A name may end before token `index`: a title, a stop word, punctuation or the end."""
    return (
        index >= len(doc.tokens)
        or bool(doc.gap(index - 1, index).strip())
        or doc.tokens[index].text in NAME_STOPS
        or ROLE_WORDS.match_at(doc.tokens, index) is not None
        or _next_person(doc, index)
    )


def _next_person(doc: Document, index: int) -> bool:
    """ "المستشار فرج علي الزروق والخبيرة ...": و and the next one's title."""
    word = doc.tokens[index].text
    return word.startswith("و") and HONORIFICS.match_at(doc.tokens, index) is not None


def _family_name_before_title(doc: Document, index: int) -> bool:
    """ "سليمان آدم ورسمي قائد ...": a family name that starts with و, right before a title; not
    a noun with its pronoun ("ونائبه") or the article."""
    word = doc.tokens[index].text
    if is_definite(word) or word.endswith(("ه", "ها", "هم")) or _stop_after_clitic(word):
        return False
    following = index + 1
    if following >= len(doc.tokens) or doc.gap(index, following).strip() not in ("", ","):
        return False  # "إدريس علي ورسمي، مدير مركز ..."
    return ROLE_WORDS.match_at(doc.tokens, following) is not None


def _starts_noun_phrase(doc: Document, index: int) -> bool:
    """ "قدم السيد جبريل سيسوكو التقرير السنوي", "... شاهين آليات التعاون", "استعرض اللواء
    عادل الكعبي المناهج الجديدة": a noun with its adjective or genitive after a full name is
    the verb's object, not more of the name."""
    if index + 1 >= len(doc.tokens) or doc.gap(index, index + 1).strip():
        return False
    word, following = doc.tokens[index].text, doc.tokens[index + 1].text
    if not following.startswith("ال") or word in COMPOUND_SECOND:  # "بنعبد الله الصقلي"
        return False
    if is_nisba(word):
        return False  # "محمد أمين الصقلي الحسني": two family names, not a noun and its adjective
    described = is_nisba(following) or following in NAME_ADJECTIVES  # "المناهج الجديدة"
    return (has_article(doc, index) and described) or word.endswith("ات")


def _name_follows(doc: Document, index: int) -> bool:
    """A word that can start a name follows, with nothing between."""
    if index + 1 >= len(doc.tokens) or doc.gap(index, index + 1).strip():
        return False
    following = doc.tokens[index + 1].text
    return following not in NAME_STOPS and not following.startswith("ال")


def _time_follows(doc: Document, index: int) -> bool:
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    return not following or following in TIME_WORDS or following.startswith("ال")


def _stop_after_clitic(word: str) -> bool:
    """ "... ومن جانبه", "... بزيارة دراسية": a stop word or an event's word after a clitic."""
    return any(r in NAME_STOPS or r in EVENT_NOUNS for r in clitic_readings(word)[1:])


def _followed_by_link(doc: Document, index: int) -> bool:
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    return index > 0 and following in NAME_LINKS


def _ends_name(doc: Document, index: int, first: int) -> bool:
    """A family name with the article ends a name unless a link or a second family name follows."""
    word = doc.tokens[index].text
    if not has_article(doc, index) or len(word) <= 3 or word in COMPOUND_SECOND:
        return False
    if index == first:  # a surname alone ("وأضاف الجبالي أن ..."), unless a link follows
        return not (
            _followed_by_link(doc, index)
            or _given_names_follow(doc, index)
            or _after_article_given_name(doc, index)
        )
    if doc.tokens[index - 1].text in NAME_LINKS:
        return False
    if index - first == 1 and word in FAMILY_TITLES and _last_name_follows(doc, index):
        return False  # "منير الحاج عمر"
    if index - first == 1 and _compound_given_name(doc, first) and _name_follows(doc, index):
        return False  # "فاطمة الزهراء عثمان"
    if index - first == 1 and _given_names_follow(doc, index) and _closes_name(doc, index + 3):
        return False  # "عثمان الأمين محمد خير، ...": a compound given name, then more names
    if _last_plain_word(doc, index):
        return False  # "أميرة عوض الكريم بابكر، ...": one plain word, then punctuation
    if index + 1 >= len(doc.tokens) or doc.gap(index, index + 1).strip():
        return True
    if _compound_name_closes(doc, index + 1):
        return False  # "عثمان محمد الحسن دفع الله، مدير ...": a compound family name
    following = doc.tokens[index + 1].text
    second_family = following.startswith("ال") and index - first < 4
    return following not in NAME_LINKS and not (
        second_family
        and _continues_name(doc, first, index + 1)
        and not _names_thing(doc, index + 1)
    )


def _after_article_given_name(doc: Document, index: int) -> bool:
    """ "العقيد الطيب بوعلام"، "السيد الهادي الطرابلسي": a given name with the article, then a
    family name with or without it."""
    following = index + 1
    if doc.tokens[index].text not in ARTICLE_GIVEN_NAMES or following >= len(doc.tokens):
        return False
    if doc.gap(index, following).strip() or _stop_after_clitic(doc.tokens[following].text):
        return False
    return _name_follows(doc, index) or _family_name(doc, following)


def _compound_given_name(doc: Document, first: int) -> bool:
    return f"{doc.tokens[first].text} {doc.tokens[first + 1].text}" in COMPOUND_GIVEN_NAMES


def _last_plain_word(doc: Document, index: int) -> bool:
    """One plain word (no article, no و, no stop or title) follows, then a comma or a stop."""
    following = index + 1
    if following + 1 >= len(doc.tokens) or not _name_follows(doc, index):
        return False
    word = doc.tokens[following].text
    if (
        word.startswith("و")
        or _stop_after_clitic(word)
        or ROLE_WORDS.match_at(doc.tokens, following)
    ):
        return False
    return doc.gap(following, following + 1).strip() in (",", ".")


def _given_names_follow(doc: Document, index: int) -> bool:
    """ "اللواء شرطة الطيب محمد نور": a name that starts with the article goes on when two
    plain words (no article, no conjunction, no stop or title) follow it."""
    following = range(index + 1, index + 3)
    return following[-1] < len(doc.tokens) and all(
        (_name_follows(doc, k - 1) or (k == index + 2 and _family_name(doc, k)))
        and not doc.tokens[k].text.startswith("و")
        and not _stop_after_clitic(doc.tokens[k].text)
        and not ROLE_WORDS.match_at(doc.tokens, k)
        and not HONORIFICS.match_at(doc.tokens, k)
        for k in following
    )


def _family_name(doc: Document, index: int) -> bool:
    """ "الفكي" in "الطيب حسن الفكي": a family name with the article, right after a given
    name, and then a title, a stop word or punctuation."""
    if doc.gap(index - 1, index).strip() or not has_article(doc, index):
        return False
    return _closes_name(doc, index + 1)


def has_article(doc: Document, index: int) -> bool:
    """ "الجبالي" has the article; "ألفارو", "إلياس" only look so once hamza is normalized."""
    token = doc.tokens[index]
    return token.text.startswith("ال") and doc.raw_text(token.start, token.end)[:1] not in "أإآ"


def _names_thing(doc: Document, index: int) -> bool:
    start = doc.tokens[index].start
    return any(m.start == start and m.entity.kind != "person" for m in doc.mentions)


def name_start(doc: Document, last: int) -> int | None:
    """The first token of the name whose last word is at `last`, read back to a verb, a title
    or punctuation; None when a word on the way cannot be part of a name."""
    index = last
    while index >= 0 and last - index < MAX_NAME_TOKENS - 2:
        word = doc.tokens[index].text
        if index < last and word.startswith("ال") and state_adjective(word):
            return index + 1  # "وقدمت الإسبانية إيلينا مارتينيث، خبيرة ...": her nationality
        if index < last and _object_before(doc, index, word, last):
            return index + 1  # "قدم المحاضرة الأولى توماس برغر، خبير ...": what he gave
        if not _name_like(doc, index, word, last):
            return None
        boundary = index == 0 or doc.gap(index - 1, index).strip()
        before = doc.tokens[index - 1].text if index else ""
        if boundary or before in NAME_STOPS or _stop_after_clitic(before) or _titled(doc, index):
            return index
        index -= 1
    return None


def _object_before(doc: Document, index: int, word: str, last: int) -> bool:
    """A definite word right before a name of two words or more, and no link of a compound
    name ("عبد الله"): the object of the verb before, then the subject's name."""
    if last - index < 2 or not has_article(doc, index) or index == 0:
        return False
    first = doc.tokens[index + 1].text  # no name starts with a link or a preposition's clitic
    if first in NAME_LINKS or first.startswith("ل") or body_after_clitic(first):
        return False
    return doc.tokens[index - 1].text not in NAME_LINKS


def body_after_clitic(word: str) -> bool:
    """ "بولاية", "بقطاع": a body's head noun under a preposition, no name."""
    return not AGENCY_HEADS.isdisjoint(clitic_readings(word)[1:])


def _name_like(doc: Document, index: int, word: str, last: int) -> bool:
    if word in NAME_STOPS or word.isdigit() or ROLE_WORDS.match_at(doc.tokens, index):
        return False
    if _stop_after_clitic(word) or (has_article(doc, index) and index != last):
        return False  # only a family name at the end carries the article
    if word in AGENCY_HEADS or word.endswith(("ها", "هم")):  # "برامجها": a noun, not a name
        return False
    if word.removeprefix("ال") in AGENCY_HEADS or word.removeprefix("ب") in PLACE_NOUNS:
        return False  # "في مكتبه بمقر الوزارة، رئيس ...": where, not who
    start = doc.tokens[index].start
    return not any(m.start <= start < m.end for m in doc.mentions)


def _titled(doc: Document, index: int) -> bool:
    return phrase_ends_at(HONORIFICS, doc.tokens, index, within=3)
