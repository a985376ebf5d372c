"""Which agents a role's cue takes: the one right after it, every one of a list up to the next
cue (and over the bulleted lines a colon opens), or, when nothing follows a verb, its subject
before it ("العقيد رائد ... قد افتتح الدورة")."""

import re
from typing import Final

from kg.extract.agent_lists import acting_for
from kg.extract.agents import (
    ROLE_CUES,
    after_preposition,
    agents_after,
    all_agents,
    is_agent,
    represented,
)
from kg.extract.document import Document, Mention
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseMatch

CLOSER, EXECUTOR = words.CLOSER, words.EXECUTOR
POSSESSIVE_VENUES: Final = normalized_set(words.POSSESSIVE_VENUES)
SEAT_CUES: Final = normalized_set(words.SEAT_CUES)
MASCULINE_RELATIVE: Final = "الذي"
CLAUSE_OPENERS: Final = normalized_set(("فيما", "بينما", "كما", "ثم", "حيث", "بعدها", "وبعدها"))
MAX_LOOKBACK_WORDS: Final = 12
LIST_ITEM: Final = re.compile(words.LIST_ITEM_PATTERN)
RELATIVE_PRONOUNS: Final = normalized_set(("التي", "الذي", "اللتين", "اللذين"))
LIST_ROLES: Final = ("participant", words.PANEL)
# Cues that name those taking part only before a list they open with a colon.
LISTED_ONLY: Final = tuple(normalized_set(words.LISTED_ONLY_CUES))  # after any proclitic
LIST_COLON_REACH: Final = 3  # words between the cue and its colon ("في التمرين")
RECEPTION_VERBS: Final = normalized_set(words.RECEPTION_VERBS)
DUAL_VERBS: Final = normalized_set(words.DUAL_SIGNING_VERBS)
SUBORDINATE: Final = normalized_set(("التابع", "التابعة", "التابعه"))
AMMA: Final = normalized_set(("أما", "وأما"))  # "أما X فأوضح": X is the subject
KANA: Final = normalized_set(words.PLUPERFECT)
JOINTLY: Final = normalized_set(("مشترك", "مشتركة", "مناصفة"))  # not "الاجتماع المشترك"
SHARED: Final = normalized_set(("المشتركة",))  # right after the cue: "تحت الرئاسة المشتركة"
JOINTLY_REACH: Final = 5  # words from the cue: "ترأس الجلسة الافتتاحية بشكل مشترك"
KANA_REACH: Final = 12  # words from كان to قد and the verb


def cue_agents(doc: Document, cue: PhraseMatch, sentence_start: int, limit: int) -> list[Mention]:
    """The agents a cue takes, up to `limit`."""
    if doc.text[cue.start : cue.end].endswith(LISTED_ONLY) and not _list_follows(doc, cue):
        return []  # "رحب بالدول المشاركة": those taking part, not named here
    if doc.text[cue.start : cue.end] in POSSESSIVE_VENUES:
        return _antecedent(doc, cue, sentence_start)
    if doc.text[cue.start : cue.end] in SEAT_CUES:
        return agents_after(doc, cue.last, limit)[:1]
    if doc.text[cue.start : cue.end] in DUAL_VERBS:
        return _pair_before(doc, cue, sentence_start)
    if cue.value in LIST_ROLES or list_opener(doc, cue) is not None or _jointly(doc, cue):
        return all_agents(doc, cue.end, limit)
    if cue.value in (CLOSER, EXECUTOR):
        return _subject_after(doc, cue, limit)
    own_end = doc.sentence_at(cue.start).end
    if own_end < limit and not agents_after(doc, cue.last, own_end):
        return _bullet_heads(doc, cue, limit)
    limit = min(limit, own_end)  # the bulleted lines are not the list of one named before them
    if cue.value == "host" and (subject := _subject_of_kana(doc, cue)):
        return [subject]  # "إن مدير عام الإدارة ... اللواء عادل الرشيدي كان في استقبال الوفد"
    receiving = doc.text[cue.start : cue.end] in RECEPTION_VERBS
    if receiving and (subject := _subject_right_before(doc, cue)):
        return [subject]  # "إن الفريق الركن الدوسري استقبل السفير بيانكوني": the one receiving
    if receiving and (kana := _kana_before(doc, cue)) is not None:
        return agents_after(doc, kana + 1, cue.start)[:1]  # "وكان رئيس الجامعة قد استقبل ..."
    after = agents_after(doc, cue.last, limit, topics=cue.value == "speaker")
    if receiving:
        after = _receivers(doc, after)
    speaker_before = cue.value in words.PERSON_ROLES and relative_cue(
        doc, cue
    )  # "X، ...، الذي استعرض"
    if speaker_before and not any(m.entity.kind == "person" for m in after):
        return _agent_before(doc, cue, sentence_start)
    if after or not is_verb_cue(doc, cue):
        return after
    return _agent_before(doc, cue, sentence_start)


def _jointly(doc: Document, cue: PhraseMatch) -> bool:
    """ "وترأس الجلسة الافتتاحية بشكل مشترك اللواء ...، والدكتورة ...": chairs who share the
    chair, each of a list."""
    if cue.value == words.CO_CHAIR:
        return True
    if cue.value != "chair":
        return False
    following = doc.tokens[cue.last : cue.last + JOINTLY_REACH]
    shared = bool(following) and following[0].text in SHARED
    return shared or any(t.text in JOINTLY for t in following)


def _bullet_heads(doc: Document, cue: PhraseMatch, limit: int) -> list[Mention]:
    """ "وتحدث فيها على التوالي:" and a bulleted line for each: the one each line opens with
    (the bodies after are where that one comes from)."""
    first = doc.sentence_at(cue.start).index + 1
    lines = (s for s in doc.sentences[first:] if s.end <= limit)
    return [agents[0] for s in lines if (agents := all_agents(doc, s.start, s.end))]


def _receivers(doc: Document, agents: list[Mention]) -> list[Mention]:
    """ "استقبل الفريق ناصر المنصوري، سعادة يرلان بيكوف، سفير ...": after the receiver, one set off
    by a comma alone is the guest; only one joined by و receives with him."""
    for number in range(1, len(agents)):
        between = doc.text[agents[number - 1].end : agents[number].start]
        if not between.rpartition(",")[2].lstrip().startswith("و"):
            return agents[:number]
    return agents


def _list_follows(doc: Document, cue: PhraseMatch) -> bool:
    """A colon within a few words after the cue: "الدول المشاركة في التمرين: ..."."""
    last = min(len(doc.tokens) - 1, cue.last + LIST_COLON_REACH)
    return any(":" in doc.gap(index - 1, index) for index in range(cue.last, last + 1))


def _subject_after(doc: Document, cue: PhraseMatch, limit: int) -> list[Mention]:
    """ "اختتمت الأكاديمية الدورة": only the subject right after the verb (not "اختتمت
    بالمركز"), and the unit acting for it ("، ممثلة في كلية ...")."""
    after = agents_after(doc, cue.last, limit, lookahead=0)
    subject = [m for m in after[:1] if not after_preposition(doc, m)]
    return subject + [m for m in after[1:2] if subject and acting_for(doc, subject[0], m)]


EACH: Final = frozenset(("كل", "لكل"))  # "مداخلات لكل من ..."
LIST_OPENER_REACH: Final = 8  # words from the cue to "كل من"
LIST_OPENER_CHARS: Final = 160  # more than those words take


def list_opener(doc: Document, cue: PhraseMatch) -> int | None:
    """ "ويقدّم المحاضرات كل من الدكتور ...، والمقدم ...", "مداخلات لكل من ...": where "كل من"
    opens a list of the cue's agents, in the cue's own clause ("وقّع المذكرة في مقر القيادة كلٌّ
    من ...")."""
    if doc.text.find("كل", cue.end, cue.end + LIST_OPENER_CHARS) < 0:
        return None  # most cues: no list opener near, and the token walk below is slow
    for index in range(cue.last, min(len(doc.tokens) - 1, cue.last + LIST_OPENER_REACH)):
        if index > cue.last and doc.gap(index - 1, index).strip():
            return None
        if doc.tokens[index].text in EACH and doc.tokens[index + 1].text == "من":
            return doc.tokens[index].start
    return None


def _antecedent(doc: Document, cue: PhraseMatch, sentence_start: int) -> list[Mention]:
    """The body "مقرها" refers to: the last one named before it in the sentence."""
    bodies = [
        m for m in doc.mentions_between(sentence_start, cue.start) if m.entity.kind == "agency"
    ]
    return [bodies[-1]] if bodies else []


def is_verb_cue(doc: Document, cue: PhraseMatch) -> bool:
    """Only a verb's subject can stand before it ("... قد افتتح الدورة"); "بالتعاون مع" and
    "تحت رعاية" introduce what follows them."""
    first = doc.text[cue.start : cue.end].split()[0].removeprefix("و")
    return not first.startswith(("ب", "تحت", "في", "من", "مع", "لل"))


def _agent_before(doc: Document, cue: PhraseMatch, sentence_start: int) -> list[Mention]:
    """ "وكان العقيد رائد الزعبي مدير إدارة البحث الجنائي قد افتتح الدورة": the subject before;
    none after a clause opener ("فيما عرض ...") or for a verb joined by و ("، وأكد ..."), whose
    verb takes its subject after it; none that was only represented ("ممثلا المدير العام")."""
    word = doc.tokens[cue.first].text
    joined = word[:1] in ("و", "ف") and word[1:] in ROLE_CUES.firsts  # "وأكد", not "وقع"
    if joined and word[:1] == "ف" and _amma_opens(doc, cue, sentence_start):
        joined = False  # "أما سفير الاتحاد ...، السيد ماركو بيليني، فأوضح": the subject before
    previous = doc.tokens[cue.first - 1].text if cue.first else ""
    if joined or previous in CLAUSE_OPENERS or _about_no_agent(doc, cue, previous):
        return []
    person_only = cue.value in words.PERSON_ROLES  # "وكان اللواء ...، رئيس الأكاديمية، قد افتتح"
    before = [
        m
        for m in doc.mentions_between(sentence_start, cue.start)
        if is_agent(m)
        and cue.first - doc.token_index(m.start) <= MAX_LOOKBACK_WORDS
        and (m.entity.kind == "person" or not person_only)
        and not represented(doc, m)
    ]
    if not before:
        return []
    subject = before[-1]
    if len(before) > 1 and _parent_of(doc, before[-2], subject):
        subject = before[-2]  # "الإدارة الفرعية ...، التابعة للإدارة العامة ...، نظمت"
    post = next((p for p in doc.posts if p.organization is subject.entity), None)
    if post is not None:  # the last name was the organization in a post title: its holder acts
        holder = [m for m in before if m.entity is post.holder]
        subject = holder[-1] if holder else subject
    gap = doc.text[subject.end : cue.start]
    return [subject] if "." not in gap and ";" not in gap else []


def _parent_of(doc: Document, unit: Mention, parent: Mention) -> bool:
    """ "X، التابعة للإدارة العامة": the body named after "التابع(ة) لـ" is X's parent."""
    between = doc.text[unit.end : parent.start].strip(" ,").split()
    return bool(between) and between[-1] in SUBORDINATE


def _pair_before(doc: Document, cue: PhraseMatch, sentence_start: int) -> list[Mention]:
    """The two subjects of a verb in the dual, named before it in its sentence: two people,
    else two bodies."""
    before = [
        m
        for m in doc.mentions_between(sentence_start, cue.start)
        if is_agent(m) and not m.nested and not represented(doc, m)
    ]
    people = [m for m in before if m.entity.kind == "person"]
    return (people if len(people) >= 2 else before)[-2:]


def _amma_opens(doc: Document, cue: PhraseMatch, sentence_start: int) -> bool:
    first = doc.token_index(sentence_start)
    return any(t.text in AMMA for t in doc.tokens[first : cue.first])


def _subject_right_before(doc: Document, cue: PhraseMatch) -> Mention | None:
    """The agent named right before a verb on its line, with nothing between: its subject (not
    the news agency of a dateline the line before: "بغداد - واع" and "استقبل وزير ...")."""
    return _agent_right_before(doc, cue.start)


def _subject_of_kana(doc: Document, cue: PhraseMatch) -> Mention | None:
    """ "X كان في استقبال الوفد": the agent right before كان, which opens the cue."""
    if cue.first < 2 or doc.tokens[cue.first - 1].text not in KANA:
        return None
    if doc.gap(cue.first - 2, cue.first - 1).strip():
        return None
    return _agent_right_before(doc, doc.tokens[cue.first - 1].start)


def _agent_right_before(doc: Document, start: int) -> Mention | None:
    """The longest agent that ends right before `start`, with nothing but spaces between."""
    before = [m for m in doc.mentions.covering(start - 2) if is_agent(m)]
    agent = max(before, key=lambda m: m.end - m.start, default=None)
    between = doc.text[agent.end : start] if agent else "-"
    return agent if not between.strip() and "\n" not in between else None


def _kana_before(doc: Document, cue: PhraseMatch) -> int | None:
    """ "وكان رئيس الجامعة قد استقبل وفد الإنتربول": the token of كان whose subject, before
    قد, receives; the guest follows the verb."""
    if cue.first < 2 or doc.tokens[cue.first - 1].text != "قد":
        return None
    first = max(0, cue.first - KANA_REACH)
    return next(
        (i for i in range(cue.first - 2, first - 1, -1) if doc.tokens[i].text in KANA), None
    )


def _about_no_agent(doc: Document, cue: PhraseMatch, previous: str) -> bool:
    """ "الاجتماع ... الذي عُقد بمقر الوزارة": a relative clause on something other than an
    agent (an event, here passive) has no subject before it; "العميد X الذي قدم" has. "الذي"
    does not refer back to a body whose name is feminine ("للجنة الوطنية ...، الذي عُقد")."""
    if previous not in RELATIVE_PRONOUNS or cue.first < 2:
        return False
    before = doc.tokens[cue.first - 2]
    agents = [m for m in doc.mentions.covering(before.start) if m.end == before.end]
    if previous == MASCULINE_RELATIVE:
        agents = [m for m in agents if not _feminine_body(doc, m)]
    posted = any(p.end == before.end for p in doc.posts)  # "X، مدير ... بشرطة ...، الذي"
    return not (agents or posted)


def _feminine_body(doc: Document, mention) -> bool:
    head = doc.text[mention.start : mention.end].split()[0]
    return mention.entity.kind == "agency" and head.endswith("ه")


def list_end(doc: Document, later: list[PhraseMatch], end: int) -> int:
    """ "حضر الندوة التي نظمتها الجامعة يوم ... كل من ...": a list of attendees runs past a
    relative clause on the event to the next cue of the main clause, and past the bulleted lines
    a colon opens."""
    main = [c for c in later if not relative_cue(doc, c)]
    return main[0].start if main else past_bullets(doc, end)


def past_bullets(doc: Document, end: int) -> int:
    """ "ويشارك في الورشة ممثلون عن:" and a bulleted line for each: a list that a colon opens runs
    over the lines of the list after it."""
    if not doc.text[:end].rstrip().endswith(":"):
        return end
    index = doc.sentence_at(max(0, end - 1)).index + 1
    while index < len(doc.sentences):
        sentence = doc.sentences[index]
        if not LIST_ITEM.match(doc.text, sentence.start):
            break
        end, index = sentence.end, index + 1
    return end


def relative_cue(doc: Document, cue: PhraseMatch) -> bool:
    return any(
        doc.tokens[i].text in RELATIVE_PRONOUNS for i in (cue.first, cue.first - 1) if i >= 0
    )
