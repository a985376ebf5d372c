"""The agents a role cue names: the one right after it (past honorifics, a post title, words of
time or the side it speaks for), those coordinated with it, or every agent of a list."""

from typing import Final

from kg.extract.agent_lists import (
    coordinated,
    is_time,
    past_acting_unit_word,
    past_complement,
    past_post,
)
from kg.extract.document import Document, Mention
from kg.extract.head_nouns import preposition_attached
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.preceding_phrases import phrase_ending_at
from kg.extract.sides import (
    MAX_TITLE_WORDS,
    SIDE_WORDS,
    after_side,
    past_side_spoken_for,
    side_body,
)
from kg.extract.speaker_topics import past_topic
from kg.extract.structure import ROLE_WORDS, TITLES, linked_as_unit

ROLE_CUES: Final = PhraseTable(words.ROLE_CUES)
TRIGGERS: Final = PhraseTable(words.TRIGGERS, article=True)
LOCATIVES: Final = normalized_set(("في", "لدى", "داخل", "الى"))
VENUE: Final = normalized_set(words.VENUE_WORDS)
ON_BEHALF: Final = normalized_set(("نيابة", "مندوبا", "مندوبة", "ممثلا", "ممثلة"))
FROM_PLACE: Final = normalized_set(("من", "ومن"))
DESCRIBING: Final = normalized_set(words.DESCRIBING_WORDS)
MAX_LOOKAHEAD_WORDS: Final = 6  # "قدم خلال إحداها العقيد سفيان ...": words before the agent
COLON_REACH: Final = 2  # words from the cue to the colon: "تحدث فيها:", "في المؤتمر:"


def all_agents(doc: Document, start: int, limit: int) -> list[Mention]:
    titles = [(p.start, p.end) for p in doc.posts]
    agents, previous_in_title = [], None
    for mention in doc.mentions_between(start, limit):
        in_title = any(
            s <= mention.start < e and mention.entity is not _holder(doc, s) for s, e in titles
        ) or _in_title_phrase(doc, mention, previous_in_title)
        previous_in_title = mention if in_title else None
        if is_agent(mention) and not (
            in_title or _title_complement(doc, mention) or _state_as_place(doc, mention)
        ):
            agents.append(mention)
    return agents


def _state_as_place(doc: Document, mention: Mention) -> bool:
    """ "العاملة في سلطنة عمان", "سفيرة المملكة المتحدة لدى الكويت", "الجامعات السعودية": a
    state where a body works, or a state's adjective, does not take part itself ("في كل من
    السعودية والأردن" lists states that do)."""
    if mention.entity.cls != "Country":
        return False
    if _inside_body(doc, mention.start):
        return True  # "سفارة المملكة المتحدة لدى مملكة البحرين": the state of a body's name
    index = doc.token_index(mention.start)
    before = doc.tokens[index - 1].text if index else ""
    if doc.gap(index - 1, index).strip() if index else True:
        return False
    word = doc.tokens[index].text
    adjective = word.startswith("ال") and mention.end == doc.tokens[index].end
    located = before in LOCATIVES and not _states_follow(doc, mention)
    return located or (adjective and before.startswith("ال") and not is_cue(doc, index - 1))


def _states_follow(doc: Document, mention: Mention) -> bool:
    """ "متدربا من ... في السعودية والبحرين والكويت": a list of states."""
    index = doc.token_index(mention.end)
    following = doc.mention_starting(index) if index < len(doc.tokens) else None
    return following is not None and following.entity.cls == "Country"


def is_cue(doc: Document, index: int) -> bool:
    return ROLE_CUES.match_at(doc.tokens, index) is not None


def _in_title_phrase(doc: Document, mention: Mention, previous: Mention | None) -> bool:
    """ "مدير الإدارة العامة للتحريات بشرطة دبي": bodies that complete a post title, which the
    post stage did not read, take no part; the title's holder does."""
    if mention.entity.kind != "agency":
        return False
    index = doc.token_index(mention.start)
    if _title_ends_at(doc, index):
        return True
    return previous is not None and linked_as_unit(doc, previous, mention)


def _title_ends_at(doc: Document, index: int) -> bool:
    """A post title ends right before token `index`, other than one inside a body's name
    ("ممثلون عن مكتب النائب العام، وجهاز الأمن الداخلي")."""
    role = phrase_ending_at(ROLE_WORDS, doc.tokens, index, within=3)
    return role is not None and not _inside_body(doc, role.start)


def _inside_body(doc: Document, offset: int) -> bool:
    return any(
        m.entity.kind == "agency" and m.start < offset for m in doc.mentions.covering(offset)
    )


def _title_complement(doc: Document, mention: Mention) -> bool:
    """ "بحضور سفير إسبانيا السيد ...": the state completes a title; its holder takes part."""
    index = doc.token_index(mention.start)
    return (
        mention.entity.cls == "Country"
        and index > 0
        and ROLE_WORDS.match_at(doc.tokens, index - 1) is not None
    )


def _holder(doc: Document, start: int):
    return next((p.holder for p in doc.posts if p.start == start), None)


def is_agent(mention: Mention) -> bool:
    entity = mention.entity
    return entity.kind in ("agency", "person") or entity.cls == "Country"


NAMELY: Final = frozenset(("هما", "هم", "وهما", "وهم"))
NAME_QUOTES: Final = ('"', "«", "»", "“", "”")  # around a body's short name in a title
TITLE_GAPS: Final = ("/", "(", ")")  # punctuation inside a title: "العميد/ ياسر", "الفريق (حقوقي)"


def agents_after(
    doc: Document,
    index: int,
    limit: int,
    lookahead: int = MAX_LOOKAHEAD_WORDS,
    topics: bool = False,
) -> list[Mention]:
    """The agent right after a cue, and those coordinated with it by و or a comma; with
    `topics`, also past each one's body and topic ("تحدث ... X من الأكاديمية عن ...، وY")."""
    agents: list[Mention] = []
    while index < len(doc.tokens) and doc.tokens[index].start < limit:
        mention = _mention_at(doc, index, limit, lookahead)
        if mention is None:
            break
        agents.append(mention)
        index = doc.token_index(mention.end)
        index = past_complement(doc, mention, past_post(doc, mention, index))
        if topics and mention.entity.kind == "person":
            index = past_topic(doc, index)
        if mention.entity.kind == "person":
            index = past_side_spoken_for(doc, index)
        if index < len(doc.tokens) and doc.tokens[index].text in NAMELY:
            index += 1  # "خبيران من الوكالة هما X وY": the experts of the body, by name
            lookahead = 1
            continue
        if index >= len(doc.tokens) or not coordinated(doc, index):
            break
        index = past_acting_unit_word(doc, index)
        lookahead = 1  # "X، وفدا من Y": after the first agent, only titles lead to the next
    return agents


def _mention_at(
    doc: Document, index: int, limit: int, lookahead: int = MAX_LOOKAHEAD_WORDS
) -> Mention | None:
    """The first agent within a few words of a cue, after honorifics, fillers or a post title."""
    first = index
    while index < len(doc.tokens) and doc.tokens[index].start < limit:
        gap = doc.gap(index - 1, index).strip() if index > 0 else ""
        behalf = _on_behalf(doc, index)
        # "، قالت ..." ends the search; a title's "/" or "()" and "، نيابة عن" do not
        inside_title = gap in TITLE_GAPS or behalf or _after_abbreviation(doc, index)
        inside_title = inside_title or (gap == ":" and index - first <= COLON_REACH)  # "وتحدث
        # في المؤتمر: المقدم ...، الدكتورة ...": a list the cue and its event open with a colon
        if gap and index != first and not inside_title:
            return None
        if behalf:  # "مندوبا عن مدير الأمن العام، العميد ..."
            index = _after_comma(doc, index, limit)
            first = index
            continue
        if doc.tokens[index].text in SIDE_WORDS:  # "من جانب الجامعة الدكتور ...": the side
            index = after_side(doc, index + 1)
            continue
        if (side := side_body(doc, index, limit)) is not None:  # "تراسه عن افريبول مديرها"
            index = side
            continue
        mention = doc.mention_starting(index)
        if mention is not None and _from_place(doc, mention, index):
            index, first = doc.token_index(mention.end), first + 1
            continue  # "وترأس الاجتماع من مقديشو قائد الشرطة ...": where the agent sat in
        if mention is not None:
            return mention if is_agent(mention) else None
        if _title_at(doc, index):
            return _person_after_title(doc, index, limit)
        if is_time(doc, index):  # "افتتح صباح يوم الأحد 5 مارس العميد ...": not counted
            index, first = index + 1, first + 1
            continue
        if doc.tokens[index].text in DESCRIBING:
            return None  # "برنامج سواسية المشترك بين ...": the bodies describe an unread name
        skip = HONORIFICS.match_at(doc.tokens, index) or TRIGGERS.match_at(doc.tokens, index)
        index = skip.last if skip else index + 1
        if not skip and index - first > lookahead:
            return None
    return None


def _from_place(doc: Document, mention: Mention, index: int) -> bool:
    """A place after "من" ("ومن جيبوتي المدير العام ..."): where a remote agent took part."""
    before = doc.tokens[index - 1].text if index else ""
    after = doc.token_index(mention.end)
    if mention.entity.kind != "place" or before not in FROM_PLACE or after >= len(doc.tokens):
        return False
    following = doc.mention_starting(after)
    titled = ROLE_WORDS.match_at(doc.tokens, after) is not None
    person = following is not None and following.entity.kind == "person"
    return not doc.gap(after - 1, after).strip() and (titled or person)


def _on_behalf(doc: Document, index: int) -> bool:
    tokens = doc.tokens
    return (
        tokens[index].text in ON_BEHALF
        and index + 1 < len(tokens)
        and tokens[index + 1].text == "عن"
    )


def _after_comma(doc: Document, index: int, limit: int) -> int:
    """Where the representative is named after "مندوبا عن ...": after the comma that ends whom
    they represent ("مندوبا عن مدير الأمن العام، العميد ..."), or right after a represented
    one named by a pronoun ("مندوبا عن راعيها مدير الأكاديمية العميد زياد ...")."""
    represented = index + 2
    if represented < len(doc.tokens) and doc.tokens[represented].text.endswith(("ها", "هم")):
        return represented + 1
    for position in range(index + 1, min(len(doc.tokens), index + MAX_TITLE_WORDS)):
        if doc.tokens[position].start >= limit:
            break
        if doc.gap(position - 1, position).strip() == ",":
            return position
    return len(doc.tokens)


def _title_at(doc: Document, index: int) -> bool:
    """A post title, or one with و in a list: "، ووكيل وزارة الداخلية ... اللواء ..."."""
    if ROLE_WORDS.match_at(doc.tokens, index):
        return True
    return doc.tokens[index].text[:1] == "و" and TITLES.match_at(doc.tokens, index) is not None


def _person_after_title(doc: Document, index: int, limit: int) -> Mention | None:
    """ "وزير الداخلية الفريق أول ركن حسين علي الساعدي": the person the title introduces."""
    for offset in range(MAX_TITLE_WORDS):
        position = index + offset
        if position >= len(doc.tokens) or doc.tokens[position].start >= limit:
            return None
        mention = doc.mention_starting(position)
        gap = doc.gap(position - 1, position).strip() if offset else ""
        if gap and not (
            gap in TITLE_GAPS  # "الفريق أول شرطة (حقوقي) عثمان ..."
            or gap in NAME_QUOTES  # 'الأمين العام للمركز ... "اعتدال" الدكتور خالد ...'
            or _apposition(doc, position)
            or _after_abbreviation(doc, position)
            or _second_title(doc, position)
        ):
            return None
        if mention is not None and mention.entity.kind == "person":
            return mention
    return None


def _apposition(doc: Document, position: int) -> bool:
    """ "وزير الداخلية، السيد نور الدين بلعيد", "ممثل مكتب ... في الأردن، ماركو تيسيني، أن": a
    comma, then the title holder by honorific or by a name set off by commas."""
    if doc.gap(position - 1, position).strip() != ",":
        return False
    if HONORIFICS.match_at(doc.tokens, position):
        return True
    person = doc.mention_starting(position)
    if person is None or person.entity.kind != "person":
        return False
    after = doc.token_index(person.end)
    if after >= len(doc.tokens):
        return True
    return doc.gap(after - 1, after).strip()[:1] in (",", ".")  # or the sentence ends with it


def _second_title(doc: Document, position: int) -> bool:
    """ "برئاسة محافظ البنك المركزي، رئيس اللجنة، عبدالرحمن ...": a title set off by commas
    after the first, then its holder."""
    return doc.gap(position - 1, position).strip() == "," and bool(
        ROLE_WORDS.match_at(doc.tokens, position)
    )


def _after_abbreviation(doc: Document, position: int) -> bool:
    """ "رئيسة الشبكة د. سناء أبو غزالة": the dot of "د." ends no phrase."""
    return (
        doc.gap(position - 1, position).strip() == "." and len(doc.tokens[position - 1].text) == 1
    )


def after_preposition(doc: Document, mention: Mention) -> bool:
    """ "بالمركز الدولي", "في المعهد": a place of the event, not its subject."""
    index = doc.token_index(mention.start)
    before = doc.tokens[index - 1].text if index else ""
    return preposition_attached(doc, mention, "بل") or before in VENUE


def represented(doc: Document, mention: Mention) -> bool:
    """ "العميد ... ممثلا المدير العام للأمن العام اللواء ...": whom an attendee stands for was
    not there; "ممثلا بالعميد ..." names who was."""
    index = doc.token_index(mention.start)
    for back in range(index - 1, max(-1, index - MAX_TITLE_WORDS), -1):
        word, following = doc.tokens[back].text, doc.tokens[back + 1].text
        if word in ON_BEHALF:
            return not (following.startswith("ب") or following == "في")
        if doc.gap(back, back + 1).strip():
            return False
    return False
