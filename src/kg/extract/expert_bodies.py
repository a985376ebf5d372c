"""The bodies whose experts or trainers a speaking cue names: "وقدم التدريب خبراء من المكتب ومن
المنظمة الدولية للشرطة الجنائية (الانتربول) ومنظمة الجمارك العالمية"; each gave the lectures
through its people, so each is a speaker."""

from typing import Final

from kg.extract.agents import agents_after
from kg.extract.document import Document, Mention
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseMatch

EXPERTS: Final = normalized_set(words.EXPERT_WORDS)
EXPERTS_REACH: Final = 8  # words from the cue: "حاضر فيها نخبة من الخبراء من"


def expert_bodies(doc: Document, cue: PhraseMatch, limit: int) -> list[Mention]:
    for index in range(cue.last, min(len(doc.tokens) - 2, cue.last + EXPERTS_REACH)):
        if doc.tokens[index].start >= limit or (
            index > cue.last and doc.gap(index - 1, index).strip()
        ):
            return []
        if doc.tokens[index].text in EXPERTS and doc.tokens[index + 1].text == "من":
            found = agents_after(doc, index + 2, limit, lookahead=0)
            return [m for m in found if m.entity.kind == "agency"]
    return []
