"""Posts stated in apposition to a person: "<name> الأمين العام المساعد للمجلس".

The post's organization is the agency named right after the title; "وزير الداخلية الكويتي"
names a ministry through the title itself and the state's adjective (or the document's state).
"""

from kg.extract.document import Document, Entity, Mention, Post
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import people as people_words
from kg.extract.lexicon.places import NISBA
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.registry import Registry
from kg.extract.structure import document_country

ROLES = PhraseTable(people_words.ROLES, clitics=False)
QUALIFIERS = {
    (role, tuple(q.split())): new for (role, q), new in people_words.ROLE_QUALIFIERS.items()
}
MINISTRY_WORDS = normalized_set(people_words.MINISTRY_WORDS)
NISBA_CODES = {normalize_string(w): code for w, code in NISBA.items()}
GENERAL_BODIES = {tuple(normalize_string(b).split()) for b in people_words.GENERAL_BODIES}
MAX_GAP_TOKENS = 5  # "منسقة برامج الجرائم السيبرانية في الإنتربول": words before the body
SECRETARIAT_ROLES = ("secretary-general", "assistant-secretary-general")
UNIT_CLASSES = ("GovernmentBody", "ResearchCentre", "PoliceService", "SpecializedOffice",
                "FundedProject")  # fmt: skip
BOARD_HEADS = ("مجلس", "المجلس", "لجنه", "اللجنه", "فريق", "الفريق")  # chaired, not presided


class FindPosts:
    def __init__(self, registry: Registry, base: str):
        self.registry, self.base = registry, base

    def __call__(self, doc: Document) -> Document:
        for mention in [m for m in doc.mentions if m.entity.kind == "person"]:
            post = self._post_after(doc, mention)
            if post:
                doc.posts.append(post)
        for role in ROLES.find_all(doc.tokens):
            post = self._post_before(doc, role)
            if post and not any(p.holder is post.holder and p.role == post.role for p in doc.posts):
                doc.posts.append(post)
        return doc

    def _post_before(self, doc: Document, role) -> Post | None:
        """Title first: "وزير الداخلية الفريق أول ركن حسين علي الساعدي"."""
        organization, end = self._organization(doc, role)
        index = doc.token_index(end)
        if index >= len(doc.tokens) or not _apposed(doc, end, index) or _conjoined(doc, index):
            return None
        while index < len(doc.tokens) and (title := HONORIFICS.match_at(doc.tokens, index)):
            index = title.last
        if index >= len(doc.tokens):
            return None
        start = doc.tokens[index].start
        person = next(
            (m for m in doc.mentions if m.start == start and m.entity.kind == "person"), None
        )
        if person is None:
            return None
        slug = _by_organization(_general_director(doc, role), organization)
        return Post(person.entity, slug, organization, role.start, person.end)

    def _post_after(self, doc: Document, person: Mention) -> Post | None:
        index = doc.token_index(person.end)
        if index >= len(doc.tokens) or doc.text[person.end : doc.tokens[index].start].strip(" ,"):
            return None
        role = ROLES.match_at(doc.tokens, index)
        if role is None:
            return None
        organization, end = self._organization(doc, role)
        slug = _qualified(doc, _general_director(doc, role), doc.token_index(end))
        return Post(
            person.entity, _by_organization(slug, organization), organization, person.start, end
        )

    def _organization(self, doc: Document, role) -> tuple[Entity | None, int]:
        if role.value in people_words.MINISTRY_ROLES:
            found = self._ministry(doc, role.last)
            if found:
                return found
        mention = _organization_after(doc, role.end)
        if mention:
            return mention.entity, mention.end
        return _secretariat(doc) if role.value in SECRETARIAT_ROLES else None, role.end

    def _ministry(self, doc: Document, index: int) -> tuple[Entity, int] | None:
        if index >= len(doc.tokens) or doc.tokens[index].text not in MINISTRY_WORDS:
            return None
        name = "وزاره " + doc.tokens[index].text
        end, country = doc.tokens[index].end, ""
        following = doc.tokens[index + 1] if index + 1 < len(doc.tokens) else None
        if following and _nisba_code(following.text):
            country = f"{self.base}id/place/{_nisba_code(following.text)}"
            end = following.end
        entity = self.registry.named(name, country or document_country(doc))
        return (entity, end) if entity else None


def _apposed(doc: Document, end: int, index: int) -> bool:
    """The name follows the title directly, or after a comma and a title: "المدير العام للشرطة
    الوطنية الإسبانية، السيد خابيير مارتينيث غارسيا"."""
    gap = doc.text[end : doc.tokens[index].start].strip()
    return not gap or (gap == "," and HONORIFICS.match_at(doc.tokens, index) is not None)


def _conjoined(doc: Document, index: int) -> bool:
    """ "مدير إدارة العمليات والسيد يورغن ستوك": a title and then another person, joined by و."""
    word = doc.tokens[index].text
    return word.startswith("و") and word not in HONORIFICS.firsts


def _secretariat(doc: Document) -> Entity | None:
    """ "الأمين العام المساعد" alone: of the one general secretariat the document names."""
    found = [e for e in doc.entities("agency") if e.cls == "GeneralSecretariat"]
    return found[0] if len(found) == 1 else None


def _nisba_code(word: str) -> str:
    return NISBA_CODES.get(word) or NISBA_CODES.get(word[:-1] if word.endswith("ه") else word, "")


def _organization_after(doc: Document, offset: int) -> Mention | None:
    following = [m for m in doc.mentions if m.start >= offset and m.entity.kind == "agency"]
    following.sort(key=lambda m: (m.start, m.nested))
    if not following:
        return None
    first = following[0]
    words_between = doc.token_index(first.start) - doc.token_index(offset)
    punctuation = doc.text[offset : first.start].strip()
    if words_between <= MAX_GAP_TOKENS and not any(c in punctuation for c in ",.;:"):
        return first
    return None


def _by_organization(role: str, organization: Entity | None) -> str:
    """رئيس is the president of a university, the head of a unit, the chair of a council."""
    if role != "president" or organization is None:
        return role
    if organization.cls == "Council" or normalize_string(organization.label).startswith(
        BOARD_HEADS
    ):
        return "chair-post"
    return "head" if organization.cls in UNIT_CLASSES else role


def _general_director(doc: Document, role) -> str:
    """ "مدير الإدارة العامة للمرور", "مدير الأمن العام": who directs a general directorate is
    its director general; "مدير إدارة ... بالمديرية العامة" directs a department of it."""
    if role.value != "director":
        return role.value
    following = tuple(t.text for t in doc.tokens[role.last : role.last + 2])
    return "director-general" if following in GENERAL_BODIES else role.value


def _qualified(doc: Document, role: str, index: int) -> str:
    for (base_role, words), qualified in QUALIFIERS.items():
        window = tuple(t.text for t in doc.tokens[index : index + len(words)])
        if base_role == role and window == words:
            return qualified
    return role


TITLE_REFERENCES = PhraseTable(people_words.TITLE_REFERENCES)


def resolve_title_references(doc: Document) -> Document:
    """ "وأكد الوزير ...": the one person holding that post in the document, if only one does."""
    for match in TITLE_REFERENCES.find_all(doc.tokens):
        if _named_after(doc, match) or any(m.start <= match.start < m.end for m in doc.mentions):
            continue
        holders = {id(p.holder): p.holder for p in doc.posts if p.role == match.value}
        if len(holders) == 1:
            doc.mentions.append(Mention(next(iter(holders.values())), match.start, match.end))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _named_after(doc: Document, match) -> bool:
    """ "الوزير خالد ..." or "الأمين العام للمجلس": the title is followed by whom or what."""
    if match.last >= len(doc.tokens) or doc.gap(match.last - 1, match.last).strip():
        return False
    following = doc.tokens[match.last]
    starts = any(m.start == following.start for m in doc.mentions)
    return (
        starts
        or HONORIFICS.match_at(doc.tokens, match.last) is not None
        or following.text.startswith("ل")
    )
