"""Who did what at each event: agents found from the cue phrases in the event's sentences.

A cue ("نظمت", "بالتعاون مع", "افتتح", "بمشاركة" ...) names a role; its agent follows it (VSO,
after honorifics, fillers or a post title: "تحت رعاية معالي وزير الداخلية الفريق ... حسين"), or,
when nothing follows, precedes it ("العقيد رائد ... قد افتتح الدورة"). Participation cues take
every agent up to the next cue: "بمشاركة وفود من السعودية والأردن والكويت".
"""

from kg.extract.document import Document, Event, Mention
from kg.extract.entities import HONORIFICS, ROLE_WORDS
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseMatch, PhraseTable
from kg.extract.structure import linked_as_unit
from kg.extract.tokens import clitic_readings

ROLE_CUES = PhraseTable(words.ROLE_CUES)
VERBAL_NOUNS = PhraseTable(words.VERBAL_NOUN_ROLES)
TIME_WORDS = normalized_set(words.TIME_WORDS)
LOCATIVES = normalized_set(("في", "لدى", "داخل", "الى"))
BY_AGENT, CLOSER = words.BY_AGENT, words.CLOSER
TRIGGERS = PhraseTable(words.TRIGGERS, article=True)
FILLERS = normalized_set(words.AGENT_FILLERS)
LIST_ROLES = ("participant",)
VENUE = normalized_set(words.VENUE_WORDS)
DELEGATION = normalized_set(words.DELEGATION_WORDS)
ON_BEHALF = normalized_set(("نيابة", "مندوبا", "مندوبة", "ممثلا", "ممثلة"))
NOT_VENUE = normalized_set(words.NOT_VENUE)
POSSESSIVE_VENUES = normalized_set(words.POSSESSIVE_VENUES)
RELATIVE_PRONOUNS = normalized_set(("التي", "الذي", "اللتين", "اللذين"))
ACTIVITIES = normalized_set(words.PLURAL_ACTIVITIES)
SIDE_WORDS = normalized_set(("جانب", "الجانب"))
ON_SIDE = normalized_set(("عن", "وعن"))
PREPOSITIONS = normalized_set(("على", "إلى", "عن", "حول"))
CLAUSE_OPENERS = normalized_set(("فيما", "بينما", "كما", "ثم", "حيث", "بعدها", "وبعدها"))
MAX_TITLE_WORDS = 18  # a post title between a cue and the name: "وزير الداخلية الفريق أول ركن"
MAX_LOOKBACK_WORDS = 12
MAX_LOOKAHEAD_WORDS = 6  # "قدم خلال إحداها العقيد سفيان ...": words before the agent


def find_roles(doc: Document) -> Document:
    for event in doc.events:
        for index in event.sentences:
            sentence = doc.sentences[index]
            _roles_in(doc, event, sentence.start, sentence.end)
        if event.kind in words.SESSION_EVENTS:
            _council_of_session(doc, event)
        if event.kind in words.PARTY_EVENTS:
            _hosts_bodies(doc, event)
            _parties(doc, event)
        _venue(doc, event)
        _participants_without_other_roles(doc, event)
    return doc


def _participants_without_other_roles(doc: Document, event: Event) -> None:
    """Who organizes, hosts, chairs or speaks at an event is not also listed as taking part."""
    facts = [f for f in doc.facts if f.subject is event]
    acting = {id(f.object) for f in facts if f.predicate in words.ROLES_OVER_PARTICIPANT}
    doc.facts = [
        f
        for f in doc.facts
        if not (f.subject is event and f.predicate == "participant" and id(f.object) in acting)
    ]


def _council_of_session(doc: Document, event: Event) -> None:
    """ "أعمال الدورة الحادية والأربعين لمجلس وزراء الداخلية العرب": the council whose session
    it is holds it, unless the text names who organized it."""
    if _has_fact(doc, event, "organizer"):
        return
    after = doc.token_index(event.end)
    reach = doc.tokens[after].end if after < len(doc.tokens) else event.end
    for mention in doc.mentions_between(event.start, doc.sentence_at(event.start).end):
        if mention.start > reach:
            return
        if mention.entity.kind == "agency" and doc.text[mention.start] == "ل":
            doc.fact(event, "organizer", mention.entity, event.start, mention.end)
            return


def _has_fact(doc: Document, event: Event, predicate: str) -> bool:
    return any(f.subject is event and f.predicate == predicate for f in doc.facts)


def _hosts_bodies(doc: Document, event: Event) -> None:
    """ "استقبل وكيل وزارة الداخلية الفريق ناصر المطوع": the official receives on behalf of
    the body whose post he holds, so that body hosts too."""
    hosts = [f.object for f in doc.facts if f.subject is event and f.predicate == "host"]
    for post in doc.posts:
        body = post.organization
        if (
            post.holder in hosts
            and body is not None
            and body.kind == "agency"
            and body not in hosts
        ):
            hosts.append(body)
            doc.fact(event, "host", body, post.start, post.end)


def _venue(doc: Document, event: Event) -> None:
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
    if before in NOT_VENUE or _completes_name(doc, mention):
        return False
    attached = doc.text[mention.start] == "ب"  # "بالأكاديمية"
    return before in VENUE or two_before in VENUE or attached


def _completes_name(doc: Document, mention: Mention) -> bool:
    """ "قسم علم النفس في كلية الآداب", "مدير إدارة مكافحة الإرهاب في الإنتربول": the body
    after "في" or ب locates a unit or a post, not the event."""
    index = doc.token_index(mention.start)
    attached = doc.text[mention.start] == "ب"
    link = index if attached else index - 1  # the token holding the "في" or the ب
    if link < 1:
        return False
    before = doc.tokens[link - 1]
    return any(m.start <= before.start < m.end and m.entity.kind != "place" for m in doc.mentions)


def _parties(doc: Document, event: Event) -> None:
    """Everyone the sentence introducing a meeting, visit or signing names takes part in it."""
    sentence = doc.sentences[event.sentences[0]]
    placed = {id(f.object) for f in doc.facts if f.subject is event}
    for mention in _all_agents(doc, sentence.start, sentence.end):
        if id(mention.entity) not in placed and mention.entity.cls != "Country":
            placed.add(id(mention.entity))
            doc.fact(event, "participant", mention.entity, mention.start, mention.end)


def _roles_in(doc: Document, event: Event, start: int, end: int) -> None:
    found = ROLE_CUES.find_all(doc.tokens, doc.token_index(start), doc.token_index(end))
    cues = [c for c in found if not _verbal_noun(doc, c)]
    opening_speech = _opening_speech(doc, cues)
    for number, cue in enumerate(cues):
        following = cues[number + 1] if number + 1 < len(cues) else None
        if _about_other_activities(doc, cue) or _passive_verb(doc, cue, following):
            continue
        limit = following.start if following else end
        if cue.value in LIST_ROLES:
            limit = _list_end(doc, cues[number + 1 :], end)
        role = "opener" if cue is opening_speech else _delegation_head(doc, cue)
        if role == BY_AGENT:
            role = _passive_role(doc, cues[number - 1] if number else None, cue)
        if role is None or (role == "speaker" and _only_a_statement(doc, event, cue)):
            continue
        for agent in _agents(doc, cue, start, limit):
            if role in words.PERSON_ROLES and agent.entity.kind != "person":
                continue
            if role == "speaker" and _has_role(doc, event, agent, ("opener",)):
                continue  # the opening speech is the opener's
            evidence = (min(cue.start, agent.start), max(cue.end, agent.end))
            doc.fact(event, _role_for(role, agent), agent.entity, *evidence)


def _verbal_noun(doc: Document, cue: PhraseMatch) -> bool:
    """ "حرصها على استضافة البرامج": after a preposition the word is a noun, not a verb."""
    return (
        cue.first > 0 and _is_verb_cue(doc, cue) and doc.tokens[cue.first - 1].text in PREPOSITIONS
    )


def _list_end(doc: Document, later: list[PhraseMatch], end: int) -> int:
    """ "حضر الندوة التي نظمتها الجامعة يوم ... كل من ...": a list of attendees runs past a
    relative clause on the event to the next cue of the main clause."""
    main = [c for c in later if not _relative(doc, c)]
    return main[0].start if main else end


def _relative(doc: Document, cue: PhraseMatch) -> bool:
    return any(
        doc.tokens[i].text in RELATIVE_PRONOUNS for i in (cue.first, cue.first - 1) if i >= 0
    )


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
        and _is_verb_cue(doc, cue)
        and following.first - cue.last <= words.PASSIVE_WINDOW
    )


def _only_a_statement(doc: Document, event: Event, cue: PhraseMatch) -> bool:
    verb = doc.tokens[cue.first].text
    stems = {verb, verb.removeprefix("و"), verb.removeprefix("ف")}
    return event.kind in words.TALKLESS_EVENTS and bool(stems & words.STATEMENT_CUES)


def _role_for(role: str, agent: Mention) -> str:
    """ "عقد الأمين العام المساعد اجتماعا": a person who holds a meeting takes part in it."""
    agency = agent.entity.kind == "agency" and agent.entity.cls != "Country"
    if role == CLOSER:  # the body closing its event held it; a person closing it spoke
        return "organizer" if agency else "speaker"
    return "participant" if role in words.AGENCY_ROLES and not agency else role


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


def _opening_speech(doc: Document, cues: list[PhraseMatch]) -> PhraseMatch | None:
    """ "وفي كلمتها الافتتاحية، قالت X", "قال X في افتتاح الندوة": the sentence's first speech
    is the opening one when the sentence says so without a verb of its own."""
    if not any(c.value == "opener" and not _is_verb_cue(doc, c) for c in cues):
        return None
    return next((c for c in cues if c.value == "speaker"), None)


def _delegation_head(doc: Document, cue: PhraseMatch) -> str:
    """ "وفد من الأكاديمية برئاسة اللواء ...": the head of a delegation takes part."""
    if cue.value != "chair":
        return cue.value
    window = doc.tokens[max(0, cue.first - words.DELEGATION_WINDOW) : cue.first]
    sentence_start = doc.sentence_at(cue.start).start  # a delegation of the sentence before
    led = any(
        t.start >= sentence_start and not DELEGATION.isdisjoint(clitic_readings(t.text))
        for t in window
    )  # "بوفد ترأسه ..." too
    return "participant" if led else "chair"


def _has_role(doc: Document, event: Event, agent: Mention, roles: tuple[str, ...]) -> bool:
    return any(
        f.subject is event and f.object is agent.entity and f.predicate in roles for f in doc.facts
    )


def _agents(doc: Document, cue: PhraseMatch, sentence_start: int, limit: int) -> list[Mention]:
    if doc.text[cue.start : cue.end] in POSSESSIVE_VENUES:
        return _antecedent(doc, cue, sentence_start)
    if cue.value in LIST_ROLES:
        return _all_agents(doc, cue.end, limit)
    if cue.value == CLOSER:  # "اختتمت الأكاديمية الدورة": only the subject right after the verb
        after = _agents_after(doc, cue.last, limit, lookahead=0)[:1]
        return [m for m in after if not _after_preposition(doc, m)]  # not "اختتمت بالمركز"
    after = _agents_after(doc, cue.last, limit)
    if after or not _is_verb_cue(doc, cue):
        return after
    return _agent_before(doc, cue, sentence_start)


def _after_preposition(doc: Document, mention: Mention) -> bool:
    """ "بالمركز الدولي", "في المعهد": a place of the event, not its subject."""
    index = doc.token_index(mention.start)
    before = doc.tokens[index - 1].text if index else ""
    label = normalize_string(mention.entity.label)
    attached = doc.text[mention.start] in "بل" and not label.startswith(doc.text[mention.start])
    return attached or before in VENUE


def _antecedent(doc: Document, cue: PhraseMatch, sentence_start: int) -> list[Mention]:
    """The body "مقرها" refers to: the last one named before it in the sentence."""
    bodies = [
        m for m in doc.mentions_between(sentence_start, cue.start) if m.entity.kind == "agency"
    ]
    return [bodies[-1]] if bodies else []


def _is_verb_cue(doc: Document, cue: PhraseMatch) -> bool:
    """Only a verb's subject can stand before it ("... قد افتتح الدورة"); "بالتعاون مع" and
    "تحت رعاية" introduce what follows them."""
    first = doc.text[cue.start : cue.end].split()[0].removeprefix("و")
    return not first.startswith(("ب", "تحت", "في", "من", "مع", "لل"))


def _all_agents(doc: Document, start: int, limit: int) -> list[Mention]:
    titles = [(p.start, p.end) for p in doc.posts]
    agents, previous_in_title = [], None
    for mention in doc.mentions_between(start, limit):
        in_title = any(
            s <= mention.start < e and mention.entity is not _holder(doc, s) for s, e in titles
        ) or _in_title_phrase(doc, mention, previous_in_title)
        previous_in_title = mention if in_title else None
        if _is_agent(mention) and not (
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
    index = doc.token_index(mention.start)
    before = doc.tokens[index - 1].text if index else ""
    if doc.gap(index - 1, index).strip() if index else True:
        return False
    word = doc.tokens[index].text
    adjective = word.startswith("ال") and mention.end == doc.tokens[index].end
    located = before in LOCATIVES and not _states_follow(doc, mention)
    return located or (adjective and before.startswith("ال") and not _is_cue(doc, index - 1))


def _states_follow(doc: Document, mention: Mention) -> bool:
    """ "متدربا من ... في السعودية والبحرين والكويت": a list of states."""
    index = doc.token_index(mention.end)
    following = doc.mention_starting(index) if index < len(doc.tokens) else None
    return following is not None and following.entity.cls == "Country"


def _is_cue(doc: Document, index: int) -> bool:
    return ROLE_CUES.match_at(doc.tokens, index) is not None


def _in_title_phrase(doc: Document, mention: Mention, previous: Mention | None) -> bool:
    """ "مدير الإدارة العامة للتحريات بشرطة دبي": bodies that complete a post title, which the
    post stage did not read, take no part; the title's holder does."""
    if mention.entity.kind != "agency":
        return False
    index = doc.token_index(mention.start)
    if any(
        (role := ROLE_WORDS.match_at(doc.tokens, back)) and role.last == index
        for back in range(max(0, index - 3), index)
    ):
        return True
    return previous is not None and linked_as_unit(doc, previous, mention)


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


def _is_agent(mention: Mention) -> bool:
    entity = mention.entity
    return entity.kind in ("agency", "person") or entity.cls == "Country"


def _agents_after(
    doc: Document, index: int, limit: int, lookahead: int = MAX_LOOKAHEAD_WORDS
) -> list[Mention]:
    """The agent right after a cue, and those coordinated with it by و or a comma."""
    agents: list[Mention] = []
    while index < len(doc.tokens) and doc.tokens[index].start < limit:
        mention = _mention_at(doc, index, limit, lookahead)
        if mention is None:
            break
        agents.append(mention)
        index = doc.token_index(mention.end)
        index = _skip_post(doc, mention, index)
        if index >= len(doc.tokens) or not _coordinated(doc, index):
            break
        lookahead = 1  # "X، وفدا من Y": after the first agent, only titles lead to the next
    return agents


def _mention_at(
    doc: Document, index: int, limit: int, lookahead: int = MAX_LOOKAHEAD_WORDS
) -> Mention | None:
    """The first agent within a few words of a cue, after honorifics, fillers or a post title."""
    first = index
    while index < len(doc.tokens) and doc.tokens[index].start < limit:
        gap = doc.gap(index - 1, index).strip() if index > 0 else ""
        passable = gap == "/" or _on_behalf(doc, index) or _after_abbreviation(doc, index)
        if gap and not (index == first or passable):
            return None  # "، قالت ..." ends the search; "العميد/ ياسر" and "، نيابة عن" do not
        if _on_behalf(doc, index):  # "مندوبا عن مدير الأمن العام، العميد ..."
            index = _after_comma(doc, index, limit)
            first = index
            continue
        if doc.tokens[index].text in SIDE_WORDS:  # "من جانب الجامعة الدكتور ...": the side
            index = _after_side(doc, index + 1)
            continue
        if (side := _side_body(doc, index, limit)) is not None:  # "تراسه عن افريبول مديرها"
            index = side
            continue
        mention = doc.mention_starting(index)
        if mention is not None:
            return mention if _is_agent(mention) else None
        if ROLE_WORDS.match_at(doc.tokens, index):
            return _person_after_title(doc, index, limit)
        if _is_time(doc, index):  # "افتتح صباح يوم الأحد 5 مارس العميد ...": not counted
            index, first = index + 1, first + 1
            continue
        skip = HONORIFICS.match_at(doc.tokens, index) or TRIGGERS.match_at(doc.tokens, index)
        index = skip.last if skip else index + 1
        if not skip and index - first > lookahead:
            return None
    return None


def _is_time(doc: Document, index: int) -> bool:
    token = doc.tokens[index]
    return token.text in TIME_WORDS or any(d.start <= token.start < d.end for d in doc.dates)


def _side_body(doc: Document, index: int, limit: int) -> int | None:
    """ "وقعها عن الجانب المغربي السيد ...", "وعن الانتربول مديرة المكتب السيدة ...": the body
    after "عن" is the side a person then named speaks for; where it ends, or None."""
    if doc.tokens[index].text not in ON_SIDE or index + 1 >= len(doc.tokens):
        return None
    body = doc.mention_starting(index + 1)
    end = doc.token_index(body.end) if body else _after_side(doc, index + 2)
    if body is None and doc.tokens[index + 1].text not in SIDE_WORDS:
        return None
    for position in range(end, min(len(doc.tokens), end + MAX_TITLE_WORDS)):
        if doc.tokens[position].start >= limit or doc.gap(position - 1, position).strip():
            return None
        mention = doc.mention_starting(position)
        if mention is not None and mention.entity.kind == "person":
            return end
    return None


def _after_side(doc: Document, index: int) -> int:
    """Past the body or adjective that names a side ("جانب الجامعة", "الجانب البحريني")."""
    if index >= len(doc.tokens):
        return index
    mention = doc.mention_starting(index)
    return doc.token_index(mention.end) if mention else index + 1


def _on_behalf(doc: Document, index: int) -> bool:
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    return doc.tokens[index].text in ON_BEHALF and following == "عن"


def _after_comma(doc: Document, index: int, limit: int) -> int:
    for position in range(index + 1, min(len(doc.tokens), index + MAX_TITLE_WORDS)):
        if doc.tokens[position].start >= limit:
            break
        if doc.gap(position - 1, position).strip() == ",":
            return position
    return len(doc.tokens)


def _person_after_title(doc: Document, index: int, limit: int) -> Mention | None:
    """ "وزير الداخلية الفريق أول ركن حسين علي الساعدي": the person the title introduces."""
    for offset in range(MAX_TITLE_WORDS):
        position = index + offset
        if position >= len(doc.tokens) or doc.tokens[position].start >= limit:
            return None
        mention = doc.mention_starting(position)
        gap = doc.gap(position - 1, position).strip() if offset else ""
        if gap and not (_apposition(doc, position) or _after_abbreviation(doc, position)):
            return None
        if mention is not None and mention.entity.kind == "person":
            return mention
    return None


def _apposition(doc: Document, position: int) -> bool:
    """ "وزير الداخلية، السيد نور الدين بلعيد": a comma, then the title holder by honorific."""
    return doc.gap(position - 1, position).strip() == "," and bool(
        HONORIFICS.match_at(doc.tokens, position)
    )


def _after_abbreviation(doc: Document, position: int) -> bool:
    """ "رئيسة الشبكة د. سناء أبو غزالة": the dot of "د." ends no phrase."""
    return (
        doc.gap(position - 1, position).strip() == "." and len(doc.tokens[position - 1].text) == 1
    )


def _skip_post(doc: Document, mention: Mention, index: int) -> int:
    """After "X مدير إدارة ..." coordination continues after the post title."""
    post = next((p for p in doc.posts if p.start == mention.start), None)
    if post is None:
        return index
    after = doc.token_index(post.end)
    return after if after < len(doc.tokens) else index


def _coordinated(doc: Document, index: int) -> bool:
    between = doc.text[doc.tokens[index - 1].end : doc.tokens[index].start].strip()
    word = doc.tokens[index].text
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    # "وزارة الداخلية ممثلة بالمديرية العامة ...", not "... ممثلا المدير العام" (on behalf)
    represented = word in NOT_VENUE and (following.startswith("ب") or following == "في")
    return between in {",", ""} and (between == "," or word.startswith("و") or represented)


def _agent_before(doc: Document, cue: PhraseMatch, sentence_start: int) -> list[Mention]:
    """ "وكان العقيد رائد الزعبي مدير إدارة البحث الجنائي قد افتتح الدورة": the subject before;
    none after a clause opener ("فيما عرض ..."), whose verb takes its subject after it."""
    if cue.first and doc.tokens[cue.first - 1].text in CLAUSE_OPENERS:
        return []
    person_only = cue.value in words.PERSON_ROLES  # "وكان اللواء ...، رئيس الأكاديمية، قد افتتح"
    before = [
        m
        for m in doc.mentions_between(sentence_start, cue.start)
        if _is_agent(m)
        and cue.first - doc.token_index(m.start) <= MAX_LOOKBACK_WORDS
        and (m.entity.kind == "person" or not person_only)
    ]
    if not before:
        return []
    subject = before[-1]
    post = next((p for p in doc.posts if p.organization is subject.entity), None)
    if post is not None:  # the last name was the organization in a post title: its holder acts
        holder = [m for m in before if m.entity is post.holder]
        subject = holder[-1] if holder else subject
    gap = doc.text[subject.end : cue.start]
    return [subject] if "." not in gap and ";" not in gap else []
