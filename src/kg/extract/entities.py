"""Stages that find who and what the text names: known entities, people, generic kinds."""

from kg.extract.document import Document, Entity, Mention
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.registry import Registry
from kg.extract.structure import ROLE_WORDS, document_country
from kg.extract.surnames import find_surnames
from kg.extract.tokens import clitic_readings, without_article


def _with_feminine(titles) -> list[str]:
    """ "المحامي" → also "المحامية", "العميد الإقليمي" → "العميدة الإقليمية": a title of
    definite words has its feminine form."""
    feminine = [
        " ".join(w if w[-1] in "ةه" else w + "ة" for w in t.split())
        for t in titles
        if all(w.startswith("ال") for w in t.split()) and t not in people_words.NO_FEMININE
    ]
    return [*titles, *feminine]


HONORIFICS = PhraseTable(dict.fromkeys(_with_feminine(people_words.HONORIFICS), True))
NAME_STOPS = normalized_set(people_words.NAME_STOPS)
FAMILY_TITLES = normalized_set(people_words.FAMILY_TITLES)
NOT_ACTOR_BEFORE = normalized_set(agency_words.NOT_ACTOR_BEFORE)
NAME_LINKS = normalized_set(people_words.NAME_LINKS)
COMPOUND_SECOND = normalized_set(people_words.COMPOUND_SECOND)
ALA_OBJECTS = normalized_set(people_words.ALA_OBJECTS)
AGENCY_HEADS = normalized_set(h.split()[0] for h in agency_words.HEADS)
MAX_ORG_SKIP = 4  # "المراقب العام للشرطة سفيان ...": words of the title's organization
GENERIC_KINDS = PhraseTable(agency_words.GENERIC_KINDS)
SHORT_FORMS = PhraseTable(agency_words.SHORT_FORMS)
MAX_NAME_TOKENS = 6
NAME_OPENERS = ("", "/", ":", ")")  # "السيد/ ماتياس كرونبرغر", "الفريق (حقوقي) عبد"


class MatchRegistry:
    """Mark every name from the registry; a name inside a longer name is a nested mention."""

    def __init__(self, registry: Registry):
        self.registry = registry

    def __call__(self, doc: Document) -> Document:
        found, shared = [], []
        for index in self.registry.starts(doc.tokens):
            match = self.registry.match_at(doc.tokens, index)
            if match:
                start, end = doc.tokens[match.first].start, doc.tokens[match.last - 1].end
                found.append(Mention(match.entity, start, end))
                if match.others:
                    shared.append((found[-1], (match.entity, *match.others)))
        _mark_nested(found)
        for mention in found:
            mention.nested = mention.nested or _named_in_passing(doc, mention)
        doc.mentions.extend(found)
        _choose_by_country(doc, shared)
        return doc


def _named_in_passing(doc: Document, mention: Mention) -> bool:
    """ "اتفاقية الأمم المتحدة", "دول مجلس التعاون": a body named inside another noun phrase,
    kept as a mention but not as an actor (nested, like a body inside a longer name)."""
    index = doc.token_index(mention.start)
    if mention.entity.kind != "agency" or index == 0 or doc.gap(index - 1, index).strip():
        return False
    return doc.tokens[index - 1].text in NOT_ACTOR_BEFORE


def _choose_by_country(doc: Document, shared: list[tuple[Mention, tuple[Entity, ...]]]) -> None:
    """ "المديرية العامة للأمن الوطني" is the name of the Algerian, Moroccan and Mauritanian
    bodies: the one of the state the rest of the document is about."""
    if not shared:
        return
    for mention, _ in shared:
        doc.mentions.remove(mention)
    country = document_country(doc)
    for mention, entities in shared:
        mention.entity = next((e for e in entities if e.country == country), entities[0])
        doc.mentions.append(mention)
    doc.mentions.sort(key=lambda m: m.start)


def _mark_nested(mentions: list[Mention]) -> None:
    """A mention inside an earlier-starting (or same-start, longer) one is nested."""
    reach = -1
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        mention.nested = mention.end <= reach
        reach = max(reach, mention.end)


def find_people(doc: Document) -> Document:
    """People anchored on an honorific or rank: the name runs until a stop word or punctuation."""
    reach = 0
    for index in HONORIFICS.starts(doc.tokens):  # only where a title may start
        if index < reach:
            continue
        titles, first = _titles(doc, index)
        reach = max(first, index + 1)
        if titles and first < len(doc.tokens) and _opens_name(doc, first):
            first = _skip_title_organization(doc, first)
            if first >= len(doc.tokens) or _body(doc, first):
                continue
            last = _name_end(doc, first)
            if _known_surname(doc, first) and not _same_person(doc, _words(doc, first, last)):
                last = first + 1  # "السفير ماريني بمستوى التنسيق": the surname, then the object
            if last - first >= 2 or (last > first and _known_surname(doc, first)):
                _add_person(doc, titles, first, last)
                reach = last
    return doc


def _body(doc: Document, first: int) -> bool:
    """ "الحرس البحري والإدارة العامة ...": a rank's adjective before a body's head noun, not
    a title before a name."""
    return any(r in AGENCY_HEADS for r in clitic_readings(doc.tokens[first].text)[1:])


def _opens_name(doc: Document, first: int) -> bool:
    """What may stand between the titles and the name: nothing, "/" or ":", or the dot of an
    abbreviated title ("د. سناء", "أ.د. نادية")."""
    gap = doc.gap(first - 1, first).strip()
    return gap in NAME_OPENERS or (gap == "." and len(doc.tokens[first - 1].text) == 1)


def _titles(doc: Document, index: int) -> tuple[list[str], int]:
    titles = []
    while index < len(doc.tokens) and (match := HONORIFICS.match_at(doc.tokens, index)):
        titles.append(doc.text[match.start : match.end])
        index = match.last
    return titles, index


def _skip_title_organization(doc: Document, index: int) -> int:
    """Skip "للشرطة" in "المراقب العام للشرطة سفيان بلقاسم": a name never starts with لل."""
    start = index
    while index < len(doc.tokens) and index - start < MAX_ORG_SKIP:
        word = doc.tokens[index].text
        if not (word.startswith("لل") or (index > start and word.startswith("ال"))):
            break
        index += 1
    return index


def _name_end(doc: Document, first: int) -> int:
    last = first
    while last < len(doc.tokens) and last - first < MAX_NAME_TOKENS:
        if not _continues_name(doc, first, last):
            break
        last += 1
        if _ends_name(doc, last - 1, first):
            break
    return last


def _continues_name(doc: Document, first: int, index: int) -> bool:
    word = doc.tokens[index].text
    if index > first and doc.gap(index - 1, index).strip() not in ("", "-"):
        return False  # punctuation ends a name ("جان-بيير" is one name)
    if index > first and doc.tokens[index - 1].text in NAME_LINKS:
        return True  # بن, آل, أبو, عبد ... always take the next word
    clitic_article = word.startswith(("وال", "بال", "فال", "لل")) and len(word) > 3  # not "فال"
    if index > first and (clitic_article or _stop_after_clitic(word)):
        return False  # "... بالتعاون", "... ومن جانب"
    if index - first >= 2 and _starts_noun_phrase(doc, index):
        return False
    if word.isdigit():
        return False
    if index - first >= 2 and word in FAMILY_TITLES and not _name_follows(doc, index):
        return True  # "سمير عبد الله الحاج": the family name, not the title of a next name
    if word in NAME_STOPS or HONORIFICS.match_at(doc.tokens, index):
        return _followed_by_link(doc, index)  # "محمد الأمين ولد أحمدو"
    if ROLE_WORDS.match_at(doc.tokens, index):
        return _followed_by_link(doc, index)
    if word == "علي":  # the name Ali, or the preposition "على" before its object
        following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
        family = following.startswith("ال") and following.endswith("ي")  # "علي الساعدي"
        definite = following.startswith("ال") and not family
        return bool(following) and not definite and following not in ALA_OBJECTS
    linked = word in NAME_LINKS  # "محمد الأمين ولد أحمدو": ولد is no conjunction
    return linked or not (index - first >= 2 and word.startswith("و"))  # "... والوفد المرافق"


def _starts_noun_phrase(doc: Document, index: int) -> bool:
    """ "قدم السيد جبريل سيسوكو التقرير السنوي", "... شاهين آليات التعاون": a noun with its
    adjective or genitive after a full name is the verb's object, not more of the name."""
    if index + 1 >= len(doc.tokens) or doc.gap(index, index + 1).strip():
        return False
    word, following = doc.tokens[index].text, doc.tokens[index + 1].text
    if not following.startswith("ال") or word in COMPOUND_SECOND:  # "بنعبد الله الصقلي"
        return False
    nisba = following.endswith(("ي", "يه")) and len(following) > 4
    return (_has_article(doc, index) and nisba) or word.endswith("ات")


def _name_follows(doc: Document, index: int) -> bool:
    """A word that can start a name follows, with nothing between."""
    if index + 1 >= len(doc.tokens) or doc.gap(index, index + 1).strip():
        return False
    following = doc.tokens[index + 1].text
    return following not in NAME_STOPS and not following.startswith("ال")


def _stop_after_clitic(word: str) -> bool:
    return any(reading in NAME_STOPS for reading in clitic_readings(word)[1:])


def _followed_by_link(doc: Document, index: int) -> bool:
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    return index > 0 and following in NAME_LINKS


def _ends_name(doc: Document, index: int, first: int) -> bool:
    """A family name with the article ends a name unless a link or a second family name follows."""
    word = doc.tokens[index].text
    if not _has_article(doc, index) or len(word) <= 3 or word in COMPOUND_SECOND:
        return False
    if index == first:  # a surname alone ("وأضاف الجبالي أن ..."), unless a link follows
        return not (_followed_by_link(doc, index) or _given_names_follow(doc, index))
    if doc.tokens[index - 1].text in NAME_LINKS:
        return False
    if index + 1 >= len(doc.tokens) or doc.gap(index, index + 1).strip():
        return True
    following = doc.tokens[index + 1].text
    second_family = following.startswith("ال") and index - first < 4
    return following not in NAME_LINKS and not (
        second_family
        and _continues_name(doc, first, index + 1)
        and not _names_thing(doc, index + 1)
    )


def _given_names_follow(doc: Document, index: int) -> bool:
    """ "اللواء شرطة الطيب محمد نور": a name that starts with the article goes on when two
    plain words (no article, no conjunction, no stop or title) follow it."""
    following = range(index + 1, index + 3)
    return following[-1] < len(doc.tokens) and all(
        _name_follows(doc, k - 1)
        and not doc.tokens[k].text.startswith("و")
        and not _stop_after_clitic(doc.tokens[k].text)
        and not ROLE_WORDS.match_at(doc.tokens, k)
        and not HONORIFICS.match_at(doc.tokens, k)
        for k in following
    )


def _has_article(doc: Document, index: int) -> bool:
    """ "الجبالي" has the article; "ألفارو", "إلياس" only look so once hamza is normalized."""
    token = doc.tokens[index]
    return token.text.startswith("ال") and doc.raw_text(token.start, token.end)[:1] not in "أإآ"


def _names_thing(doc: Document, index: int) -> bool:
    start = doc.tokens[index].start
    return any(m.start == start and m.entity.kind != "person" for m in doc.mentions)


def _add_person(doc: Document, titles: list[str], first: int, last: int) -> None:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    overlapping = [m for m in doc.mentions if m.start < end and start < m.end]
    known = [m.entity for m in overlapping if m.entity.kind == "person"]
    if overlapping and not known:
        return  # the words belong to an agency or place name
    if known:  # the registry's name wins: it knows where the name ends
        _add_honorifics(known[0], titles)
        return
    name = doc.text[start:end]
    entity = _same_person(doc, name) or Entity(
        f"person:{normalize_string(name)}", "person", doc.raw_text(start, end)
    )
    _add_honorifics(entity, titles)
    doc.mentions.append(Mention(entity, start, end))


def _same_person(doc: Document, name: str) -> Entity | None:
    """A later short form ("الدكتورة بن عاشور") names the one earlier person it ends."""
    words = name.split()
    matches = [
        e
        for e in doc.entities("person")
        if normalize_string(e.label).split()[-len(words) :] == words
    ]
    return matches[0] if len(matches) == 1 else None


def _words(doc: Document, first: int, last: int) -> str:
    return " ".join(t.text for t in doc.tokens[first:last])


def _known_surname(doc: Document, index: int) -> bool:
    return _same_person(doc, doc.tokens[index].text) is not None


def _add_honorifics(entity: Entity, titles: list[str]) -> None:
    entity.honorifics = tuple(dict.fromkeys(entity.honorifics + tuple(titles)))


def find_generic_kinds(doc: Document) -> Document:
    """Kinds of agencies named generically ("أجهزة الاستخبارات") outside any agency name."""
    for match in GENERIC_KINDS.find_all(doc.tokens):
        if not any(m.start <= match.start < m.end for m in doc.mentions):
            doc.agency_kinds.append((match.value, match.start, match.end))
    return doc


def resolve_short_forms(doc: Document) -> Document:
    """ "المديرية" or "الأمانة العامة للمجلس" → the one agency the document names with that head
    noun ("المديرية العامة لقوات الدرك"), or else the one of that class (but for the catch-all
    class of government bodies); none when ambiguous."""
    for match in SHORT_FORMS.find_all(doc.tokens):
        if any(m.start <= match.start < m.end for m in doc.mentions) or _describes(doc, match):
            continue
        candidates = _named_earlier_in_sentence(doc, match, _same_head(doc, match))
        if len(candidates) != 1 and match.value != "GovernmentBody":
            same_class = [e for e in doc.entities("agency") if e.cls == match.value]
            candidates = _named_earlier_in_sentence(doc, match, same_class)
        if len(candidates) == 1:
            doc.mentions.append(Mention(candidates[0], match.start, match.end))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _named_earlier_in_sentence(doc: Document, match, candidates: list[Entity]) -> list[Entity]:
    """ "وقّعها عن مكتب الأمم المتحدة لمكافحة الإرهاب ...، مدير شعبة البرامج في المكتب": of
    several bodies with that head, the ones the same sentence named before the short form."""
    if len(candidates) < 2:
        return candidates
    sentence = doc.sentence_at(match.start)
    named = {
        id(m.entity)
        for m in doc.mentions_between(sentence.start, match.start)
        if m.entity.kind == "agency"
    }
    return [e for e in candidates if id(e) in named]


def _describes(doc: Document, match) -> bool:
    """ "المؤسسات الأكاديمية", "الإدارة الأمنية": an adjective, or a head its own adjective
    qualifies, is a description, not a short form."""
    before = doc.tokens[match.first - 1].text if match.first else ""
    after = doc.tokens[match.last].text if match.last < len(doc.tokens) else ""
    bare = doc.tokens[match.first].text.startswith("ال")  # no proclitic: not a genitive
    adjective = (
        bare and before.startswith("ال") and not doc.gap(match.first - 1, match.first).strip()
    )
    nisba = after.startswith("ال") and after.endswith(("ي", "يه")) and len(after) > 4  # not "الذي"
    return adjective or nisba


def _same_head(doc: Document, match) -> list[Entity]:
    head = _head_nouns(doc.tokens[match.first].text)
    found = {
        id(m.entity): m.entity
        for m in doc.mentions
        if m.entity.kind == "agency"
        and not m.nested
        and head & _head_nouns(doc.text[m.start : m.end].split()[0])
    }
    return list(found.values())


def _head_nouns(word: str) -> set[str]:
    """What the noun may be under proclitics and the article: "للمديرية" → "مديريه"."""
    return {without_article(r) for r in clitic_readings(word)}


def find_people_by_post(doc: Document) -> Document:
    """People with no title, named before a comma and their post: "استعرض ماركو بيليني، نائب
    الرئيس ..."; the name runs back from the comma to a verb, a title or punctuation."""
    for role in ROLE_WORDS.find_all(doc.tokens):
        if role.first < 2 or doc.gap(role.first - 1, role.first).strip() != ",":
            continue
        first = _name_start(doc, role.first - 1)
        if first is not None and role.first - first >= 2:
            titles, _ = _titles(doc, first)
            _add_person(doc, titles, first, role.first)
    doc.mentions.sort(key=lambda m: m.start)
    return find_surnames(doc)


def _name_start(doc: Document, last: int) -> int | None:
    index = last
    while index >= 0 and last - index < MAX_NAME_TOKENS - 2:
        word = doc.tokens[index].text
        if not _name_like(doc, index, word, last):
            return None
        boundary = index == 0 or doc.gap(index - 1, index).strip()
        before = doc.tokens[index - 1].text if index else ""
        if boundary or before in NAME_STOPS or _stop_after_clitic(before) or _titled(doc, index):
            return index
        index -= 1
    return None


def _name_like(doc: Document, index: int, word: str, last: int) -> bool:
    if word in NAME_STOPS or word.isdigit() or ROLE_WORDS.match_at(doc.tokens, index):
        return False
    if _stop_after_clitic(word) or (word.startswith("ال") and index != last):
        return False  # only a family name at the end carries the article
    if word in AGENCY_HEADS or word.endswith(("ها", "هم")):  # "برامجها": a noun, not a name
        return False
    start = doc.tokens[index].start
    return not any(m.start <= start < m.end for m in doc.mentions)


def _titled(doc: Document, index: int) -> bool:
    return any(
        (title := HONORIFICS.match_at(doc.tokens, back)) and title.last == index
        for back in range(max(0, index - 3), index)
    )
