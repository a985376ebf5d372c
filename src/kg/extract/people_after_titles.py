"""People named after a title with no title of address: after a state or city the title names
("سفير باكستان لدى المملكة أحمد فاروق"), and a subject's name after the title and the bodies it
names ("وقال مدير إدارة التوعية المرورية بالإدارة العامة للمرور مشعل فهد العازمي إن ...")."""

from typing import Final

from kg.extract.agency_names import CUES
from kg.extract.agency_references import SHORT_FORMS
from kg.extract.document import Document
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalized_set
from kg.extract.person_mentions import add_person
from kg.extract.person_names import body_after_clitic, name_end
from kg.extract.phrases import PhraseTable
from kg.extract.post_organizations import (
    complement_end,
)
from kg.extract.preceding_phrases import phrase_ends_at
from kg.extract.set_off_names import find_names_set_off
from kg.extract.structure import ROLE_WORDS, TITLES
from kg.extract.surnames import find_surnames
from kg.extract.title_ends import title_end
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import is_definite

CLITIC_ARTICLES: Final = ("بال", "وال", "فال", "كال", "لل")
CLOSING_QUOTES: Final = "\"»”'"

EVENT_OBJECTS: Final = normalized_set(people_words.EVENT_OBJECTS)
MEETINGS_WITH: Final = normalized_set(people_words.MEETINGS_WITH)
VERBS_BEFORE_A_SUBJECT_TITLE: Final = normalized_set(people_words.VERBS_BEFORE_A_SUBJECT_TITLE)
LIST_ADDITIONS: Final = PhraseTable(dict.fromkeys(people_words.LIST_ADDITIONS, True))
SIDE_INTROS: Final = PhraseTable(dict.fromkeys(people_words.SIDE_INTROS, True))
AFTER_A_SUBJECTS_NAME: Final = PhraseTable(
    dict.fromkeys(people_words.AFTER_A_SUBJECTS_NAME, True), clitics=False
)
PLACE_TITLES: Final = ("ambassador",)  # titles whose complement is a state or city
DIVISIONS: Final = normalized_set(agency_words.DIVISION_WORDS)
GOVERNORS: Final = normalized_set(people_words.GOVERNOR_TITLES)  # "والي اترارزة محمد ..."
RELATIVES: Final = normalized_set(("الذي", "التي"))
SERVICE_FIELDS: Final = PhraseTable(dict.fromkeys(agency_words.SERVICE_FIELDS, True))
TOPIC_NOUNS: Final = normalized_set(people_words.TOPIC_NOUNS)
WHOLE_TITLES: Final = normalized_set(people_words.WHOLE_TITLES)
# Between a verb and its subject's title: "وقدم خلالها الخبير في البرنامج رامي الخطيب محاضرة".
BY_THE_WAY: Final = normalized_set(("خلالها", "خلاله", "فيها", "فيه", "بدوره", "بدورها", "أيضا"))
RECEPTION_VERBS: Final = normalized_set(people_words.RECEPTION_VERBS)
RECEPTION_ADVERBS: Final = normalized_set(people_words.RECEPTION_ADVERBS)
AFTER_A_GUESTS_NAME: Final = normalized_set(people_words.AFTER_A_GUESTS_NAME)


def people_after_places(doc: Document) -> None:
    """ "سفير باكستان لدى المملكة أحمد فاروق": with no title of address, a name after a title
    whose complement is a state or city ends where a name ends."""
    for role in ROLE_WORDS.find_all(doc.tokens) + _after_proclitic(doc):
        if role.value in PLACE_TITLES:
            _name_after_title(doc, role)
        elif _governor(doc, role.first):
            _name_after_title(doc, role, province=True)


def _after_proclitic(doc: Document) -> list:
    """ "برئاسة مشتركة لوالي جندوبة الطاهر بن حمودة ووالي الطارف ...": a title under the
    preposition ل or after و."""
    return [r for r in TITLES.find_all(doc.tokens) if doc.tokens[r.first].text[:1] in "لو"]


def find_people_after_bodies(doc: Document) -> Document:
    """ "وقال مدير إدارة التوعية المرورية بالإدارة العامة للمرور مشعل فهد العازمي إن ...": the
    name after a subject's title and the bodies it names, before what the subject says. Runs
    once the bodies are known: they are what tells where the title ends."""
    known = len(doc.mentions)
    find_names_set_off(doc)
    roles = set(ROLE_WORDS.starts(doc.tokens))
    for position in sorted(roles.union(TITLES.starts(doc.tokens))):  # where either may start
        if position == 0:
            continue
        role = ROLE_WORDS.match_at(doc.tokens, position) if position in roles else None
        if role is None and (_next_in_list(doc, position) or _next_after_name(doc, position)):
            role = TITLES.match_at(doc.tokens, position)  # "، ورئيس هيئة المنافذ عمر ..."
        if role and _subjects_or_guests_title(doc, position):
            _name_after_title(doc, role, _before_what_a_guest_does, _closing_comma)
        elif role and _next_in_list(doc, position):  # "، والمديرة التنفيذية للوكالة يوهانا ..."
            _name_after_title(doc, role, _closing_comma)
        elif role and _next_after_name(doc, position):  # "... منيرة الهاجري ومدير إدارة ..."
            _name_after_title(doc, role, _before_what_a_guest_does)
        elif role:  # "نائب رئيس اللجنة ...، منير الزواري، الذي أكد": a name between commas
            _name_after_title(doc, role, _said_after_comma, _said_after_comma)
    if len(doc.mentions) == known:
        return doc  # no one new: the family names were all read when the people were
    doc.mentions.sort(key=lambda m: m.start)
    return find_surnames(doc)


def _subjects_or_guests_title(doc: Document, position: int) -> bool:
    """A title after a verb, or a guest's after the host and when or where he receives: the
    name after it may be followed by what a guest does ("... وزير الداخلية السوري محمد رضوان
    العلي والوفد المرافق له")."""
    index = position - 1
    return (
        _after_verb(doc, index)
        or _after_comma_of_verb(doc, position)
        or _guest_after_host(doc, index)
    )


def _next_in_list(doc: Document, index: int) -> bool:
    return doc.tokens[index].text.startswith("و") and doc.gap(index - 1, index).strip() == ","


def _next_after_name(doc: Document, index: int) -> bool:
    """A title after و right after a person's name: the next one of those named together."""
    if not doc.tokens[index].text.startswith("و") or doc.gap(index - 1, index).strip():
        return False
    end = doc.tokens[index - 1].end
    return any(m.end == end and m.entity.kind == "person" for m in doc.mentions)


def _after_verb(doc: Document, index: int) -> bool:
    """Token `index` is one of the verbs, or the event it names right after one."""
    if doc.tokens[index].text in VERBS_BEFORE_A_SUBJECT_TITLE:
        return True
    if doc.tokens[index].text in BY_THE_WAY and index > 0:
        return doc.tokens[index - 1].text in VERBS_BEFORE_A_SUBJECT_TITLE  # "وقدم خلالها"
    if phrase_ends_at(LIST_ADDITIONS, doc.tokens, index + 1, within=3):
        return True  # "إضافة إلى رئيس مكتب ...": one more of those present
    if phrase_ends_at(SIDE_INTROS, doc.tokens, index, within=2):
        return True  # "وعن الجانب العراقي مدير عام الهيئة ...": the side's signer or speaker
    if index > 0 and doc.tokens[index].text == "مع":
        return doc.tokens[index - 1].text in MEETINGS_WITH  # "اجتماعا مع رئيس بعثة ..."
    verb = index > 0 and doc.tokens[index - 1].text in VERBS_BEFORE_A_SUBJECT_TITLE
    return verb and doc.tokens[index].text in EVENT_OBJECTS


def _guest_after_host(doc: Document, index: int) -> bool:
    """ "استقبل وزير الداخلية أمس بمكتبه منسق البرنامج ...": a title after when or where, in a
    sentence a reception opened, is the guest's."""
    token = doc.tokens[index]
    if not (token.text in RECEPTION_ADVERBS or doc.in_date(token.start) or _city(doc, index)):
        return False
    sentence = doc.sentence_at(token.start)
    first = doc.token_index(sentence.start)
    return any(t.text in RECEPTION_VERBS for t in doc.tokens[first:index])


def _city(doc: Document, index: int) -> bool:
    place = doc.mention_starting(index)
    return place is not None and place.entity.kind == "place" and place.end == doc.tokens[index].end


def _before_what_a_guest_does(doc: Document, last: int) -> bool:
    if last < len(doc.tokens) and doc.tokens[last].text in AFTER_A_GUESTS_NAME:
        return True
    return _before_what_is_said(doc, last)


def _after_comma_of_verb(doc: Document, index: int) -> bool:
    """ "استقبل وزير الداخلية ...، اليوم الثلاثاء بمقر الوزارة، نائب وزير الأمن العام ...": a
    title after a comma, in a sentence one of the verbs opened."""
    if doc.gap(index - 1, index).strip() != ",":
        return False
    sentence = doc.sentence_at(doc.tokens[index].start)
    first = doc.token_index(sentence.start)
    return any(t.text in VERBS_BEFORE_A_SUBJECT_TITLE for t in doc.tokens[first:index])


def _name_after_title(
    doc: Document, role, ends=lambda doc, last: True, set_off=None, province=False
) -> None:
    """The name right after a title and its body; with `set_off`, also one after a comma that
    `set_off` accepts the end of ("قدمت الخبيرة بالأمانة التنفيذية ...، هيفاء العوضي، عرضا");
    with `province`, after the one word of a province the registry may not know ("والي اترارزة
    محمد ولد أحمد سالم")."""
    first = complement_end(doc, title_end(doc, role))
    if province and first == role.last:
        first = _past_province(doc, first)
    field = SERVICE_FIELDS.match_at(doc.tokens, first) if first < len(doc.tokens) else None
    if first == role.last and field is not None:
        first = field.last  # "مدير عام الجمارك سليمان ...": a service named by its field
        set_off = None
    whole = doc.text[doc.tokens[role.first].start : doc.tokens[role.last - 1].end] in WHOLE_TITLES
    if first == role.last and not whole and (past := _past_short_form(doc, first)) is not None:
        first = past  # "وأوضح منسق البرنامج في اليمن أندرو فيليبس أن": the body by its short form
    elif first == role.last and set_off and _short_form_set_off(doc, first):
        first += 1  # "أوضحت منسقة المشروع، سماح علي الصبري، أن": the body by its short form
        set_off = _said_after_comma  # and what the name then says, to tell it from a noun
    bare = first == role.last and not whole  # "رئيس الوزراء" names its body itself
    if bare or first >= len(doc.tokens):
        return
    gap = doc.gap(first - 1, first).strip().lstrip(CLOSING_QUOTES)  # 'منسق مشروع "سيكوب"، ...'
    if (gap and not (set_off and gap == ",")) or HONORIFICS.match_at(doc.tokens, first):
        return
    if doc.line_break(first - 1, first):
        return  # "... برعاية وزير العدل" ending a headline, then the dateline
    if doc.tokens[first].text.startswith(CLITIC_ARTICLES) or body_after_clitic(
        doc.tokens[first].text
    ):
        return  # "بالمديرية العامة", "بقطاع الجوازات": no name starts with a preposition and
        # the article, or with a body's head noun under a preposition
    if TITLES.match_at(doc.tokens, first) is not None:
        return  # "سفير فرنسا ورئيسة بعثة ...": another title, of another person
    if CUES.match_at(doc.tokens, first) is not None:
        return  # "برئاسة مدير المكتب، وبمشاركة رؤساء الوفود": a role's cue, no name
    if doc.tokens[first].text in TOPIC_NOUNS:
        return  # "يبحث مع السفيرة البريطانية تعزيز التعاون": what the talks are about
    last = name_end(doc, first)
    if last - first >= 2 and ends(doc, last) and (not gap or set_off(doc, last)):
        add_person(doc, [], first, last)


def _past_short_form(doc: Document, index: int) -> int | None:
    """Past a body's short form after a title, and the state or city after it, where a word that
    may open a name follows ("منسق البرنامج في اليمن أندرو ..."; not "مدير المكتب الإعلامي")."""
    short = SHORT_FORMS.match_at(doc.tokens, index) if index < len(doc.tokens) else None
    if short is None:
        return None
    past = complement_end(doc, short.last)
    if past >= len(doc.tokens) or doc.gap(past - 1, past).strip():
        return None
    return None if doc.tokens[past].text.startswith("ال") else past


def _short_form_set_off(doc: Document, index: int) -> bool:
    """One definite word after the title, then a comma: the body the title names by its head."""
    if index + 1 >= len(doc.tokens) or not is_definite(doc.tokens[index].text):
        return False
    return doc.gap(index, index + 1).strip() == "," and not doc.gap(index - 1, index).strip()


def _governor(doc: Document, index: int) -> bool:
    """ "والي اترارزة", not the preposition "وإلى" ("والى") that normalizes alike."""
    token = doc.tokens[index]
    if GOVERNORS.isdisjoint(clitic_readings(token.text)):
        return False
    raw = doc.raw_text(token.start, token.end)
    return "إ" not in raw and raw[-1:] == "ي"


def _past_province(doc: Document, index: int) -> int:
    """Past "ولاية اترارزة", "البصرة" or "اترارزة": the province a governor's title names."""
    if index < len(doc.tokens) and doc.tokens[index].text in DIVISIONS:
        index += 1
    place = doc.mention_starting(index) if index < len(doc.tokens) else None
    return doc.token_index(place.end) if place is not None else index + 1


def _closing_comma(doc: Document, last: int) -> bool:
    """ "نوه رئيس بعثة اللجنة ...، ماتياس شميد، بمستوى": after a verb of speech, a name set off
    by commas is the title's holder; so is one between a comma and the sentence's end ("بحضور
    القائم بأعمال سفارة إيطاليا لدى ليبيا، ماسيمو كونتي.")."""
    if last >= len(doc.tokens):
        return doc.text[doc.tokens[last - 1].end :].strip()[:1] == "."
    return doc.gap(last - 1, last).strip() in (",", ".")


def _said_after_comma(doc: Document, last: int) -> bool:
    if last >= len(doc.tokens) or doc.gap(last - 1, last).strip() != ",":
        return False
    following = doc.tokens[last].text
    return following in RELATIVES or AFTER_A_SUBJECTS_NAME.match_at(doc.tokens, last) is not None


def _before_what_is_said(doc: Document, last: int) -> bool:
    return (
        last >= len(doc.tokens)
        or doc.gap(last - 1, last).strip() in (",", ".")
        or AFTER_A_SUBJECTS_NAME.match_at(doc.tokens, last) is not None
        or _next_title(doc, last)
    )


def _next_title(doc: Document, index: int) -> bool:
    """ "بحضور وزير الداخلية توفيق شرف الدين وسفير جمهورية كوريا ...": the next of those present,
    by a title after و."""
    return doc.tokens[index].text.startswith("و") and TITLES.match_at(doc.tokens, index) is not None
