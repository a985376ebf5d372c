"""Posts stated in apposition to a person: "<name> الأمين العام المساعد للمجلس"."""

from kg.extract.document import Document, Mention, Post
from kg.extract.lexicon import people as people_words
from kg.extract.phrases import PhraseTable

ROLES = PhraseTable(people_words.ROLES, clitics=False)
QUALIFIERS = {
    (role, tuple(q.split())): new for (role, q), new in people_words.ROLE_QUALIFIERS.items()
}
MAX_GAP_TOKENS = 3  # words allowed between a role and its organization ("مستشار ... مشروع")


def find_posts(doc: Document) -> Document:
    for mention in [m for m in doc.mentions if m.entity.kind == "person"]:
        post = _post_after(doc, mention)
        if post:
            doc.posts.append(post)
    return doc


def _post_after(doc: Document, person: Mention) -> Post | None:
    index = doc.token_index(person.end)
    if index >= len(doc.tokens) or doc.text[person.end : doc.tokens[index].start].strip(" ,"):
        return None
    role = ROLES.match_at(doc.tokens, index)
    if role is None:
        return None
    organization = _organization_after(doc, role.end)
    end = organization.end if organization else role.end
    role_slug = _qualified(doc, role.value, doc.token_index(end))
    entity = organization.entity if organization else None
    return Post(person.entity, role_slug, entity, person.start, end)


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


def _qualified(doc: Document, role: str, index: int) -> str:
    for (base_role, words), qualified in QUALIFIERS.items():
        window = tuple(t.text for t in doc.tokens[index : index + len(words)])
        if base_role == role and window == words:
            return qualified
    return role
