"""Who did what at each event: agents found from the cue phrases in the event's sentences.

A cue ("نظمت", "بالتعاون مع", "افتتح", "بمشاركة" ...) names a role; its agent follows it (VSO,
after honorifics, fillers or a post title: "تحت رعاية معالي وزير الداخلية الفريق ... حسين"), or,
when nothing follows, precedes it ("العقيد رائد ... قد افتتح الدورة"). Participation cues take
every agent up to the next cue: "بمشاركة وفود من السعودية والأردن والكويت" (which agents a cue
takes: `kg.extract.cue_agents`).
"""

from typing import Final

from kg.extract.agents import (
    ROLE_CUES,
)
from kg.extract.cue_agents import (
    LIST_ROLES,
    RELATIVE_PRONOUNS,
    cue_agents,
    is_verb_cue,
    list_end,
    list_opener,
    past_bullets,
)
from kg.extract.document import Document, Entity, Event, Mention
from kg.extract.event_parties import (
    council_of_session,
    delegations_of_the_main_event,
    hosts_bodies,
    participants_without_other_roles,
    parties,
    shared_attendance,
    venue,
)
from kg.extract.events import TRIGGERS, introduces_another
from kg.extract.expert_bodies import expert_bodies
from kg.extract.kind_roles import roles_the_kind_allows
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.panels import panel_cue, panel_role
from kg.extract.phrases import PhraseMatch, PhraseTable
from kg.extract.receptions import receiver_before
from kg.extract.statements import only_a_statement
from kg.extract.tokens import clitic_readings

ROLE_NAMES: Final = frozenset(words.EVENT_ROLES)

VERBAL_NOUNS: Final = PhraseTable(words.VERBAL_NOUN_ROLES)
BY_AGENT, CLOSER, EXECUTOR = words.BY_AGENT, words.CLOSER, words.EXECUTOR
DELEGATION: Final = normalized_set(words.DELEGATION_WORDS)
VISITING_VERBS: Final = normalized_set(words.VISITING_VERBS)
ACTIVITIES: Final = normalized_set(words.PLURAL_ACTIVITIES)
FRAMING: Final = normalized_set(("تأطير",))  # a noun whose agent follows it after "على"
PLURAL_NOUNS: Final = normalized_set(("نظم",))  # a verb, or the plural of "نظام"
PREPOSITIONS: Final = normalized_set(("على", "إلى", "عن", "حول"))
OPENING_SPEECHES: Final = normalized_set(words.OPENING_SPEECHES)
OPENERS_SPEECH: Final = normalized_set(words.OPENERS_SPEECH)
AMONG_THEM: Final = normalized_set(words.AMONG_THEM)
AMONG_THINGS: Final = normalized_set(words.AMONG_THINGS)
TOURING_WORDS: Final = normalized_set(words.TOURING_WORDS)
FUTURE_DAYS: Final = normalized_set(("غدا", "غدًا", "غداً"))
FUTURE_REACH: Final = 4  # words after the cue: "يزور الوفد المغربي غدا"


def find_roles(doc: Document) -> Document:
    for event in doc.events:
        for index in event.sentences:
            if index != event.sentences[0] and introduces_another(doc, event, index):
                continue  # "وعقب اللقاء، ترأس الوزيران اجتماعا ضم ...": who takes part in that
            sentence = doc.sentences[index]
            _roles_in(doc, event, sentence.start, sentence.end)
        if event.kind in words.SESSION_EVENTS:
            council_of_session(doc, event)
        if event.kind in words.PARTY_EVENTS:
            hosts_bodies(doc, event)
            parties(doc, event)
        venue(doc, event)
        _speaking_openers(doc, event)
        roles_the_kind_allows(doc, event)  # a role it drops keeps no one from taking part
        participants_without_other_roles(doc, event)
    shared_attendance(doc)
    delegations_of_the_main_event(doc)
    _no_roles_for_bystanders(doc)
    for event in doc.events:
        roles_the_kind_allows(doc, event)
    return doc


def _no_roles_for_bystanders(doc: Document) -> None:
    """A body named only where it takes no part ("بدول مجلس التعاون ...") plays no role."""
    if not doc.bystanders:
        return
    acting = {id(m.entity) for m in doc.mentions if not m.nested and m.start not in doc.bystanders}
    doc.facts = [f for f in doc.facts if not _bystanders_role(f, acting)]


def _bystanders_role(fact, acting: set[int]) -> bool:
    return (
        fact.predicate in ROLE_NAMES
        and isinstance(fact.object, Entity)
        and id(fact.object) not in acting
    )


def _speaking_openers(doc: Document, event: Event) -> None:
    """ "افتتح الورشة اللواء ...، مؤكدا في كلمته أن", "افتتح ... بكلمة": the opener who gives a
    speech is also one of its speakers."""
    openers = [f for f in doc.facts if f.subject is event and f.predicate == "opener"]
    for fact in openers:
        if fact.object.kind != "person" or _has_role(doc, event, fact.object, ("speaker",)):
            continue
        sentence = doc.sentence_at(fact.start)
        first, last = doc.token_index(sentence.start), doc.token_index(sentence.end)
        if any(t.text in OPENERS_SPEECH for t in doc.tokens[first:last]):
            doc.fact(event, "speaker", fact.object, fact.start, fact.end)


def _roles_in(doc: Document, event: Event, start: int, end: int) -> None:
    found = ROLE_CUES.find_all(doc.tokens, doc.token_index(start), doc.token_index(end))
    cues = [panel_cue(doc, c) for c in found if not _verbal_noun(doc, c)]
    opening_speech = _opening_speech(doc, cues)
    # a panel's chair, named in a relative clause inside its list, is known before the panel
    for number, cue in sorted(enumerate(cues), key=lambda item: item[1].value == words.PANEL):
        following = cues[number + 1] if number + 1 < len(cues) else None
        if _about_other_activities(doc, cue) or _passive_verb(doc, cue, following):
            continue
        if _places_toured(doc, cue):
            continue  # "زيارات ميدانية لعدد من الإدارات، من بينها الإدارة العامة ..."
        if _tomorrow(doc, cue):
            continue  # "ويزور الوفد المغربي غدا المجلس الأعلى للقضاء": not this event's
        # the last cue of a sentence that ends with a colon goes on over the bulleted lines
        # after it ("وتحدث فيها على التوالي:" and a line for each speaker)
        limit = following.start if following else past_bullets(doc, end)
        if (opener := list_opener(doc, cue)) is not None:  # past a cue before "كل من"
            limit = list_end(doc, [c for c in cues[number + 1 :] if c.start > opener], end)
        elif cue.value in LIST_ROLES:
            limit = list_end(doc, cues[number + 1 :], end)
        role: str | None = "opener" if cue is opening_speech else _delegation_head(doc, cue)
        if number and _among_them(doc, cue, cues[number - 1]):
            role = cues[number - 1].value  # "قدّمها خبراء ...، من بينهم ...": the lecturers
        if role == BY_AGENT:
            role = _passive_role(doc, cues[number - 1] if number else None, cue)
        if role is None or (role == "speaker" and only_a_statement(doc, event, cue)):
            continue
        if role == "host" and (receiver := receiver_before(doc, cue, limit)) is not None:
            doc.fact(event, "host", receiver, cue.start, cue.end)  # "ثم استقبل ..."
            role = "participant"
        visiting = _visiting(doc, cue)
        experts = expert_bodies(doc, cue, limit) if role == "speaker" else []
        for agent in cue_agents(doc, cue, start, limit) + experts:
            if (
                role in words.PERSON_ROLES
                and agent.entity.kind != "person"
                and agent not in experts
            ):
                continue
            if visiting and agent.entity.cls == "Country":
                continue  # "الذي يزور العراق": where the visit goes, not who takes part
            evidence = (min(cue.start, agent.start), max(cue.end, agent.end))
            taken = _role_taken(doc, event, role, agent)
            if taken is None:
                continue
            doc.fact(event, _role_for(taken, agent), agent.entity, *evidence)


def _visiting(doc: Document, cue: PhraseMatch) -> bool:
    return doc.tokens[cue.first].text.removeprefix("و") in VISITING_VERBS


def _role_taken(doc: Document, event: Event, role: str, agent: Mention) -> str | None:
    if role == "chair" and _events_body(doc, agent):
        return "organizer"
    return panel_role(doc, event, agent) if role == words.PANEL else role


def _among_them(doc: Document, cue: PhraseMatch, previous: PhraseMatch) -> bool:
    """ "من بينهم" names some of those the cue before it in the sentence spoke of, a few words
    back ("قدّمها خبراء من المنظمة، من بينهم ..."): they play its role."""
    return (
        doc.text[cue.start : cue.end] in AMONG_THEM
        and previous.value == "speaker"
        and cue.first - previous.last <= words.AMONG_REACH
        and doc.sentence_at(previous.start) is doc.sentence_at(cue.start)
    )


def _events_body(doc: Document, agent: Mention) -> bool:
    """ "ترأس الوزير الاجتماع الدوري للجنة العليا": the body in the genitive after the event
    holds it; the chair is the one who presides."""
    if agent.entity.kind != "agency" or doc.text[agent.start] != "ل":
        return False
    index = doc.token_index(agent.start)
    return any(TRIGGERS.match_at(doc.tokens, i) for i in range(max(0, index - 3), index))


def _verbal_noun(doc: Document, cue: PhraseMatch) -> bool:
    """ "حرصها على استضافة البرامج": after a preposition the word is a noun, not a verb; so is
    "نظم" before a definite word that names no agent ("خبيرة نظم الجودة": quality systems)."""
    word = doc.tokens[cue.first].text
    framing = word in FRAMING  # "وتناوب على تأطير الورشات كل من ..."
    before = doc.tokens[cue.first - 1].text if cue.first > 0 else ""
    if is_verb_cue(doc, cue) and before in PREPOSITIONS and not framing:
        return True
    if word.startswith("ل") and word[1:] in ROLE_CUES.firsts and is_verb_cue(doc, cue):
        return True  # "الاستعدادات لاستضافة الدولة الاجتماع": a purpose, not what was done
    if doc.text[cue.start : cue.end] not in PLURAL_NOUNS or cue.last >= len(doc.tokens):
        return False
    following = doc.tokens[cue.last]
    return following.text.startswith("ال") and doc.mention_starting(cue.last) is None


def _passive_role(doc: Document, previous: PhraseMatch | None, cue: PhraseMatch) -> str | None:
    """ "تم تنظيم الدورة ... من قبل الإدارة العامة للمرور", "افتُتحت الورشة من طرف الوالي": the
    agent after "من قبل" does what the verbal noun or the passive verb before it says."""
    first = max(previous.last if previous else 0, cue.first - words.PASSIVE_WINDOW)
    for index in range(cue.first - 1, first - 1, -1):
        noun = VERBAL_NOUNS.match_at(doc.tokens, index)
        if noun is not None:
            return noun.value
        if index and doc.gap(index - 1, index).strip() in (",", ";", "."):
            break  # the verbal noun is in the same clause
    if previous is not None and _passive_verb(doc, previous, cue):
        return previous.value
    return None


def _passive_verb(doc: Document, cue: PhraseMatch, following: PhraseMatch | None) -> bool:
    """A verb whose agent a "من قبل" shortly after names: "افتُتحت الدورة ... من قبل ..."."""
    return (
        following is not None
        and following.value == BY_AGENT
        and cue.value not in (BY_AGENT, "participant")
        and is_verb_cue(doc, cue)
        and following.first - cue.last <= words.PASSIVE_WINDOW
    )


def _role_for(role: str, agent: Mention) -> str:
    """ "عقد الأمين العام المساعد اجتماعا": a person who holds a meeting takes part in it."""
    agency = agent.entity.kind == "agency" and agent.entity.cls != "Country"
    if role == CLOSER:  # the body closing its event held it; a person closing it spoke
        return "organizer" if agency else "speaker"
    if role in (EXECUTOR, words.HANDER):  # the body carrying it out held it; a person took part
        return "organizer" if agency else "participant"
    if agent.entity.cls == "Country" and role in words.NO_STATE_ROLES:
        return "participant"  # "بمشاركة ... وبرئاسة المغرب": a state takes part
    return "participant" if role in words.AGENCY_ROLES and not agency else role


def _tomorrow(doc: Document, cue: PhraseMatch) -> bool:
    """A cue whose clause is about tomorrow: a visit or a meeting still to come."""
    following = doc.tokens[cue.last : cue.last + FUTURE_REACH]
    return any(t.text in FUTURE_DAYS for t in following)


def _about_other_activities(doc: Document, cue: PhraseMatch) -> bool:
    """ "المؤتمرات والاجتماعات التي عقدتها الأمانة": a relative clause on plural activities tells
    who organized those, not this event ("مؤتمر مكافحة المخدرات، الذي تنظمه" is this one)."""
    pronoun = next(
        (
            i
            for i in (cue.first, cue.first - 1)
            if i > 0 and doc.tokens[i].text in RELATIVE_PRONOUNS
        ),
        None,
    )
    return pronoun is not None and bool(
        ACTIVITIES.intersection(clitic_readings(doc.tokens[pronoun - 1].text))
    )


def _places_toured(doc: Document, cue: PhraseMatch) -> bool:
    if doc.text[cue.start : cue.end] not in AMONG_THINGS:
        return False
    before = doc.tokens[max(0, cue.first - words.TOURING_REACH) : cue.first]
    return any(t.text in TOURING_WORDS for t in before)


def _opening_speech(doc: Document, cues: list[PhraseMatch]) -> PhraseMatch | None:
    """ "وفي كلمتها الافتتاحية، قالت X", "قال X في افتتاح الندوة": the sentence's first speech
    is the opening one when the sentence says so without a verb of its own; or a speech the
    verb gives as the opening one."""
    if not any(c.value == "opener" and not is_verb_cue(doc, c) for c in cues):
        return next((c for c in cues if c.value == "speaker" and _gives_opening(doc, c)), None)
    return next((c for c in cues if c.value == "speaker"), None)


def _gives_opening(doc: Document, cue: PhraseMatch) -> bool:
    """ "وألقى العميد ... قائد الأكاديمية كلمة الافتتاح": the speech the verb gives opens."""
    reach = doc.tokens[cue.last : cue.last + words.OPENING_SPEECH_REACH]
    text = doc.text[cue.end : reach[-1].end] if reach else ""
    return any(speech in text for speech in OPENING_SPEECHES)


def _delegation_head(doc: Document, cue: PhraseMatch) -> str:
    """ "وفد من الأكاديمية برئاسة اللواء ...": the head of a delegation takes part."""
    if cue.value == words.CO_CHAIR:
        return "chair"
    if cue.value != "chair":
        return cue.value
    first = max(
        0, cue.first - words.DELEGATION_WINDOW, doc.token_index(doc.sentence_at(cue.start).start)
    )
    # "بوفد ترأسه"; not "عقد رؤساء الوفود اجتماعا برئاسة ...": the meeting's chair
    delegation = next(
        (i for i in range(cue.first - 1, first - 1, -1) if _delegation(doc.tokens[i].text)), None
    )
    led = delegation is not None and not any(
        _held_event(doc, i) for i in range(delegation + 1, cue.first)
    )
    # "وترأس الوفد نائب المدير التنفيذي ...": the delegation the verb takes
    led = led or (cue.last < len(doc.tokens) and _delegation(doc.tokens[cue.last].text))
    return "participant" if led else "chair"


def _held_event(doc: Document, index: int) -> bool:
    """An event other than a visit: the delegation comes on a visit, but holds a meeting."""
    trigger = TRIGGERS.match_at(doc.tokens, index)
    return trigger is not None and trigger.value != "visit"


def _delegation(word: str) -> bool:
    return not DELEGATION.isdisjoint(clitic_readings(word))


def _has_role(doc: Document, event: Event, agent: Entity, roles: tuple[str, ...]) -> bool:
    return any(f.subject is event and f.object is agent and f.predicate in roles for f in doc.facts)
