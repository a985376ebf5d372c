"""Roles an event's agents take from the event as a whole rather than from one cue: the council
whose session it is, the body of the official who receives a visit, the venue, every party to a
meeting; and no agent is both a participant and something more, but for who signs and speaks."""

import re
from collections import Counter
from typing import Final

from kg.extract.agent_lists import NOT_VENUE
from kg.extract.agents import VENUE, all_agents
from kg.extract.document import Document, Entity, Event, Mention, Post
from kg.extract.head_nouns import preposition_attached
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.word_shapes import adjective_like

MAX_EVENT_ADJECTIVES: Final = 2
OWN_COUNCIL: Final = ("للمجلس",)  # a session named with its council's short form
ATTENDING: Final = frozenset(("حضر", "وحضر", "حضرت", "وحضرت"))
ATTENDED: Final = {normalize_string(w): kinds for w, kinds in words.ATTENDED_EVENTS.items()}
ATTENDED_PAIRS: Final = {normalize_string(w): kinds for w, kinds in words.ATTENDED_PAIRS.items()}
MAX_ATTENDED_WORDS: Final = 4  # "حضر اللقاء ومراسم التوقيع"
SECRETARIAT: Final = normalize_string("الأمانة العامة")
SIGNED: Final = normalized_set(("وقع", "ووقع", "وقعت", "ووقعت", "وقعها", "ووقعها"))


def participants_without_other_roles(doc: Document, event: Event) -> None:
    """Who organizes, hosts, chairs or speaks at an event is not also listed as taking part."""
    facts = [f for f in doc.facts if f.subject is event]
    beside = words.ROLES_BESIDE_PARTICIPANT.get(event.kind, ())
    over = [r for r in words.ROLES_OVER_PARTICIPANT if r not in beside]
    acting = {id(f.object) for f in facts if f.predicate in over}
    doc.facts = [
        f
        for f in doc.facts
        if not (f.subject is event and f.predicate == "participant" and id(f.object) in acting)
    ]


def council_of_session(doc: Document, event: Event) -> None:
    """ "أعمال الدورة الحادية والأربعين لمجلس وزراء الداخلية العرب", "الاجتماع الدوري للجنة
    ...": the council or committee whose session or meeting it is holds it, unless the text
    names who organized it."""
    if _has_fact(doc, event, "organizer"):
        return
    if doc.text[event.start : event.end].rstrip(" ,").endswith(OWN_COUNCIL):
        council = _council_most_named(doc)  # "أعمال الدورة العادية الحادية والأربعين للمجلس"
        if council is not None:
            doc.fact(event, "organizer", council.entity, event.start, event.end)
            return
    after = doc.token_index(event.end)
    for _ in range(MAX_EVENT_ADJECTIVES):  # "الاجتماع الدوري للجنة ...", "الاجتماع الثالث ل..."
        if after < len(doc.tokens) and adjective_like(doc.tokens[after].text):
            after += 1
    reach = doc.tokens[after].end if after < len(doc.tokens) else event.end
    for mention in doc.mentions_between(event.start, doc.sentence_at(event.start).end):
        if mention.start > reach:
            return
        construct = mention.start <= event.end + 1  # "جلسة المجلس الوطني ...", "اجتماع مجلس ..."
        if mention.entity.kind == "agency" and (doc.text[mention.start] == "ل" or construct):
            doc.fact(event, "organizer", mention.entity, event.start, mention.end)
            return


def _council_most_named(doc: Document) -> Mention | None:
    """The council the document names most often, which "المجلس" then means."""
    councils = [
        m for m in doc.mentions if m.entity.kind == "agency" and m.entity.label.startswith("مجلس")
    ]
    counts = Counter(id(m.entity) for m in councils)
    return max(councils, key=lambda m: counts[id(m.entity)]) if councils else None


def _has_fact(doc: Document, event: Event, predicate: str) -> bool:
    return any(f.subject is event and f.predicate == predicate for f in doc.facts)


def hosts_bodies(doc: Document, event: Event) -> None:
    """ "استقبل وكيل وزارة الداخلية الفريق ناصر المطوع": the official receives on behalf of
    the body whose post he holds, so that body hosts too, where the event's sentence names it
    (a minister's title alone names the official, not where he receives)."""
    hosts = [f.object for f in doc.facts if f.subject is event and f.predicate == "host"]
    for post in doc.posts:
        body = post.organization
        if (
            post.holder in hosts
            and body is not None
            and body.kind == "agency"
            and _named_in(doc, body, event)
        ):
            body = _secretariat(doc, post, body) or body
            if body not in hosts:
                hosts.append(body)
                doc.fact(event, "host", body, post.start, post.end)


def _secretariat(doc: Document, post: Post, body: Entity) -> Entity | None:
    """ "استقبل الأمين العام لمجلس وزراء الداخلية العرب": a secretary-general receives at the
    general secretariat he heads, where the text names it, not at the council."""
    if post.role not in words.SECRETARIAT_HEADS:
        return None
    # "الأمانة العامة لمجلس ..." is "الأمانة العامة" and the body's name after لـ (للـ for ال)
    name = normalize_string(body.label)
    of_body = SECRETARIAT + " " + ("لل" + name[2:] if name.startswith("ال") else "ل" + name)
    return next(
        (e for e in doc.entities() if e.kind == "agency" and normalize_string(e.label) == of_body),
        None,
    )


def _named_in(doc: Document, body, event: Event) -> bool:
    sentence = doc.sentences[event.sentences[0]]
    return any(m.entity is body for m in doc.mentions_between(sentence.start, sentence.end))


def venue(doc: Document, event: Event) -> None:
    """The body where the event takes place hosts it: "في أكاديمية الشرطة الملكية"."""
    if any(f.subject is event and f.predicate == "host" for f in doc.facts):
        return
    sentence = doc.sentences[event.sentences[0]]
    for mention in doc.mentions_between(sentence.start, sentence.end):
        if mention.entity.kind == "agency" and _at_venue(doc, mention):
            doc.fact(event, "host", mention.entity, mention.start, mention.end)
            return


def _at_venue(doc: Document, mention: Mention) -> bool:
    index = doc.token_index(mention.start)
    before = doc.tokens[index - 1].text if index else ""
    two_before = " ".join(t.text for t in doc.tokens[max(0, index - 2) : index])
    acting = index >= 2 and doc.tokens[index - 2].text in NOT_VENUE  # "ممثلة في الكلية"
    if before in NOT_VENUE or acting or _completes_name(doc, mention):
        return False
    return before in VENUE or two_before in VENUE or preposition_attached(doc, mention)


def _completes_name(doc: Document, mention: Mention) -> bool:
    """ "قسم علم النفس في كلية الآداب", "مدير إدارة مكافحة الإرهاب في الإنتربول": the body
    after "في" or ب locates a unit or a post, not the event."""
    index = doc.token_index(mention.start)
    attached = preposition_attached(doc, mention)
    link = index if attached else index - 1  # the token holding the "في" or the ب
    if link < 1:
        return False
    before = doc.tokens[link - 1]
    return any(m.start <= before.start < m.end and m.entity.kind != "place" for m in doc.mentions)


def parties(doc: Document, event: Event) -> None:
    """Everyone the sentence introducing a meeting, visit or signing names takes part in it, and
    everyone the sentence that says who signed it names ("جددت الكلية والجامعة مذكرة التفاهم.
    ووقع المذكرة العقيد ... والدكتور ...")."""
    beside = words.ROLES_BESIDE_PARTICIPANT.get(event.kind, ())  # a signer who also speaks
    placed = {id(f.object) for f in doc.facts if f.subject is event and f.predicate not in beside}
    for sentence in _parties_sentences(doc, event):
        for mention in all_agents(doc, sentence.start, sentence.end):
            if id(mention.entity) not in placed and mention.entity.cls != "Country":
                placed.add(id(mention.entity))
                doc.fact(event, "participant", mention.entity, mention.start, mention.end)


def _parties_sentences(doc: Document, event: Event) -> list:
    first = doc.sentences[event.sentences[0]]
    if event.kind != "agreement-signing":
        return [first]
    signed = next((i for i in event.sentences[1:] if _says_who_signed(doc, i)), None)
    return [first] if signed is None else [first, doc.sentences[signed]]


def _says_who_signed(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    first = doc.token_index(sentence.start)
    return first < len(doc.tokens) and doc.tokens[first].text in SIGNED


def shared_attendance(doc: Document) -> None:
    """ "وحضر اللقاء ومراسم التوقيع ...": who attended two of the document's events, named by
    their words after the verb, took part in both."""
    for fact in [f for f in doc.facts if f.predicate == "participant"]:
        kinds = _attended_kinds(doc, fact.start)
        for event in doc.events:
            if event is fact.subject or event.kind not in kinds:
                continue
            if not any(f.subject is event and f.object is fact.object for f in doc.facts):
                doc.fact(event, "participant", fact.object, fact.start, fact.end)


def _attended_kinds(doc: Document, start: int) -> set[str]:
    index = doc.token_index(start)
    if doc.tokens[index].text not in ATTENDING:
        return set()
    last = min(len(doc.tokens), index + 1 + MAX_ATTENDED_WORDS)
    following = [t.text.removeprefix("و") for t in doc.tokens[index + 1 : last]]
    pair = next((ATTENDED_PAIRS[w] for w in following if w in ATTENDED_PAIRS), None)
    if pair is not None:
        return set(pair)  # "حضر اللقاءين": both
    kinds = {ATTENDED[w] for w in following if w in ATTENDED}
    # "مراسم التوقيع" names one event, "اللقاء والتوقيع" two
    return set().union(*kinds) if len(kinds) > 1 else set()


DELEGATES: Final = re.compile(
    r"(?:وفود|الوفود|للوفود|لوفود|ووفود|الوفد|رؤساء|ممثلي|ممثلو|سفراء)"
    r"(?: الدول)? (?:المشاركه|المشاركين)"
)


def delegations_of_the_main_event(doc: Document) -> None:
    """ "زيارة ميدانية للوفود المشاركة", "بحضور ... ووفود الدول المشاركة": a side event whose
    sentence names the main event's delegations by that phrase has the same states taking part."""
    states = {id(e): _states_taking_part(doc, e) for e in doc.events}
    main = max(doc.events, key=lambda e: len(states[id(e)]), default=None)
    if main is None or len(states[id(main)]) < 2:
        return
    for event in doc.events:
        found = _delegates_named(doc, event)
        if found is None or event is main:
            continue
        for state in states[id(main)]:
            if state not in states[id(event)]:
                doc.fact(event, "participant", state, found.start(), found.end())


def _states_taking_part(doc: Document, event: Event) -> list:
    return [
        f.object
        for f in doc.facts
        if f.subject is event and f.predicate == "participant" and f.object.cls == "Country"
    ]


def _delegates_named(doc: Document, event: Event) -> re.Match | None:
    sentence = doc.sentences[event.sentences[0]]
    return DELEGATES.search(doc.text, event.start, sentence.end)
