"""A body named without its head noun where the text names it whole too: "خفر السواحل اليمنية"
beside "مصلحة خفر السواحل اليمنية". Only a name no registry knows is read so: "شرطة دبي"
beside "أكاديمية شرطة دبي" is a body of its own."""

from typing import Final

from kg.extract.document import Document, Entity
from kg.extract.normalize import normalize_string

MIN_TAIL_WORDS: Final = 2


def merge_headless_names(doc: Document) -> None:
    agencies = {id(m.entity): m.entity for m in doc.mentions if m.entity.kind == "agency"}
    by_tail: dict[str, list[Entity]] = {}
    for entity in agencies.values():
        words = normalize_string(entity.label).split()
        if len(words) > MIN_TAIL_WORDS:
            by_tail.setdefault(" ".join(words[1:]), []).append(entity)
    for entity in agencies.values():
        fuller = by_tail.get(normalize_string(entity.label), [])
        if not entity.iri and len(fuller) == 1 and fuller[0] is not entity:
            doc.merge(entity, fuller[0])
