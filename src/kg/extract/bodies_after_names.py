"""The body a title of no body belongs to, named after the holder's name with من: "الخبير
الياباني تاكاشي ياماموتو، من الوكالة اليابانية للتعاون الدولي"."""

import re
from typing import Final

from kg.extract.document import Document, Entity, Post

FROM: Final = re.compile(r"\s*[،,]?\s*من\s+")


def link_bodies_after_names(doc: Document) -> Document:
    for post in doc.posts:
        if post.organization is None:
            post.organization = _body_after_name(doc, post)
    return doc


def _body_after_name(doc: Document, post: Post) -> Entity | None:
    name = next(
        (m for m in doc.mentions_between(post.start, post.end) if m.entity is post.holder),
        None,
    )
    if name is None or not (link := FROM.match(doc.text, name.end)):
        return None
    body = doc.mention_starting(doc.token_index(link.end()))
    return body.entity if body is not None and body.entity.kind == "agency" else None
