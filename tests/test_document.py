"""The document's mention index: answers as a scan of the mention list would, after any change."""

import random

from kg.extract.document import Document, Entity, Mention, Post
from kg.extract.tokens import Token

BODY = Entity("agency:x", "agency", "x")


def scanned_starting(doc: Document, start: int) -> Mention | None:
    return next((m for m in list(doc.mentions) if m.start == start and not m.nested), None)


def scanned_between(doc: Document, start: int, end: int) -> list[Mention]:
    return [m for m in list(doc.mentions) if start <= m.start and m.end <= end and not m.nested]


def document_with_tokens(count: int) -> Document:
    doc = Document("d", "")
    doc.tokens = [Token(f"w{i}", i * 10, i * 10 + 5) for i in range(count)]
    return doc


def agrees(doc: Document) -> bool:
    for index, token in enumerate(doc.tokens):
        if doc.mention_starting(index) is not scanned_starting(doc, token.start):
            return False
    spans = [(s, e) for s in range(0, 200, 10) for e in range(s, 210, 25)]
    return all(
        [id(m) for m in doc.mentions_between(s, e)] == [id(m) for m in scanned_between(doc, s, e)]
        for s, e in spans
    )


def a_mention(rng: random.Random) -> Mention:
    start = rng.randrange(20) * 10
    return Mention(BODY, start, start + rng.choice((5, 15, 25)), nested=rng.random() < 0.2)


def test_the_index_follows_every_change_to_the_list():
    rng = random.Random(3)
    doc = document_with_tokens(20)
    for _ in range(300):
        change = rng.randrange(8)
        mentions = doc.mentions
        if change == 0:
            mentions.append(a_mention(rng))
        elif change == 1:
            mentions.extend(a_mention(rng) for _ in range(3))
        elif change == 2:
            mentions.sort(key=rng.choice((lambda m: m.start, lambda m: -m.end)))
        elif change == 3 and mentions:
            mentions.remove(rng.choice(mentions))
        elif change == 4 and mentions:
            mentions.insert(0, mentions.pop())
        elif change == 5 and mentions:
            rng.choice(mentions).nested ^= True  # read when asked, never indexed
        elif change == 6:
            mentions += [a_mention(rng)]
        elif change == 7 and mentions:
            mentions[rng.randrange(len(mentions))] = a_mention(rng)
        assert agrees(doc)


def test_a_list_a_stage_assigns_is_indexed_too():
    doc = document_with_tokens(5)
    first, inner = Mention(BODY, 10, 25), Mention(BODY, 10, 15, nested=True)
    doc.mentions = [inner, first]
    assert doc.mention_starting(1) is first
    assert doc.mentions_between(0, 30) == [first]
    doc.mentions.remove(first)
    assert doc.mention_starting(1) is None


def test_entities_are_the_first_of_each_key_in_order_of_first_mention():
    generator = random.Random(2)
    for _ in range(2_000):
        pool = [
            Entity(f"{kind}:{name}", kind, name)
            for kind in ("agency", "person")
            for name in "abc"
            for _ in range(2)  # two objects of one key: the first mentioned is the one kept
        ]
        doc = Document("d", "")
        doc.mentions = [
            Mention(generator.choice(pool), 0, 1) for _ in range(generator.randint(0, 9))
        ]
        for kind in (None, "agency", "person"):
            expected: dict[str, Entity] = {}
            for mention in doc.mentions:
                if kind is None or mention.entity.kind == kind:
                    expected.setdefault(mention.entity.key, mention.entity)
            found = doc.entities(kind)
            assert [id(e) for e in found] == [id(e) for e in expected.values()]


def test_merging_a_duplicate_moves_its_posts_to_the_entity():
    doc = Document("d", "")
    duplicate = Entity("agency:a", "agency", "السفارة الفرنسية")
    entity = Entity("agency:b", "agency", "سفارة الجمهورية الفرنسية لدى المملكة")
    person = Entity("person:c", "person", "جان لوك بيرنار")
    doc.posts.append(Post(person, "officer", duplicate, 0, 5))
    doc.merge(duplicate, entity)
    assert doc.posts[0].organization is entity
